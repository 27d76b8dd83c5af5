/**
 * The popup's pure helpers: which cards a query shows, the quick check's claim, the "due soon" rows and
 * which words name a kind, a stage, a withdraw step or the next thing to do. No DOM, no browser API, no
 * timer: the popup's components call these with the shared clock's `now` and only show the answers.
 */
import { MIN_PART_DIGITS, isOrderNo, matchRecords, readQuery, searchedDigits, snapshotOf, type ClaimRecord, type OrderQuery } from '../lib/history';
import type { MessageKey } from '../lib/i18n';
import { planReminders } from '../lib/reminders';
import { currentWithdrawState, evaluateWithdraw, type ClaimKind, type ClaimSnapshot, type ClaimStage, type WithdrawInfo, type WithdrawVerdict } from '../lib/rules';
import type { ReminderKind, Settings } from '../lib/settings';
import { jstDay } from '../lib/time';

/** The popup's one QSM address: the claim list (domain.md §6). */
export const QSM_CLAIMS_URL = 'https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/Claim/ClaimManagement.aspx';

/** The popup shows this many cards at first; the count says how many orders match, and the rest show on asking. */
export const MAX_RESULT_CARDS = 20;

/** One order as a card shows it: what is known, and the verdict at `now`. */
export interface OrderCardData {
  orderNo: string;
  cartNo?: string;
  snapshot: ClaimSnapshot;
  verdict: WithdrawVerdict;
  /** When QSM last showed the order; absent for a quick check typed by the seller. */
  lastSeenAt?: number;
  /** The stored record, for buyer messages (item code, carrier…); absent for a quick check. */
  record?: ClaimRecord;
}

/**
 * A buyer message a card offers to copy (filled by popupMemos from lib/memos). It is composed when the
 * seller presses the button: the text to copy, or why it may not be copied (a value the record lacks,
 * personal data flagged by the guard).
 */
export interface BuyerMessage {
  id: string;
  /** The button's words, in the seller's language. */
  label: string;
  /** The template's name, in the buyer's language. */
  title?: string;
  compose(): { ok: true; text: string } | { ok: false; why: string };
}

export function cardOf(record: ClaimRecord, now: number): OrderCardData {
  const snapshot = snapshotOf(record);
  return {
    orderNo: record.orderNo,
    ...(record.cartNo ? { cartNo: record.cartNo } : {}),
    snapshot,
    verdict: evaluateWithdraw(snapshot, new Date(now)),
    lastSeenAt: record.lastSeenAt,
    record,
  };
}

export interface SearchOutcome {
  /** What was searched, as the count line shows it: the one number typed, or a pasted line's whole numbers. */
  digits: string;
  /**
   * 'short': nothing to search (fewer than 3 digits; a pasted line with no whole order or cart number);
   * 'none': no saved order has the order number typed, so the quick check is offered for it;
   * 'unmatched': nothing saved matches a part or a cart number, which no quick check can stand for;
   * 'found'.
   */
  status: 'empty' | 'short' | 'none' | 'unmatched' | 'found';
  /**
   * The order number the quick check is for: with 'none', and with 'found' when a pasted line names an
   * order not saved beside a cart number whose saved orders are the matches.
   */
  orderNo?: string;
  /** The matches to show as cards: the best `limit` (MAX_RESULT_CARDS unless asked for more). */
  matches: ClaimRecord[];
  /** How many saved orders match in all. */
  total: number;
}

/** The one whole order number a query names, if it names exactly one. */
function soleOrderNo(q: OrderQuery): string | undefined {
  const orders = q.kind === 'part' ? [q.digits] : q.kind === 'whole' ? q.numbers : [];
  const whole = orders.filter(isOrderNo);
  return whole.length === 1 ? whole[0] : undefined;
}

/** `limit`: how many matches become cards (the seller may ask for all of a cart's orders). */
export function searchOrders(records: readonly ClaimRecord[], query: string, limit = MAX_RESULT_CARDS): SearchOutcome {
  const q = readQuery(query);
  if (q.kind === 'empty') return { digits: '', status: 'empty', matches: [], total: 0 };
  const digits = searchedDigits(q);
  const nothing = { digits, matches: [], total: 0 };
  if (q.kind === 'part' ? q.digits.length < MIN_PART_DIGITS : q.numbers.length === 0) return { ...nothing, status: 'short' };
  const all = matchRecords(records, q);
  // A verdict by hand is for one order: a cart may hold several, and a part is no order at all.
  const orderNo = soleOrderNo(q);
  // A pasted line naming an order not saved and its cart: the cart's saved orders, and the quick check for
  // the order asked about. (The line's other 10-digit number may be no order at all: an item code, a phone
  // number; the cart's orders still show.)
  const unsaved = q.kind === 'whole' && orderNo && !all.some((r) => r.orderNo === orderNo) ? { orderNo } : {};
  if (all.length) return { digits, status: 'found', matches: all.slice(0, limit), total: all.length, ...unsaved };
  return orderNo ? { ...nothing, status: 'none', orderNo } : { ...nothing, status: 'unmatched' };
}

