// QSM pages write the claim records through the background, one write after another: a press of a
// withdraw button and a reading of the same order written in the same moment must both survive.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyHistoryWrite, dropExpiredRecords, FIRED_REMINDERS_KEY, isHistoryWrite, loadRecords, mergeReading, rewriteAllRecords, saveRecords, sendClearHistory, sendPress, sendRecords, type ClaimRecord } from '../../lib/history';
import type { OrderClaim } from '../../lib/qsm';

const at = (jst: string) => new Date(`${jst}+09:00`).getTime();
const orderNo = '1038452888';
const requested: OrderClaim = { orderNo, kind: 'return', stage: 'requested', withdraw: { state: 'requested', requestedOn: '2026-11-20' } };
const stored = async () => (await loadRecords([orderNo])).get(orderNo);

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at('2026-11-21T09:02:00'));
  // The background's listener, as entrypoints/background.ts wires it.
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => (isHistoryWrite(message) ? applyHistoryWrite(message).then(() => null) : undefined));
});
afterEach(() => vi.useRealTimers());

describe('a QSM page’s writes, done by the background', () => {
  it('writes a reading’s records', async () => {
    await sendRecords([mergeReading(undefined, requested, 'detail', at('2026-11-21T09:00:00'))]);
    expect((await stored())?.withdraw).toEqual(requested.withdraw);
  });

  it('notes a press on the order’s stored record', async () => {
    await saveRecords([mergeReading(undefined, requested, 'detail', at('2026-11-21T09:00:00'))]);
    await sendPress(orderNo, 'cancel', at('2026-11-21T09:01:00'));
    expect((await stored())?.pending).toEqual({ action: 'cancel', at: at('2026-11-21T09:01:00') });
  });

  it('leaves an order with no record alone: no reading to confirm the press against', async () => {
    await sendPress(orderNo, 'send', at('2026-11-21T09:01:00'));
    expect(await stored()).toBeUndefined();
  });

  it('keeps a press sent while a reading of the same order, taken before it, is being written', async () => {
    await saveRecords([mergeReading(undefined, requested, 'detail', at('2026-11-21T09:00:00'))]);
    const list = (await stored())!;
    // The list's write and the detail's press arrive together; neither waits for the other.
    await Promise.all([
      sendRecords([mergeReading(list, { ...requested, cartNo: '210340349' }, 'grid', at('2026-11-21T09:01:01'))]),
      sendPress(orderNo, 'cancel', at('2026-11-21T09:01:00')),
      sendRecords([mergeReading(list, { ...requested, cartNo: '210340349', carrier: '佐川急便' }, 'grid', at('2026-11-21T09:01:02'))]),
    ]);
    const now = (await stored())!;
    expect(now.pending).toEqual({ action: 'cancel', at: at('2026-11-21T09:01:00') });
    expect(now.carrier).toBe('佐川急便');
  });

  it('keeps a reading written while the update migration rewrites every record', async () => {
    await saveRecords([mergeReading(undefined, { ...requested, withdraw: { state: 'none' } }, 'detail', at('2026-11-21T09:00:00'))]);
    const fresh = mergeReading((await stored())!, requested, 'detail', at('2026-11-21T09:01:00'));
    // The page's write arrives while the migration is still reading every record.
    await Promise.all([rewriteAllRecords(), sendRecords([fresh])]);
    expect((await stored())?.withdraw?.state).toBe('requested');
  });

  it('does not forget an order whose reading was written just before the retention sweep', async () => {
    const old = at('2026-08-01T09:00:00');
    await saveRecords([mergeReading(undefined, requested, 'detail', old)]);
    const fresh = mergeReading((await stored())!, requested, 'grid', at('2026-11-21T09:01:00'));
    const [, kept] = await Promise.all([sendRecords([fresh]), dropExpiredRecords(at('2026-11-21T09:02:00'), 90)]);
    expect(kept.map((r) => r.orderNo)).toEqual([orderNo]);
    expect(await stored()).toBeDefined();
    // Unseen for longer than the period: forgotten.
    expect(await dropExpiredRecords(at('2027-03-01T00:00:00'), 90)).toEqual([]);
    expect(await stored()).toBeUndefined();
  });

  it('clears the history after the writes queued before it: a page’s write does not bring its order back', async () => {
    await saveRecords([mergeReading(undefined, requested, 'detail', at('2026-11-21T09:00:00'))]);
    await fakeBrowser.storage.local.set({ [FIRED_REMINDERS_KEY]: ['1038452888:deadline:2026-11-25'], settings: { v: 1 } });
    // The grid's write was sent just before the seller pressed "clear" in the options page.
    await Promise.all([sendRecords([mergeReading((await stored())!, requested, 'grid', at('2026-11-21T09:01:00'))]), sendClearHistory()]);
    expect(await stored()).toBeUndefined();
    // What is not the history stays.
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual(['settings']);
    // A reading after the clear is remembered again, as an open QSM page's next reading is.
    await sendRecords([mergeReading(undefined, requested, 'grid', at('2026-11-21T09:02:00'))]);
    expect(await stored()).toBeDefined();
  });

  it('goes on after a write that failed', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const first = sendRecords([mergeReading(undefined, requested, 'detail', at('2026-11-21T09:00:00'))]);
    const second = sendRecords([mergeReading(undefined, { ...requested, cartNo: '210340349' }, 'detail', at('2026-11-21T09:00:01'))]);
    await expect(first).rejects.toThrow();
    await second;
    expect((await stored())?.cartNo).toBe('210340349');
    set.mockRestore();
  });
});

describe('what the background accepts as a write', () => {
  const record = (): ClaimRecord => mergeReading(undefined, requested, 'detail', at('2026-11-21T09:00:00'));
  it.each([
    [{ type: 'qwa:save-records', records: [] }, true],
    [{ type: 'qwa:withdraw-press', orderNo, action: 'resend', at: 1 }, true],
    [{ type: 'qwa:withdraw-press', orderNo: '10384x', action: 'send', at: 1 }, false],
    [{ type: 'qwa:withdraw-press', orderNo, action: 'delete', at: 1 }, false],
    [{ type: 'qwa:withdraw-press', orderNo, action: 'send', at: Number.NaN }, false],
    // A press from the future would wait for its confirmation for ever.
    [{ type: 'qwa:withdraw-press', orderNo, action: 'send', at: at('2026-11-22T09:00:00') }, false],
    [{ type: 'qwa:save-records', records: 'all' }, false],
    [{ type: 'qwa:clear-history' }, true],
    [{ type: 'qwa:memo-preview' }, false],
    [null, false],
    ['qwa:save-records', false],
  ])('%j: %s', (message, accepted) => expect(isHistoryWrite(message)).toBe(accepted));

  it('leaves out what is not a record', async () => {
    await applyHistoryWrite({ type: 'qwa:save-records', records: [{ orderNo: '1', hostile: '<img src=x>' }, record(), 42] });
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all)).toEqual([`claim:${orderNo}`]);
  });
});
