/**
 * Qoo10 JP's withdraw policy as numbers and tables (domain.md §3, from the 2022-04 manual).
 * Every count follows §3.8: the event day is day 1, so an N-day period after day E covers E … E+N-1.
 * A policy change is a one-line edit here.
 */
import type { ClaimKind, ClaimStage } from './types';

export const POLICY = {
  /** §3.4: the buyer may answer through the 7th day of the request (request day + 6). */
  buyerWindowDays: 7,
  /** §3.7: no new request within 5 days of the buyer's refusal. */
  cooldownAfterRefusalDays: 5,
  /** §3.6: no new request within 5 days of the seller cancelling its own request. */
  cooldownAfterCancelDays: 5,
  /** §2: a request still unconfirmed more than 4 days after it arrived is "delayed" (from day 5). */
  delayedAfterDays: 4,
} as const;

export const CLAIM_KINDS: readonly ClaimKind[] = ['cancel', 'return', 'exchange', 'nonReceipt'];
export const CLAIM_STAGES: readonly ClaimStage[] = ['requested', 'inProgress', 'onHold', 'received', 'completed'];
export const WITHDRAW_STATES = ['none', 'requested', 'held', 'cancelled'] as const;

/** §3.1: only these kinds can be asked to withdraw, and only while the claim is still a request. */
export const WITHDRAWABLE_KINDS: readonly ClaimKind[] = ['cancel', 'return', 'exchange'];

/** §2: the kinds QSM counts as "delayed" while the seller leaves them unconfirmed. */
export const DELAY_TRACKED_KINDS: readonly ClaimKind[] = ['cancel', 'return', 'nonReceipt'];

/**
 * §3.2: how each stage answers a withdraw question. Cancelling, returning, on hold, received/refund
 * and re-shipping are under way (ask Qoo10 instead); completed claims are closed.
 */
export const STAGE_OUTCOME: Record<ClaimStage, 'open' | 'claim-in-progress' | 'claim-closed'> = {
  requested: 'open',
  inProgress: 'claim-in-progress',
  onHold: 'claim-in-progress',
  received: 'claim-in-progress',
  completed: 'claim-closed',
};
