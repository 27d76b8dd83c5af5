/**
 * The badge's pill as plain DOM, the same markup and classes as VerdictBadge. It is not a Preact
 * component because it is what every claim on a QSM page shows on the page's first scan: building three
 * spans directly costs a fraction of a first Preact render there (npm run bench), and Preact then runs
 * only when the seller opens a panel. Text goes in as text, never as markup.
 */
import type { VerdictState } from '../lib/rules/types';
import { BADGE_CSS } from './styles';
import type { PillText } from './verdictText';

export interface Pill {
  /** The pill's wrapper: the panel opens beside it. */
  box: HTMLSpanElement;
  button: HTMLButtonElement;
  update(state: VerdictState, text: PillText, open: boolean): void;
}

function span(doc: Document, className: string, hidden = true): HTMLSpanElement {
  const el = doc.createElement('span');
  if (className) el.className = className;
  el.hidden = hidden;
  return el;
}

/** Sets what changed only: the page clock re-draws live badges every second. */
function put(el: HTMLElement, text: string | undefined): void {
  const value = text ?? '';
  if (el.textContent !== value) el.textContent = value;
  if (el.hidden !== !text) el.hidden = !text;
}

function attr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Builds the pill into `root`; `chip` is the grid's narrow form, with its full wording as its name. */
export function createPill(root: HTMLElement | ShadowRoot, chip: boolean): Pill {
  const doc = root.ownerDocument;
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  const box = doc.createElement('span');
  box.style.display = 'inline-block';
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = chip ? 'qwa-pill qwa-chip qwa-focus' : 'qwa-pill qwa-focus';
  const mark = span(doc, 'qwa-delayed');
  mark.setAttribute('aria-hidden', 'true');
  const delayed = span(doc, 'qwa-sr');
  const label = span(doc, '', false);
  const countdown = span(doc, 'qwa-countdown');
  countdown.dataset.testid = 'qwa-countdown';
  button.append(mark, delayed, label, countdown);
  box.append(button);
  root.append(style, box);

  return {
    box,
    button,
    update(state, text, open) {
      attr(button, 'data-state', state);
      attr(button, 'aria-expanded', String(open));
      attr(button, 'title', text.title);
      // Named by the tooltip, which changes once a minute at most: the countdown in the pill changes every second.
      attr(button, 'aria-label', text.title);
      put(mark, text.delayed && '!');
      put(delayed, text.delayed);
      put(label, text.label);
      put(countdown, text.countdown);
    },
  };
}
