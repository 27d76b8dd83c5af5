// Two tabs (or a detail's popup and the claim list behind it) writing one order's record: a record is
// written whole, and the seller's withdraw actions recorded by one must survive the other's write.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepStoredActions, loadRecords, mergeReading, noteAction, rewriteAllRecords, saveRecords, snapshotOf, PENDING_ACTION_TTL_MS, type ClaimRecord } from '../../lib/history';
import { evaluateWithdraw } from '../../lib/rules';
import type { OrderClaim } from '../../lib/qsm';

const at = (jst: string) => new Date(`${jst}+09:00`).getTime();
const orderNo = '1038452888';
const requested: OrderClaim = { orderNo, kind: 'return', stage: 'requested', withdraw: { state: 'requested', requestedOn: '2026-11-20' } };
const cancelled: OrderClaim = { ...requested, withdraw: { state: 'none' } };

beforeEach(() => {
  fakeBrowser.reset();
  // saveRecords tells a press still waiting from a forgotten one by the clock.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at('2026-11-21T09:02:00'));
});
afterEach(() => vi.useRealTimers());
const stored = async () => (await loadRecords([orderNo])).get(orderNo)!;

describe('saveRecords with another writer between a reading and its write', () => {
  it('keeps the cancel a detail confirmed while the claim list, read before it, writes its own reading', async () => {
    await saveRecords([mergeReading(undefined, requested, 'detail', at('2026-11-21T09:00:00'))]);
    // The claim list reads the order (its request still out)…
    const list = (await loadRecords([orderNo])).get(orderNo)!;
    // …while, in the detail's popup, the seller cancels the request and the next reading confirms it.
    const inPopup = (await loadRecords([orderNo])).get(orderNo)!;
    await saveRecords([noteAction(inPopup, 'cancel', at('2026-11-21T09:01:00'))]);
    const pressed = (await loadRecords([orderNo])).get(orderNo)!;
    const confirmed = mergeReading(pressed, cancelled, 'detail', at('2026-11-21T09:01:05'));
    expect(confirmed.events).toEqual([{ action: 'cancel', on: '2026-11-21', at: at('2026-11-21T09:01:00') }]);
    await saveRecords([confirmed]);
    // The list's reading, begun before, is written last: with a fact of its own.
    await saveRecords([mergeReading(list, { ...requested, cartNo: '210340349' }, 'grid', at('2026-11-21T09:01:06'))]);
    const stored = (await loadRecords([orderNo])).get(orderNo)!;
    expect(stored.cartNo).toBe('210340349');
    expect(stored.events).toEqual(confirmed.events);
  });

  it('does not bring back a request the seller cancelled when the claim list, read before the cancel, writes last', async () => {
    // QSM refreshes the list behind the popup after the cancel: its row shows the claim's status alone, and
    // its record (begun from what was stored before the cancel) still holds the request of 11/20.
    await saveRecords([mergeReading(undefined, requested, 'detail', at('2026-11-21T09:00:00'))]);
    const list = await stored();
    await saveRecords([noteAction(await stored(), 'cancel', at('2026-11-21T09:01:00'))]);
    await saveRecords([mergeReading(await stored(), cancelled, 'detail', at('2026-11-21T09:01:05'))]);
    const claimOnly: OrderClaim = { orderNo, kind: 'return', stage: 'requested' };
    await saveRecords([mergeReading(list, claimOnly, 'grid', at('2026-11-21T09:01:06'))]);
    const next = new Date(at('2026-11-22T12:00:00'));
    // Not "waiting for the buyer" (with a deadline reminder) but the 5-day cooldown the cancel started,
    // also after the list's next readings.
    expect(evaluateWithdraw(snapshotOf(await stored()), next)).toMatchObject({ state: 'cooldown', reason: 'cooldown-after-cancel', nextRequestOn: '2026-11-26' });
    await saveRecords([mergeReading(await stored(), claimOnly, 'grid', at('2026-11-21T11:00:00'))]);
    expect(evaluateWithdraw(snapshotOf(await stored()), next)).toMatchObject({ state: 'cooldown', reason: 'cooldown-after-cancel' });
  });

  it('keeps a press no reading has confirmed yet', async () => {
    await saveRecords([mergeReading(undefined, requested, 'detail', at('2026-11-21T09:00:00'))]);
    const list = await stored();
    await saveRecords([noteAction(list, 'cancel', at('2026-11-21T09:01:00'))]);
    await saveRecords([mergeReading(list, { ...requested, cartNo: '210340349' }, 'grid', at('2026-11-21T09:01:02'))]);
    expect((await stored()).pending).toEqual({ action: 'cancel', at: at('2026-11-21T09:01:00') });
  });

  it('records the press when the list written last is the reading that shows it went through', async () => {
    await saveRecords([mergeReading(undefined, requested, 'detail', at('2026-11-21T09:00:00'))]);
    const list = await stored();
    await saveRecords([noteAction(list, 'cancel', at('2026-11-21T09:01:00'))]);
    // The list, read before the press, writes a reading taken after it: the request is no longer out.
    await saveRecords([mergeReading(list, cancelled, 'detail', at('2026-11-21T09:01:30'))]);
    const now = await stored();
    expect(now.events).toEqual([{ action: 'cancel', on: '2026-11-21', at: at('2026-11-21T09:01:00') }]);
    expect(now.pending).toBeUndefined();
  });

  it('does not bring back a press a reading forgot (no reading confirmed it in time)', async () => {
    await saveRecords([mergeReading(undefined, requested, 'detail', at('2026-11-21T09:00:00'))]);
    await saveRecords([noteAction(await stored(), 'cancel', at('2026-11-21T09:01:00'))]);
    // The seller pressed Cancel on QSM's confirm box: an hour later a reading drops the press.
    const later = at('2026-11-21T09:01:00') + PENDING_ACTION_TTL_MS + 60_000;
    vi.setSystemTime(later);
    const forgot = mergeReading(await stored(), requested, 'detail', later);
    expect(forgot.pending).toBeUndefined();
    await saveRecords([forgot]);
    expect((await stored()).pending).toBeUndefined();
    // Days later the request ends some other way: no cancel of the seller's is made up.
    vi.setSystemTime(at('2026-11-27T10:00:00'));
    await saveRecords([mergeReading(await stored(), cancelled, 'detail', at('2026-11-27T10:00:00'))]);
    expect((await stored()).events).toEqual([]);
  });

  it('records a press confirmed in two tabs once', async () => {
    await saveRecords([mergeReading(undefined, requested, 'detail', at('2026-11-21T09:00:00'))]);
    await saveRecords([noteAction(await stored(), 'cancel', at('2026-11-21T09:01:00'))]);
    const list = await stored(); // knows the press
    await saveRecords([mergeReading(await stored(), cancelled, 'detail', at('2026-11-21T09:01:05'))]);
    // The list writes a reading of its own that still shows the request (QSM had not refreshed it yet).
    await saveRecords([mergeReading(list, requested, 'grid', at('2026-11-21T09:01:06'))]);
    const both = await stored();
    expect(both.events).toHaveLength(1);
    expect(both.pending).toBeUndefined();
    await saveRecords([mergeReading(both, cancelled, 'detail', at('2026-11-21T09:01:10'))]);
    expect((await stored()).events).toHaveLength(1);
  });
});

