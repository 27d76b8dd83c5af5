/**
 * The withdraw verdict for one claim at one instant (domain.md §3). Pure: same input, same answer,
 * whatever the machine's time zone.
 */
import { addJstDays, endOfJstDay, isIsoDay, jstDay, parsePageDay, type IsoDay } from '../time';
import { DELAY_TRACKED_KINDS, POLICY, STAGE_OUTCOME, WITHDRAWABLE_KINDS } from './policy';
import { checkClaim } from './validate';
import type { ClaimSnapshot, VerdictReason, VerdictState, WithdrawInfo, WithdrawVerdict } from './types';

/** §3.4: the buyer answers through the 7th day of the request, counting the request day as day 1. */
export function responseDeadlineOf(requestedOn: IsoDay): IsoDay {
  return addJstDays(requestedOn, POLICY.buyerWindowDays - 1);
}

function verdict(state: VerdictState, reason: VerdictReason, rest: Partial<WithdrawVerdict> = {}): WithdrawVerdict {
  return { state, reason, canRequest: state === 'eligible', delayed: false, warnings: [], ...rest };
}

/**
 * §2: a cancel/return/non-receipt request unconfirmed from day 5 (claim day = day 1) is delayed. Also asked
 * of a claim that failed its checks: one with no readable claim day is not.
 */
function isDelayed(claim: ClaimSnapshot, today: IsoDay): boolean {
  if (!isIsoDay(claim?.claimedOn) || claim.stage !== 'requested' || !DELAY_TRACKED_KINDS.includes(claim.kind)) return false;
  return today >= addJstDays(claim.claimedOn, POLICY.delayedAfterDays);
}

/** §3.6, §3.7: the cooldown still running today that ends last, if any. */
function activeCooldown(w: WithdrawInfo | undefined, today: IsoDay) {
  const cooldowns = [
    w?.heldOn && { reason: 'cooldown-after-refusal' as const, nextRequestOn: addJstDays(w.heldOn, POLICY.cooldownAfterRefusalDays) },
    w?.cancelledOn && { reason: 'cooldown-after-cancel' as const, nextRequestOn: addJstDays(w.cancelledOn, POLICY.cooldownAfterCancelDays) },
  ].filter((c): c is Exclude<typeof c, '' | undefined> => !!c && today < c.nextRequestOn);
  return cooldowns.sort((a, b) => (a.nextRequestOn < b.nextRequestOn ? 1 : -1))[0];
}

/**
 * The state the dates tell (§8: "dates decide"): a request sent after the buyer's last refusal and the
 * seller's last cancellation is the one out now; a refusal or cancellation on or after the request day
 * ended it, since no new request can be sent on such a day (§3.6, §3.7). Exported so what else judges a
 * claim (the buyer messages) reads a page still showing an ended request as the rules do.
 */
export function currentWithdrawState(w: WithdrawInfo): WithdrawInfo['state'] {
  const ended = [w.heldOn, w.cancelledOn].filter((day): day is string => !!day).sort().at(-1);
  // A request known only by the deadline the page prints (a list with no request-day column) went out
  // six days before it (§3.4): a refusal or cancellation after that day ended it.
  const shown = w.deadlineShown && parsePageDay(w.deadlineShown);
  const requestedOn = w.requestedOn ?? (shown && addJstDays(shown, 1 - POLICY.buyerWindowDays));
  if (!requestedOn || !ended || w.state === 'none') return w.state;
  if (requestedOn > ended) return 'requested';
  return w.state === 'requested' ? (ended === w.cancelledOn ? 'cancelled' : 'held') : w.state;
}

export function evaluateWithdraw(claim: ClaimSnapshot, now: Date): WithdrawVerdict {
  try {
    return evaluateChecked(claim, now);
  } catch {
    // Unreachable for any input the checks let through; a verdict is still better than a throw.
    return verdict('unknown', 'invalid-input', { warnings: ['invalid:claim'] });
  }
}

function evaluateChecked(claim: ClaimSnapshot, now: Date): WithdrawVerdict {
  const { problems, deadlineShown } = checkClaim(claim, now);
  // §2: "delayed" is a fact of the claim's kind, stage and day alone, also where its withdraw state is not
  // known (a list's 撤回要请 row with no day); not where the instant is unreadable.
  const today = problems.includes('invalid:now') ? '' : jstDay(now);
  const delayed = !!today && isDelayed(claim, today);
  if (problems.length) return verdict('unknown', 'invalid-input', { warnings: problems, delayed });

  const w = claim.withdraw;

  // §3.2: every non-receipt report, and every claim past its request stage, goes through Qoo10.
  if (!WITHDRAWABLE_KINDS.includes(claim.kind)) return verdict('ineligible', 'non-receipt', { delayed });
  const outcome = STAGE_OUTCOME[claim.stage];
  if (outcome !== 'open') return verdict('ineligible', outcome, { delayed });

  if (w && currentWithdrawState(w) === 'requested') {
    // §3.4: answer through request day + 6; §3.10: a printed deadline is the truth.
    const computed = w.requestedOn ? responseDeadlineOf(w.requestedOn) : undefined;
    const responseDeadline = (deadlineShown ?? computed)!;
    const warnings = deadlineShown && computed && deadlineShown !== computed ? ['deadline-mismatch'] : [];
    const deadlineEndsAt = endOfJstDay(responseDeadline);
    return verdict('pending', now < deadlineEndsAt ? 'awaiting-buyer' : 'auto-withdraw-due', {
      responseDeadline,
      autoWithdrawOn: addJstDays(responseDeadline, 1),
      deadlineEndsAt,
      delayed,
      warnings,
    });
  }

  const cooldown = activeCooldown(w, today);
  if (cooldown) return verdict('cooldown', cooldown.reason, { nextRequestOn: cooldown.nextRequestOn, delayed });
  return verdict('eligible', 'request-stage', { delayed });
}
