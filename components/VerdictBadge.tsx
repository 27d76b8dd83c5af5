/** The small pill on a claim row or detail: state, live countdown, and the button that opens the panel. */
import { badgeLabelKey, createT, formatCountdown, type UiLanguage } from '../lib/i18n';
import type { WithdrawVerdict } from '../lib/rules/types';
import { FOCUS_CSS, PILL_STYLE, STATE_COLOURS, VISUALLY_HIDDEN } from './styles';
import { countdownTarget, reasonSentence } from './verdictText';

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
  const title = [
    verdict.state === 'eligible' ? t('badge.eligible.long') : label,
    reasonSentence(verdict, lang),
    verdict.delayed ? t('badge.delayed') : '',
  ]
    .filter(Boolean)
    .join(' — ');
  const colours = STATE_COLOURS[verdict.state] ?? STATE_COLOURS.unknown;

  return (
    <>
      <style>{FOCUS_CSS}</style>
      <button
        type="button"
        class="qwa-focus"
        data-state={verdict.state}
        aria-expanded={open}
        title={title}
        onClick={() => onToggle()}
        style={{ ...PILL_STYLE, ...colours, position: 'relative' }}
      >
        {verdict.delayed && (
          <>
            <span aria-hidden="true" style={{ color: '#c5221f', fontWeight: 700 }}>
              !
            </span>
            <span style={VISUALLY_HIDDEN}>{t('badge.delayed')}</span>
          </>
        )}
        <span>{label}</span>
        {countdown && (
          <span data-testid="qwa-countdown" style={{ fontVariantNumeric: 'tabular-nums', opacity: '0.85' }}>
            {countdown}
          </span>
        )}
      </button>
    </>
  );
}
