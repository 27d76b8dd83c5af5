import { describe, expect, it } from 'vitest';
import type { ClaimRecord } from '../../lib/history';
import { activeReminders, dueReminders, hasSomethingAhead, needsActionCount, nextAlarmAt, planReminders } from '../../lib/reminders';
import { DEFAULT_SETTINGS } from '../../lib/settings';

const at = (jst: string) => new Date(`${jst}+09:00`).getTime();
const base = { v: 1 as const, events: [], lastSeenAt: at('2026-11-22T09:00:00') };
const pending: ClaimRecord = { ...base, orderNo: '1038000001', kind: 'return', stage: 'requested', withdraw: { state: 'requested', requestedOn: '2026-11-20' } };
const held: ClaimRecord = { ...base, orderNo: '1038000002', kind: 'cancel', stage: 'requested', withdraw: { state: 'held', heldOn: '2026-11-21' } };
const fresh: ClaimRecord = { ...base, orderNo: '1038000003', kind: 'cancel', stage: 'requested', claimedOn: '2026-11-20' };
const closed: ClaimRecord = { ...base, orderNo: '1038000004', kind: 'return', stage: 'completed', claimedOn: '2026-11-01' };

describe('planReminders', () => {
  const now = at('2026-11-22T09:00:00');
  const plan = planReminders([pending, held, fresh, closed], now, DEFAULT_SETTINGS);

  it('plans the deadline reminder 24 h before the buyer’s deadline ends, in JST', () => {
    const r = plan.find((x) => x.kind === 'deadline')!;
    expect(r).toMatchObject({ orderNo: '1038000001', id: 'deadline:1038000001:2026-11-26' });
    expect(new Date(r.dueAt).toISOString()).toBe('2026-11-26T15:00:00.000Z');
    expect(new Date(r.fireAt).toISOString()).toBe('2026-11-25T15:00:00.000Z');
  });

  it('plans "you can ask again" at 00:00 JST of the first allowed day', () => {
    const r = plan.find((x) => x.kind === 'cooldownEnd')!;
    expect(r.orderNo).toBe('1038000002');
    expect(new Date(r.fireAt).toISOString()).toBe('2026-11-25T15:00:00.000Z'); // 2026-11-26 00:00 JST
  });

  it('plans "delayed" at 00:00 JST of day 5 of an unconfirmed request, and nothing for closed claims', () => {
    const r = plan.find((x) => x.kind === 'delayed' && x.orderNo === '1038000003')!;
    expect(new Date(r.fireAt).toISOString()).toBe('2026-11-23T15:00:00.000Z'); // 2026-11-24 00:00 JST
    expect(plan.some((x) => x.orderNo === '1038000004')).toBe(false);
  });

  it('keeps "delayed" for a claim whose withdraw days leave the verdict unknown, not for a bad claim day or an exchange', () => {
    // A request shown after a refusal with no request day: the verdict is unknown, the claim is still delayed.
    const noDay: ClaimRecord = { ...fresh, orderNo: '1038000005', withdraw: { state: 'requested', heldOn: '2026-11-21' } };
    const badDay: ClaimRecord = { ...fresh, orderNo: '1038000006', claimedOn: '2026-02-30' };
    const exchange: ClaimRecord = { ...fresh, orderNo: '1038000007', kind: 'exchange' };
    const more = planReminders([noDay, badDay, exchange], now, DEFAULT_SETTINGS);
    expect(more.map((r) => r.id)).toEqual(['delayed:1038000005:2026-11-24']);
  });

  it('leaves out the kinds the seller turned off, and follows the lead time', () => {
    const only = planReminders([pending, held, fresh], now, { reminders: { deadline: true, cooldownEnd: false, delayed: false }, deadlineLeadHours: 6 });
    expect(only.map((r) => r.kind)).toEqual(['deadline']);
    expect(new Date(only[0]!.fireAt).toISOString()).toBe('2026-11-26T09:00:00.000Z');
  });
});

describe('firing', () => {
  const plan = planReminders([pending], at('2026-11-22T09:00:00'), DEFAULT_SETTINGS);
  const r = plan[0]!;

  it('fires once, from its time until the deadline ends', () => {
    expect(dueReminders(plan, r.fireAt - 1, new Set())).toEqual([]);
    expect(dueReminders(plan, r.fireAt, new Set())).toEqual([r]);
    expect(dueReminders(plan, r.fireAt + 1000, new Set([r.id]))).toEqual([]);
    expect(dueReminders(plan, r.dueAt, new Set())).toEqual([]);
  });

  it('sets the next alarm for the next unfired reminder', () => {
    expect(nextAlarmAt(plan, r.fireAt - 5, new Set())).toBe(r.fireAt);
    expect(nextAlarmAt(plan, r.fireAt - 5, new Set([r.id]))).toBeUndefined();
  });

  it('sets the next alarm for the end of a deadline still counted on the toolbar', () => {
    // Fired, the deadline ends at 2026-11-27 00:00 JST: the count must drop then, not at the next sweep.
    expect(nextAlarmAt(plan, r.dueAt - 10 * 60_000, new Set([r.id]))).toBe(r.dueAt);
    expect(nextAlarmAt(plan, r.dueAt, new Set([r.id]))).toBeUndefined();
  });

  it('counts orders needing action for the toolbar', () => {
    const both = planReminders([pending, fresh], at('2026-11-22T09:00:00'), DEFAULT_SETTINGS);
    expect(needsActionCount(both, at('2026-11-24T09:00:00'))).toBe(1); // fresh is delayed
    // The deadline's day: the delayed claim's news is a day old, but it is still to do.
    expect(activeReminders(both, at('2026-11-26T09:00:00')).map((x) => x.kind)).toEqual(['deadline']);
    expect(needsActionCount(both, at('2026-11-26T09:00:00'))).toBe(2);
  });

  it('keeps counting a delayed claim while it is read as unconfirmed, as the popup lists it, and drops it once confirmed', () => {
    const later = at('2026-12-03T09:00:00');
    expect(needsActionCount(planReminders([fresh], later, DEFAULT_SETTINGS), later)).toBe(1);
    expect(needsActionCount(planReminders([{ ...fresh, stage: 'inProgress' }], later, DEFAULT_SETTINGS), later)).toBe(0);
    // A request left unanswered past its deadline: QSM withdraws the claim and its list no longer shows it,
    // so nothing will update the record; it is not counted, nor listed by the popup, for months to come.
    const unanswered = { ...fresh, withdraw: { state: 'requested' as const, requestedOn: '2026-11-21' } };
    // While the buyer may still answer (through 11/27), it is counted: delayed, and its deadline near.
    expect(needsActionCount(planReminders([unanswered], at('2026-11-27T09:00:00'), DEFAULT_SETTINGS), at('2026-11-27T09:00:00'))).toBe(1);
    expect(planReminders([unanswered], later, DEFAULT_SETTINGS)).toEqual([]);
    // Switched off, a delayed claim is not counted (the seller chose not to be told).
    const off = { ...DEFAULT_SETTINGS, reminders: { ...DEFAULT_SETTINGS.reminders, delayed: false } };
    expect(needsActionCount(planReminders([fresh], later, off), later)).toBe(0);
  });
});

