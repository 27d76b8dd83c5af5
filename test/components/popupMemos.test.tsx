import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../components/PopupApp';
import { createClock } from '../../components/popupClock';
import { buyerMessagesFor, memoValuesOf } from '../../components/popupMemos';
import { cardOf } from '../../components/popupModel';
import type { ClaimRecord } from '../../lib/history';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { NOW, cancelledOwn, pendingReturn, refusedExchange, returning } from './popupFixtures';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const shipped: ClaimRecord = {
  v: 1,
  orderNo: '1038452777',
  orderCountry: 'JP',
  itemCode: '1122334455',
  carrier: 'ヤマト運輸',
  trackingNo: '4567-8901-2345',
  shippedOn: '2026-11-20',
  kind: 'cancel',
  stage: 'requested',
  events: [],
  lastSeenAt: NOW,
};
const SELLER = { shopName: 'QWAショップ', signature: 'QWAショップ 店長' };

describe('popupMemos', () => {
  it('fills the suggested template from the record, with the deadline a request sent today would get', () => {
    const card = cardOf(shipped, NOW);
    expect(memoValuesOf(card, NOW)).toEqual({
      orderNo: '1038452777', itemCode: '1122334455', carrier: 'ヤマト運輸', trackingNo: '4567-8901-2345', shippedOn: '2026-11-20', deadline: '2026-11-28',
    });
    // A pending request names its live deadline.
    expect(memoValuesOf(cardOf(pendingReturn, NOW), NOW).deadline).toBe('2026-11-26');
    const [message] = buyerMessagesFor(card, 'en', NOW, SELLER);
    expect(message?.id).toBe('builtin:cancel-shipped:ja');
    expect(message?.label).toBe('Copy buyer message (Japanese)');
    const composed = message?.compose();
    expect(composed?.ok).toBe(true);
    if (composed?.ok) {
      expect(composed.text).toContain('1038452777');
      expect(composed.text).toContain('2026年11月28日');
      expect(composed.text).not.toMatch(/\{\w+\}/);
    }
  });

  it('writes in the buyer’s language and refuses, saying why, when a value is missing', () => {
    const [message] = buyerMessagesFor(cardOf({ ...shipped, orderCountry: 'KR' }, NOW), 'en', NOW);
    expect(message?.label).toBe('Copy buyer message (Korean)');
    // An empty signature is the shop name: that alone is asked for, and where to set it.
    expect(message?.compose()).toEqual({ ok: false, why: 'the message needs your shop name. Set your shop name in the options.' });
  });

  it('says where shipment facts the record lacks can be typed: the message helper on QSM’s page', () => {
    const { carrier: _c, trackingNo: _t, ...unshipped } = shipped;
    const [message] = buyerMessagesFor(cardOf(unshipped, NOW), 'ja', NOW, SELLER);
    expect(message?.compose()).toMatchObject({ ok: false, why: expect.stringMatching(/^メッセージには配送会社、送り状番号が必要です。QSM のページでまだ読み取れていません。/) });
  });

  it('names a signature in braces as such, not as unknown (an earlier release saved it)', () => {
    const [message] = buyerMessagesFor(cardOf(shipped, NOW), 'en', NOW, { shopName: 'QWA', signature: '{shopName} 店長' });
    const composed = message?.compose();
    expect(composed).toMatchObject({ ok: false, why: expect.stringContaining('{ }') });
    expect(composed).not.toMatchObject({ why: expect.stringContaining('needs') });
  });

  it('refuses a message the personal-data guard flags', () => {
    const [message] = buyerMessagesFor(cardOf({ ...shipped, carrier: 'tel 03-1234-5678' }, NOW), 'en', NOW, SELLER);
    expect(message?.compose()).toMatchObject({ ok: false, why: expect.stringContaining('personal data') });
  });

  it('copies a message signed with a shop name shaped like a domain', () => {
    const [message] = buyerMessagesFor(cardOf(shipped, NOW), 'en', NOW, { shopName: 'Lumi.jp', signature: 'Lumi.jp 店長' });
    const composed = message?.compose();
    expect(composed?.ok).toBe(true);
    if (composed?.ok) expect(composed.text).toContain('Lumi.jp 店長');
  });

  it('offers no message asking to withdraw a claim no request can be sent for', () => {
    // A return under way, a non-receipt report: the seller must ask Qoo10 (domain.md §3.2).
    expect(buyerMessagesFor(cardOf(returning, NOW), 'en', NOW, SELLER)).toEqual([]);
    expect(buyerMessagesFor(cardOf({ ...shipped, kind: 'nonReceipt' }, NOW), 'en', NOW, SELLER)).toEqual([]);
  });

  it('during a cooldown, names the deadline a request sent on the first day allowed gets, not today + 6', () => {
    // Refused 11/19: a new request from 11/24, answered through 11/30.
    const [again] = buyerMessagesFor(cardOf({ ...refusedExchange, itemCode: '1122334455', orderCountry: 'JP' }, NOW), 'en', NOW, SELLER);
    expect(again?.id).toBe('builtin:ask-again:ja');
    const composed = again?.compose();
    expect(composed).toMatchObject({ ok: true, text: expect.stringContaining('2026年11月30日') });
    // The seller cancelled its own request 11/21: a new one from 11/26, answered through 12/2.
    expect(memoValuesOf(cardOf(cancelledOwn, NOW), NOW).deadline).toBe('2026-12-02');
  });

  it('asks again when the record still shows a request the buyer has since refused, also once the cooldown is over', () => {
    // Requested 11/10, refused 11/12: a new request from 11/17. The page's label still says "requested".
    const stale: ClaimRecord = { ...shipped, kind: 'return', withdraw: { state: 'requested', requestedOn: '2026-11-10', heldOn: '2026-11-12' } };
    for (const day of ['2026-11-14T03:00:00Z', '2026-11-23T03:00:00Z']) {
      const now = Date.parse(day);
      expect(buyerMessagesFor(cardOf(stale, now), 'en', now, SELLER)[0]?.id).toBe('builtin:ask-again:ja');
    }
  });

  it('offers no message once the buyer’s deadline passed in silence: no reminder of a day gone by, no thanks for a withdrawal', () => {
    // Requested 11/20: the buyer could answer through 11/26; on 11/27 QSM withdraws the claim for want of an answer.
    const after = Date.parse('2026-11-27T03:00:00Z');
    expect(buyerMessagesFor(cardOf({ ...pendingReturn, itemCode: '1122334455', orderCountry: 'US' }, after), 'en', after, SELLER)).toEqual([]);
    // The day before, the buyer may still answer: a reminder.
    const before = Date.parse('2026-11-26T03:00:00Z');
    expect(buyerMessagesFor(cardOf(pendingReturn, before), 'en', before, SELLER)[0]?.id).toBe('builtin:deadline-reminder:ja');
  });

  it('offers nothing for a quick check, which has no record', () => {
    expect(buyerMessagesFor({ ...cardOf(shipped, NOW), record: undefined }, 'en', NOW)).toEqual([]);
  });

  it('copies from the popup card with navigator.clipboard, or shows why not', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { rerender } = render(
      <PopupApp records={[shipped]} settings={DEFAULT_SETTINGS} lang="en" timeZone="Asia/Tokyo" clock={createClock(NOW)} initialQuery="1038452777"
        onOpenOptions={() => {}} messagesFor={(card, lang, now) => buyerMessagesFor(card, lang, now, SELLER)} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy buyer message (Japanese)' }));
    await waitFor(() => expect(screen.getByTestId('qwa-copy-status').textContent).toBe('Copied'));
    expect(writeText.mock.calls[0]?.[0]).toContain('ヤマト運輸');

    rerender(
      <PopupApp records={[shipped]} settings={DEFAULT_SETTINGS} lang="ja" timeZone="Asia/Tokyo" clock={createClock(NOW)} initialQuery="1038452777"
        onOpenOptions={() => {}} messagesFor={buyerMessagesFor} />,
    );
    fireEvent.click(screen.getByRole('button', { name: '購入者へのメッセージをコピー（日本語）' }));
    await waitFor(() => expect(screen.getByTestId('qwa-copy-status').textContent).toContain('コピーしませんでした：メッセージにはショップ名が必要です。ショップ名を設定で入力してください。'));
    expect(writeText).toHaveBeenCalledOnce();
  });
});
