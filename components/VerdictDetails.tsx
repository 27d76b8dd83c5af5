/**
 * The body of a verdict's explanation, shared by the page overlay's panel and the popup's order card:
 * the reason in plain words, the dates in JST (and in the seller's own clock when it differs), the
 * countdown, warnings, and what to do when QSM can or cannot do it. It shows; it decides nothing.
 */
import type { ComponentChildren } from 'preact';
import {
  JAPAN_TIME_ZONE, createT, differsFromJapanTime, formatCountdown, formatInstant, formatJstDay, formatZoneName, type Translate, type UiLanguage,
} from '../lib/i18n';
import { POLICY } from '../lib/rules/policy';
import type { WithdrawVerdict } from '../lib/rules/types';
import { asDate, nextRequestStart, reasonSentence, unreadFields } from './verdictText';

export interface VerdictDetailsProps {
  verdict: WithdrawVerdict;
  lang: UiLanguage;
  /** The shared clock (ms since epoch); no timer here. */
  now: number;
  /** The seller's IANA zone; a second time line appears only when its clock differs from Japan's. */
  timeZone: string;
}

export const NOTE_STYLE = { margin: '8px 0 0', padding: '6px 8px', borderRadius: '4px' } as const;

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <>
      <dt style={{ margin: '6px 0 0', color: '#5f6368', fontSize: '12px' }}>{label}</dt>
      <dd style={{ margin: '0' }}>{children}</dd>
    </>
  );
}

/**
 * A day's end written as that day at 24:00 (2026/11/29 24:00 JST), not as the next day's 00:00: under
 * "Buyer can answer until Sun, Nov 29", a line saying 11/30 reads as one day more.
 */
function dayEnd(at: Date, lang: UiLanguage, timeZone: string): string {
  const text = formatInstant(at, lang, timeZone);
  return / 00:00 /.test(text) ? formatInstant(new Date(at.getTime() - 60_000), lang, timeZone).replace(/ 23:59 /, ' 24:00 ') : text;
}

/** An instant in JST, then in the seller's zone on its own line when that clock differs. */
function Instant({ at, lang, timeZone, t, end = false }: { at: Date; lang: UiLanguage; timeZone: string; t: Translate; end?: boolean }) {
  const write = end ? dayEnd : formatInstant;
  return (
    <>
      <div>{write(at, lang, JAPAN_TIME_ZONE)}</div>
      {differsFromJapanTime(timeZone, at) && (
        <div data-testid="qwa-local-time" style={{ color: '#5f6368', fontSize: '12px' }}>
          {t('field.yourTime', { time: write(at, lang, timeZone), zone: formatZoneName(timeZone, lang, at) })}
        </div>
      )}
    </>
  );
}

export function VerdictDetails({ verdict, lang, now, timeZone }: VerdictDetailsProps) {
  const t = createT(lang);
  // Japan time named as each language writes it after a day: （日本時間） in full-width brackets, not " (…)" from English.
  const jstDay = (iso: string) => t('field.jstDay', { day: formatJstDay(iso, lang) });
  const deadlineEndsAt = verdict.state === 'pending' ? asDate(verdict.deadlineEndsAt) : undefined;
  const nextStart = verdict.state === 'cooldown' ? nextRequestStart(verdict) : undefined;
  // Unanswered past its deadline nothing is left to count down to (the pill shows none either).
  const lapsed = verdict.reason === 'auto-withdraw-due';
  const countdownTo = lapsed ? undefined : deadlineEndsAt ?? nextStart;
  const mismatch = verdict.warnings.includes('deadline-mismatch');
  const otherWarnings = verdict.warnings.filter((w) => w !== 'deadline-mismatch');

  return (
    <>
      <p style={{ margin: '8px 0 0' }}>{reasonSentence(verdict, lang)}</p>

      {verdict.delayed && (
        <p data-testid="qwa-delayed" style={{ ...NOTE_STYLE, background: '#fce8e6', color: '#a50e0e' }}>
          {t('warning.delayed', { count: POLICY.delayedAfterDays })}
        </p>
      )}

      <dl style={{ margin: '4px 0 0' }}>
        {verdict.responseDeadline && <Row label={t('field.deadline')}>{jstDay(verdict.responseDeadline)}</Row>}
        {deadlineEndsAt && (
          <Row label={t('field.deadlineEnds')}>
            <Instant at={deadlineEndsAt} lang={lang} timeZone={timeZone} t={t} end />
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

      {mismatch && <p style={{ ...NOTE_STYLE, background: '#fef7e0', color: '#8a4b00' }}>{t('warning.deadline-mismatch')}</p>}
      {otherWarnings.length > 0 && (
        <p style={{ margin: '8px 0 0', color: '#5f6368', fontSize: '12px', overflowWrap: 'anywhere' }}>
          {unreadFields(otherWarnings, lang)}
        </p>
      )}

      {(verdict.state === 'ineligible' || lapsed) && (
        <div data-testid="qwa-ask-qoo10" style={{ ...NOTE_STYLE, background: '#f1f3f4' }}>
          {/* Past its deadline the claim should be withdrawn by QSM; should it stay open, the same inquiry applies. */}
          <div>{t(lapsed ? 'askQoo10.introLapsed' : 'askQoo10.intro')}</div>
          <strong>{t('askQoo10.path')}</strong>
        </div>
      )}
      {verdict.state === 'eligible' && (
        <div data-testid="qwa-how-to-send" style={{ ...NOTE_STYLE, background: '#e6f4ea' }}>
          <strong>{t('howToSend.title')}</strong>
          <div>{t('howToSend.body')}</div>
          <div style={{ fontSize: '12px', color: '#5f6368' }}>{t('howToSend.privacy')}</div>
        </div>
      )}
    </>
  );
}
