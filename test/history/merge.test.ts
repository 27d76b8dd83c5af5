import { describe, expect, it } from 'vitest';
import { mergeReading, noteAction, snapshotOf, PENDING_ACTION_TTL_MS, type ClaimRecord } from '../../lib/history';
import { evaluateWithdraw } from '../../lib/rules';
import type { OrderClaim } from '../../lib/qsm';

const at = (jstWallClock: string) => new Date(`${jstWallClock}+09:00`).getTime();
const detail = (over: Partial<OrderClaim> = {}): OrderClaim => ({
  orderNo: '1038452888',
  cartNo: '210340349',
  kind: 'return',
  stage: 'requested',
  claimedOn: '2026-11-18',
  withdraw: { state: 'none' },
  ...over,
});

describe('mergeReading', () => {
  it('keeps the detail’s withdraw dates when a later grid row only says "withdraw requested"', () => {
    const known = mergeReading(undefined, detail({ withdraw: { state: 'requested', requestedOn: '2026-11-20', deadlineShown: '2026/11/26' } }), 'detail', at('2026-11-20T10:00:00'));
    const row: OrderClaim = { orderNo: '1038452888', kind: 'return', stage: 'requested', withdraw: { state: 'requested' } };
    const merged = mergeReading(known, row, 'grid', at('2026-11-21T10:00:00'));
    expect(merged.withdraw).toEqual({ state: 'requested', requestedOn: '2026-11-20', deadlineShown: '2026/11/26' });
    expect(merged.cartNo).toBe('210340349');
    expect(merged.detailSeenAt).toBe(at('2026-11-20T10:00:00'));
    expect(merged.lastSeenAt).toBe(at('2026-11-21T10:00:00'));
  });

  describe('a grid row printing a withdraw day the known round does not have: another round, judged by its own days', () => {
    const judged = (r: ClaimRecord, jst: string) => evaluateWithdraw(snapshotOf(r), new Date(at(jst)));
    const row = (withdraw: OrderClaim['withdraw']): OrderClaim => ({ orderNo: '1038452888', kind: 'return', stage: 'requested', withdraw });

    it('a request sent again elsewhere: its own deadline, not the refused request’s printed one', () => {
      const known = mergeReading(undefined, detail({ withdraw: { state: 'requested', requestedOn: '2026-11-01', deadlineShown: '2026/11/07' } }), 'detail', at('2026-11-01T10:00:00'));
      const merged = mergeReading(known, row({ state: 'requested', requestedOn: '2026-11-07' }), 'grid', at('2026-11-08T10:00:00'));
      // Was: 'auto-withdraw due' on 11-08, by the old request's 11/07.
      expect(judged(merged, '2026-11-08T10:00:00')).toMatchObject({ state: 'pending', reason: 'awaiting-buyer', responseDeadline: '2026-11-13' });
    });

    it('refused again after a request sent elsewhere: never "waiting for the buyer" by the old refusal’s day', () => {
      const known = mergeReading(undefined, detail({ withdraw: { state: 'held', requestedOn: '2026-11-01', heldOn: '2026-11-02' } }), 'detail', at('2026-11-03T10:00:00'));
      const merged = mergeReading(known, row({ state: 'held', requestedOn: '2026-11-07' }), 'grid', at('2026-11-09T10:00:00'));
      // The refusal's day is not printed: its cooldown cannot be told.
      expect(judged(merged, '2026-11-09T10:00:00').state).toBe('unknown');
    });

    it('a new refusal, then a request sent elsewhere: never "eligible" by the old request’s day', () => {
      const known = mergeReading(undefined, detail({ withdraw: { state: 'requested', requestedOn: '2026-11-07', heldOn: '2026-11-02', deadlineShown: '2026/11/13' } }), 'detail', at('2026-11-07T12:00:00'));
      const merged = mergeReading(known, row({ state: 'requested', heldOn: '2026-11-08' }), 'grid', at('2026-11-14T10:00:00'));
      expect(judged(merged, '2026-11-14T10:00:00').state).toBe('unknown'); // was: eligible (held 11-08, cooldown over)
      const withDeadline = mergeReading(known, row({ state: 'requested', heldOn: '2026-11-08', deadlineShown: '2026/11/19' }), 'grid', at('2026-11-14T10:00:00'));
      expect(judged(withDeadline, '2026-11-14T10:00:00')).toMatchObject({ state: 'pending', responseDeadline: '2026-11-19' });
    });
  });

  it('lets a newer grid status win over an older detail', () => {
    const known = mergeReading(undefined, detail(), 'detail', at('2026-11-20T10:00:00'));
    const merged = mergeReading(known, { orderNo: '1038452888', kind: 'return', stage: 'onHold' }, 'grid', at('2026-11-21T10:00:00'));
    expect(merged.stage).toBe('onHold');
    expect(merged.withdraw).toEqual({ state: 'none' });
  });

  it('stores nothing but the claim’s facts', () => {
    const reading = { ...detail(), buyerName: '山田 太郎', address: '東京都港区1-2-3', phone: '090-1234-5678' } as OrderClaim;
    const record = mergeReading(undefined, reading, 'detail', at('2026-11-20T10:00:00'));
    expect(JSON.stringify(record)).not.toMatch(/山田|東京都|090-1234/);
  });
});

