import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { MemoHelper } from '../../components/MemoHelper';
import { MemoPanel } from '../../components/MemoPanel';
import type { MemoPreview } from '../../lib/memos';
import { jstDay } from '../../lib/time';

afterEach(cleanup);

const preview = (over: Partial<MemoPreview> = {}): MemoPreview => ({
  situation: 'cancel-shipped',
  language: 'ja',
  templateId: 'builtin:cancel-shipped:ja',
  choices: [{ id: 'builtin:cancel-shipped:ja', name: '標準' }],
  subject: '撤回のお願い',
  body: 'いつもご利用いただき誠にありがとうございます。',
  ok: true,
  missing: [],
  unknown: [],
  hits: [],
  ...over,
});

const props = (over = {}) => ({
  lang: 'en' as const,
  preview: preview(),
  onChoose: vi.fn(),
  typed: {},
  onType: vi.fn(),
  onInsert: vi.fn(() => true),
  onCopy: vi.fn(async () => true),
  onClose: vi.fn(),
  ...over,
});

describe('MemoPanel', () => {
  it('shows the filled message and inserts it', () => {
    const p = props();
    render(<MemoPanel {...p} />);
    expect(screen.getByTestId('memo-preview').textContent).toContain('いつもご利用いただき');
    fireEvent.click(screen.getByTestId('memo-insert'));
    expect(p.onInsert).toHaveBeenCalledWith(p.preview);
    expect(screen.getByText(/Inserted/)).toBeTruthy();
  });

  it('marks the message with the buyer’s language, inside a panel in the seller’s', () => {
    render(<MemoPanel {...props({ lang: 'zh_CN', preview: preview({ language: 'ko', subject: '철회 요청', body: '안녕하세요.' }) })} />);
    expect(screen.getByTestId('memo-preview').getAttribute('lang')).toBe('ko');
    expect(screen.getByText('철회 요청').closest('[lang]')?.getAttribute('lang')).toBe('ko');
  });

  it('refuses insert and copy while the message holds personal data, with the hits highlighted', () => {
    const body = 'ご連絡は taro@example.com まで';
    const p = props({ preview: preview({ body, ok: false, hits: [{ kind: 'email', start: 5, end: 21 }] }) });
    render(<MemoPanel {...p} />);
    expect((screen.getByTestId('memo-insert') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('memo-copy') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getAllByTestId('memo-hit').map((m) => m.textContent)).toEqual(['taro@example.com']);
    expect(screen.getByText(/personal data/)).toBeTruthy();
  });

  it('says so when the message did not fit beside what the box already holds', () => {
    render(<MemoPanel {...props({ maxLength: 2000, onInsert: vi.fn(() => false) })} />);
    fireEvent.click(screen.getByTestId('memo-insert'));
    expect(screen.getByText('Not inserted: with the text already in the box, it would be longer than the box allows (2000 characters).')).toBeTruthy();
    expect(screen.queryByText(/^Inserted/)).toBeNull();
  });

  it('words the refusal to insert without a number when the box’s limit is not known', () => {
    render(<MemoPanel {...props({ onInsert: vi.fn(() => false) })} />);
    fireEvent.click(screen.getByTestId('memo-insert'));
    expect(screen.getByText('Not inserted: with the text already in the box, it would be longer than the box allows.')).toBeTruthy();
    expect(screen.queryByText(/\( characters\)|\(\s*\)/)).toBeNull();
  });

  it('refuses a message longer than the box allows', () => {
    render(<MemoPanel {...props({ maxLength: 10 })} />);
    expect((screen.getByTestId('memo-insert') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/Too long for this box: 23 of 10/)).toBeTruthy();
  });

  it('names what is missing instead of sending {placeholders}', () => {
    render(<MemoPanel {...props({ preview: preview({ ok: false, missing: ['shopName', 'signature'] }) })} />);
    expect(screen.getByText(/Still missing: your shop name and your signature/)).toBeTruthy();
    expect((screen.getByTestId('memo-copy') as HTMLButtonElement).disabled).toBe(true);
  });

  it('says where each missing value comes from, and does not send the seller to the options for shipment facts', () => {
    const missing = ['shippedOn', 'carrier', 'trackingNo'];
    render(<MemoPanel {...props({ preview: preview({ ok: false, missing }) })} />);
    const status = screen.getAllByRole('status')[0]!.textContent ?? '';
    expect(status).toContain('Still missing: the ship date, the carrier, and the tracking number. This page does not show them: type them in the shipment fields.');
    expect(status).not.toMatch(/options|shop name|signature/);
  });

  it('lists what is missing as the seller’s language lists things (、 in Japanese and Chinese)', () => {
    const missing = ['shippedOn', 'carrier', 'trackingNo'];
    const { unmount } = render(<MemoPanel {...props({ lang: 'ja', preview: preview({ ok: false, missing }) })} />);
    expect(screen.getAllByRole('status')[0]!.textContent).toContain('発送日、配送会社、送り状番号');
    unmount();
    render(<MemoPanel {...props({ lang: 'zh_CN', preview: preview({ ok: false, missing }) })} />);
    expect(screen.getAllByRole('status')[0]!.textContent).not.toContain(', ');
  });

  it('says why no deadline can be named: no request can be sent, or the claim is not known yet', () => {
    const { unmount } = render(<MemoPanel {...props({ preview: preview({ ok: false, missing: ['deadline'], noDeadline: 'no-request' }) })} />);
    expect(screen.getByText('No reply deadline to name: no withdraw request can be sent for this claim now.')).toBeTruthy();
    expect(screen.queryByText(/options/)).toBeNull();
    unmount();
    render(<MemoPanel {...props({ preview: preview({ ok: false, missing: ['deadline'], noDeadline: 'unknown-claim' }) })} />);
    expect(screen.getByText(/Open the order’s claim detail in QSM first/)).toBeTruthy();
  });

  it('brings itself into view when it opens, as far as needed (QSM’s small claim-detail window), not by the focus', () => {
    const scrolled: unknown[] = [];
    const spy = vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement, options?: unknown) {
      scrolled.push([this.getAttribute('data-testid'), options]);
    });
    try {
      render(<MemoPanel {...props()} />);
      expect(scrolled).toEqual([['memo-panel', { block: 'nearest' }]]);
    } finally {
      spy.mockRestore();
    }
  });

  it('says a deadline that passed in silence is why a chosen message names none', () => {
    render(<MemoPanel {...props({ lang: 'ja', preview: preview({ ok: false, missing: ['deadline'], noDeadline: 'deadline-over' }) })} />);
    expect(screen.getByText(/回答期限が過ぎ、クレームは QSM により自動で撤回される/)).toBeTruthy();
    expect((screen.getByTestId('memo-insert') as HTMLButtonElement).disabled).toBe(true);
  });

  it.each([
    ['en', 'The buyer would read the text in { } in your shop name and your signature as typed. Change it in the options.'],
    ['ja', '設定のショップ名、署名に { } で囲んだ文字があり、購入者にはそのまま表示されます。設定で直してください。'],
  ] as const)('names the shop name or signature holding braces as set but not fit to send, not as missing (%s)', (lang, words) => {
    render(<MemoPanel {...props({ lang, preview: preview({ ok: false, missing: [], sellerBraces: ['shopName', 'signature'] }) })} />);
    expect(screen.getByText(words)).toBeTruthy();
    expect(screen.queryByText(/Still missing|まだ入力されていない/)).toBeNull();
    expect((screen.getByTestId('memo-copy') as HTMLButtonElement).disabled).toBe(true);
  });

  it('says why no message is suggested: no request can be sent, or the buyer’s deadline passed in silence', () => {
    const { unmount } = render(<MemoPanel {...props({ preview: preview({ situation: undefined, notSuggested: 'no-request', choices: [], body: '', ok: false }) })} />);
    expect(screen.getByTestId('memo-not-suggested').textContent).toMatch(/ask Qoo10/);
    unmount();
    render(<MemoPanel {...props({ preview: preview({ situation: undefined, notSuggested: 'deadline-over', choices: [], body: '', ok: false }) })} />);
    const why = screen.getByTestId('memo-not-suggested').textContent ?? '';
    expect(why).toContain('reply deadline has passed without an answer');
    expect(why).not.toMatch(/ask Qoo10/);
  });

  it('lets the seller type the shipment facts the page does not show, and keeps a field while it holds text', () => {
    const p = props({ preview: preview({ ok: false, missing: ['carrier', 'trackingNo'] }) });
    const { rerender } = render(<MemoPanel {...p} />);
    expect(screen.queryByTestId('memo-typed-shippedOn')).toBeNull(); // the page showed the ship date
    fireEvent.input(screen.getByTestId('memo-typed-carrier'), { target: { value: 'ヤマト運輸' } });
    expect(p.onType).toHaveBeenCalledWith({ carrier: 'ヤマト運輸' });
    rerender(<MemoPanel {...p} typed={{ carrier: 'ヤマト運輸' }} preview={preview({ ok: false, missing: ['trackingNo'] })} />);
    expect((screen.getByTestId('memo-typed-carrier') as HTMLInputElement).value).toBe('ヤマト運輸');
    expect(screen.getByTestId('memo-typed-trackingNo')).toBeTruthy();
  });

  it('says why a typed value is not used, on the field itself, and offers no ship date after today', () => {
    const p = props({
      typed: { shippedOn: '2099-01-01', carrier: '{orderNo}' },
      preview: preview({ ok: false, missing: [], rejected: { shippedOn: 'future', carrier: 'placeholder' } }),
    });
    render(<MemoPanel {...p} />);
    const date = screen.getByTestId('memo-typed-shippedOn') as HTMLInputElement;
    expect(date.max).toBe(jstDay(new Date()));
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(date.getAttribute('aria-describedby')!)?.textContent).toBe('The ship date is after today: type the day the item was shipped.');
    const carrier = screen.getByTestId('memo-typed-carrier');
    expect(carrier.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(carrier.getAttribute('aria-describedby')!)?.textContent).toBe('Type the carrier as the buyer should read it: text in { } is not filled in here.');
    expect((screen.getByTestId('memo-insert') as HTMLButtonElement).disabled).toBe(true);
  });

  it('says a card number typed as the tracking number is refused, and marks personal data in the subject', () => {
    const p = props({
      lang: 'ja' as const,
      typed: { trackingNo: '4111 1111 1111 1111' },
      preview: preview({ ok: false, subject: '1038452888 / ヤマト 090-1234-5678', subjectHits: [{ kind: 'phone', start: 17, end: 30 }], rejected: { trackingNo: 'card' } }),
    });
    render(<MemoPanel {...p} />);
    const tracking = screen.getByTestId('memo-typed-trackingNo');
    expect(tracking.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(tracking.getAttribute('aria-describedby')!)?.textContent).toBe('送り状番号ではなくカード番号です。お支払い情報はメッセージに書けません。');
    expect(screen.getByTestId('memo-preview').querySelector('strong mark')?.textContent).toBe('090-1234-5678');
    expect(screen.getByText(/個人情報が含まれています/)).toBeTruthy();
    expect((screen.getByTestId('memo-insert') as HTMLButtonElement).disabled).toBe(true);
  });

  it('marks an empty shipment field still needed as invalid, described by the "still missing" line', () => {
    const p = props({ typed: { shippedOn: '2026-11-20' }, preview: preview({ ok: false, missing: ['carrier', 'trackingNo'] }) });
    render(<MemoPanel {...p} />);
    for (const key of ['carrier', 'trackingNo']) {
      const field = screen.getByTestId(`memo-typed-${key}`);
      expect(field.getAttribute('aria-invalid'), key).toBe('true');
      expect(document.getElementById(field.getAttribute('aria-describedby')!)?.textContent, key).toBe(
        'Still missing: the carrier and the tracking number. This page does not show them: type them in the shipment fields.',
      );
    }
    const filled = screen.getByTestId('memo-typed-shippedOn');
    expect(filled.getAttribute('aria-invalid')).toBeNull();
    expect(filled.getAttribute('aria-describedby')).toBeNull();
  });

  it('keeps a shipment field, and its focus, while the seller clears it to type it anew', () => {
    const p = props({ typed: { carrier: 'ヤマト' }, preview: preview({ ok: true, missing: [] }) });
    const { rerender } = render(<MemoPanel {...p} preview={preview({ ok: false, missing: ['carrier'] })} typed={{}} />);
    rerender(<MemoPanel {...p} />);
    const carrier = screen.getByTestId('memo-typed-carrier') as HTMLInputElement;
    carrier.focus();
    fireEvent.input(carrier, { target: { value: '' } });
    expect(p.onType).toHaveBeenLastCalledWith({ carrier: '' });
    // The preview the empty field calls for is not back yet: the last one had the carrier filled.
    rerender(<MemoPanel {...p} typed={{ carrier: '' }} />);
    expect(screen.getByTestId('memo-typed-carrier')).toBe(carrier);
    expect(document.activeElement).toBe(carrier);
    // Nor does it go when a message not needing it is chosen.
    rerender(<MemoPanel {...p} typed={{ carrier: '' }} preview={preview({ situation: 'ask-again', ok: true, missing: [] })} />);
    expect(screen.getByTestId('memo-typed-carrier')).toBe(carrier);
  });

  it('copies, and says so', async () => {
    const p = props();
    render(<MemoPanel {...p} />);
    fireEvent.click(screen.getByTestId('memo-copy'));
    await waitFor(() => expect(screen.getByText('Copied')).toBeTruthy());
    expect(p.onCopy).toHaveBeenCalledWith(p.preview.body);
  });

  it('says "Copied" and "Inserted" in a live region already on the page, so screen readers announce it', async () => {
    render(<MemoPanel {...props({ lang: 'ja' })} />);
    const regions = screen.getAllByRole('status');
    fireEvent.click(screen.getByTestId('memo-copy'));
    const copied = await screen.findByText('コピーしました');
    expect(regions).toContain(copied.closest('[role=status]'));
    fireEvent.click(screen.getByTestId('memo-insert'));
    expect(regions).toContain(screen.getByText(/挿入しました/).closest('[role=status]'));
  });

  it('asks for another situation or language', () => {
    const p = props();
    render(<MemoPanel {...p} />);
    fireEvent.change(screen.getByTestId('memo-language'), { target: { value: 'ko' } });
    expect(p.onChoose).toHaveBeenCalledWith({ situation: 'cancel-shipped', language: 'ko' });
    fireEvent.change(screen.getByTestId('memo-situation'), { target: { value: 'ask-again' } });
    expect(p.onChoose).toHaveBeenCalledWith({ situation: 'ask-again', language: 'ja' });
  });

  it('renders page-supplied text as text', () => {
    const { container } = render(<MemoPanel {...props({ preview: preview({ body: '<img src=x onerror=alert(1)>' }) })} />);
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('MemoHelper', () => {
  it('asks for the message when opened, in the seller’s language', async () => {
    const request = vi.fn(async () => preview());
    render(<MemoHelper lang="ja" request={request} onInsert={vi.fn()} onCopy={vi.fn(async () => true)} />);
    fireEvent.click(screen.getByTestId('memo-open'));
    await waitFor(() => expect(screen.getByTestId('memo-preview')).toBeTruthy());
    expect(request).toHaveBeenCalledWith({});
    expect(screen.getByText('購入者へのメッセージ')).toBeTruthy();
  });

  it('keeps the buyer language the seller picked when the seller changes the situation', async () => {
    // The background answers in the language asked for, else the order country's (here Japanese).
    const request = vi.fn(async (choice: { situation?: MemoPreview['situation']; language?: MemoPreview['language'] }) =>
      preview({ situation: choice.situation ?? 'cancel-shipped', language: choice.language ?? 'ja' }),
    );
    render(<MemoHelper lang="en" request={request} onInsert={vi.fn()} onCopy={vi.fn(async () => true)} />);
    fireEvent.click(screen.getByTestId('memo-open'));
    await waitFor(() => expect(screen.getByTestId('memo-preview')).toBeTruthy());
    fireEvent.change(screen.getByTestId('memo-language'), { target: { value: 'ko' } });
    await waitFor(() => expect((screen.getByTestId('memo-language') as HTMLSelectElement).value).toBe('ko'));
    fireEvent.change(screen.getByTestId('memo-situation'), { target: { value: 'deadline-reminder' } });
    await waitFor(() => expect((screen.getByTestId('memo-situation') as HTMLSelectElement).value).toBe('deadline-reminder'));
    expect((screen.getByTestId('memo-language') as HTMLSelectElement).value).toBe('ko');
    expect(request).toHaveBeenLastCalledWith({ situation: 'deadline-reminder', language: 'ko' });
  });

  it('is named by its words (not the envelope), and its panel takes the focus when it opens', async () => {
    render(<MemoHelper lang="en" request={async () => preview()} onInsert={vi.fn()} onCopy={vi.fn(async () => true)} />);
    const opener = screen.getByRole('button', { name: 'Message templates' });
    opener.focus();
    fireEvent.click(opener);
    const close = await screen.findByRole('button', { name: 'Close' });
    await waitFor(() => expect(document.activeElement).toBe(close));
    expect(await screen.findByRole('group', { name: 'Preview' })).toBe(screen.getByTestId('memo-preview'));
  });

  it('gives the focus back to its button when the panel closes, by its close button or Escape', async () => {
    render(<MemoHelper lang="ja" request={async () => preview()} onInsert={vi.fn()} onCopy={vi.fn(async () => true)} />);
    const opener = screen.getByTestId('memo-open');
    fireEvent.click(opener);
    const close = await screen.findByRole('button', { name: '閉じる' });
    close.focus();
    fireEvent.click(close);
    expect(screen.queryByTestId('memo-panel')).toBeNull();
    expect(document.activeElement).toBe(opener);

    fireEvent.click(opener);
    const situation = await screen.findByTestId('memo-situation');
    situation.focus();
    fireEvent.keyDown(situation, { key: 'Escape' });
    expect(screen.queryByTestId('memo-panel')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('closes on Escape pressed on its own button while open, and keeps that Escape from QSM’s page', async () => {
    render(<MemoHelper lang="en" request={async () => preview()} onInsert={vi.fn()} onCopy={vi.fn(async () => true)} />);
    const opener = screen.getByTestId('memo-open');
    fireEvent.click(opener);
    await screen.findByTestId('memo-panel');
    const pageHeard = vi.fn();
    document.addEventListener('keydown', pageHeard);
    fireEvent.keyDown(opener, { key: 'Escape' });
    expect(screen.queryByTestId('memo-panel')).toBeNull();
    expect(pageHeard).not.toHaveBeenCalled();
    // Closed, an Escape on the button is QSM's again.
    fireEvent.keyDown(opener, { key: 'Escape' });
    document.removeEventListener('keydown', pageHeard);
    expect(pageHeard).toHaveBeenCalledOnce();
  });

  it('stays open on an Escape that cancels an input method’s conversion in a shipment field', () => {
    const p = props({ preview: preview({ ok: false, missing: ['carrier'] }) });
    render(<MemoPanel {...p} />);
    const carrier = screen.getByTestId('memo-typed-carrier');
    fireEvent.keyDown(carrier, { key: 'Escape', isComposing: true });
    expect(p.onClose).not.toHaveBeenCalled();
    // The Escape that closes our panel is ours alone: QSM's page would close its layer on it too.
    const pageHeard = vi.fn();
    document.addEventListener('keydown', pageHeard);
    fireEvent.keyDown(carrier, { key: 'Escape' });
    document.removeEventListener('keydown', pageHeard);
    expect(p.onClose).toHaveBeenCalledOnce();
    expect(pageHeard).not.toHaveBeenCalled();
  });

  it('says so when the templates cannot be had', async () => {
    render(<MemoHelper lang="en" request={async () => null} onInsert={vi.fn()} onCopy={vi.fn(async () => true)} />);
    fireEvent.click(screen.getByTestId('memo-open'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/not available/));
  });

  it('carries the seller’s language, the preview the buyer’s (its font in Firefox, a screen reader’s voice)', async () => {
    render(<MemoHelper lang="en" request={async () => preview({ language: 'ja' })} onInsert={vi.fn()} onCopy={vi.fn(async () => true)} />);
    fireEvent.click(screen.getByTestId('memo-open'));
    expect((await screen.findByRole('button', { name: 'Close' })).closest('[lang]')?.getAttribute('lang')).toBe('en');
    expect(screen.getByTestId('memo-preview').getAttribute('lang')).toBe('ja');
  });
});
