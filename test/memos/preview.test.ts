import { describe, expect, it } from 'vitest';
import { previewMemo, type MemoPreviewRequest } from '../../lib/memos';
import { memoLibrary, sellerValues } from '../../lib/memos/library';
import { emptyMemoSetup } from '../../lib/memos/setup';

const setup = { ...emptyMemoSetup(), shopName: 'QWA商店' };
const request = (over: Partial<MemoPreviewRequest> = {}): MemoPreviewRequest => ({
  type: 'qwa:memo-preview',
  facts: { orderNo: '1038452888', itemCode: '897969331', carrier: '佐川急便', trackingNo: '123456789001', shippedOn: '2026-11-17', orderCountry: 'JP', kind: 'cancel', withdrawState: 'none', verdictState: 'eligible', deadline: '2026-11-28' },
  ...over,
});
// 2026-11-23, noon in Japan.
const NOW = Date.parse('2026-11-23T03:00:00Z');
const preview = (r: MemoPreviewRequest, s = setup) => previewMemo(r, memoLibrary(s), sellerValues(s), NOW);

describe('previewMemo', () => {
  it('picks the situation from the claim and the language from the order country, and fills everything', () => {
    const p = preview(request());
    expect(p).toMatchObject({ situation: 'cancel-shipped', language: 'ja', ok: true, missing: [], hits: [] });
    expect(p.body).toContain('1038452888');
    expect(p.body).toContain('123456789001');
    expect(p.body).toContain('2026年11月28日');
    expect(p.body).toContain('QWA商店');
    expect(p.body).not.toMatch(/\{\w+\}/);
  });

  it('sends a message carrying a shop name shaped like a domain, and holds back one quoting another address', () => {
    const lumi = { ...emptyMemoSetup(), shopName: 'Lumi.jp' };
    const p = preview(request(), lumi);
    expect(p.body).toContain('Lumi.jp');
    expect(p).toMatchObject({ ok: true, hits: [] });
    const other = preview(request({ facts: { ...request().facts, carrier: 'lumi-outlet.com' } }), lumi);
    expect(other.ok).toBe(false);
    expect(other.hits.map((h) => other.body.slice(h.start, h.end))).toEqual(['lumi-outlet.com']);
  });

  it('follows the seller’s choice of situation and language', () => {
    const p = preview(request({ situation: 'ask-again', language: 'ko' }));
    expect(p).toMatchObject({ situation: 'ask-again', language: 'ko', ok: true });
    expect(p.body).toMatch(/[가-힣]/);
  });

  it('suggests a reminder while the buyer is deciding, and the deadline in the buyer’s language', () => {
    const p = preview(request({ facts: { ...request().facts, kind: 'return', withdrawState: 'requested', verdictState: 'pending', orderCountry: 'US' } }));
    expect(p).toMatchObject({ situation: 'deadline-reminder', language: 'en' });
    expect(p.body).toContain('November 28, 2026');
  });

  it('suggests no message asking to withdraw a claim no request can be sent for, and lets the seller still choose one', () => {
    const facts = { orderNo: '1038452888', orderCountry: 'JP', kind: 'nonReceipt', withdrawState: 'none', verdictState: 'ineligible', verdictReason: 'non-receipt' };
    const p = preview(request({ facts }));
    expect(p).toMatchObject({ situation: undefined, notSuggested: 'no-request', language: 'ja', choices: [], body: '', ok: false });
    // Chosen anyway, it cannot name a deadline the rules do not give.
    const chosen = preview(request({ facts, situation: 'cancel-shipped' }));
    expect(chosen.ok).toBe(false);
    expect(chosen.missing).toContain('deadline');
  });

  it('suggests no message once the buyer’s deadline passed in silence, saying so, and lets the seller still choose one', () => {
    const facts = { ...request().facts, kind: 'return', withdrawState: 'requested', verdictState: 'pending', verdictReason: 'auto-withdraw-due', deadline: '2026-11-20' };
    expect(preview(request({ facts }))).toMatchObject({ situation: undefined, notSuggested: 'deadline-over', body: '', ok: false });
    const chosen = preview(request({ facts, situation: 'thanks-withdrawn' }));
    expect(chosen).toMatchObject({ situation: 'thanks-withdrawn', ok: true });
    expect(chosen.notSuggested).toBeUndefined();
  });

  it('names no deadline that passed in silence, in a message the seller chose anyway, and says why', () => {
    const facts = { ...request().facts, kind: 'return', withdrawState: 'requested', verdictState: 'pending', verdictReason: 'auto-withdraw-due', deadline: '2026-11-20' };
    for (const situation of ['deadline-reminder', 'return-withdraw', 'ask-again'] as const) {
      const chosen = preview(request({ facts, situation }));
      expect(chosen).toMatchObject({ situation, ok: false, noDeadline: 'deadline-over' });
      expect(chosen.body).not.toContain('2026年11月20日');
    }
    // Still waiting for the buyer, the same message names the deadline.
    const waiting = preview(request({ facts: { ...facts, verdictReason: 'awaiting-buyer' }, situation: 'deadline-reminder' }));
    expect(waiting).toMatchObject({ ok: true });
    expect(waiting.body).toContain('2026年11月20日');
  });

  it('tells a shop name or signature holding braces (stored before the options refused them) apart from a missing one', () => {
    const braced = { ...setup, shopName: '{shopName} 本店', signature: 'QWA {担当}' };
    const p = preview(request(), braced);
    expect(p).toMatchObject({ ok: false, sellerBraces: ['shopName', 'signature'] });
    expect(p.missing).not.toContain('shopName');
    expect(p.missing).not.toContain('signature');
    expect(preview(request())).not.toHaveProperty('sellerBraces');
  });

  it('fills the shipment facts the page did not show with what the seller typed, never over the page’s own', () => {
    const facts = { ...request().facts, carrier: undefined, trackingNo: '', shippedOn: undefined };
    const typed = { shippedOn: '2026-11-20', carrier: 'ヤマト運輸', trackingNo: '4471-8820-1936' };
    expect(preview(request({ facts }))).toMatchObject({ ok: false, missing: ['shippedOn', 'carrier', 'trackingNo'] });
    const p = preview(request({ facts, typed }));
    expect(p.ok).toBe(true);
    expect(p.body).toContain('2026年11月20日');
    expect(p.body).toContain('ヤマト運輸');
    expect(p.body).toContain('4471-8820-1936');
    expect(preview(request({ typed })).body).toContain('佐川急便');
  });

  it('does not use a typed value holding a placeholder, which would reach the buyer as those characters', () => {
    const facts = { ...request().facts, carrier: undefined, trackingNo: undefined, shippedOn: undefined };
    const p = preview(request({ facts, typed: { shippedOn: '2026-11-20', carrier: '{orderNo}', trackingNo: '4471-8820-1936' } }));
    expect(p).toMatchObject({ ok: false, missing: [], rejected: { carrier: 'placeholder' } });
    expect(p.body).not.toContain('配送会社：{orderNo}');
    // The page's own value is QSM's and used as it is; what the seller typed there is ignored.
    expect(preview(request({ typed: { carrier: '{orderNo}' } }))).toMatchObject({ ok: true });
  });

  it('does not take a typed ship date after today (JST)', () => {
    const facts = { ...request().facts, shippedOn: undefined };
    expect(preview(request({ facts, typed: { shippedOn: '2099-01-01' } }))).toMatchObject({ ok: false, missing: [], rejected: { shippedOn: 'future' } });
    // NOW is 2026-11-23 in Japan: today is fine, tomorrow is not.
    expect(preview(request({ facts, typed: { shippedOn: '2026-11-23' } }))).toMatchObject({ ok: true });
    expect(preview(request({ facts, typed: { shippedOn: '2026-11-24' } })).rejected).toEqual({ shippedOn: 'future' });
  });

  it('says why it cannot name a deadline', () => {
    const ineligible = { orderNo: '1038452888', kind: 'nonReceipt', verdictState: 'ineligible' };
    expect(preview(request({ facts: ineligible, situation: 'cancel-shipped' })).noDeadline).toBe('no-request');
    expect(preview(request({ facts: { orderNo: '1038452888' }, situation: 'cancel-shipped' })).noDeadline).toBe('unknown-claim');
    expect(preview(request()).noDeadline).toBeUndefined();
  });

  it('is not ok, naming what is missing, until the seller set a shop name', () => {
    const p = preview(request(), emptyMemoSetup());
    expect(p.ok).toBe(false);
    expect(p.missing).toContain('shopName');
  });

  it('inserts a long tracking number that passes the card checksum, in every buyer language, and still refuses a card', () => {
    for (const [trackingNo, language] of [['4312345678903', 'ja'], ['6892012345678', 'ko'], ['4312345678903', 'en'], ['4312345678903', 'zh']] as const) {
      const p = preview(request({ facts: { ...request().facts, trackingNo }, language }));
      expect(p).toMatchObject({ ok: true, hits: [] });
      expect(p.body).toContain(trackingNo);
    }
    expect(preview(request(), { ...setup, signature: 'QWA商店 4111 1111 1111 1111' }).hits.map((h) => h.kind)).toEqual(['card']);
  });

  it('is not ok when the seller’s signature holds personal data', () => {
    const p = preview(request(), { ...setup, signature: 'QWA商店 TEL 03-1234-5678' });
    expect(p.ok).toBe(false);
    expect(p.hits.map((h) => h.kind)).toContain('phone');
  });
});

