/**
 * From readings to verdicts: each reading is folded into what is known of its order (lib/history),
 * then judged by lib/rules. Pure: storage I/O is the caller's.
 */
import { mergeReading, snapshotOf, type ClaimRecord } from '../../lib/history';
import type { OrderClaim } from '../../lib/qsm';
import { evaluateWithdraw, type ClaimSnapshot, type WithdrawVerdict } from '../../lib/rules';

export interface Judged {
  orderNo?: string;
  /** What the verdict is drawn from: the same key on the same JST day draws the same badge. */
  key: string;
  /** Evaluated at draw time: a pending request or a cooldown changes state at a JST midnight. */
  verdictAt(now: number): WithdrawVerdict;
}

export const judgeSnapshot = (orderNo: string | undefined, snapshot: ClaimSnapshot): Judged => ({
  orderNo,
  key: `${orderNo}:${JSON.stringify(snapshot)}`,
  verdictAt: (now) => evaluateWithdraw(snapshot, new Date(now)),
});

/** A reading nobody could complete still gets a badge: "unknown", never a guess. */
export const judgeUnreadable = (orderNo: string | undefined): Judged => ({
  orderNo,
  key: `${orderNo}:unreadable`,
  verdictAt: () => ({ state: 'unknown', reason: 'invalid-input', canRequest: false, delayed: false, warnings: ['unreadable-row'] }),
});

/**
 * A status that names only the withdraw state (撤回要请) leaves the kind open; the order's earlier
 * readings may know it (domain.md §8).
 */
export function completeFromKnown(facts: Partial<OrderClaim>, known: ClaimRecord | undefined): OrderClaim | undefined {
  if (!facts.orderNo || !known) return undefined;
  const kind = facts.kind ?? known.kind;
  const stage = facts.stage ?? known.stage;
  return { ...facts, orderNo: facts.orderNo, kind, stage };
}

/** Folds a reading in; returns the record to keep and whether storage needs the change. */
export function foldIn(known: ClaimRecord | undefined, claim: OrderClaim, source: 'detail' | 'grid', now: number) {
  const record = mergeReading(known, claim, source, now);
  // lastSeenAt alone moves on every scan: write it at most hourly.
  const { lastSeenAt: _a, detailSeenAt: _b, ...was } = known ?? ({} as Partial<ClaimRecord>);
  const { lastSeenAt: _c, detailSeenAt: _d, ...is } = record;
  const changed = !known || JSON.stringify(was) !== JSON.stringify(is) || now - known.lastSeenAt > 3_600_000 || source === 'detail' && !known.detailSeenAt;
  return { record, changed, judged: judgeSnapshot(claim.orderNo, snapshotOf(record)) };
}
