/**
 * Which reminders the history calls for (issue #5): before a buyer deadline ends, when a cooldown ends
 * ("you can ask again"), and when a request turns "delayed". Pure: the background turns the plan into
 * alarms and notifications. Each reminder has a stable id, so it fires once however often we re-plan.
 */
import { snapshotOf, type ClaimRecord } from '../history';
import { POLICY, evaluateWithdraw, type ClaimSnapshot, type WithdrawVerdict } from '../rules';
import { DELAY_TRACKED_KINDS } from '../rules/policy';
import { addJstDays, endOfJstDay, isIsoDay, jstDay, startOfJstDayInstant } from '../time';
import type { ReminderKind, Settings } from '../settings';

export interface Reminder {
  id: string; // `${kind}:${orderNo}:${day}`
  kind: ReminderKind;
  orderNo: string;
  /** The JST day it is about: the buyer's last day, the first day a request is allowed again, the first delayed day. */
  day: string;
  /** When the notification should fire (ms). */
  fireAt: number;
  /** The moment it is about: the deadline's end, the cooldown's end, the day the claim turned delayed. */
  dueAt: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * How long a reminder stays worth showing after the moment it is about: a deadline that has ended
 * helps nobody; "you can ask again" and "delayed" stay news for a day.
 */
const STAYS_NEWS_MS: Record<ReminderKind, number> = { deadline: 0, cooldownEnd: 24 * HOUR_MS, delayed: 24 * HOUR_MS };

/**
 * The first day a new request is allowed that "you can ask again" is about: the cooldown still running,
 * or one that ended within the reminder's display window. The verdict turns eligible at the very instant
 * the reminder is about, so judging by today's verdict alone would drop it before it could fire or show;
 * the verdict a display window ago tells which cooldown just ended. Eligible now means the claim is still
 * a request and no newer withdraw request is out (§3.1), so the news still holds.
 */
function cooldownEndDay(snapshot: ClaimSnapshot, verdict: WithdrawVerdict, now: number): string | undefined {
  if (verdict.state === 'cooldown') return verdict.nextRequestOn;
  if (verdict.state !== 'eligible') return undefined;
  const before = evaluateWithdraw(snapshot, new Date(now - STAYS_NEWS_MS.cooldownEnd));
  const today = jstDay(new Date(now));
  return before.state === 'cooldown' && before.nextRequestOn && before.nextRequestOn <= today ? before.nextRequestOn : undefined;
}

/** Every reminder the records call for, fired or not, whatever the time; filtering is the caller's. */
export function planReminders(records: readonly ClaimRecord[], now: number, settings: Pick<Settings, 'reminders' | 'deadlineLeadHours'>): Reminder[] {
  const plan: Reminder[] = [];
  for (const record of records) {
    const snapshot = snapshotOf(record);
    const verdict = evaluateWithdraw(snapshot, new Date(now));
    const add = (kind: ReminderKind, day: string, dueAt: number, fireAt: number) => {
      if (settings.reminders[kind]) plan.push({ id: `${kind}:${record.orderNo}:${day}`, kind, orderNo: record.orderNo, day, fireAt, dueAt });
    };
    if (verdict.state === 'pending' && verdict.reason === 'awaiting-buyer' && verdict.deadlineEndsAt && verdict.responseDeadline) {
      const end = verdict.deadlineEndsAt.getTime();
      add('deadline', verdict.responseDeadline, end, end - settings.deadlineLeadHours * HOUR_MS);
    }
    const askAgainOn = cooldownEndDay(snapshot, verdict, now);
    if (askAgainOn) {
      const start = startOfJstDayInstant(askAgainOn).getTime();
      add('cooldownEnd', askAgainOn, start, start);
    }
    // §2: delayed from day 5 (claim day = day 1) while still unconfirmed: a fact of the claim's kind, stage
    // and day alone, so it holds when the withdraw request's own days leave the verdict unknown; not once an
    // unanswered request's deadline has passed (§3.5: QSM withdraws the claim, nothing is left to confirm,
    // and QSM's list no longer shows it to update the record).
    if (isIsoDay(snapshot.claimedOn) && snapshot.stage === 'requested' && DELAY_TRACKED_KINDS.includes(snapshot.kind) && verdict.reason !== 'auto-withdraw-due') {
      const day = addJstDays(snapshot.claimedOn, POLICY.delayedAfterDays);
      const start = startOfJstDayInstant(day).getTime();
      add('delayed', day, start, start);
    }
  }
  return plan.sort((a, b) => a.fireAt - b.fireAt);
}

/** Every kind planned, whatever the seller switched off: for what a claim has ahead, not for notifying. */
export const EVERY_REMINDER = { reminders: { deadline: true, cooldownEnd: true, delayed: true }, deadlineLeadHours: 0 };

/** The instant a reminder stops being news: the moment it is about, plus its display window. */
const newsUntil = (r: Reminder) => r.dueAt + STAYS_NEWS_MS[r.kind];

/**
 * Whether a claim still has something ahead: a buyer deadline not yet ended, a cooldown not yet over (or
 * over less than a day ago), a "delayed" day still to come or still news. Such a claim outlives the
 * retention period: QSM never shows the seller's cancel, so a forgotten record would give a badge that
 * says "can request" inside its cooldown, and the reminder before its deadline would never come.
 */
export function hasSomethingAhead(record: ClaimRecord, now: number): boolean {
  return planReminders([record], now, EVERY_REMINDER).some((r) => now < newsUntil(r));
}

/** Whether a reminder applies right now: its time has come and it is still news. */
const isActive = (r: Reminder, now: number) => r.fireAt <= now && now < newsUntil(r);

/** Reminders that apply right now. */
export function activeReminders(plan: readonly Reminder[], now: number): Reminder[] {
  return plan.filter((r) => isActive(r, now));
}

/** Active reminders that have not fired yet: each fires once. */
export function dueReminders(plan: readonly Reminder[], now: number, fired: ReadonlySet<string>): Reminder[] {
  return activeReminders(plan, now).filter((r) => !fired.has(r.id));
}

/**
 * The toolbar count: orders with something to do now. A delayed claim stays to do for as long as it is
 * read as unconfirmed (the plan holds its "delayed" only then, §2), not only on the day its notification
 * is news: the popup's "due soon" lists it until then too.
 */
export function needsActionCount(plan: readonly Reminder[], now: number): number {
  const toDo = plan.filter((r) => (r.kind === 'delayed' ? r.dueAt <= now : isActive(r, now)));
  return new Set(toDo.map((r) => r.orderNo)).size;
}

/**
 * The next instant an alarm is needed, if any: the next reminder to fire, or the moment an active one
 * stops being news (a deadline's end), when the toolbar count must go down.
 */
export function nextAlarmAt(plan: readonly Reminder[], now: number, fired: ReadonlySet<string>): number | undefined {
  const nextFire = plan.find((r) => r.fireAt > now && !fired.has(r.id))?.fireAt;
  const ends = activeReminders(plan, now).map(newsUntil);
  const next = Math.min(nextFire ?? Infinity, ...ends);
  return Number.isFinite(next) ? next : undefined;
}

const FIRED_ID = /^(deadline|cooldownEnd|delayed):\d+:(\d{4}-\d{2}-\d{2})$/;

/**
 * The instant a fired reminder can no longer come back: the moment it is about (a deadline's end, the start
 * of the first allowed or first delayed day) plus its display window; undefined for an id we cannot read.
 */
function newsEndsAt(id: string): number | undefined {
  const m = FIRED_ID.exec(id);
  const kind = m?.[1] as ReminderKind | undefined;
  const day = m?.[2];
  if (!kind || !isIsoDay(day)) return undefined;
  const moment = kind === 'deadline' ? endOfJstDay(day) : startOfJstDayInstant(day);
  return moment.getTime() + STAYS_NEWS_MS[kind];
}

/**
 * The fired ids still worth remembering. A reminder fires only while it is news, so its id is kept until
 * then, plus a day for a late alarm or a clock set back — by age, not by the current plan: a kind the
 * seller switches off and on again is out of the plan meanwhile, and must not notify a second time.
 */
export function firedIdsToKeep(fired: Iterable<string>, now: number): string[] {
  return [...fired].filter((id) => {
    const until = newsEndsAt(id);
    return until !== undefined && now < until + DAY_MS;
  });
}
