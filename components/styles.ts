/**
 * Shared look of the overlay. Everything is px: the components render inside a shadow root, where
 * rem would follow the QSM page's root font size. Preact 11 adds no "px" to numbers, so sizes are strings.
 */
import type { VerdictState } from '../lib/rules/types';

export const FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Microsoft YaHei", "Malgun Gothic", sans-serif';

interface PillColours {
  color: string;
  background: string;
  border: string;
}

export const STATE_COLOURS: Record<VerdictState, PillColours> = {
  eligible: { color: '#0d652d', background: '#e6f4ea', border: '1px solid #34a853' },
  pending: { color: '#174ea6', background: '#e8f0fe', border: '1px solid #4285f4' },
  cooldown: { color: '#8a4b00', background: '#fef7e0', border: '1px solid #f9ab00' },
  ineligible: { color: '#3c4043', background: '#f1f3f4', border: '1px solid #9aa0a6' },
  unknown: { color: '#5f6368', background: '#ffffff', border: '1px dashed #9aa0a6' },
};

/** Inline styles cannot express :focus-visible; each component ships this rule in its own <style>. */
export const FOCUS_CSS = '.qwa-focus:focus-visible{outline:2px solid #1a73e8;outline-offset:2px}';

export const PILL_STYLE = {
  display: 'inline-flex',
  alignItems: 'center',
  // Sizes in em: 20 px tall, 8 px padding at QSM's usual 12 px, in step with the page's own text size.
  gap: '.33em',
  boxSizing: 'border-box',
  height: '1.67em',
  padding: '0 .67em',
  borderRadius: '.83em',
  // QSM's own typeface and size (the host passes both through): the pill reads as part of the page, and
  // the browser loads no other font for it. A size the page does not use yet is a new font strike, which
  // the renderer asks the browser process for and waits (2 ms of a tab's first page, npm run bench). Said
  // outright: a button takes the browser's control font otherwise. Clamped: never tiny, never a heading.
  fontFamily: 'inherit',
  fontSize: 'clamp(11px,1em,16px)',
  lineHeight: '1.5em',
  whiteSpace: 'nowrap',
  cursor: 'pointer',
  verticalAlign: 'middle',
  // Not part of what the seller selects and copies: a grid's rows pasted into a spreadsheet would get our
  // words on lines of their own (Chrome copies a shadow root's text with the row's).
  userSelect: 'none',
} as const;

export const CARD_STYLE = {
  boxSizing: 'border-box',
  width: '320px',
  padding: '12px',
  background: '#ffffff',
  color: '#202124',
  border: '1px solid #dadce0',
  borderRadius: '8px',
  boxShadow: '0 4px 12px rgba(0,0,0,0.18)',
  font: `13px/1.5 ${FONT_FAMILY}`,
  textAlign: 'left',
  whiteSpace: 'normal',
} as const;

/** Text for screen readers only (e.g. the word behind the badge's "!" mark). */
export const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

const css = (o: Record<string, string>) => Object.entries(o).map(([k, v]) => `${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${v}`).join(';');

/**
 * The badge as one style sheet: a grid shows a thousand badges, and class names cost the browser far
 * less than a dozen inline style properties set on each (bench: npm run bench).
 */
export const BADGE_CSS =
  `${FOCUS_CSS}.qwa-pill{${css(PILL_STYLE)};position:relative}` +
  Object.entries(STATE_COLOURS).map(([state, c]) => `.qwa-pill[data-state=${state}]{${css({ ...c })}}`).join('') +
  `.qwa-delayed{color:#c5221f;font-weight:700}.qwa-countdown{font-variant-numeric:tabular-nums;opacity:.85}` +
  // The grid's chip fits QSM's one-line 20px rows (dhtmlx row20px) without making them taller, in the
  // grid's own text size where that fits.
  `.qwa-pill.qwa-chip{height:16px;padding:0 5px;border-radius:8px;gap:2px;font-size:clamp(10px,1em,12px);line-height:14px}` +
  // Its focus ring inside it: the cell clips what lies outside the chip, a keyboard user's ring too.
  '.qwa-chip:focus-visible{outline-offset:-2px}' +
  `.qwa-sr{${css(VISUALLY_HIDDEN)}}` +
  // The notice shown when the views cannot be loaded: a small card in the page's own typeface (the
  // views' CARD_STYLE would bring their font list to every QSM page), 240px wide in all. Its alignment and
  // wrapping are the host's reset ones.
  '.qwa-failed{width:214px;padding:8px 12px;background:#fff;color:#c5221f;border:1px solid #dadce0;' +
  'border-radius:8px;box-shadow:0 4px 12px rgba(0,0,0,.18);font-size:13px;line-height:1.5}';

/**
 * Korean breaks between words, at spaces: by default browsers break Korean anywhere, as they do Chinese
 * and Japanese, and "다시 요⏎청" or "구매자⏎가" reads as badly as splitting an English word. Only where the
 * text is Korean: Japanese and Chinese do break between characters.
 */
export const KOREAN_LINES_CSS = ':lang(ko){word-break:keep-all;overflow-wrap:break-word}';
