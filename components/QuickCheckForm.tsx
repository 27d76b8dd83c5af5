/**
 * For an order the extension has never seen: the seller types what QSM shows (kind, status, dates) and
 * gets the same verdict as on the page, as an order card. Dates are JST days, as typed.
 */
import type { Ref } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { createT, formatJstDay, type UiLanguage } from '../lib/i18n';
import { jstDay } from '../lib/time';
import type { ClaimKind, ClaimStage } from '../lib/rules';
import { CLAIM_KINDS } from '../lib/rules/policy';
import { OrderCard } from './OrderCard';
import {
  EMPTY_QUICK_CHECK, kindKey, STAGES_OF, WITHDRAW_STATE_INPUTS, quickCheckCard, quickCheckSnapshot, stageFor, stageKey,
  type QuickCheckInput, type WithdrawStateInput,
} from './popupModel';

export interface QuickCheckFormProps {
  /** The whole order number the seller searched for: the card's order number. */
  orderNo: string;
  lang: UiLanguage;
  now: number;
  timeZone: string;
}

const FIELD = { display: 'flex', flexDirection: 'column', gap: '2px', margin: '6px 0 0', fontSize: '12px', color: '#3c4043' } as const;
const CONTROL = { font: 'inherit', fontSize: '13px', padding: '4px', border: '1px solid #9aa0a6', borderRadius: '4px', background: '#fff', color: '#202124' } as const;

interface DayFieldProps {
  label: string;
  name: string;
  value: string;
  lang: UiLanguage;
  /** The last day that can be chosen (JST). */
  max?: string;
  fieldRef?: Ref<HTMLInputElement>;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  onDay(day: string): void;
}

/**
 * A date field, and the day typed as the seller's language writes it: a date field is drawn in the
 * browser's own format (11/20/2026 in an English browser), not QSM's 2026-11-20, so the seller sees at
 * once which day it took. Outside the label, so a screen reader does not read it as the field's name.
 */
