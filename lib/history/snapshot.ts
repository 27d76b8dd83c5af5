/** The claim as the rules should judge it: the last reading plus the seller's own logged actions. */
import type { ClaimSnapshot, WithdrawInfo } from '../rules';
import type { ClaimRecord } from './types';

export function snapshotOf(record: ClaimRecord): ClaimSnapshot {
  const lastCancel = record.events.findLast((e) => e.action === 'cancel');
  const lastSend = record.events.findLast((e) => e.action !== 'cancel');
  let withdraw: WithdrawInfo | undefined = record.withdraw && { ...record.withdraw };

  // A grid row says "withdraw requested" without the day; the logged click knows it, unless the seller
  // cancelled after it, or the buyer refused on or after its day: then the row is stale, or the request
  // came from elsewhere (another computer, a colleague), and its day is unknown.
  const sendStands = lastSend && (!lastCancel || lastCancel.at < lastSend.at);
  const ended = withdraw?.heldOn ?? '';
  if (withdraw?.state === 'requested' && !withdraw.requestedOn && !withdraw.deadlineShown && sendStands && lastSend.on > ended) {
    withdraw.requestedOn = lastSend.on;
  }
  // §3.6: after the seller cancels, QSM shows no request at all, yet a 5-day cooldown runs. A request the
  // record still shows (a claim list read before the cancel was written after it, and its rows name the
  // claim alone) is judged by the dates: one sent on or before the cancel's day is the one cancelled.
  if (lastCancel && !sendStands) {
    withdraw = { ...withdraw, state: (withdraw?.state !== 'none' && withdraw?.state) || 'cancelled', cancelledOn: lastCancel.on };
  }
  return {
    kind: record.kind,
    stage: record.stage,
    ...(record.claimedOn ? { claimedOn: record.claimedOn } : {}),
    ...(withdraw ? { withdraw } : {}),
  };
}
