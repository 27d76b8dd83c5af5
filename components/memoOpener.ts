/**
 * The message helper's closed button as plain DOM, as MemoHelper draws it closed. Most helpers beside
 * QSM's message boxes are never opened, and Preact's first render of the button cost about 1 ms more on
 * a claim's detail with a message box (npm run bench, the layer part). The first press hands the root
 * to MemoHelper, drawn opened (entrypoints/qsm.content/memos.ts).
 */
import { createT, type UiLanguage } from '../lib/i18n';
import { BADGE_CSS, KOREAN_LINES_CSS } from './styles';

export function drawMemoOpener(root: HTMLElement, lang: UiLanguage, onOpen: () => void): void {
  const doc = root.ownerDocument;
  const box = doc.createElement('span');
  box.style.cssText = 'display:inline-block;vertical-align:top';
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS + KOREAN_LINES_CSS;
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'qwa-pill qwa-focus';
  button.dataset.state = 'pending';
  button.dataset.testid = 'memo-open';
  button.setAttribute('aria-expanded', 'false');
  // The envelope is a picture: a screen reader names the button by its words alone.
  const envelope = doc.createElement('span');
  envelope.setAttribute('aria-hidden', 'true');
  envelope.textContent = '✉';
  button.append(envelope, ` ${createT(lang)('memo.open')}`);
  button.addEventListener('click', onOpen, { once: true });
  box.append(style, button);
  root.replaceChildren(box);
}
