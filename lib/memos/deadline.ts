/**
 * The reply deadline a message to the buyer may name, read off the rules' verdict (lib/rules), so a
 * message never promises a day QSM will not keep. Pure.
 */
import { responseDeadlineOf } from '../rules/evaluate';
import type { WithdrawVerdict } from '../rules/types';
import { jstDay, type IsoDay } from '../time';

/**
 * Pending: the request's own deadline. Eligible: the one a request sent today gets. Cooling down: no
 * request can go before `nextRequestOn` (§3.6, §3.7), so the earliest deadline a new one can get, not
 * today's + 6. Otherwise none: no withdraw request can be sent for the claim in QSM (§3.2), and a
 * message that needs a deadline stays unfinished rather than name a wrong one.
 */
export function memoDeadline(verdict: Pick<WithdrawVerdict, 'state' | 'responseDeadline' | 'nextRequestOn'>, now: number): IsoDay | undefined {
  if (verdict.responseDeadline) return verdict.responseDeadline;
  if (verdict.state === 'eligible') return responseDeadlineOf(jstDay(new Date(now)));
  if (verdict.state === 'cooldown' && verdict.nextRequestOn) return responseDeadlineOf(verdict.nextRequestOn);
  return undefined;
}