// --- Words -------------------------------------------------------------------------------------------

import { STAGES_OF } from '../lib/i18n/claimWords';
export { kindKey, stageKey, STAGES_OF } from '../lib/i18n/claimWords';

/** A message key and the JST day ('YYYY-MM-DD') it names, if any; the component formats the day. */
export interface DayMessage {
  key: MessageKey;
  day?: string;
}

/** The withdraw step the card states, from the snapshot (which already folds in the seller's logged clicks). */
export function withdrawLine(withdraw: WithdrawInfo | undefined): DayMessage {
  // The state the dates give (lib/rules), not the one last printed: a list row read before a cancel or a
  // refusal and written after it still says "requested".
  if (!withdraw) return { key: 'popup.withdraw.none' };
  switch (currentWithdrawState(withdraw)) {
    case 'requested':
      return withdraw.requestedOn ? { key: 'popup.withdraw.requested', day: withdraw.requestedOn } : { key: 'popup.withdraw.requestedUndated' };
    case 'held':
      return { key: 'popup.withdraw.held', ...(withdraw.heldOn ? { day: withdraw.heldOn } : {}) };
    case 'cancelled':
      return { key: 'popup.withdraw.cancelled', ...(withdraw.cancelledOn ? { day: withdraw.cancelledOn } : {}) };
    default:
      return { key: 'popup.withdraw.none' };
  }
}

/**
 * What to do next, when the verdict's own blocks do not already say it: eligible shows "how to send"
 * and ineligible "ask Qoo10" (VerdictDetails), so only the waiting states and unknown get a line here.
 */
export function nextStep(verdict: WithdrawVerdict): DayMessage | undefined {
  switch (verdict.state) {
    case 'pending':
      return verdict.reason === 'auto-withdraw-due'
        ? { key: 'popup.next.checkAfter', ...(verdict.autoWithdrawOn ? { day: verdict.autoWithdrawOn } : {}) }
        : { key: 'popup.next.wait', ...(verdict.responseDeadline ? { day: verdict.responseDeadline } : {}) };
    case 'cooldown':
      return { key: 'popup.next.cooldown', ...(verdict.nextRequestOn ? { day: verdict.nextRequestOn } : {}) };
    case 'unknown':
      return { key: 'popup.next.reopen' };
    default:
      return undefined;
  }
}

// --- Quick check ---------------------------------------------------------------------------------------

export type WithdrawStateInput = WithdrawInfo['state'];
export const WITHDRAW_STATE_INPUTS: readonly WithdrawStateInput[] = ['none', 'requested', 'held', 'cancelled'];

/** The quick-check form's values; days are 'YYYY-MM-DD' JST as typed in <input type="date">, '' when empty. */
export interface QuickCheckInput {
  kind: ClaimKind;
  stage: ClaimStage;
  claimedOn: string;
  withdrawState: WithdrawStateInput;
  withdrawOn: string;
  deadlineShown: string;
}

export const EMPTY_QUICK_CHECK: QuickCheckInput = {
  kind: 'cancel',
  stage: 'requested',
  claimedOn: '',
  withdrawState: 'none',
  withdrawOn: '',
  deadlineShown: '',
};

/** A stage the kind does not have falls back to its request stage (the select is rebuilt per kind). */
export function stageFor(kind: ClaimKind, stage: ClaimStage): ClaimStage {
  return STAGES_OF[kind].includes(stage) ? stage : 'requested';
}

/**
 * Why the typed values cannot be judged: the withdraw step's day is missing, a day is after today (JST:
 * nothing QSM shows happened tomorrow, and a request dated tomorrow would get a deadline QSM never gives),
 * or the withdraw step is dated before the claim it is about.
 */
export type QuickCheckProblem = 'missing' | 'future' | 'beforeClaim';
export type QuickCheckResult = { ok: true; snapshot: ClaimSnapshot } | { ok: false; field: 'withdrawOn' | 'claimedOn'; problem: QuickCheckProblem };