function DayField({ label, name, value, lang, max, fieldRef, onDay, ...aria }: DayFieldProps) {
  return (
    <>
      <label style={FIELD}>
        {label}
        <input
          ref={fieldRef}
          name={name}
          type="date"
          max={max}
          class="qwa-focus"
          style={CONTROL}
          value={value}
          {...aria}
          onInput={(e) => onDay((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {value && <span data-testid="typed-day" style={{ fontSize: '12px', color: '#5f6368' }}>{formatJstDay(value, lang)}</span>}
    </>
  );
}

const PROBLEM_KEY = {
  missing: 'popup.check.needDate',
  future: 'popup.check.futureDate',
  beforeClaim: 'popup.check.beforeClaim',
} as const;

const WITHDRAW_KEY = {
  none: 'popup.check.withdraw.none',
  requested: 'popup.check.withdraw.requested',
  held: 'popup.check.withdraw.held',
  cancelled: 'popup.check.withdraw.cancelled',
} as const;

export function QuickCheckForm({ orderNo, lang, now, timeZone }: QuickCheckFormProps) {
  const t = createT(lang);
  const id = useId();
  const [input, setInput] = useState<QuickCheckInput>(EMPTY_QUICK_CHECK);
  // The order the facts were last checked for: a card for another number, with facts typed for the
  // first, would give a verdict for an order nobody described. The facts stay (a number's typo fixed).
  const [checkedFor, setCheckedFor] = useState<string>();
  const submitted = checkedFor === orderNo;
  const [focusCard, setFocusCard] = useState(0);
  const card = useRef<HTMLElement>(null);
  const dateField = useRef<HTMLInputElement>(null);
  const claimField = useRef<HTMLInputElement>(null);

  const today = jstDay(new Date(now));
  const result = quickCheckSnapshot(input, today);
  // The field the refusal is about, described by it.
  const invalid = (field: 'claimedOn' | 'withdrawOn') =>
    submitted && !result.ok && result.field === field ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};
  const set = (patch: Partial<QuickCheckInput>) => setInput((old) => ({ ...old, ...patch }));
  const value = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;

  useEffect(() => {
    if (focusCard) card.current?.focus();
  }, [focusCard]);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    setCheckedFor(orderNo);
    if (result.ok) setFocusCard((n) => n + 1);
    else (result.field === 'claimedOn' ? claimField : dateField).current?.focus();
  };

  return (
    <section aria-labelledby={`${id}-title`} style={{ margin: '8px 0 0' }}>
      <form data-testid="quick-check" onSubmit={onSubmit} noValidate style={{ padding: '8px', border: '1px solid #dadce0', borderRadius: '8px' }}>
        <h2 id={`${id}-title`} style={{ margin: '0', fontSize: '14px' }}>{t('popup.check.title')}</h2>
        <p style={{ margin: '4px 0 0', overflowWrap: 'anywhere' }}>{t('popup.check.intro', { orderNo })}</p>

        <label style={FIELD}>
          {t('popup.check.kind')}
          <select
            name="kind"
            class="qwa-focus"
            style={CONTROL}
            value={input.kind}
            onChange={(e) => {
              const kind = value(e) as ClaimKind;
              setInput((old) => ({ ...old, kind, stage: stageFor(kind, old.stage) }));
            }}
          >
            {CLAIM_KINDS.map((kind) => (
              <option key={kind} value={kind}>{t(kindKey(kind))}</option>
            ))}
          </select>
        </label>

        <label style={FIELD}>
          {t('popup.check.stage')}
          <select name="stage" class="qwa-focus" style={CONTROL} value={input.stage} onChange={(e) => set({ stage: value(e) as ClaimStage })}>
            {STAGES_OF[input.kind].map((stage) => (
              <option key={stage} value={stage}>{t(stageKey(input.kind, stage))}</option>
            ))}
          </select>
        </label>

        <DayField label={t('popup.check.claimedOn')} name="claimedOn" value={input.claimedOn} lang={lang} max={today} fieldRef={claimField} {...invalid('claimedOn')} onDay={(claimedOn) => set({ claimedOn })} />

        <label style={FIELD}>
          {t('popup.check.withdraw')}
          <select
            name="withdrawState"
            class="qwa-focus"
            style={CONTROL}
            value={input.withdrawState}
            onChange={(e) => set({ withdrawState: value(e) as WithdrawStateInput })}
          >
            {WITHDRAW_STATE_INPUTS.map((state) => (
              <option key={state} value={state}>{t(WITHDRAW_KEY[state])}</option>
            ))}
          </select>
        </label>

        {input.withdrawState !== 'none' && (
          <DayField label={t('popup.check.withdrawOn')} name="withdrawOn" value={input.withdrawOn} lang={lang} max={today} fieldRef={dateField} {...invalid('withdrawOn')} onDay={(withdrawOn) => set({ withdrawOn })} />
        )}
        {input.withdrawState === 'requested' && (
          <DayField label={t('popup.check.deadline')} name="deadlineShown" value={input.deadlineShown} lang={lang} onDay={(deadlineShown) => set({ deadlineShown })} />
        )}

        {submitted && !result.ok && (
          <p id={`${id}-error`} role="alert" style={{ margin: '6px 0 0', color: '#a50e0e' }}>
            {t(PROBLEM_KEY[result.problem])}
          </p>
        )}

        <button type="submit" class="qwa-focus" style={{ ...CONTROL, margin: '8px 0 0', padding: '4px 12px', cursor: 'pointer', background: '#1a73e8', color: '#fff', border: '1px solid #1a73e8' }}>
          {t('popup.check.submit')}
        </button>
      </form>

      {submitted && result.ok && (
        <div style={{ margin: '8px 0 0' }}>
          <OrderCard card={quickCheckCard(orderNo, result.snapshot, now)} lang={lang} now={now} timeZone={timeZone} focusRef={card} />
        </div>
      )}
    </section>
  );
}
