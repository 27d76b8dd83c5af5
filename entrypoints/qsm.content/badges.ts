/**
 * Badge hosts beside QSM's own cells. Each host is a small element carrying the test contract
 * (`data-qwa-state`, `data-qwa-order`) at once; its shadow root (QSM's CSS cannot reach in, ours cannot
 * leak out) is filled only when the host first comes into view, so a 1,000-row grid costs what its
 * visible rows cost. Hosts are keyed by the cell they sit in: a re-rendered grid gets exactly one badge
 * per row, an unchanged row is not repainted, and a removed row leaves nothing behind.
 */
import type { ComponentChild } from 'preact';
import { loadPanels, type Panels } from '../../components/panels';
import { HOST_TAG, MEMO_TAG } from './tags';

export { HOST_TAG, MEMO_TAG };

/**
 * How a badge fills its shadow root; called only once the badge is in view (a grid has 1,000 unseen).
 * `root` is the badge's own element inside the shadow root, beside the host's style sheet.
 */
export interface BadgeView {
  /** Draws the badge: the first call builds it, later ones update it in place. */
  paint(root: HTMLElement): void;
  /** Lets go of what the badge holds outside its root (page listeners, Preact effects): it is leaving. */
  clear(root: HTMLElement): void;
}

/** What one badge looks like at one instant. */
export interface Drawn {
  attrs: Record<string, string | undefined>;
  view: BadgeView;
  /** Re-drawn on every clock tick (a countdown runs, or a state flips at a deadline). */
  live: boolean;
}

/**
 * A view Preact renders (the message helper, the "could not read" marker) once the views are loaded
 * (components/panels.ts): nothing is drawn into a root that left the page meanwhile, and a view that
 * cannot be loaded leaves its root empty rather than throw into QSM's page.
 */
export function panelView(vnode: (panels: Panels) => ComponentChild): BadgeView {
  return {
    paint: (root) => void loadPanels().then((p) => root.isConnected && p.render(vnode(p), root), () => undefined),
    clear: (root) => void loadPanels().then((p) => p.render(null, root), () => undefined),
  };
}

/** Where a host goes: after the anchor's content, before it (a grid cell that clips), or the page corner. */
export type Placement = 'inline' | 'lead' | 'corner';
export type Draw = (now: number) => Drawn;

interface Mounted {
  anchor: Element;
  host: HTMLElement;
  root?: HTMLElement;
  view?: BadgeView;
  placement: Placement;
  draw: Draw;
  /** What the badge was drawn from; the same key means nothing to repaint. */
  key: string;
  live: boolean;
  seen: boolean;
  /** Reported out of view once: coming into view later is the seller scrolling to it. */
  passed?: boolean;
}

// Our badge is ours: QSM's row handlers (select on click, open the detail on double-click) must not see
// it, nor a form's default button (ASP.NET fires it on an Enter keypress anywhere in its panel), nor the
// keys typed into our panels. Escape is QSM's again once our panel is closed (the panels stop the one that
// closes them): focus stays on the badge after it was used, and QSM's layer still closes on Escape. Not
// while an input method composes: there Escape cancels the conversion in our field.
const SWALLOWED = ['click', 'dblclick', 'mousedown', 'mouseup', 'keydown', 'keypress', 'keyup'];
const swallow = (e: Event) => ((e as KeyboardEvent).key === 'Escape' && !(e as KeyboardEvent).isComposing) || e.stopPropagation();

// An inline host waits out of the layout (display:none) until its cell comes into view: a thousand
// boxes added to a grid's cells would make the browser lay out every row of it again (npm run bench).
const UNSEEN = 'display:none';
// Yet any badge drawn into a grid's cell has the browser lay out and paint the whole grid again: some
// 170 ms with 1,000 rows, however few badges it draws. Drawn as each row scrolled into view, that was
// every frame of a scroll. A grid row scrolled into view brings the badges of this many rows on either
// side along, or twice as many ahead when the row behind it has its badge (the seller scrolls on): one
// such pause every 100 rows (npm run bench, "grid scroll"). A page's first drawing draws what is in view.
export const NEIGHBOURS = 50;

