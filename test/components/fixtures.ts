import type { WithdrawVerdict } from '../../lib/rules';

const base = { canRequest: false, delayed: false, warnings: [] as string[] };

/** Requested 2021-07-29: the buyer answers through 8/4 (ends 2021-08-04T15:00Z), auto-withdraw 8/5 (§3.4). */
export const pending: WithdrawVerdict = {
  ...base,
  state: 'pending',
  reason: 'awaiting-buyer',
  responseDeadline: '2021-08-04',
  autoWithdrawOn: '2021-08-05',
  deadlineEndsAt: new Date('2021-08-04T15:00:00Z'),
};
/** 2d 03:14:05 before the deadline ends. */
export const NOW_PENDING = Date.parse('2021-08-02T11:45:55Z');
/** The same request once the buyer's last day has ended unanswered: QSM withdraws the claim on 8/5 (§3.5). */
export const autoWithdrawDue: WithdrawVerdict = { ...pending, reason: 'auto-withdraw-due' };
/** An hour after the buyer's last day ended. */
export const NOW_AFTER_DEADLINE = Date.parse('2021-08-04T16:00:00Z');

/** Refused on 8/4: a new request from 8/9, which starts at 2021-08-08T15:00Z (§3.7). */
export const cooldown: WithdrawVerdict = { ...base, state: 'cooldown', reason: 'cooldown-after-refusal', nextRequestOn: '2021-08-09' };
export const NOW_COOLDOWN = Date.parse('2021-08-08T14:00:00Z'); // one hour to go

export const eligible: WithdrawVerdict = { ...base, state: 'eligible', reason: 'request-stage', canRequest: true };
export const ineligible: WithdrawVerdict = { ...base, state: 'ineligible', reason: 'claim-in-progress' };
export const unknown: WithdrawVerdict = { ...base, state: 'unknown', reason: 'invalid-input', warnings: ['invalid:kind'] };
