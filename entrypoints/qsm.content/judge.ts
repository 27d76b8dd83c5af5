/**
 * From readings to verdicts: each reading is folded into what is known of its order (lib/history),
 * then judged by lib/rules. Pure: storage I/O is the caller's.
 */
import { mergeReading, sameFacts, snapshotOf, type ClaimRecord } from '../../lib/history';
import type { OrderClaim } from '../../lib/qsm';
import { evaluateWithdraw, type ClaimSnapshot, type WithdrawVerdict } from '../../lib/rules';
import { jstDay } from '../../lib/time';

export interface Judged {
  orderNo?: string;
  /** What the verdict is drawn from: the same key on the same JST day draws the same badge. */
  key: string;
  /** Evaluated at draw time: a pending request or a cooldown changes state at a JST midnight. */
  verdictAt(now: number): WithdrawVerdict;
}

/**
 * A verdict depends on the snapshot and the JST day only (lib/rules counts JST days; a deadline ends at
 * a JST midnight; test/rules checks this), so rows with the same snapshot share one verdict per day:
 * a grid of a thousand claims has far fewer distinct ones, and live badges re-judge every second.
 */
const verdicts = new Map<string, WithdrawVerdict>();
const MAX_VERDICTS = 5000;

function verdictOf(snapshotJson: string, snapshot: ClaimSnapshot, now: number): WithdrawVerdict {
  const at = new Date(now);
  if (!Number.isFinite(now)) return evaluateWithdraw(snapshot, at); // the rules say what is wrong with it
  const key = `${jstDay(at)}${snapshotJson}`;
  let verdict = verdicts.get(key);
  if (!verdict) {
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(key, (verdict = evaluateWithdraw(snapshot, at)));
  }
  return verdict;
}

export function judgeSnapshot(orderNo: string | undefined, snapshot: ClaimSnapshot): Judged {
  const json = JSON.stringify(snapshot);
  return { orderNo, key: `${orderNo}:${json}`, verdictAt: (now) => verdictOf(json, snapshot, now) };
}

/** A reading nobody could complete still gets a badge: "unknown", never a guess. */
export const judgeUnreadable = (orderNo: string | undefined): Judged => ({
  orderNo,
  key: `${orderNo}:unreadable`,
  verdictAt: () => ({ state: 'unknown', reason: 'invalid-input', canRequest: false, delayed: false, warnings: ['unreadable-row'] }),
});

/**
 * A status that names only the withdraw state (撤回要请) leaves the kind open; the order's earlier
 * readings may know it (domain.md §8). Only the kind: a status this reading could not read (an unknown
 * wording, a row not read at all) is not replaced by the stage an earlier reading saw, which may be
 * over by now.
 */
export function completeFromKnown(facts: Partial<OrderClaim>, known: ClaimRecord | undefined): OrderClaim | undefined {
  if (!facts.orderNo || !known || !facts.stage) return undefined;
  return { ...facts, orderNo: facts.orderNo, kind: facts.kind ?? known.kind, stage: facts.stage };
}

/** Whether storage needs the record: a new order, new facts, or lastSeenAt (which moves on every scan) an hour on. */
function hasChanged(known: ClaimRecord | undefined, record: ClaimRecord, source: 'detail' | 'grid', now: number): boolean {
  if (!known) return true; // a first visit to a 1,000-row grid: nothing to compare
  if (now - known.lastSeenAt > 3_600_000 || (source === 'detail' && !known.detailSeenAt)) return true;
  return !sameFacts(known, record);
}

/** Folds a reading in; returns the record to keep and whether storage needs the change. */
export function foldIn(known: ClaimRecord | undefined, claim: OrderClaim, source: 'detail' | 'grid', now: number) {
  const record = mergeReading(known, claim, source, now);
  return { record, changed: hasChanged(known, record, source, now), judged: judgeSnapshot(claim.orderNo, snapshotOf(record)) };
}