// Once drawn, the host's look comes from a :host rule in its own shadow root, not a style attribute:
// QSM's rules stop at the host (important declarations from inside a shadow root win over the page's)
// except its typeface and text size, which the badge wears too (components/styles.ts says why); and the
// host's markup stays short where QSM (dhtmlx) reads a cell's value as its markup. The reset names what a
// page's rule can do to the host or pass down into the badge: the box it sits in and every inherited text
// property. Not all:initial, which sets some 600 properties: on a detail page's first scan it cost about
// 4 ms of style work more (npm run bench).
const HOST_RESET = [
  // The host's own box, where QSM's universal rules (td *, *) reach it.
  'position', 'inset', 'float', 'clear', 'z-index', 'box-sizing', 'width', 'height', 'min-width', 'min-height',
  'max-width', 'max-height', 'margin', 'padding', 'border', 'border-radius', 'outline', 'background',
  'box-shadow', 'opacity', 'transform', 'filter', 'clip-path', 'overflow', 'vertical-align', 'zoom',
  'text-decoration', 'animation', 'transition', 'content-visibility',
  // What a page's cell passes down into the badge and the badge's own rules do not set (its pill sets
  // its line breaking, list and quote look): not visibility: a row QSM hides takes its badge along.
  // The font shorthand resets style, variant, weight, stretch, size, line height, size adjust, kerning and
  // variation settings at once (the family and size are set back to inherit after it).
  'color', 'font', 'font-feature-settings', 'letter-spacing', 'word-spacing', 'text-transform',
  'text-indent', 'text-align', 'text-shadow', 'white-space', 'word-break', 'overflow-wrap', 'text-emphasis',
  'direction', 'writing-mode', 'cursor', 'pointer-events', 'user-select', 'border-collapse', 'border-spacing',
  '-webkit-text-fill-color', '-webkit-text-stroke',
].map((name) => `${name}:initial!important`).join(';');
const HOST_CSS: Record<Placement, string> = {
  // Set on the line's bottom, a badge sits centred on QSM's text and leaves its row the height it can: set
  // on the line's middle, it sat 3 px low and made each grid row 0.09 px taller (22 px over 1,000 rows, the
  // rows creeping under the seller's pointer as chips were drawn), a detail's status row 0.6 px.
  inline: 'display:inline-block!important;margin-left:4px!important;vertical-align:bottom!important',
  // dhtmlx's cells are one clipped line (row20px): a badge after a long status would be cut off.
  lead: 'display:inline-block!important;margin-right:4px!important;vertical-align:bottom!important',
  corner: 'position:fixed!important;right:12px!important;bottom:12px!important;z-index:2147483000!important',
};
// Not on paper: a QSM page the seller prints is QSM's as it was (the corner marker would sit on every sheet).
const hostSheet = (placement: Placement) =>
  `:host{${HOST_RESET};font-family:inherit!important;font-size:inherit!important;${HOST_CSS[placement]}}@media print{:host{display:none!important}}`;

export class BadgeLayer {
  private mounted = new Map<Element, Mounted>();
  private readonly visibility: IntersectionObserver | undefined;
  /** One host made per tag, unseen or not; every other is a copy of it. */
  private readonly models = new Map<string, HTMLElement>();
  /**
   * Runs a batch of our own hosts coming and going unseen by the overlay's mutation observer (start.ts
   * sets it): each of a 1,000-row grid's hosts would be a record for the browser to make and deliver.
   */
  quietly: (write: () => void) => void = (write) => write();

  constructor(private readonly doc: Document) {
    // Hosts an earlier copy of the extension left: Firefox runs an updated copy in the QSM tabs already
    // open, and the old copy's badges stay in the page, dead. A page shows this layer's badges only.
    doc.querySelectorAll(`${HOST_TAG},${MEMO_TAG}`).forEach((host) => host.remove());
    const view = doc.defaultView;
    this.visibility =
      view && 'IntersectionObserver' in view
        ? new view.IntersectionObserver((entries) => this.onVisible(entries), { rootMargin: '200px' })
        : undefined;
  }

  /** Shows a badge in `anchor` (or fixed in the page corner), re-using the host already there. */
  show(anchor: Element, draw: Draw, now: number, key: string, placement: Placement = 'inline', tag = HOST_TAG): HTMLElement {
    let m = this.mounted.get(anchor);
    const inCell = placement !== 'corner';
    const parent = inCell ? anchor : this.doc.body;
    if (m && m.host.parentNode !== parent) {
      // QSM rewrote the cell's content and took our host with it: start over.
      this.drop(anchor, m);
      m = undefined;
    }
    if (m) {
      m.draw = draw;
      // The same key: nothing to repaint.
      if (m.key !== key) {
        m.key = key;
        this.paint(m, now);
      }
      return m.host;
    }
    // A copy of our host in the cell is dead (no shadow root) yet stays in QSM's value of the cell, one more
    // on each rewrite: QSM's script wrote the cell's markup back (dhtmlx's setValue(getValue())) or cloned its
    // row. It goes, so that the cell keeps one badge and QSM's sort finds no badge left in it.
    if (inCell) anchor.querySelectorAll(`:scope>${tag}`).forEach((copy) => copy.remove());
    // The cell is watched, not the host: a host out of the layout never intersects anything.
    const watched = inCell && this.visibility;
    m = { anchor, host: this.createHost(tag, !!watched), placement, draw, key, live: false, seen: !watched };
    // A new host gets its attributes before it joins the page: on a connected element each one is also
    // checked against the page's style rules (three per row, a thousand rows: about 1 ms, npm run bench).
    const drawn = draw(now);
    setAttributes(m.host, drawn.attrs);
    parent.insertBefore(m.host, placement === 'lead' ? parent.firstChild : null);
    this.mounted.set(anchor, m);
    if (watched) watched.observe(anchor);
    this.paint(m, now, drawn);
    return m.host;
  }

