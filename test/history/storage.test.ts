// Two tabs (or a detail's popup and the claim list behind it) writing one order's record: a record is
// written whole, and the seller's withdraw actions recorded by one must survive the other's write.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepStoredActions, loadRecords, mergeReading, noteAction, saveRecords, type ClaimRecord } from '../../lib/history';
import type { OrderClaim } from '../../lib/qsm';

const at = (jst: string) => new Date(`${jst}+09:00`).getTime();
const orderNo = '1038452888';
const requested: OrderClaim = { orderNo, kind: 'return', stage: 'requested', withdraw: { state: 'requested', requestedOn: '2026-11-20' } };
const cancelled: OrderClaim = { ...requested, withdraw: { state: 'none' } };

beforeEach(() => fakeBrowser.reset());

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

  it('keeps a press no reading has confirmed yet, unless the record written confirms it', async () => {
    await saveRecords([mergeReading(undefined, requested, 'detail', at('2026-11-21T09:00:00'))]);
    const list = (await loadRecords([orderNo])).get(orderNo)!;
    await saveRecords([noteAction(list, 'cancel', at('2026-11-21T09:01:00'))]);
    await saveRecords([mergeReading(list, requested, 'grid', at('2026-11-21T09:01:02'))]);
    expect((await loadRecords([orderNo])).get(orderNo)!.pending).toEqual({ action: 'cancel', at: at('2026-11-21T09:01:00') });
  });
});

describe('keepStoredActions', () => {
  const base: ClaimRecord = { v: 1, orderNo, kind: 'return', stage: 'requested', events: [], lastSeenAt: 0 };
  const send = { action: 'send' as const, on: '2026-11-10', at: at('2026-11-10T10:00:00') };
  const cancel = { action: 'cancel' as const, on: '2026-11-12', at: at('2026-11-12T10:00:00') };

  it('is the record itself when nothing was written meanwhile, or nothing it lacks', () => {
    const record = { ...base, events: [send] };
    expect(keepStoredActions(undefined, record)).toBe(record);
    expect(keepStoredActions({ ...base, events: [send] }, record)).toBe(record);
  });

  it('adds the events it lacks in the order they happened, each once', () => {
    expect(keepStoredActions({ ...base, events: [send, cancel] }, { ...base, events: [send] }).events).toEqual([send, cancel]);
    expect(keepStoredActions({ ...base, events: [send] }, { ...base, events: [cancel] }).events).toEqual([send, cancel]);
  });

  it('keeps a newer press, but not one the record already confirmed or replaced', () => {
    const pending = { action: 'cancel' as const, at: cancel.at };
    expect(keepStoredActions({ ...base, pending }, base).pending).toEqual(pending);
    expect(keepStoredActions({ ...base, pending }, { ...base, events: [cancel] }).pending).toBeUndefined();
    const later = { action: 'send' as const, at: cancel.at + 60_000 };
    expect(keepStoredActions({ ...base, pending }, { ...base, pending: later }).pending).toEqual(later);
  });
});
