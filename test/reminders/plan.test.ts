import { describe, expect, it } from 'vitest';
import type { ClaimRecord } from '../../lib/history';
import { activeReminders, dueReminders, needsActionCount, nextAlarmAt, planReminders } from '../../lib/reminders';
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

  it('counts orders needing action for the toolbar', () => {
    const both = planReminders([pending, fresh], at('2026-11-22T09:00:00'), DEFAULT_SETTINGS);
    expect(needsActionCount(both, at('2026-11-24T09:00:00'))).toBe(1); // fresh is delayed
    expect(needsActionCount(both, at('2026-11-26T09:00:00'))).toBe(1); // deadline day; the delayed news is a day old
    expect(activeReminders(both, at('2026-11-26T09:00:00')).map((x) => x.kind)).toEqual(['deadline']);
  });
});
