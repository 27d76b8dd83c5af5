/**
 * The message helper beside QSM's memo form (给客户发送纸条): what it offers the seller for the order the
 * form names, from what the extension knows of that order, through the background's answer as the
 * extension wires it (entrypoints/background.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { h, render } from 'preact';
import { MemoHelper } from '../../components/MemoHelper';
import { memoDraw, memoFinds } from '../../entrypoints/qsm.content/memos';
import type { ClaimRecord } from '../../lib/history';
import type { WithdrawVerdict } from '../../lib/rules';
import { isMemoPreviewRequest, previewMemo } from '../../lib/memos';
import { memoLibrary, sellerValues } from '../../lib/memos/library';
import { emptyMemoSetup } from '../../lib/memos/setup';
import { findMessageBoxes } from '../../lib/qsm/messageBoxes';
import { fixture } from '../qsm/helpers';

const SETUP = { ...emptyMemoSetup(), shopName: 'QWA商店', signature: 'QWA商店 店長' };
// 2026-11-23, noon in Japan.
const NOW = Date.parse('2026-11-23T03:00:00Z');

const record = (over: Partial<ClaimRecord>): ClaimRecord => ({
  v: 1,
  orderNo: '1038452888',
  itemCode: '897969331',
  orderCountry: 'JP',
  kind: 'return',
  stage: 'requested',
  claimedOn: '2026-11-18',
  events: [],
  lastSeenAt: NOW,
  ...over,
});

/** Opens the helper QSM's memo form gets for the order it names, and returns the message it shows. */
async function messageFor(known: ClaimRecord): Promise<string> {
  const doc = fixture('memo-form-zh.html');
  const finds = await memoFinds(doc, [], new Map([[known.orderNo, known]]), async () => new Map(), NOW, 'en');
  expect(finds).toHaveLength(1);
  const root = document.createElement('div');
  document.body.append(root);
  finds[0]!.draw(NOW).view.paint(root);
  fireEvent.click(within(root).getByTestId('memo-open'));
  await waitFor(() => expect(within(root).getByTestId('memo-preview')).toBeTruthy());
  return within(root).getByTestId('memo-preview').textContent ?? '';
}

describe('where the message helper looks for QSM’s message boxes', () => {
  const layerPage = () => fixture('layer-zh-cancel-on-grid.html');
  const layerOf = (doc: Document) => doc.getElementById('divTradeLayer')!;
  const claim = { orderNo: '1038655210', kind: 'cancel', stage: 'requested', withdraw: { state: 'none' } } as const;
  const verdict: WithdrawVerdict = { state: 'eligible', reason: 'request-stage', canRequest: true, delayed: false, warnings: [] };

  it('finds the box of a detail in a layer over the claim list from that detail, with its facts', async () => {
    const doc = layerPage();
    const finds = await memoFinds(doc, [{ root: layerOf(doc), claim, verdict }], new Map(), async () => new Map(), NOW, 'en');
    expect(finds).toHaveLength(1);
    expect(layerOf(doc).contains(finds[0]!.anchor)).toBe(true);
    expect(finds[0]!.key).toContain('1038655210');
  });

  it('still finds a box outside every detail read, from the whole page: a memo form beside the layer', async () => {
    const doc = layerPage();
    const form = doc.createElement('div');
    form.append(...Array.from(fixture('memo-form-zh.html').body.childNodes, (n) => doc.importNode(n, true)));
    doc.body.append(form);
    const memoOrder = findMessageBoxes(form).find((b) => b.kind === 'buyer-memo')?.orderNo;
    expect(memoOrder).toBeTruthy();
    const known = new Map([[memoOrder!, record({ orderNo: memoOrder! })]]);
    const finds = await memoFinds(doc, [{ root: layerOf(doc), claim, verdict }], known, async () => new Map(), NOW, 'en');
    expect(finds.map((f) => (form.contains(f.anchor) ? 'memo form' : layerOf(doc).contains(f.anchor) ? 'layer' : 'elsewhere')).sort()).toEqual(['layer', 'memo form']);
  });
});