describe('the event log', () => {
  const sentOn = at('2026-11-20T23:50:00');
  const pendingRequest = () => mergeReading(undefined, detail({ withdraw: { state: 'requested', requestedOn: '2026-11-20' } }), 'detail', sentOn);

  it('records a cancel with its JST day once the page confirms it, and the rules then apply the 5-day cooldown', () => {
    const clicked = noteAction(pendingRequest(), 'cancel', at('2026-11-21T00:10:00'));
    const confirmed = mergeReading(clicked, detail({ withdraw: { state: 'none' } }), 'detail', at('2026-11-21T00:10:05'));
    expect(confirmed.events).toEqual([{ action: 'cancel', on: '2026-11-21', at: at('2026-11-21T00:10:00') }]);
    expect(confirmed.pending).toBeUndefined();
    const v = evaluateWithdraw(snapshotOf(confirmed), new Date(at('2026-11-25T23:59:59')));
    expect(v).toMatchObject({ state: 'cooldown', reason: 'cooldown-after-cancel', nextRequestOn: '2026-11-26' });
    expect(evaluateWithdraw(snapshotOf(confirmed), new Date(at('2026-11-26T00:00:00'))).state).toBe('eligible');
  });

  it('records nothing when the page still shows the request (the seller dismissed QSM’s confirm box)', () => {
    const clicked = noteAction(pendingRequest(), 'cancel', at('2026-11-21T00:10:00'));
    const same = mergeReading(clicked, detail({ withdraw: { state: 'requested', requestedOn: '2026-11-20' } }), 'detail', at('2026-11-21T00:10:05'));
    expect(same.events).toEqual([]);
    expect(same.pending).toBeDefined();
    const later = mergeReading(same, detail({ withdraw: { state: 'requested', requestedOn: '2026-11-20' } }), 'detail', at('2026-11-21T00:10:00') + PENDING_ACTION_TTL_MS);
    expect(later.pending).toBeUndefined();
    expect(later.events).toEqual([]);
  });

  it('keeps a cancel waiting through list readings that cannot tell, until the detail confirms it (QSM closed the popup)', () => {
    const clicked = noteAction(pendingRequest(), 'cancel', at('2026-11-21T00:10:00'));
    const row: OrderClaim = { orderNo: '1038452888', kind: 'return', stage: 'requested' };
    const listed = mergeReading(clicked, row, 'grid', at('2026-11-21T09:00:00'));
    expect(listed.pending).toBeDefined();
    // Two days on, the seller opens the detail: no request any more, so the cancel happened on its own day.
    const opened = mergeReading(listed, detail({ withdraw: { state: 'none' } }), 'detail', at('2026-11-23T10:00:00'));
    expect(opened.events).toEqual([{ action: 'cancel', on: '2026-11-21', at: at('2026-11-21T00:10:00') }]);
    expect(evaluateWithdraw(snapshotOf(opened), new Date(at('2026-11-23T10:00:00')))).toMatchObject({ state: 'cooldown', nextRequestOn: '2026-11-26' });
    // A list row that names the withdraw state can tell: the press is then judged by it as before.
    const told = mergeReading(clicked, { ...row, withdraw: { state: 'requested' } }, 'grid', at('2026-11-21T09:00:00'));
    expect(told.pending).toBeUndefined();
  });

  it('records a send, and a re-request after a refusal', () => {
    const fresh = mergeReading(undefined, detail(), 'detail', at('2026-11-20T09:00:00'));
    const sent = mergeReading(noteAction(fresh, 'send', at('2026-11-20T09:01:00')), detail({ withdraw: { state: 'requested', requestedOn: '2026-11-20' } }), 'detail', at('2026-11-20T09:01:03'));
    expect(sent.events.map((e) => e.action)).toEqual(['send']);
    const held = mergeReading(sent, detail({ withdraw: { state: 'held', requestedOn: '2026-11-20', heldOn: '2026-11-22' } }), 'detail', at('2026-11-22T09:00:00'));
    const again = mergeReading(noteAction(held, 'resend', at('2026-11-27T09:00:00')), detail({ withdraw: { state: 'requested', requestedOn: '2026-11-27', heldOn: '2026-11-22' } }), 'detail', at('2026-11-27T09:00:02'));
    expect(again.events.map((e) => [e.action, e.on])).toEqual([['send', '2026-11-20'], ['resend', '2026-11-27']]);
  });

  it('gives a grid row that only says "withdraw requested" the day of the logged send', () => {
    const fresh = mergeReading(undefined, detail(), 'detail', at('2026-11-20T09:00:00'));
    const sent = mergeReading(noteAction(fresh, 'send', at('2026-11-20T09:01:00')), { orderNo: '1038452888', kind: 'return', stage: 'requested', withdraw: { state: 'requested' } }, 'grid', at('2026-11-20T09:02:00'));
    expect(evaluateWithdraw(snapshotOf(sent), new Date(at('2026-11-22T12:00:00')))).toMatchObject({ state: 'pending', responseDeadline: '2026-11-26' });
  });

  it('gives no day to a "withdraw requested" grid row seen after the seller cancelled: unknown, not a stale deadline', () => {
    // Sent on 11-20, cancelled on 11-21 (the detail confirmed it), then a grid row still says 撤回要請.
    const sent = mergeReading(noteAction(mergeReading(undefined, detail(), 'detail', at('2026-11-20T09:00:00')), 'send', at('2026-11-20T09:01:00')), detail({ withdraw: { state: 'requested', requestedOn: '2026-11-20' } }), 'detail', at('2026-11-20T09:02:00'));
    const cancelled = mergeReading(noteAction(sent, 'cancel', at('2026-11-21T10:00:00')), detail(), 'detail', at('2026-11-21T10:01:00'));
    const stale = mergeReading(cancelled, { orderNo: '1038452888', kind: 'return', stage: 'requested', withdraw: { state: 'requested' } }, 'grid', at('2026-11-21T10:05:00'));
    expect(evaluateWithdraw(snapshotOf(cancelled), new Date(at('2026-11-22T12:00:00')))).toMatchObject({ state: 'cooldown', reason: 'cooldown-after-cancel' });
    expect(evaluateWithdraw(snapshotOf(stale), new Date(at('2026-11-22T12:00:00')))).toMatchObject({ state: 'unknown', reason: 'invalid-input' });
  });

  describe('a request the claim list shows after the buyer refused', () => {
    const fresh = mergeReading(undefined, detail(), 'detail', at('2026-11-20T09:00:00'));
    const sent = mergeReading(noteAction(fresh, 'send', at('2026-11-20T09:01:00')), detail({ withdraw: { state: 'requested', requestedOn: '2026-11-20' } }), 'detail', at('2026-11-20T09:01:03'));
    const held = mergeReading(sent, detail({ withdraw: { state: 'held', requestedOn: '2026-11-20', heldOn: '2026-11-22' } }), 'detail', at('2026-11-22T09:00:00'));
    const listed = { orderNo: '1038452888', kind: 'return', stage: 'requested', withdraw: { state: 'requested' } } as const;

    it('sent elsewhere (another computer, a colleague): its day is unknown, not the refused request’s', () => {
      // Before, the list's row took the day of the send before the refusal: "ended, withdrawn on 11/27".
      const grid = mergeReading(held, listed, 'grid', at('2026-11-28T10:00:00'));
      expect(evaluateWithdraw(snapshotOf(grid), new Date(at('2026-11-28T10:00:00')))).toMatchObject({ state: 'unknown', reason: 'invalid-input' });
    });

    it('sent here after the refusal: its logged day', () => {
      const resent = mergeReading(noteAction(held, 'resend', at('2026-11-27T09:00:00')), listed, 'grid', at('2026-11-27T09:00:05'));
      expect(evaluateWithdraw(snapshotOf(resent), new Date(at('2026-11-28T10:00:00')))).toMatchObject({ state: 'pending', responseDeadline: '2026-12-03' });
      // The list showing it again keeps both days.
      const again = mergeReading(resent, listed, 'grid', at('2026-11-29T09:00:00'));
      expect(evaluateWithdraw(snapshotOf(again), new Date(at('2026-11-29T10:00:00')))).toMatchObject({ state: 'pending', responseDeadline: '2026-12-03' });
    });
  });

  it('a send after a cancel ends the cancel cooldown’s say', () => {
    const record: ClaimRecord = {
      ...pendingRequest(),
      events: [
        { action: 'cancel', on: '2026-11-10', at: at('2026-11-10T10:00:00') },
        { action: 'send', on: '2026-11-20', at: at('2026-11-20T10:00:00') },
      ],
    };
    expect(snapshotOf(record).withdraw).toEqual({ state: 'requested', requestedOn: '2026-11-20' });
  });
});

