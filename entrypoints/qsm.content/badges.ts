/**
 * Badge hosts beside QSM's own cells. Each host is a small element with an open shadow root (QSM's CSS
 * cannot reach in, ours cannot leak out) carrying the test contract `data-qwa-state` / `data-qwa-order`.
 * Hosts are keyed by the cell they sit in, so a re-rendered grid gets exactly one badge per row and a
 * removed row leaves nothing behind.
 */
import { render, type ComponentChild } from 'preact';

export const HOST_TAG = 'qwa-badge';

/** What one badge looks like at one instant. */
export interface Drawn {
  attrs: Record<string, string | undefined>;
  vnode: ComponentChild;
  /** Re-drawn on every clock tick (a countdown runs, or a state flips at a deadline). */
  live: boolean;
}
export type Draw = (now: number) => Drawn;

interface Mounted {
  host: HTMLElement;
  root: ShadowRoot;
  draw: Draw;
  live: boolean;
}

// Our badge is ours: QSM's row handlers (select on click, open the detail on double-click) must not see it.
const SWALLOWED = ['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress'];

function createHost(doc: Document, placement: 'inline' | 'corner'): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(HOST_TAG);
  host.style.cssText =
    placement === 'corner'
      ? 'all:initial;position:fixed;right:12px;bottom:12px;z-index:2147483000;'
      : 'all:initial;display:inline-block;margin-left:4px;vertical-align:middle;';
  for (const type of SWALLOWED) host.addEventListener(type, (e) => e.stopPropagation());
  return { host, root: host.attachShadow({ mode: 'open' }) };
}

function paint(m: Mounted, now: number): void {
  const { attrs, vnode, live } = m.draw(now);
  m.live = live;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) m.host.removeAttribute(name);
    else if (m.host.getAttribute(name) !== value) m.host.setAttribute(name, value);
  }
  render(vnode, m.root);
}

export class BadgeLayer {
  private mounted = new Map<Element, Mounted>();

  constructor(private readonly doc: Document) {}

  /** Shows a badge at the end of `anchor` (or fixed in the page corner), re-using the host already there. */
  show(anchor: Element, draw: Draw, now: number, placement: 'inline' | 'corner' = 'inline'): HTMLElement {
    let m = this.mounted.get(anchor);
    const parent = placement === 'corner' ? this.doc.body : anchor;
    if (m && m.host.parentNode !== parent) {
      // QSM rewrote the cell's content and took our host with it: start over.
      render(null, m.root);
      m = undefined;
    }
    if (!m) {
      const created = createHost(this.doc, placement);
      m = { ...created, draw, live: false };
      parent.appendChild(m.host);
      this.mounted.set(anchor, m);
    }
    m.draw = draw;
    paint(m, now);
    return m.host;
  }

  /** Removes every badge whose anchor is not in `keep` or has left the page. */
  sweep(keep: ReadonlySet<Element>): void {
    for (const [anchor, m] of this.mounted) {
      if (keep.has(anchor) && anchor.isConnected) continue;
      render(null, m.root);
      m.host.remove();
      this.mounted.delete(anchor);
    }
  }

  /** Re-draws the live badges for a clock tick. */
  refresh(now: number): void {
    for (const m of this.mounted.values()) if (m.live && m.host.isConnected) paint(m, now);
  }

  get size(): number {
    return this.mounted.size;
  }
}

export function isOwnNode(node: Node): boolean {
  return node.nodeName.toLowerCase() === HOST_TAG;
}
