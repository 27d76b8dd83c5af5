import { describe, expect, it } from 'vitest';
import {
  cardOf, dueSoonRows, nextStep, quickCheckCard, quickCheckSnapshot, searchOrders, stageKey, withdrawLine, EMPTY_QUICK_CHECK,
} from '../../components/popupModel';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { NOW, RECORDS, cancelledOwn, pendingReturn, refusedExchange } from './popupFixtures';

describe('popupModel', () => {
  it('searches by whole or partial order / cart number and says why nothing shows', () => {
    expect(searchOrders(RECORDS, '').status).toBe('empty');
    expect(searchOrders(RECORDS, '10').status).toBe('short');
    expect(searchOrders(RECORDS, '１０３８ ４５２-８８８').matches.map((r) => r.orderNo)).toEqual(['1038452888']);
    expect(searchOrders(RECORDS, '452').matches.map((r) => r.orderNo).sort()).toEqual(['1038452111', '1038452888']);
    expect(searchOrders(RECORDS, '211111111').matches.map((r) => r.orderNo)).toEqual(['1099999999']);
    expect(searchOrders(RECORDS, '5555555555')).toMatchObject({ status: 'none', digits: '5555555555' });
  });

  it('offers the quick check only for a whole order number, never a cart number, a part or digits joined from a pasted line', () => {
    expect(searchOrders(RECORDS, '210340999')).toMatchObject({ status: 'unmatched', digits: '210340999' });
    expect(searchOrders(RECORDS, '77777')).toMatchObject({ status: 'unmatched', digits: '77777' });
    expect(searchOrders(RECORDS, '10384528881')).toMatchObject({ status: 'unmatched' });
    expect(searchOrders(RECORDS, 'Order No. 1038452999 / Cart No. 210340999')).toMatchObject({
      status: 'none', orderNo: '1038452999', digits: '1038452999, 210340999',
    });
    expect(searchOrders(RECORDS, '5555555555 / 6666666666')).toMatchObject({ status: 'unmatched' });
    expect(searchOrders(RECORDS, '注文番号：1038452888 数量：1')).toMatchObject({ status: 'found', total: 1 });
    expect(searchOrders(RECORDS, '11/20')).toMatchObject({ status: 'short' });
  });

  it('answers a pasted line naming an order and its cart: that order first, or its quick check beside the cart’s orders', () => {
    // 210340349 is the saved return's cart; 1099000017, another order of it, was never seen.
    const unseen = searchOrders(RECORDS, '注文番号：1099000017 カート番号：210340349');
    expect(unseen).toMatchObject({ status: 'found', orderNo: '1099000017', total: 1 });
    expect(unseen.matches.map((r) => r.orderNo)).toEqual(['1038452888']);
    // A line's other 10-digit number may be an item code: the cart's saved order still shows.
    expect(searchOrders(RECORDS, 'カート番号：210340349 商品コード：1130475829').matches.map((r) => r.orderNo)).toEqual(['1038452888']);
    // Saved, it comes first, before the other orders of its cart.
    const sibling = { ...pendingReturn, orderNo: '1099000017', lastSeenAt: pendingReturn.lastSeenAt - 1 };
    expect(searchOrders([...RECORDS, sibling], '注文番号：1099000017 カート番号：210340349').matches.map((r) => r.orderNo)).toEqual(['1099000017', '1038452888']);
    // A cart number alone still lists its orders.
    expect(searchOrders(RECORDS, 'カート番号：210340349')).toMatchObject({ status: 'found', total: 1 });
  });

  it('judges a record with its logged actions', () => {
    expect(cardOf(pendingReturn, NOW).verdict).toMatchObject({ state: 'pending', responseDeadline: '2026-11-26' });
    expect(cardOf(refusedExchange, NOW).verdict).toMatchObject({ state: 'cooldown', nextRequestOn: '2026-11-24' });
    expect(cardOf(cancelledOwn, NOW).verdict).toMatchObject({ state: 'cooldown', reason: 'cooldown-after-cancel', nextRequestOn: '2026-11-26' });
  });

  it('names stages in the kind’s own words and the next step', () => {
    expect(stageKey('return', 'onHold')).toBe('popup.stage.return.onHold');
    expect(stageKey('cancel', 'onHold')).toBe('popup.stage.cancel.inProgress');
    expect(withdrawLine({ state: 'requested' })).toEqual({ key: 'popup.withdraw.requestedUndated' });
    expect(withdrawLine({ state: 'held', heldOn: '2026-11-19' })).toEqual({ key: 'popup.withdraw.held', day: '2026-11-19' });
    // A list row read before the seller's cancel, written after it, still says "requested": the dates decide.
    expect(withdrawLine({ state: 'requested', requestedOn: '2026-11-20', cancelledOn: '2026-11-21' })).toEqual({ key: 'popup.withdraw.cancelled', day: '2026-11-21' });
    expect(withdrawLine({ state: 'requested', requestedOn: '2026-11-20', heldOn: '2026-11-21' })).toEqual({ key: 'popup.withdraw.held', day: '2026-11-21' });
    expect(nextStep(cardOf(pendingReturn, NOW).verdict)).toEqual({ key: 'popup.next.wait', day: '2026-11-26' });
    expect(nextStep(cardOf(pendingReturn, Date.parse('2026-11-27T00:00:00Z')).verdict)).toEqual({ key: 'popup.next.checkAfter', day: '2026-11-27' });
    expect(nextStep(cardOf(refusedExchange, NOW).verdict)).toEqual({ key: 'popup.next.cooldown', day: '2026-11-24' });
  });

  it('builds the quick check’s claim from typed JST days', () => {
    const q = (patch: Partial<typeof EMPTY_QUICK_CHECK>) => quickCheckSnapshot({ ...EMPTY_QUICK_CHECK, ...patch }, '2026-11-22');
    expect(q({ withdrawState: 'requested' })).toEqual({ ok: false, field: 'withdrawOn', problem: 'missing' });
    expect(q({ withdrawState: 'requested', deadlineShown: '2026-11-27' })).toMatchObject({ ok: true });
    expect(q({ kind: 'exchange', stage: 'onHold' })).toMatchObject({ ok: true, snapshot: { kind: 'exchange', stage: 'requested' } });
    const held = q({ withdrawState: 'held', withdrawOn: '2026-11-20' });
    if (!held.ok) throw new Error('expected ok');
    expect(quickCheckCard('123', held.snapshot, NOW).verdict).toMatchObject({ state: 'cooldown', nextRequestOn: '2026-11-25' });
  });

  it('refuses a typed day after today (JST) and a withdraw step dated before its claim, rather than judge them', () => {
    const q = (patch: Partial<typeof EMPTY_QUICK_CHECK>) => quickCheckSnapshot({ ...EMPTY_QUICK_CHECK, ...patch }, '2026-11-22');
    // A request dated tomorrow would get "7 days left", more than any live request has.
    expect(q({ withdrawState: 'requested', withdrawOn: '2026-11-23' })).toEqual({ ok: false, field: 'withdrawOn', problem: 'future' });
    expect(q({ withdrawState: 'requested', withdrawOn: '2026-11-22' })).toMatchObject({ ok: true });
    expect(q({ claimedOn: '2026-11-23' })).toEqual({ ok: false, field: 'claimedOn', problem: 'future' });
    expect(q({ claimedOn: '2026-11-20', withdrawState: 'held', withdrawOn: '2026-11-19' })).toEqual({ ok: false, field: 'withdrawOn', problem: 'beforeClaim' });
    expect(q({ claimedOn: '2026-11-20', withdrawState: 'held', withdrawOn: '2026-11-20' })).toMatchObject({ ok: true });
    // A printed deadline is after today by nature; a day typed before "nothing sent" was chosen is not used.
    expect(q({ withdrawState: 'requested', deadlineShown: '2026-11-28' })).toMatchObject({ ok: true });
    expect(q({ withdrawState: 'none', withdrawOn: '2026-12-01' })).toMatchObject({ ok: true });
  });

  it('lists due-soon rows: what needs action now first, then deadlines, cooldowns and delayed claims, soonest first', () => {
    const rows = dueSoonRows(RECORDS, NOW, DEFAULT_SETTINGS);
    expect(rows.map((r) => `${r.kind}:${r.orderNo}:${r.day}:${r.urgent}`)).toEqual([
      'delayed:2000000002:2026-11-14:true',
      'deadline:1038452888:2026-11-26:false',
      'cooldownEnd:1099999999:2026-11-24:false',
      'cooldownEnd:2000000003:2026-11-26:false',
    ]);
    // Notifications turned off still leave the list complete; lead hours mark the urgent deadline.
    const late = Date.parse('2026-11-26T05:00:00Z');
    const quiet: Settings = { ...DEFAULT_SETTINGS, reminders: { deadline: false, cooldownEnd: false, delayed: false } };
    const urgent = dueSoonRows(RECORDS, late, quiet);
    expect(urgent.find((r) => r.kind === 'deadline')).toMatchObject({ orderNo: '1038452888', urgent: true });
    expect(dueSoonRows([], NOW, DEFAULT_SETTINGS)).toEqual([]);
  });

  it('keeps "you can ask again" in Due soon on the first allowed day', () => {
    // The refused exchange may be asked again from 11/24; at 08:00 JST that day the row is still there.
    const rows = dueSoonRows([refusedExchange], Date.parse('2026-11-24T08:00:00+09:00'), DEFAULT_SETTINGS);
    expect(rows).toEqual([expect.objectContaining({ kind: 'cooldownEnd', orderNo: '1099999999', day: '2026-11-24', urgent: true })]);
    expect(dueSoonRows([refusedExchange], Date.parse('2026-11-25T00:00:00+09:00'), DEFAULT_SETTINGS)).toEqual([]);
  });
});
