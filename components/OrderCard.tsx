/**
 * One order in the popup: its numbers, kind and stage in words, the live badge and countdown, the same
 * explanation as the page overlay's panel (VerdictDetails), the next step, when QSM last showed it, and
 * buttons that copy a fitting buyer message. It shows what it is given; popupModel decides.
 */
import type { Ref } from 'preact';
import { useId, useState } from 'preact/hooks';
import { JAPAN_TIME_ZONE, createT, differsFromJapanTime, formatInstant, formatJstDay, type Translate, type UiLanguage, formatZoneName } from '../lib/i18n';
import { kindKey, nextStep, stageKey, withdrawLine, type BuyerMessage, type DayMessage, type OrderCardData } from './popupModel';
import { CARD_STYLE, FOCUS_CSS } from './styles';
import { VerdictBadge } from './VerdictBadge';
import { NOTE_STYLE, VerdictDetails } from './VerdictDetails';

export interface OrderCardProps {
  card: OrderCardData;
  lang: UiLanguage;
  /** The popup's shared clock (ms since epoch); the card starts no timer of its own. */
  now: number;
  timeZone: string;
  /** Whether the explanation starts open; the badge toggles it. */
  defaultOpen?: boolean;
  /** Buyer messages to copy (popupMemos: the suggested template in the buyer's language). */
  messages?: readonly BuyerMessage[];
  /** Lets the popup move focus to the card (Enter in the search, a "due soon" row). */
  focusRef?: Ref<HTMLElement>;
}

const MUTED = { color: '#5f6368', fontSize: '12px' } as const;
const COPY_BUTTON = {
  font: 'inherit',
  fontSize: '12px',
  padding: '4px 8px',
  border: '1px solid #dadce0',
  borderRadius: '4px',
  background: '#f8f9fa',
  color: '#202124',
  cursor: 'pointer',
} as const;

type CopyStatus = { id: string; ok: boolean; text: string };

/** When QSM last showed the order: in JST as QSM prints it, then in the seller's zone like every other time on the card. */
function LastSeen({ at, lang, timeZone, t }: { at: Date; lang: UiLanguage; timeZone: string; t: Translate }) {
  return (
    <>
      <div>{t('popup.card.lastSeen', { time: formatInstant(at, lang, JAPAN_TIME_ZONE) })}</div>
      {differsFromJapanTime(timeZone, at) && (
        <div data-testid="qwa-last-seen-local">{t('field.yourTime', { time: formatInstant(at, lang, timeZone), zone: formatZoneName(timeZone, lang, at) })}</div>
      )}
    </>
  );
}

export function OrderCard({ card, lang, now, timeZone, defaultOpen = true, messages, focusRef }: OrderCardProps) {
  const t = createT(lang);
  const titleId = useId();
  const [open, setOpen] = useState(defaultOpen);
  const [copy, setCopy] = useState<CopyStatus | undefined>(undefined);
  const { verdict, snapshot } = card;
  const words = (m: DayMessage) => t(m.key, { day: m.day ? formatJstDay(m.day, lang) : '—' });
  const withdraw = withdrawLine(snapshot.withdraw);
  const next = nextStep(verdict);

  const copyMessage = async (message: BuyerMessage) => {
    const composed = message.compose();
    if (!composed.ok) {
      setCopy({ id: message.id, ok: false, text: t('popup.copy.refused', { why: composed.why }) });
      return;
    }
    try {
      await navigator.clipboard.writeText(composed.text);
      setCopy({ id: message.id, ok: true, text: t('popup.copy.done') });
    } catch {
      setCopy({ id: message.id, ok: false, text: t('popup.copy.failed') });
    }
  };

  return (
    <article
      ref={focusRef}
      data-testid="order-result"
      data-qwa-state={verdict.state}
      data-qwa-order={card.orderNo}
      aria-labelledby={titleId}
      tabIndex={-1}
      class="qwa-focus"
      style={{ ...CARD_STYLE, width: 'auto', boxShadow: 'none' }}
    >
      <style>{FOCUS_CSS}</style>
      <div style={{ display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', gap: '4px 8px' }}>
        <h2 id={titleId} style={{ margin: '0', fontSize: '14px', overflowWrap: 'anywhere' }}>
          {t('field.orderNo', { orderNo: card.orderNo })}
        </h2>
        {card.cartNo && <span style={{ ...MUTED, overflowWrap: 'anywhere' }}>{t('popup.card.cartNo', { cartNo: card.cartNo })}</span>}
      </div>
      <div data-testid="qwa-kind-stage">
        {t(kindKey(snapshot.kind))} · {t(stageKey(snapshot.kind, snapshot.stage))}
      </div>
      <div style={MUTED}>{words(withdraw)}</div>

      <div style={{ margin: '6px 0 0' }}>
        <VerdictBadge verdict={verdict} lang={lang} now={now} open={open} onToggle={() => setOpen((o) => !o)} />
      </div>

      {next && (
        <p data-testid="qwa-next-step" style={{ ...NOTE_STYLE, background: '#e8f0fe' }}>
          <strong>{t('popup.next.title')}</strong> {words(next)}
        </p>
      )}

      {open && <VerdictDetails verdict={verdict} lang={lang} now={now} timeZone={timeZone} />}

      <div data-testid="qwa-last-seen" style={{ ...MUTED, margin: '8px 0 0' }}>
        {card.lastSeenAt !== undefined ? <LastSeen at={new Date(card.lastSeenAt)} lang={lang} timeZone={timeZone} t={t} /> : t('popup.card.quickCheck')}
      </div>

      {messages && messages.length > 0 && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '6px', margin: '8px 0 0' }}>
          {messages.map((m) => (
            <button key={m.id} type="button" class="qwa-focus" data-testid="qwa-copy-message" title={m.title} style={COPY_BUTTON} onClick={() => void copyMessage(m)}>
              {m.label}
            </button>
          ))}
        </div>
      )}
      {messages && messages.length > 0 && (
        <p role="status" data-testid="qwa-copy-status" style={{ ...MUTED, margin: '4px 0 0', color: copy && !copy.ok ? '#a50e0e' : MUTED.color }}>
          {copy?.text ?? ''}
        </p>
      )}
    </article>
  );
}
