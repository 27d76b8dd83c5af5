/** The explanation that opens from a badge: why, until when (JST and the seller's own clock), and what to do. */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import {
  JAPAN_TIME_ZONE, createT, differsFromJapanTime, formatCountdown, formatInstant, formatJstDay, type Translate, type UiLanguage,
} from '../lib/i18n';
import { POLICY } from '../lib/rules/policy';
import type { WithdrawVerdict } from '../lib/rules/types';
import { CARD_STYLE, FOCUS_CSS } from './styles';
import { asDate, nextRequestStart, reasonSentence } from './verdictText';

export interface VerdictPanelProps {
  verdict: WithdrawVerdict;
  lang: UiLanguage;
  /** The shared page clock (ms since epoch); the panel starts no timer of its own. */
  now: number;
  /** The seller's IANA zone; a second time line appears only when its clock differs from Japan's. */
  timeZone: string;
  orderNo?: string;
  onClose(): void;
}

const NOTE = { margin: '8px 0 0', padding: '6px 8px', borderRadius: '4px' } as const;

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <>
      <dt style={{ margin: '6px 0 0', color: '#5f6368', fontSize: '12px' }}>{label}</dt>
      <dd style={{ margin: '0' }}>{children}</dd>
    </>
  );
}

/** An instant in JST, then in the seller's zone on its own line when that clock differs. */
function Instant({ at, lang, timeZone, t }: { at: Date; lang: UiLanguage; timeZone: string; t: Translate }) {
  return (
    <>
      <div>{formatInstant(at, lang, JAPAN_TIME_ZONE)}</div>
      {differsFromJapanTime(timeZone, at) && (
        <div data-testid="qwa-local-time" style={{ color: '#5f6368', fontSize: '12px' }}>
          {t('field.yourTime', { time: formatInstant(at, lang, timeZone), zone: timeZone })}
        </div>
      )}
    </>
  );
}

export function VerdictPanel({ verdict, lang, now, timeZone, orderNo, onClose }: VerdictPanelProps) {
  const t = createT(lang);
  const titleId = useId();
  const closeButton = useRef<HTMLButtonElement>(null);
  // The page clock re-renders every second; the key listener reads the latest onClose through a ref.
  const latestOnClose = useRef(onClose);
  latestOnClose.current = onClose;

  useEffect(() => {
    // Focus moves into the panel when it opens, so Tab and Escape work at once.
    closeButton.current?.focus({ preventScroll: true });
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') latestOnClose.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const jstDay = (iso: string) => `${formatJstDay(iso, lang)} (${t('field.jst')})`;
  const deadlineEndsAt = verdict.state === 'pending' ? asDate(verdict.deadlineEndsAt) : undefined;
  const nextStart = verdict.state === 'cooldown' ? nextRequestStart(verdict) : undefined;
  const countdownTo = deadlineEndsAt ?? nextStart;
  const mismatch = verdict.warnings.includes('deadline-mismatch');
  const otherWarnings = verdict.warnings.filter((w) => w !== 'deadline-mismatch');

  return (
    <div role="dialog" aria-labelledby={titleId} style={CARD_STYLE}>
      <style>{FOCUS_CSS}</style>
      <div style={{ display: 'flex', alignItems: 'flex-start', gap: '8px' }}>
        <div style={{ flex: '1', minWidth: '0' }}>
          <strong id={titleId} style={{ fontSize: '14px' }}>{t('panel.title')}</strong>
          {orderNo && (
            <div data-testid="qwa-order-no" style={{ color: '#5f6368', fontSize: '12px', overflowWrap: 'anywhere' }}>
              {t('field.orderNo', { orderNo })}
            </div>
          )}
        </div>
        <button
          ref={closeButton}
          type="button"
          class="qwa-focus"
          aria-label={t('panel.close')}
          title={t('panel.close')}
          onClick={() => onClose()}
          style={{ border: 'none', background: 'transparent', font: '16px/1 sans-serif', padding: '2px 4px', cursor: 'pointer', color: '#5f6368' }}
        >
          ×
        </button>
      </div>

      <p style={{ margin: '8px 0 0' }}>{reasonSentence(verdict, lang)}</p>

      {verdict.delayed && (
        <p data-testid="qwa-delayed" style={{ ...NOTE, background: '#fce8e6', color: '#a50e0e' }}>
          {t('warning.delayed', { count: POLICY.delayedAfterDays })}
        </p>
      )}

      <dl style={{ margin: '4px 0 0' }}>
        {verdict.responseDeadline && <Row label={t('field.deadline')}>{jstDay(verdict.responseDeadline)}</Row>}
        {deadlineEndsAt && (
          <Row label={t('field.deadlineEnds')}>
            <Instant at={deadlineEndsAt} lang={lang} timeZone={timeZone} t={t} />
          </Row>
        )}
        {verdict.autoWithdrawOn && <Row label={t('field.autoWithdrawOn')}>{jstDay(verdict.autoWithdrawOn)}</Row>}
        {verdict.nextRequestOn && (
          <Row label={t('field.nextRequestOn')}>
            <div>{jstDay(verdict.nextRequestOn)}</div>
            {nextStart && <Instant at={nextStart} lang={lang} timeZone={timeZone} t={t} />}
          </Row>
        )}
        {countdownTo && (
          <Row label={t('field.timeLeft')}>
            <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatCountdown(countdownTo.getTime() - now, lang)}</span>
          </Row>
        )}
      </dl>

      {mismatch && <p style={{ ...NOTE, background: '#fef7e0', color: '#8a4b00' }}>{t('warning.deadline-mismatch')}</p>}
      {otherWarnings.length > 0 && (
        <p style={{ margin: '8px 0 0', color: '#5f6368', fontSize: '12px', overflowWrap: 'anywhere' }}>
          {t('warning.details', { codes: otherWarnings.join(', ') })}
        </p>
      )}

      {verdict.state === 'ineligible' && (
        <div data-testid="qwa-ask-qoo10" style={{ ...NOTE, background: '#f1f3f4' }}>
          <div>{t('askQoo10.intro')}</div>
          <strong>{t('askQoo10.path')}</strong>
        </div>
      )}
      {verdict.state === 'eligible' && (
        <div data-testid="qwa-how-to-send" style={{ ...NOTE, background: '#e6f4ea' }}>
          <strong>{t('howToSend.title')}</strong>
          <div>{t('howToSend.body')}</div>
          <div style={{ fontSize: '12px', color: '#5f6368' }}>{t('howToSend.privacy')}</div>
        </div>
      )}
    </div>
  );
}