describe('keepStoredActions', () => {
  const base: ClaimRecord = { v: 1, orderNo, kind: 'return', stage: 'requested', events: [], lastSeenAt: 0 };
  const send = { action: 'send' as const, on: '2026-11-10', at: at('2026-11-10T10:00:00') };
  const cancel = { action: 'cancel' as const, on: '2026-11-12', at: at('2026-11-12T10:00:00') };
  const now = cancel.at + 60_000;

  it('is the record itself when nothing was written meanwhile, or nothing it lacks', () => {
    const record = { ...base, events: [send] };
    expect(keepStoredActions(undefined, record, now)).toBe(record);
    expect(keepStoredActions({ ...base, events: [send] }, record, now)).toBe(record);
  });

  it('adds the events it lacks in the order they happened, each once', () => {
    expect(keepStoredActions({ ...base, events: [send, cancel] }, { ...base, events: [send] }, now).events).toEqual([send, cancel]);
    expect(keepStoredActions({ ...base, events: [send] }, { ...base, events: [cancel] }, now).events).toEqual([send, cancel]);
  });

  it('keeps a newer press, but not one the record already confirmed or replaced', () => {
    const pending = { action: 'cancel' as const, at: cancel.at };
    expect(keepStoredActions({ ...base, pending }, base, now).pending).toEqual(pending);
    expect(keepStoredActions({ ...base, pending }, { ...base, events: [cancel] }, now).pending).toBeUndefined();
    const later = { action: 'send' as const, at: cancel.at + 30_000 };
    expect(keepStoredActions({ ...base, pending }, { ...base, pending: later }, now).pending).toEqual(later);
    // Past mergeReading's time limit a press is forgotten, here too.
    expect(keepStoredActions({ ...base, pending }, base, cancel.at + PENDING_ACTION_TTL_MS).pending).toBeUndefined();
  });
});

describe('the update’s rewrite of every record', () => {
  it('leaves only a record’s own fields: nothing personal an older build or a hand edit left stays on disk', async () => {
    const record = mergeReading(undefined, requested, 'detail', at('2026-11-21T09:00:00'));
    const leftOver = {
      ...record,
      buyerName: '山田太郎',
      address: '東京都港区六本木1-2-3',
      recipientPhone: '090-1234-5678',
      withdraw: { ...record.withdraw, refusalReason: '[其他原因] 山田です 090-1234-5678' },
    };
    await fakeBrowser.storage.local.set({ [`claim:${orderNo}`]: leftOver });
    await rewriteAllRecords();
    const written = (await fakeBrowser.storage.local.get(`claim:${orderNo}`))[`claim:${orderNo}`];
    expect(JSON.stringify(written)).not.toMatch(/山田|六本木|090-1234/);
    // What the record is made of is all still there, and judged as before.
    expect(written).toEqual(record);
    expect(evaluateWithdraw(snapshotOf(await stored()), new Date(at('2026-11-21T10:00:00'))).state).toBe('pending');
  });
});