  /** Removes every badge whose anchor is not in `keep` or has left the page. */
  sweep(keep: ReadonlySet<Element>): void {
    this.mounted.forEach((m, anchor) => (keep.has(anchor) && anchor.isConnected) || this.drop(anchor, m));
  }

  /** Takes the badges under `container` off the page at once; the next scan puts them back. */
  withdraw(container: Node): void {
    for (const [anchor, m] of this.mounted) if (container.contains(anchor)) this.drop(anchor, m);
  }

  /** Re-draws the live badges for a clock tick. */
  refresh(now: number): void {
    for (const m of this.mounted.values()) if (m.live && m.host.isConnected) this.paint(m, now);
  }

  /**
   * A new host is a shallow copy of its model: a copy shares the parsed inline style, where setting it
   * on each of a 1,000-row grid's hosts parses the same CSS a thousand times (npm run bench).
   */
  private createHost(tag: string, unseen: boolean): HTMLElement {
    const name = `${tag}:${unseen}`;
    let model = this.models.get(name);
    if (!model) {
      model = this.doc.createElement(tag);
      if (unseen) model.style.cssText = UNSEEN;
      this.models.set(name, model);
    }
    return model.cloneNode(false) as HTMLElement;
  }

  get size(): number {
    return this.mounted.size;
  }

  /** `drawn`: what `m.draw(now)` already gave, its attributes set. */
  private paint(m: Mounted, now: number, drawn?: Drawn): void {
    const { attrs, view, live } = drawn ?? m.draw(now);
    m.live = live;
    if (!drawn) setAttributes(m.host, attrs);
    if (!m.seen) return;
    if (!m.root) {
      const shadow = m.host.attachShadow({ mode: 'open' });
      const sheet = this.doc.createElement('style');
      sheet.textContent = hostSheet(m.placement);
      // The badge's own element: a view (Preact's render too) owns its children, never the sheet beside it.
      m.root = this.doc.createElement('span');
      m.root.style.display = 'contents';
      shadow.append(sheet, m.root);
      m.host.removeAttribute('style');
      for (const type of SWALLOWED) m.host.addEventListener(type, swallow);
    }
    m.view = view;
    view.paint(m.root);
  }

  private onVisible(entries: IntersectionObserverEntry[]): void {
    const now = Date.now();
    for (const entry of entries) {
      const m = this.mounted.get(entry.target);
      if (!m || m.seen) continue;
      if (!entry.isIntersecting) m.passed = true;
      else {
        this.see(m, now);
        if (m.passed && m.placement === 'lead') this.seeRowsNear(m.anchor, now);
      }
    }
  }

  /** The badges of the grid rows around `cell`'s, drawn with it (NEIGHBOURS says why). */
  private seeRowsNear(cell: Element, now: number): void {
    const row = cell.parentElement;
    if (!row) return;
    const up = (r: Element) => r.previousElementSibling;
    const down = (r: Element) => r.nextElementSibling;
    const back = this.nearBadges(row, 1, up)[0]?.seen ? 0 : this.nearBadges(row, 1, down)[0]?.seen ? 2 * NEIGHBOURS : NEIGHBOURS;
    for (const m of [...this.nearBadges(row, back, up), ...this.nearBadges(row, 2 * NEIGHBOURS - back, down)]) if (!m.seen) this.see(m, now);
  }

  /**
   * The next `count` badges from `from`, a row at a time: rows without one (an order's second line, a
   * group's heading) are passed over, up to four rows a badge.
   */
  private nearBadges(from: Element, count: number, step: (row: Element) => Element | null): Mounted[] {
    const found: Mounted[] = [];
    for (let row: Element | null = from, k = 0; found.length < count && k < 4 * count && (row = step(row)); k++) {
      const m = this.rowBadge(row);
      if (m) found.push(m);
    }
    return found;
  }

  private rowBadge(row: Element | null): Mounted | undefined {
    return row ? Array.from(row.children, (cell) => this.mounted.get(cell)).find(Boolean) : undefined;
  }

  private see(m: Mounted, now: number): void {
    m.seen = true;
    this.visibility?.unobserve(m.anchor);
    this.paint(m, now);
  }

  private drop(anchor: Element, m: Mounted): void {
    this.visibility?.unobserve(anchor);
    if (m.root) m.view?.clear(m.root);
    m.host.remove();
    this.mounted.delete(anchor);
  }
}

function setAttributes(host: Element, attrs: Drawn['attrs']): void {
  for (const name in attrs) {
    const value = attrs[name];
    if (value === undefined) host.removeAttribute(name);
    else if (host.getAttribute(name) !== value) host.setAttribute(name, value);
  }
}

export function isOwnNode(node: Node): boolean {
  const name = node.nodeName.toLowerCase();
  return name === HOST_TAG || name === MEMO_TAG;
}