describe('what round 28’s review of the messages found', () => {
  const own = { id: 'custom:1', situation: 'cancel-shipped' as const, language: 'ja' as const, name: '件名に配送会社', subject: '{orderNo} / {carrier}', body: 'ご確認ください。\n{signature}', builtIn: false };

  it('checks the subject for personal data too: it goes into QSM’s title field', () => {
    const s = { ...setup, templates: [own] };
    const p = preview(request({ templateId: 'custom:1', facts: { ...request().facts, carrier: undefined }, typed: { carrier: 'ヤマト 090-1234-5678' } }), s);
    expect(p.subject).toContain('090-1234-5678');
    expect(p.ok).toBe(false);
    expect(p.subjectHits).toEqual([expect.objectContaining({ kind: 'phone' })]);
    expect(p.hits).toEqual([]);
  });

  it('refuses a card number typed as the tracking number (a tracking number is exempt from the card check)', () => {
    for (const card of ['4111 1111 1111 1111', '5555-5555-5555-4444', '3530111333300000', '4111.1111.1111.1111']) {
      const p = preview(request({ facts: { ...request().facts, trackingNo: undefined }, typed: { trackingNo: card } }));
      expect(p.rejected, card).toEqual({ trackingNo: 'card' });
      expect(p.ok).toBe(false);
      expect(p.body).not.toContain(card);
    }
    // A carrier's long number that passes the checksum but starts as no card does is a tracking number.
    const carrier = preview(request({ facts: { ...request().facts, trackingNo: undefined }, typed: { trackingNo: '1234-5678-9012-3452' } }));
    expect(carrier.rejected).toBeUndefined();
    expect(carrier.ok).toBe(true);
  });

  it('fills a known placeholder typed in full-width braces (｛orderNo｝), as a Japanese keyboard types them', () => {
    const s = { ...setup, templates: [{ ...own, subject: '', body: 'ご注文番号：｛orderNo｝の件です。\n｛signature ｝' }] };
    const p = preview(request({ templateId: 'custom:1' }), s);
    expect(p.body).toBe('ご注文番号：1038452888の件です。\nQWA商店');
    expect(p.ok).toBe(true);
  });

  it('refuses a message whose shop name or signature holds braces, showing them, and names the field to fix', () => {
    // An empty signature signs with the shop name, braces and all.
    const cases = [
      [{ shopName: 'QWA {Tokyo}', signature: '' }, ['shopName', 'signature']],
      [{ shopName: 'QWA商店', signature: '{shopName} 店長' }, ['signature']],
    ] as const;
    for (const [seller, fields] of cases) {
      const p = preview(request(), { ...setup, ...seller });
      expect(p.ok, seller.shopName).toBe(false);
      expect(p.body).toContain(seller.signature || seller.shopName);
      // Told as set but not fit to send, not as missing (the helper says to change it in the options).
      expect(p.sellerBraces).toEqual(fields);
      expect(p.missing).toEqual([]);
    }
  });

  it('reports an unknown name in full-width braces instead of sending it', () => {
    const s = { ...setup, templates: [{ ...own, subject: '', body: 'ご注文番号：｛ordreNo｝の件です。\n{signature}' }] };
    const p = preview(request({ templateId: 'custom:1' }), s);
    expect(p).toMatchObject({ ok: false, unknown: ['ordreNo'] });
    // ｛重要｝ is Japanese punctuation around a word, sent as written.
    const marked = { ...setup, templates: [{ ...own, subject: '', body: '｛重要｝ご注文の件です。\n{signature}' }] };
    expect(preview(request({ templateId: 'custom:1' }), marked)).toMatchObject({ ok: true });
  });

  it('the Chinese messages name the deadline as a day the buyer still has (…当天结束前), not “before” it', () => {
    for (const situation of ['cancel-shipped', 'deadline-reminder'] as const) {
      const reminder = preview(request({ language: 'zh', situation }));
      expect(reminder.body, situation).toContain('日本时间2026年11月28日（周六）当天结束');
      expect(reminder.body, situation).not.toMatch(/期限前|之前/);
    }
    const p = preview(request({ language: 'zh' }));
    expect(p.body).toContain('在日本时间2026年11月28日（周六）当天结束前');
    expect(p.body).not.toContain('之前');
  });
});
