/**
 * Presentation helpers shared by the badge and the panel: which instant a countdown runs to and the
 * reason sentence with its dates filled in. They read the verdict; they decide nothing about the claim.
 */
import {
  badgeLabelKey, badgeShortKey, formatCountdown, formatCountdownShort, formatJstDay, reasonKey, translate, type MessageKey, type UiLanguage,
} from '../lib/i18n';
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

/**
 * Pending: the end of the buyer's answer day, while the buyer may still answer (once it has ended unanswered,
 * QSM withdraws the claim: nothing is left to count down); cooldown: the start of the first day a request is allowed.
 */
export function countdownTarget(verdict: WithdrawVerdict): Date | undefined {
  if (verdict.state === 'pending') return verdict.reason === 'auto-withdraw-due' ? undefined : asDate(verdict.deadlineEndsAt);
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

/** What a badge says at one instant, for the popup's pill and the page's pill or chip alike. */
export interface PillText {
  /** The state in words; on the chip, a short word or the countdown's largest unit. */
  label: string;
  /** The live countdown beside the label (the full pill only). */
  countdown?: string;
  /** The tooltip and the accessible name: the label (the chip's in full), the countdown to the minute, "delayed". */
  title: string;
  /** The word behind the red "!" when the claim is delayed. */
  delayed?: string;
}

export function pillText(verdict: WithdrawVerdict, lang: UiLanguage, now: number, chip = false): PillText {
  const full = translate(lang, badgeLabelKey(verdict.state, verdict.reason));
  const target = countdownTarget(verdict);
  const left = target ? target.getTime() - now : undefined;
  const delayed = verdict.delayed ? translate(lang, 'badge.delayed') : undefined;
  // The reason sentence lives in the panel; the tooltip stays cheap for a grid of a thousand badges. The
  // pill shows its countdown; the tooltip tells it in two units (formatCountdownShort says why). The tooltip
  // is the badge's accessible name too: the pill's own text ticks every second, and a screen reader reads
  // a focused button's new name aloud each time. A full pill's name starts with the words it shows.
  const named = chip && verdict.state === 'eligible' ? translate(lang, 'badge.eligible.long') : full;
  const told = left !== undefined ? formatCountdownShort(left, lang, 2) : undefined;
  const title = [named, told, delayed].filter(Boolean).join(' — ');
  if (!chip) return { label: full, countdown: left === undefined ? undefined : formatCountdown(left, lang), title, delayed };
  const short = badgeShortKey(verdict.state, verdict.reason);
  return { label: left !== undefined ? formatCountdownShort(left, lang) : short ? translate(lang, short) : full, title, delayed };
}

/**
 * What the rules could not read ('invalid:withdraw.heldOn', 'missing:kind': lib/rules/validate.ts), named
 * in the seller's language as QSM names the field; a code of no field known here stays as written.
 */
export function unreadFields(warnings: readonly string[], lang: UiLanguage): string {
  const names = warnings.map((code) => {
    const key = `warning.field.${code.slice(code.indexOf(':') + 1)}` as MessageKey;
    const name = translate(lang, key);
    return name === key ? code : name;
  });
  return translate(lang, 'warning.unread', { fields: [...new Set(names)].join(lang === 'ja' || lang === 'zh_CN' ? '、' : ', ') });
}
