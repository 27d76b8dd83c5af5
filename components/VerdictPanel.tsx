/** The explanation that opens from a badge: why, until when (JST and the seller's own clock), and what to do (VerdictDetails). */
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import { createT, type UiLanguage } from '../lib/i18n';
import type { WithdrawVerdict } from '../lib/rules/types';
import { CARD_STYLE, FOCUS_CSS, KOREAN_LINES_CSS } from './styles';
import { VerdictDetails } from './VerdictDetails';
import { closeOnEscape } from './closeOnEscape';

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

/** The least space kept between the panel and the window's edge (px). */
const MARGIN = 8;

export function VerdictPanel({ verdict, lang, now, timeZone, orderNo, onClose }: VerdictPanelProps) {
  const t = createT(lang);
  const titleId = useId();
  const closeButton = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    // QSM's popup windows are short, and scrolling the page closes the panel: a panel taller than the
    // room beside its badge scrolls inside itself instead of running off the window.
    const card = dialog.current;
    const view = card?.ownerDocument.defaultView;
    if (!card || !view) return;
    const { top, bottom } = card.getBoundingClientRect();
    const room = bottom > view.innerHeight - MARGIN ? view.innerHeight - MARGIN - Math.max(top, MARGIN) : top < MARGIN ? bottom - MARGIN : 0;
    // Its scroll ends there: carried on into the page, it would close the panel.
    if (room > 0) Object.assign(card.style, { maxHeight: `${room}px`, overflowY: 'auto', overscrollBehavior: 'contain' });
    // Focus moves into the panel when it opens, so Tab and Escape work at once.
    closeButton.current?.focus({ preventScroll: true });
  }, []);

  // Escape inside the panel only: on QSM's page it belongs to QSM (closing its own layer, its message box).
  // The seller's language, not the page's (a Chinese QSM, an English assistant): else Firefox draws the
  // words in the page language's font, and a screen reader reads them with the page's voice.
  return (
    <div ref={dialog} role="dialog" lang={lang.replace('_', '-')} aria-labelledby={titleId} style={CARD_STYLE} onKeyDown={closeOnEscape(onClose)}>
      <style>{FOCUS_CSS + KOREAN_LINES_CSS}</style>
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

      <VerdictDetails verdict={verdict} lang={lang} now={now} timeZone={timeZone} />
    </div>
  );
}
