// The background's record writes beside one damaged stored record: a page's reading of many orders, a
// seller's press, the update's rewrite. Each read what was stored, and one bad event failed them all.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyHistoryWrite, loadAllRecords, loadRecords, mergeReading, rewriteAllRecords, saveRecords, snapshotOf } from '../../lib/history';
import { evaluateWithdraw } from '../../lib/rules';
import { DAMAGED_ORDER, NOW, SOUND, at, damaged, nullEvent, sentOn1120, storeAsIs } from './damaged';

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

const raw = async (orderNo: string) => (await fakeBrowser.storage.local.get(`claim:${orderNo}`))[`claim:${orderNo}`] as { events?: unknown };

describe('writing records beside a damaged one', () => {
  it('writes a grid’s reading of every order, the damaged one with its sound events kept', async () => {
    await storeAsIs([nullEvent]);
    const read = (orderNo: string) => mergeReading(undefined, { orderNo, kind: 'return', stage: 'requested' }, 'grid', NOW);
    await saveRecords([...SOUND.map((r) => read(r.orderNo)), read(DAMAGED_ORDER)]);
    const stored = await loadRecords([...SOUND.map((r) => r.orderNo), DAMAGED_ORDER]);
    expect([...stored.keys()].sort()).toEqual([...SOUND.map((r) => r.orderNo), DAMAGED_ORDER].sort());
    // The seller's press of 11/20 survives the write; the unreadable event is gone from the disk.
    expect((await raw(DAMAGED_ORDER)).events).toEqual([sentOn1120]);
  });

  it('notes the seller’s press on the damaged order, and the next reading confirms it', async () => {
    await storeAsIs([nullEvent]);
    await applyHistoryWrite({ type: 'qwa:withdraw-press', orderNo: DAMAGED_ORDER, action: 'cancel', at: NOW - 60_000 });
    const pressed = (await loadRecords([DAMAGED_ORDER])).get(DAMAGED_ORDER)!;
    expect(pressed.pending).toEqual({ action: 'cancel', at: NOW - 60_000 });
    await saveRecords([mergeReading(pressed, { orderNo: DAMAGED_ORDER, kind: 'return', stage: 'requested', withdraw: { state: 'none' } }, 'detail', NOW)]);
    const confirmed = (await loadRecords([DAMAGED_ORDER])).get(DAMAGED_ORDER)!;
    // The cancel of today is known: no new request before 12/1 (§3.6).
    expect(evaluateWithdraw(snapshotOf(confirmed), new Date(NOW))).toMatchObject({ state: 'cooldown', nextRequestOn: '2026-12-01' });
  });

  it('keeps the seller’s presses of a record too damaged to be read when the order’s next reading writes it afresh', async () => {
    // Its last sighting or its withdraw state cannot be read: the record is ignored until rewritten, but the
    // cancel of 11/24 it logged (QSM never shows it again) is what the cooldown runs from.
    const cancelled = { action: 'cancel', on: '2026-11-24', at: at('2026-11-24T15:00:00') } as const;
    const pressed = { action: 'send', at: NOW - 60_000 } as const;
    for (const damage of [{ lastSeenAt: 'yesterday' }, { lastSeenAt: NaN }, { withdraw: { state: 'sent?' } }]) {
      fakeBrowser.reset();
      await storeAsIs([damaged({ ...damage, events: [sentOn1120, null, cancelled], pending: pressed })]);
      expect((await loadRecords([DAMAGED_ORDER])).size).toBe(0);
      // The next reading (a grid row: the buyer's answer is no longer awaited, the request is gone).
      await saveRecords([mergeReading(undefined, { orderNo: DAMAGED_ORDER, kind: 'return', stage: 'requested', withdraw: { state: 'none' } }, 'grid', NOW)]);
      const rewritten = (await loadRecords([DAMAGED_ORDER])).get(DAMAGED_ORDER)!;
      expect(rewritten.events).toEqual([sentOn1120, cancelled]);
      // The press of a minute ago still waits for a reading that can tell.
      expect(rewritten.pending).toEqual(pressed);
      // The cancel of 11/24: no new request before 11/29 (§3.6).
      expect(evaluateWithdraw(snapshotOf(rewritten), new Date(NOW))).toMatchObject({ state: 'cooldown', nextRequestOn: '2026-11-29' });
    }
  });

  it('brings every other record to the current shape on an update', async () => {
    const preRelease = { orderNo: '1038000009', kind: 'cancel', stage: 'requested', lastSeenAt: at('2026-11-25T09:00:00') };
    await storeAsIs([nullEvent, preRelease, { ...nullEvent, orderNo: '1038999998', lastSeenAt: 'yesterday' }]);
    await rewriteAllRecords();
    expect(await raw('1038000009')).toEqual({ ...preRelease, v: 1, events: [] });
    expect((await raw(DAMAGED_ORDER)).events).toEqual([sentOn1120]);
    // A record with no readable sighting is left alone, and read by nobody.
    expect((await loadAllRecords()).map((r) => r.orderNo).sort()).toEqual(['1038000009', DAMAGED_ORDER]);
  });
});