/** The claim the typed values describe; the rules then judge it exactly as a read page. `today`: the JST day. */
export function quickCheckSnapshot(input: QuickCheckInput, today: string): QuickCheckResult {
  const day = (value: string) => value.trim() || undefined;
  const claimedOn = day(input.claimedOn);
  const on = input.withdrawState === 'none' ? undefined : day(input.withdrawOn);
  if (claimedOn && claimedOn > today) return { ok: false, field: 'claimedOn', problem: 'future' };
  if (on && on > today) return { ok: false, field: 'withdrawOn', problem: 'future' };
  if (on && claimedOn && on < claimedOn) return { ok: false, field: 'withdrawOn', problem: 'beforeClaim' };
  const stage = stageFor(input.kind, input.stage);
  const snapshot: ClaimSnapshot = { kind: input.kind, stage, ...(claimedOn ? { claimedOn } : {}) };
  const missing = { ok: false, field: 'withdrawOn', problem: 'missing' } as const;
  switch (input.withdrawState) {
    case 'requested': {
      const deadlineShown = day(input.deadlineShown);
      // §3.10: a printed deadline alone is enough to judge a pending request.
      if (!on && !deadlineShown) return missing;
      return { ok: true, snapshot: { ...snapshot, withdraw: { state: 'requested', ...(on ? { requestedOn: on } : {}), ...(deadlineShown ? { deadlineShown } : {}) } } };
    }
    case 'held':
      return on ? { ok: true, snapshot: { ...snapshot, withdraw: { state: 'held', heldOn: on } } } : missing;
    case 'cancelled':
      return on ? { ok: true, snapshot: { ...snapshot, withdraw: { state: 'cancelled', cancelledOn: on } } } : missing;
    default:
      return { ok: true, snapshot: { ...snapshot, withdraw: { state: 'none' } } };
  }
}

export function quickCheckCard(orderNo: string, snapshot: ClaimSnapshot, now: number): OrderCardData {
  return { orderNo, snapshot, verdict: evaluateWithdraw(snapshot, new Date(now)) };
}

// --- Due soon ------------------------------------------------------------------------------------------

export interface DueRow {
  id: string;
  kind: ReminderKind;
  orderNo: string;
  /** The moment the row is about: the deadline's end, the cooldown's end, the day the claim turned delayed. */
  dueAt: number;
  /** That moment as the JST day a seller reads: the deadline day itself, the first allowed day, the first delayed day. */
  day: string;
  /** Its reminder time has come (e.g. within the lead hours before a deadline). */
  urgent: boolean;
}

const DAY_MS = 86_400_000;
const DUE_ORDER: readonly ReminderKind[] = ['deadline', 'cooldownEnd', 'delayed'];
/** The popup lists every kind, whatever the seller chose for notifications. */
const ALL_REMINDERS: Settings['reminders'] = { deadline: true, cooldownEnd: true, delayed: true };

/**
 * "Due soon", from the reminder plan: first what needs action now (its reminder time has come), then the
 * rest; in each, pending requests whose buyer deadline has not ended, soonest first; then cooldowns still
 * running or ended within the last day; then claims already delayed, oldest first. A list cut short (the
 * popup's) keeps what needs action now: it comes first.
 */
export function dueSoonRows(
  records: readonly ClaimRecord[],
  now: number,
  settings: Pick<Settings, 'deadlineLeadHours'>,
): DueRow[] {
  const plan = planReminders(records, now, { deadlineLeadHours: settings.deadlineLeadHours, reminders: ALL_REMINDERS });
  const rows = plan
    .filter((r) => (r.kind === 'deadline' ? now < r.dueAt : r.kind === 'cooldownEnd' ? now < r.dueAt + DAY_MS : r.dueAt <= now))
    .map(
      (r): DueRow => ({
        id: r.id,
        kind: r.kind,
        orderNo: r.orderNo,
        dueAt: r.dueAt,
        // A deadline ends at the first instant of the next JST day: the day before is the one QSM prints.
        day: jstDay(new Date(r.kind === 'deadline' ? r.dueAt - 1 : r.dueAt)),
        urgent: r.fireAt <= now,
      }),
    );
  return rows.sort(
    (a, b) => Number(b.urgent) - Number(a.urgent) || DUE_ORDER.indexOf(a.kind) - DUE_ORDER.indexOf(b.kind) || a.dueAt - b.dueAt || a.orderNo.localeCompare(b.orderNo),
  );
}