describe('the message helper beside a memo form', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
      isMemoPreviewRequest(message) ? Promise.resolve(previewMemo(message, memoLibrary(SETUP), sellerValues(SETUP), NOW)) : undefined,
    );
  });
  afterEach(() => {
    cleanup();
    document.body.innerHTML = '';
  });

  it('reminds the buyer of the deadline of the request already out, not of one sent today', async () => {
    // Requested 11/20: the buyer may answer through 11/26 (request day + 6), whatever day the form is opened.
    const text = await messageFor(record({ withdraw: { state: 'requested', requestedOn: '2026-11-20' } }));
    expect(text).toContain('2026年11月26日');
    expect(text).not.toContain('2026年11月29日');
  });

  it('offers no message asking the buyer to withdraw a claim no request can be sent for', async () => {
    const doc = fixture('memo-form-zh.html');
    const known = record({ kind: 'nonReceipt', withdraw: { state: 'none' } });
    const finds = await memoFinds(doc, [], new Map([[known.orderNo, known]]), async () => new Map(), NOW, 'en');
    const root = document.createElement('div');
    document.body.append(root);
    finds[0]!.draw(NOW).view.paint(root);
    fireEvent.click(within(root).getByTestId('memo-open'));
    await waitFor(() => expect(within(root).getByTestId('memo-not-suggested').textContent).toMatch(/ask Qoo10/));
    expect(within(root).queryByTestId('memo-preview')).toBeNull();
    expect((within(root).getByTestId('memo-insert') as HTMLButtonElement).disabled).toBe(true);
  });

  it('while the seller may not ask again yet, promises no deadline before a new request can be sent', async () => {
    // The buyer refused on 11/21: no request before 11/26, answered through 12/2 (not 11/29, today + 6).
    const text = await messageFor(record({ withdraw: { state: 'held', requestedOn: '2026-11-18', heldOn: '2026-11-21' } }));
    expect(text).toContain('2026年12月2日');
    expect(text).not.toContain('2026年11月29日');
  });

  it('asks again when the page still shows a request the buyer has since refused, once the cooldown is over too', async () => {
    // Requested 11/10, refused 11/12: the rules read a refusal (dates decide); the cooldown ended 11/16.
    const text = await messageFor(record({ withdraw: { state: 'requested', requestedOn: '2026-11-10', heldOn: '2026-11-12' } }));
    expect(text).toContain('改めて撤回をご検討いただけますと幸いです');
    expect(text).toContain('2026年11月29日'); // a request sent today
  });

  it('lets the seller fill the FAQ’s typical case, where the cancel request blocked entering the tracking number', async () => {
    // Shipped, but QSM shows no ship date, carrier or tracking number: the buyer's cancel request came first.
    const doc = fixture('memo-form-zh.html');
    const known = record({ kind: 'cancel', withdraw: { state: 'none' } });
    const finds = await memoFinds(doc, [], new Map([[known.orderNo, known]]), async () => new Map(), NOW, 'en');
    const root = document.createElement('div');
    document.body.append(root);
    finds[0]!.draw(NOW).view.paint(root);
    fireEvent.click(within(root).getByTestId('memo-open'));
    await waitFor(() => expect(within(root).getByTestId('memo-typed-trackingNo')).toBeTruthy());
    const insert = within(root).getByTestId('memo-insert') as HTMLButtonElement;
    expect(insert.disabled).toBe(true);
    expect(within(root).getAllByRole('status')[0]!.textContent).not.toMatch(/options/);
    fireEvent.input(within(root).getByTestId('memo-typed-shippedOn'), { target: { value: '2026-11-20' } });
    fireEvent.input(within(root).getByTestId('memo-typed-carrier'), { target: { value: 'ヤマト運輸' } });
    fireEvent.input(within(root).getByTestId('memo-typed-trackingNo'), { target: { value: '4471-8820-1936' } });
    await waitFor(() => expect(insert.disabled).toBe(false));
    const text = within(root).getByTestId('memo-preview').textContent ?? '';
    expect(text).toContain('2026年11月20日');
    expect(text).toContain('配送会社：ヤマト運輸');
    expect(text).toContain('追跡番号：4471-8820-1936');
    expect(text).toContain('2026年11月29日'); // a request sent today
  });

  it('takes the item code the memo form shows for an order not read yet, so a message needing it can be sent', async () => {
    const doc = fixture('memo-form-zh.html');
    const finds = await memoFinds(doc, [], new Map(), async () => new Map(), NOW, 'en');
    expect(finds).toHaveLength(1);
    const root = document.createElement('div');
    document.body.append(root);
    finds[0]!.draw(NOW).view.paint(root);
    fireEvent.click(within(root).getByTestId('memo-open'));
    fireEvent.change(await within(root).findByTestId('memo-situation'), { target: { value: 'thanks-withdrawn' } });
    await waitFor(() => expect((within(root).getByTestId('memo-situation') as HTMLSelectElement).value).toBe('thanks-withdrawn'));
    await waitFor(() => expect((within(root).getByTestId('memo-insert') as HTMLButtonElement).disabled).toBe(false));
    expect(within(root).getByTestId('memo-preview').textContent).toContain('897969331');
  });

  it('asks for the message again when the facts change under an open or closed helper (a rescan after midnight)', async () => {
    const [box] = findMessageBoxes(fixture('memo-form-zh.html'));
    const facts = { orderNo: '1038452888', kind: 'return', withdrawState: 'none', verdictState: 'eligible', verdictReason: 'request-stage' };
    const root = document.createElement('div');
    document.body.append(root);
    memoDraw(box!, { ...facts, deadline: '2026-11-29' }, 'en')(NOW).view.paint(root);
    fireEvent.click(within(root).getByTestId('memo-open'));
    await waitFor(() => expect(within(root).getByTestId('memo-preview').textContent).toContain('2026年11月29日'));
    // Midnight passed while it was open: the next day's request would be answered by 11/30.
    memoDraw(box!, { ...facts, deadline: '2026-11-30' }, 'en')(NOW).view.paint(root);
    await waitFor(() => expect(within(root).getByTestId('memo-preview').textContent).toContain('2026年11月30日'));
    // Closed, then the facts change again: reopened, it shows the new day, never the one held.
    fireEvent.click(within(root).getByTestId('memo-open'));
    memoDraw(box!, { ...facts, deadline: '2026-12-01' }, 'en')(NOW).view.paint(root);
    fireEvent.click(within(root).getByTestId('memo-open'));
    await waitFor(() => expect(within(root).getByTestId('memo-preview').textContent).toContain('2026年12月1日'));
  });

  it('draws the closed button as MemoHelper draws it, without Preact; the first press opens the helper, the focus in its panel', async () => {
    const [box] = findMessageBoxes(fixture('memo-form-zh.html'));
    const facts = { orderNo: '1038452888', kind: 'cancel', withdrawState: 'none', verdictState: 'eligible', verdictReason: 'request-stage', deadline: '2026-11-29' };
    const [plain, preact] = [document.createElement('div'), document.createElement('div')];
    document.body.append(plain, preact);
    const draw = memoDraw(box!, facts, 'en')(NOW);
    draw.view.paint(plain);
    render(h(MemoHelper, { lang: 'en', request: async () => null, onInsert: () => true, onCopy: async () => true }), preact);
    // The same button, word for word and attribute for attribute, in the same wrapper and with the same style sheet.
    expect(plain.innerHTML).toBe(preact.innerHTML);
    render(null, preact);
    // Drawn again closed in another language (the seller changed it), it speaks that language.
    memoDraw(box!, facts, 'ko')(NOW).view.paint(plain);
    expect(within(plain).getByTestId('memo-open').textContent).toContain('메시지');
    draw.view.paint(plain);

    fireEvent.click(within(plain).getByTestId('memo-open'));
    await waitFor(() => expect(within(plain).getByTestId('memo-preview').textContent).toContain('1038452888'));
    expect(within(plain).getByTestId('memo-open').getAttribute('aria-expanded')).toBe('true');
    expect(within(plain).getByTestId('memo-panel').contains(document.activeElement)).toBe(true);
    // Closed and opened again by MemoHelper itself; cleared, nothing is left.
    fireEvent.click(within(plain).getByTestId('memo-open'));
    expect(within(plain).queryByTestId('memo-panel')).toBeNull();
    fireEvent.click(within(plain).getByTestId('memo-open'));
    expect(within(plain).getByTestId('memo-panel')).toBeTruthy();
    draw.view.clear(plain);
    expect(plain.childNodes).toHaveLength(0);
    draw.view.paint(plain);
    draw.view.clear(plain);
    expect(plain.childNodes).toHaveLength(0);
  });

  it('starts fresh for another order drawn in the same place: no shipment facts typed for the last one', async () => {
    const [box] = findMessageBoxes(fixture('memo-form-zh.html'));
    const facts = { kind: 'cancel', withdrawState: 'none', verdictState: 'eligible', verdictReason: 'request-stage', deadline: '2026-11-29' };
    const root = document.createElement('div');
    document.body.append(root);
    memoDraw(box!, { ...facts, orderNo: '1038452888' }, 'en')(NOW).view.paint(root);
    fireEvent.click(within(root).getByTestId('memo-open'));
    await waitFor(() => expect(within(root).getByTestId('memo-typed-carrier')).toBeTruthy());
    fireEvent.input(within(root).getByTestId('memo-typed-carrier'), { target: { value: 'ヤマト運輸' } });
    await waitFor(() => expect(within(root).getByTestId('memo-preview').textContent).toContain('ヤマト運輸'));
    // Drawn again for the same order (a later scan), what the seller typed stays.
    memoDraw(box!, { ...facts, orderNo: '1038452888' }, 'en')(NOW).view.paint(root);
    expect((within(root).getByTestId('memo-typed-carrier') as HTMLInputElement).value).toBe('ヤマト運輸');

    memoDraw(box!, { ...facts, orderNo: '1038452999' }, 'en')(NOW).view.paint(root);
    if (!within(root).queryByTestId('memo-panel')) fireEvent.click(within(root).getByTestId('memo-open'));
    await waitFor(() => expect(within(root).getByTestId('memo-preview').textContent).toContain('1038452999'));
    expect((within(root).getByTestId('memo-typed-carrier') as HTMLInputElement).value).toBe('');
    expect(within(root).getByTestId('memo-preview').textContent).not.toContain('ヤマト運輸');
  });
});
