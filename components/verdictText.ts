/**
 * Presentation helpers shared by the badge and the panel: which instant a countdown runs to and the
 * reason sentence with its dates filled in. They read the verdict; they decide nothing about the claim.
 */
import { formatJstDay, reasonKey, translate, type UiLanguage } from '../lib/i18n';
import type { WithdrawVerdict } from '../lib/rules/types';
import { isIsoDay, startOfJstDayInstant } from '../lib/time';

/** A Date, or the same instant after a trip through JSON (storage, messaging); undefined when unusable. */
export function asDate(value: unknown): Date | undefined {
  const date = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** The start of the next allowed JST day, when the verdict names a valid one. */
export function nextRequestStart(verdict: WithdrawVerdict): Date | undefined {
  return isIsoDay(verdict.nextRequestOn) ? startOfJstDayInstant(verdict.nextRequestOn) : undefined;
}

/** Pending: the end of the buyer's answer day; cooldown: the start of the first day a request is allowed. */
export function countdownTarget(verdict: WithdrawVerdict): Date | undefined {
  if (verdict.state === 'pending') return asDate(verdict.deadlineEndsAt);
  if (verdict.state === 'cooldown') return nextRequestStart(verdict);
  return undefined;
}

/** The reason in plain words, its dates written as JST days in `lang`. */
export function reasonSentence(verdict: WithdrawVerdict, lang: UiLanguage): string {
  const day = (iso: string | undefined) => (iso ? formatJstDay(iso, lang) : '—');
  return translate(lang, reasonKey(verdict.reason), {
    deadline: day(verdict.responseDeadline),
    autoWithdrawOn: day(verdict.autoWithdrawOn),
    nextRequestOn: day(verdict.nextRequestOn),
  });
}
