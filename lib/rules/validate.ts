/**
 * Checks a claim snapshot before any rule runs. Bad input never throws and is never guessed at:
 * each bad or missing field is named, and the verdict becomes 'unknown' (issue #2, "Bad input").
 */
import { isIsoDay, parsePageDay, type IsoDay } from '../time';
import { CLAIM_KINDS, CLAIM_STAGES, WITHDRAW_STATES } from './policy';
import type { ClaimSnapshot } from './types';

export interface CheckedClaim {
  problems: string[];
  /** The printed deadline as an ISO day, when the page printed one. */
  deadlineShown?: IsoDay;
}

const includes = <T>(list: readonly T[], value: unknown): value is T => list.includes(value as T);

/** Date fields of the snapshot must be exact 'YYYY-MM-DD' calendar days. */
function checkIsoField(problems: string[], name: string, value: unknown, required: boolean): void {
  if (value === undefined || value === null) {
    if (required) problems.push(`missing:${name}`);
  } else if (!isIsoDay(value)) {
    problems.push(`invalid:${name}`);
  }
}

export function checkClaim(claim: ClaimSnapshot | null | undefined, now: Date): CheckedClaim {
  const problems: string[] = [];
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) problems.push('invalid:now');
  if (!claim || typeof claim !== 'object') return { problems: [...problems, 'invalid:claim'] };

  if (!includes(CLAIM_KINDS, claim.kind)) problems.push('invalid:kind');
  if (!includes(CLAIM_STAGES, claim.stage)) problems.push('invalid:stage');
  checkIsoField(problems, 'claimedOn', claim.claimedOn, false);

  const w = claim.withdraw;
  if (w === undefined || w === null) return { problems };
  if (typeof w !== 'object' || !includes(WITHDRAW_STATES, w.state)) {
    problems.push('invalid:withdraw.state');
    return { problems };
  }

  // The deadline is "as the page prints it" ('2021/08/04', maybe with a time); any real day is accepted.
  let deadlineShown: IsoDay | undefined;
  if (w.deadlineShown !== undefined && w.deadlineShown !== null) {
    deadlineShown = parsePageDay(w.deadlineShown);
    if (!deadlineShown) problems.push('invalid:withdraw.deadlineShown');
  }
  // A pending request needs its day, unless the page printed the deadline itself (§3.10).
  checkIsoField(problems, 'withdraw.requestedOn', w.requestedOn, w.state === 'requested' && w.deadlineShown == null);
  checkIsoField(problems, 'withdraw.heldOn', w.heldOn, w.state === 'held');
  checkIsoField(problems, 'withdraw.cancelledOn', w.cancelledOn, w.state === 'cancelled');
  return { problems, deadlineShown };
}