describe('a send press whose confirm box the seller dismissed (review 25)', () => {
  const row = (withdraw?: OrderClaim['withdraw']): OrderClaim => ({ orderNo: '1038452888', kind: 'return', stage: 'requested', ...(withdraw ? { withdraw } : {}) });
  const known = noteAction(mergeReading(undefined, detail(), 'detail', at('2026-11-10T09:00:00')), 'send', at('2026-11-10T09:05:00'));

  it('is not the day of a request sent days later from another computer', () => {
    // Read in between only by list rows naming the claim alone, which cannot tell.
    const between = mergeReading(known, row(), 'grid', at('2026-11-12T10:00:00'));
    const later = mergeReading(between, row({ state: 'requested' }), 'grid', at('2026-11-17T10:00:00'));
    expect(later.events).toEqual([]);
    // The day is not known: never "auto-withdraw due" by a deadline of 11/16 while the buyer has until 11/21.
    expect(evaluateWithdraw(snapshotOf(later), new Date(at('2026-11-17T10:00:00'))).reason).not.toBe('auto-withdraw-due');
  });

  it('is not confirmed by the next reading days later either, when none came in between', () => {
    const later = mergeReading(known, row({ state: 'requested' }), 'grid', at('2026-11-15T10:00:00'));
    expect(later.events).toEqual([]);
    expect(later.pending).toBeUndefined();
  });

  it('is confirmed by the list refreshed later the same day, after readings that could not tell', () => {
    // QSM closed the popup; the list behind, unchanged, is read again (the claim alone); an hour later it shows 撤回要请.
    const between = mergeReading(known, row(), 'grid', at('2026-11-10T09:06:00'));
    const later = mergeReading(between, row({ state: 'requested' }), 'grid', at('2026-11-10T10:10:00'));
    expect(later.events).toEqual([{ action: 'send', on: '2026-11-10', at: at('2026-11-10T09:05:00') }]);
    expect(evaluateWithdraw(snapshotOf(later), new Date(at('2026-11-10T10:10:00')))).toMatchObject({ state: 'pending', responseDeadline: '2026-11-16' });
  });

  it('is still confirmed by a reading while QSM posts it back', () => {
    const confirmed = mergeReading(known, row({ state: 'requested' }), 'grid', at('2026-11-10T09:06:00'));
    expect(confirmed.events).toEqual([{ action: 'send', on: '2026-11-10', at: at('2026-11-10T09:05:00') }]);
  });

  it('leaves a cancel press waiting, as before, for a reading that can tell', () => {
    const pendingCancel = noteAction(mergeReading(undefined, detail({ withdraw: { state: 'requested', requestedOn: '2026-11-10' } }), 'detail', at('2026-11-10T09:00:00')), 'cancel', at('2026-11-10T09:05:00'));
    expect(mergeReading(pendingCancel, row(), 'grid', at('2026-11-12T10:00:00')).pending).toEqual(pendingCancel.pending);
  });
});
