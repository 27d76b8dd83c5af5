/** A badge and its panel with their own open state: what the content script mounts per claim. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { localTimeZone, type UiLanguage } from '../lib/i18n';
import type { WithdrawVerdict } from '../lib/rules/types';
import { VerdictBadge } from './VerdictBadge';
import { VerdictPanel } from './VerdictPanel';

export interface ClaimOverlayProps {
  verdict: WithdrawVerdict;
  lang: UiLanguage;
  /** The seller's IANA zone; left out, it is looked up when the panel first opens (Intl's first use is slow). */
  timeZone?: string;
  orderNo?: string;
  /** The shared page clock (ms since epoch). */
  now: number;
}

const PANEL_WIDTH = 320;
const PANEL_ROOM = 340;

/**
 * QSM's grid cells clip what overflows them, so the panel is fixed to the viewport beside the badge,
 * below it when there is room, above it otherwise; scrolling closes it rather than leave it adrift.
 */
function panelPosition(badge: Element): Record<string, string> {
  const r = badge.getBoundingClientRect();
  const left = Math.max(8, Math.min(r.left, window.innerWidth - PANEL_WIDTH - 8));
  return r.bottom + PANEL_ROOM < window.innerHeight || r.top < PANEL_ROOM
    ? { top: `${r.bottom + 4}px`, left: `${left}px` }
    : { bottom: `${window.innerHeight - r.top + 4}px`, left: `${left}px` };
}

export function ClaimOverlay({ verdict, lang, timeZone, orderNo, now }: ClaimOverlayProps) {
  const [position, setPosition] = useState<Record<string, string> | null>(null);
  const wrapper = useRef<HTMLSpanElement>(null);
  const open = position !== null;

  const close = () => {
    setPosition(null);
    // Keyboard users land back on the badge that opened the panel.
    wrapper.current?.querySelector<HTMLButtonElement>('button[aria-expanded]')?.focus({ preventScroll: true });
  };
  const toggle = () => setPosition((p) => (p || !wrapper.current ? null : panelPosition(wrapper.current)));

  useEffect(() => {
    if (!open) return;
    const onScroll = () => setPosition(null);
    window.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => window.removeEventListener('scroll', onScroll, { capture: true });
  }, [open]);

  return (
    <span
      ref={wrapper}
      style={{ display: 'inline-block' }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) close();
      }}
    >
      <VerdictBadge verdict={verdict} lang={lang} now={now} open={open} onToggle={toggle} />
      {position && (
        <div style={{ position: 'fixed', zIndex: '2147483000', ...position }}>
          <VerdictPanel verdict={verdict} lang={lang} now={now} timeZone={timeZone ?? localTimeZone()} orderNo={orderNo} onClose={close} />
        </div>
      )}
    </span>
  );
}
