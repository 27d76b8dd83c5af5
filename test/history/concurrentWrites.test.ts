// Two QSM pages write one order at once, and a store an older build is handed after a newer one wrote it
// (review 25). The background is the one writer (lib/history/writes.ts); these are its merges.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CLAIM_KEY_PREFIX, applyHistoryWrite, isHistoryWrite, loadRecords, mergeReading, saveRecords, sendPress, sendRecords, snapshotOf, type ClaimRecord } from '../../lib/history';
import type { OrderClaim } from '../../lib/qsm';
import { evaluateWithdraw } from '../../lib/rules';

const at = (jst: string) => new Date(`${jst}+09:00`).getTime();
const orderNo = '1038452888';
const NOW = at('2026-11-21T09:00:00');
const earlier: ClaimRecord = {
  v: 1, orderNo, kind: 'return', stage: 'requested', claimedOn: '2026-11-19', withdraw: { state: 'none' }, events: [], lastSeenAt: at('2026-11-20T09:00:00'),
};
const detail: OrderClaim = { orderNo, kind: 'return', stage: 'requested', claimedOn: '2026-11-19', withdraw: { state: 'requested', requestedOn: '2026-11-20' } };
const listRow: OrderClaim = { orderNo, kind: 'return', stage: 'requested', withdraw: { state: 'requested' } };
const stored = async () => (await loadRecords([orderNo])).get(orderNo)!;
const raw = async () => (await fakeBrowser.storage.local.get(CLAIM_KEY_PREFIX + orderNo))[CLAIM_KEY_PREFIX + orderNo] as Record<string, unknown>;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  fakeBrowser.runtime.onMessage.addListener((m: unknown) => (isHistoryWrite(m) ? applyHistoryWrite(m).then(() => null) : undefined));
});
afterEach(() => vi.useRealTimers());

describe('a claim list’s write landing after a detail’s it did not know of', () => {
  beforeEach(() => saveRecords([earlier]));

  it('keeps the detail’s request day, so the badge and the deadline reminder still know the deadline', async () => {
    const listKnew = await stored(); // the list's scan read the store…
    await sendRecords([mergeReading(await stored(), detail, 'detail', NOW)]); // …a detail popup's write landed…
    await sendRecords([mergeReading(listKnew, listRow, 'grid', NOW + 50)]); // …then the list's
    const record = await stored();
    expect(record.withdraw).toEqual({ state: 'requested', requestedOn: '2026-11-20' });
    expect(record.claimedOn).toBe('2026-11-19');
    expect(evaluateWithdraw(snapshotOf(record), new Date(NOW))).toMatchObject({ state: 'pending', responseDeadline: '2026-11-26' });
  });

  it('lets a detail read after the list’s row win whole: the buyer refused in between', async () => {
    const listKnew = await stored();
    const held: OrderClaim = { ...detail, trackingNo: '123456789012', withdraw: { state: 'held', requestedOn: '2026-11-20', heldOn: '2026-11-21' } };
    await sendRecords([mergeReading(await stored(), held, 'detail', NOW)]);
    await sendRecords([mergeReading(listKnew, { ...listRow, trackingNo: '999999999999' }, 'grid', NOW - 60_000)]);
    expect((await stored()).withdraw).toEqual(held.withdraw);
    expect((await stored()).trackingNo).toBe('123456789012');
  });

  it('keeps the detail’s withdraw state when the list’s row named the claim alone (what the list knew was older)', async () => {
    const listKnew = await stored(); // nothing sent yet, as the list knew
    await sendRecords([mergeReading(await stored(), detail, 'detail', NOW)]); // the request, read in a detail popup
    const claimAlone: OrderClaim = { orderNo, kind: 'return', stage: 'requested' };
    await sendRecords([mergeReading(listKnew, claimAlone, 'grid', NOW + 50)]);
    expect((await stored()).withdraw).toEqual({ state: 'requested', requestedOn: '2026-11-20' });
    // The badge is not "eligible" again while the request is out.
    expect(evaluateWithdraw(snapshotOf(await stored()), new Date(NOW)).state).toBe('pending');
  });

  it('takes the state a list row read after the detail names, over the detail’s', async () => {
    const listKnew = await stored();
    await sendRecords([mergeReading(await stored(), detail, 'detail', NOW)]);
    const heldRow: OrderClaim = { ...listRow, withdraw: { state: 'held', heldOn: '2026-11-21' } };
    await sendRecords([mergeReading(listKnew, heldRow, 'grid', NOW + 50)]);
    expect((await stored()).withdraw).toMatchObject({ state: 'held', heldOn: '2026-11-21' });
  });

  it('writes a list reading over a stored one as before when no detail came in between', async () => {
    await sendRecords([mergeReading(await stored(), listRow, 'grid', NOW)]);
    expect((await stored()).withdraw).toEqual({ state: 'requested' });
  });
});

describe('a stored record too damaged for any check ({"toString":1} for an event’s instant)', () => {
  it('does not make the page’s whole write fail: every order of it is written, the damaged one afresh', async () => {
    await fakeBrowser.storage.local.set({ [CLAIM_KEY_PREFIX + orderNo]: { ...earlier, events: [{ action: 'send', on: '2026-11-20', at: { toString: 1 } }] } });
    const other = '1038452889';
    await sendRecords([mergeReading(undefined, listRow, 'grid', NOW), mergeReading(undefined, { ...listRow, orderNo: other }, 'grid', NOW)]);
    expect((await loadRecords([orderNo, other])).size).toBe(2);
  });
});

describe('a stored detail sighting too damaged for any check ({"toString":1})', () => {
  it('does not make the page’s whole write fail', async () => {
    await fakeBrowser.storage.local.set({ [CLAIM_KEY_PREFIX + orderNo]: { ...earlier, detailSeenAt: { toString: 1 } } });
    const other = '1038452889';
    await sendRecords([mergeReading(undefined, listRow, 'grid', NOW), mergeReading(undefined, { ...listRow, orderNo: other }, 'grid', NOW)]);
    expect((await loadRecords([orderNo, other])).size).toBe(2);
  });
});

describe('a record a newer release wrote (the seller went back to an older build)', () => {
  const newer = { ...earlier, v: 2, withdraw: { state: 'requested', requestedOn: '2026-11-20' }, sellerNote: 'what v2 knows' };
  beforeEach(() => fakeBrowser.storage.local.set({ [CLAIM_KEY_PREFIX + orderNo]: newer }));

  it('is not written over by this build’s readings or presses: the newer build finds it as it left it', async () => {
    await sendRecords([mergeReading(undefined, listRow, 'grid', NOW)]);
    await sendPress(orderNo, 'cancel', NOW);
    expect(await raw()).toEqual(newer);
  });
});
