/**
 * A claim's badge in a shadow root on a QSM page: the pill (plain DOM, see badgePill.ts) and the panel
 * it opens (VerdictPanel, rendered with Preact only while open, from the views loaded on the first
 * opening: components/panels.ts). One badge per root; painting the root again (the page clock's tick, a
 * new reading) updates it in place and keeps the panel open.
 */
import { localTimeZone, translate, type UiLanguage } from '../lib/i18n';
import type { WithdrawVerdict } from '../lib/rules/types';
import { createPill, type Pill } from './badgePill';
import { loadPanels, type Panels } from './panels';
import { pillText } from './verdictText';

export interface ClaimBadgeProps {
  verdict: WithdrawVerdict;
  lang: UiLanguage;
  orderNo?: string;
  /** The shared page clock (ms since epoch). */
  now: number;
  /** The grid's narrow chip instead of the full pill. */
  chip?: boolean;
  /** The seller's IANA zone; left out, it is looked up when the panel first opens (Intl's first use is slow). */
  timeZone?: string;
}

interface Badge {
  pill: Pill;
  props: ClaimBadgeProps;
  /** The panel's fixed layer while it is open, and the views it is drawn with. */
  layer?: HTMLDivElement;
  panels?: Panels;
  closeOnScroll?: () => void;
}

/** The element a badge is drawn in: its place inside a shadow root (or the shadow root itself). */
export type BadgeRoot = HTMLElement | ShadowRoot;

const badges = new WeakMap<BadgeRoot, Badge>();

const PANEL_WIDTH = 320;
const PANEL_ROOM = 340;

/**
 * QSM's grid cells clip what overflows them, so the panel is fixed to the viewport beside the badge,
 * below it when there is room, else on the side with more room (the panel scrolls inside itself when it
 * needs more); scrolling closes it rather than leave it adrift.
 */
function panelPosition(badge: Element): Partial<CSSStyleDeclaration> {
  const view = badge.ownerDocument.defaultView ?? window;
  const r = badge.getBoundingClientRect();
  const left = `${Math.max(8, Math.min(r.left, view.innerWidth - PANEL_WIDTH - 8))}px`;
  return r.bottom + PANEL_ROOM < view.innerHeight || view.innerHeight - r.bottom > r.top
    ? { top: `${r.bottom + 4}px`, left }
    : { bottom: `${view.innerHeight - r.top + 4}px`, left };
}

function draw(badge: Badge): void {
  const { verdict, lang, now, chip } = badge.props;
  // No lang of the seller's on the pill itself, unlike the panel it opens: where it differs from the page's,
  // the browser may draw the same words in another font (a generic family or a fallback is chosen by
  // language), one the renderer has not used yet: a tab's first detail page took about 2 ms more style and
  // layout (16 interleaved pairs, median 8.8 -> 11.1 ms; npm run bench).
  badge.pill.update(verdict.state, pillText(verdict, lang, now, chip), !!badge.layer);
  const { layer, panels: p } = badge;
  if (!layer || !p) return;
  const { orderNo, timeZone } = badge.props;
  const onClose = () => close(badge);
  p.render(p.h(p.VerdictPanel, { verdict, lang, now, orderNo, timeZone: timeZone ?? localTimeZone(), onClose }), layer);
}

/** Opens the panel's layer beside the badge: the panel, or without views the notice that they failed. */
function open(badge: Badge, panels: Panels | undefined): void {
  const { box } = badge.pill;
  const layer = box.ownerDocument.createElement('div');
  Object.assign(layer.style, { position: 'fixed', zIndex: '2147483000' }, panelPosition(box));
  if (!panels) layer.append(failedNotice(box.ownerDocument, badge.props.lang));
  box.append(layer);
  badge.layer = layer;
  badge.panels = panels;
  const view = box.ownerDocument.defaultView;
  badge.closeOnScroll = () => close(badge);
  view?.addEventListener('scroll', badge.closeOnScroll, { capture: true, passive: true });
  draw(badge);
}

/**
 * The views could not be loaded (the extension was updated or reloaded while the page was open, and this
 * copy of the overlay lost its files): a click still answers, in plain DOM, and the next click tries again.
 */
function failedNotice(doc: Document, lang: UiLanguage): HTMLElement {
  const notice = doc.createElement('div');
  notice.setAttribute('role', 'alert');
  notice.className = 'qwa-failed';
  notice.textContent = translate(lang, 'badge.panelFailed');
  return notice;
}

function close(badge: Badge): void {
  const { layer } = badge;
  if (!layer) return;
  // Keyboard users whose focus was in the panel (Escape, its close button, a scroll) land back on the badge
  // that opened it, not at the top of QSM's page.
  const refocus = layer.contains((layer.getRootNode() as Document).activeElement);
  badge.panels?.render(null, layer);
  layer.remove();
  badge.layer = undefined;
  if (badge.closeOnScroll) badge.pill.box.ownerDocument.defaultView?.removeEventListener('scroll', badge.closeOnScroll, { capture: true });
  badge.closeOnScroll = undefined;
  draw(badge);
  if (refocus) badge.pill.button.focus({ preventScroll: true });
}

/** Draws the badge into `root`, building it the first time. */
export function paintClaimBadge(root: BadgeRoot, props: ClaimBadgeProps): void {
  let badge = badges.get(root);
  if (!badge) {
    const made: Badge = { pill: createPill(root, !!props.chip), props };
    // The first opening loads the views; a badge that left the page or opened meanwhile stays as it is.
    const show = (p?: Panels) => made.layer || !made.pill.box.isConnected || open(made, p);
    const opening = () => loadPanels().then(show, () => show());
    made.pill.button.addEventListener('click', () => (made.layer ? close(made) : void opening()));
    // Escape closes the open panel, and goes no further: QSM's page hears an Escape of its own only (badges.ts).
    made.pill.box.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && made.layer) {
        close(made);
        event.stopPropagation();
        // Its keyup too, on the badge the focus stays on (the host lets an Escape through): any other key's
        // keyup there is the host's to stop anyway.
        made.pill.box.addEventListener('keyup', (up) => up.stopPropagation(), { once: true });
      }
    });
    badges.set(root, (badge = made));
  }
  badge.props = props;
  draw(badge);
}

/** Closes the panel and lets go of its page listeners: the badge is leaving the page. */
export function clearClaimBadge(root: BadgeRoot): void {
  const badge = badges.get(root);
  if (badge) close(badge);
}
