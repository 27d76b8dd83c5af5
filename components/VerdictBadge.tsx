/** The small pill on a claim in the popup: state, live countdown, and the button that opens its details. */
import type { UiLanguage } from '../lib/i18n';
import type { WithdrawVerdict } from '../lib/rules/types';
import { BADGE_CSS } from './styles';
import { pillText } from './verdictText';

export interface VerdictBadgeProps {
  verdict: WithdrawVerdict;
  lang: UiLanguage;
  /** The shared page clock (ms since epoch); the badge starts no timer of its own. */
  now: number;
  open: boolean;
  onToggle(): void;
}

export function VerdictBadge({ verdict, lang, now, open, onToggle }: VerdictBadgeProps) {
  const { label, countdown, title, delayed } = pillText(verdict, lang, now);
  return (
    <>
      <style>{BADGE_CSS}</style>
      {/* Named by its tooltip (the countdown to the minute): its own text ticks every second, and a screen
          reader reads a focused button's new name aloud each time. */}
      <button type="button" class="qwa-pill qwa-focus" data-state={verdict.state} aria-expanded={open} title={title} aria-label={title} onClick={() => onToggle()}>
        {delayed && (
          <>
            <span aria-hidden="true" class="qwa-delayed">!</span>
            <span class="qwa-sr">{delayed}</span>
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