describe('"you can ask again" on the day the cooldown ends', () => {
  // Refused 11/21: no new request through 11/25, allowed from 11/26 00:00 JST (2026-11-25T15:00Z).
  const endsAt = at('2026-11-26T00:00:00');
  const settings = DEFAULT_SETTINGS;
  const askAgain = (now: number, records: ClaimRecord[] = [held]) => planReminders(records, now, settings).filter((r) => r.kind === 'cooldownEnd');

  function checkAroundMidnight() {
    // The last minute of the cooldown: planned, not yet due; the alarm is set for midnight JST.
    const before = at('2026-11-25T23:59:00');
    expect(dueReminders(askAgain(before), before, new Set())).toEqual([]);
    expect(nextAlarmAt(askAgain(before), before, new Set())).toBe(endsAt);
    // Planned and fired at the same instant: at midnight, and when the alarm came late in the morning.
    for (const now of [endsAt, at('2026-11-26T08:00:00'), at('2026-11-26T23:59:00')]) {
      const plan = askAgain(now);
      expect(dueReminders(plan, now, new Set()).map((r) => r.id)).toEqual(['cooldownEnd:1038000002:2026-11-26']);
      expect(needsActionCount(plan, now)).toBe(1);
    }
    // The next JST day it is old news.
    expect(askAgain(at('2026-11-27T00:00:00'))).toEqual([]);
  }

  it('fires from 00:00 JST of the first allowed day until that day ends', checkAroundMidnight);

  it('does the same on a machine outside Japan', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(new Date(endsAt).getTimezoneOffset()).not.toBe(-540); // the machine's day really differs
      checkAroundMidnight();
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('says nothing once a new request is out or the claim has moved on', () => {
    const now = at('2026-11-26T08:00:00');
    const resent: ClaimRecord = { ...held, withdraw: { state: 'requested', heldOn: '2026-11-21', requestedOn: '2026-11-26' } };
    const cancelling: ClaimRecord = { ...held, stage: 'inProgress' };
    expect(askAgain(now, [resent, cancelling])).toEqual([]);
  });
});

describe('hasSomethingAhead', () => {
  // The seller cancelled its own request on 11-21: QSM never shows it, only this record knows the cooldown.
  const cancelled: ClaimRecord = {
    ...base, orderNo: '1038000005', kind: 'return', stage: 'requested', withdraw: { state: 'requested', requestedOn: '2026-11-19' },
    events: [{ action: 'send', on: '2026-11-19', at: at('2026-11-19T10:00:00') }, { action: 'cancel', on: '2026-11-21', at: at('2026-11-21T10:00:00') }],
  };

  it('holds while the buyer may still answer, and not once the deadline has ended', () => {
    expect(hasSomethingAhead(pending, at('2026-11-26T23:59:00'))).toBe(true);
    expect(hasSomethingAhead(pending, at('2026-11-27T00:00:00'))).toBe(false);
  });

  it('holds through a cooldown the seller’s own cancel started, and the day "you can ask again" is news', () => {
    expect(hasSomethingAhead(cancelled, at('2026-11-25T12:00:00'))).toBe(true);
    expect(hasSomethingAhead(cancelled, at('2026-11-26T12:00:00'))).toBe(true);
    expect(hasSomethingAhead(cancelled, at('2026-11-27T00:00:00'))).toBe(false);
    expect(hasSomethingAhead(held, at('2026-11-25T12:00:00'))).toBe(true);
  });

  it('holds until the "delayed" day has been news', () => {
    // Claimed on 11-20: delayed from day 5, 11-24.
    expect(hasSomethingAhead(fresh, at('2026-11-23T12:00:00'))).toBe(true);
    expect(hasSomethingAhead(fresh, at('2026-11-24T23:59:00'))).toBe(true);
    expect(hasSomethingAhead(fresh, at('2026-11-25T00:00:00'))).toBe(false);
  });

  it('does not hold for a closed claim or an eligible one with nothing pending', () => {
    expect(hasSomethingAhead(closed, at('2026-11-22T09:00:00'))).toBe(false);
    expect(hasSomethingAhead({ ...base, orderNo: '1038000006', kind: 'return', stage: 'requested' }, at('2026-11-22T09:00:00'))).toBe(false);
  });
});
