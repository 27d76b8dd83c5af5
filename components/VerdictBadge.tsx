/** The small pill on a claim row or detail: state, live countdown, and the button that opens the panel. */
import { badgeLabelKey, createT, formatCountdown, type UiLanguage } from '../lib/i18n';
import type { WithdrawVerdict } from '../lib/rules/types';
import { BADGE_CSS } from './styles';
import { countdownTarget } from './verdictText';

export interface VerdictBadgeProps {
  verdict: WithdrawVerdict;
  lang: UiLanguage;
  /** The shared page clock (ms since epoch); the badge starts no timer of its own. */
  now: number;
  open: boolean;
  onToggle(): void;
}

export function VerdictBadge({ verdict, lang, now, open, onToggle }: VerdictBadgeProps) {
  const t = createT(lang);
  const label = t(badgeLabelKey(verdict.state));
  const target = countdownTarget(verdict);
  const countdown = target ? formatCountdown(target.getTime() - now, lang) : undefined;
  // The reason sentence lives in the panel; the tooltip stays cheap for a grid of a thousand badges.
  const title = [verdict.state === 'eligible' ? t('badge.eligible.long') : label, verdict.delayed ? t('badge.delayed') : '']
    .filter(Boolean)
    .join(' — ');

  return (
    <>
      <style>{BADGE_CSS}</style>
      <button type="button" class="qwa-pill qwa-focus" data-state={verdict.state} aria-expanded={open} title={title} onClick={() => onToggle()}>
        {verdict.delayed && (
          <>
            <span aria-hidden="true" class="qwa-delayed">!</span>
            <span class="qwa-sr">{t('badge.delayed')}</span>
          </>
        )}
        <span>{label}</span>
        {countdown && (
          <span data-testid="qwa-countdown" class="qwa-countdown">
            {countdown}
          </span>
        )}
      </button>
    </>
  );
}
