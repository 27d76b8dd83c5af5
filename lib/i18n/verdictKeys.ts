/** Which message names a verdict's state and reason; types only from lib/rules, so no rule code is loaded. */
import type { VerdictReason, VerdictState } from '../rules/types';
import type { MessageKey } from './messages/types';

const BADGE: Record<VerdictState, MessageKey> = {
  eligible: 'badge.eligible',
  pending: 'badge.pending',
  cooldown: 'badge.cooldown',
  ineligible: 'badge.ineligible',
  unknown: 'badge.unknown',
};

const REASON: Record<VerdictReason, MessageKey> = {
  'request-stage': 'reason.request-stage',
  'awaiting-buyer': 'reason.awaiting-buyer',
  'auto-withdraw-due': 'reason.auto-withdraw-due',
  'cooldown-after-refusal': 'reason.cooldown-after-refusal',
  'cooldown-after-cancel': 'reason.cooldown-after-cancel',
  'claim-in-progress': 'reason.claim-in-progress',
  'claim-closed': 'reason.claim-closed',
  'non-receipt': 'reason.non-receipt',
  'invalid-input': 'reason.invalid-input',
};

/**
 * A request the buyer let run out stays pending until QSM withdraws the claim by itself (§3.5), yet nobody
 * waits for the buyer any more: its badge says what comes next, with no countdown left to show.
 */
const autoWithdrawDue = (reason: string | undefined) => reason === 'auto-withdraw-due';

export function badgeLabelKey(state: VerdictState, reason?: string): MessageKey {
  return autoWithdrawDue(reason) ? 'badge.autoWithdrawDue' : (BADGE[state] ?? 'badge.unknown');
}

// The grid's chip says a live state (pending, cooldown) with its countdown, the others with a short word.
const SHORT: Partial<Record<VerdictState, MessageKey>> = {
  eligible: 'badge.short.eligible',
  ineligible: 'badge.short.ineligible',
  unknown: 'badge.short.unknown',
};

export function badgeShortKey(state: VerdictState, reason?: string): MessageKey | undefined {
  if (autoWithdrawDue(reason)) return 'badge.short.autoWithdrawDue';
  return Object.hasOwn(SHORT, state) ? SHORT[state] : undefined;
}

/** WithdrawVerdict.reason is typed string; an unexpected one reads as "could not be read", never blank. */
export function reasonKey(reason: string): MessageKey {
  return Object.hasOwn(REASON, reason) ? REASON[reason as VerdictReason] : 'reason.invalid-input';
}
