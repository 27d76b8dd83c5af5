/**
 * What the seller cannot see on a QSM page, and so is not read: hidden by its own markup (`hidden`, its
 * style attribute) or by a style sheet rule (a help tooltip QSM shows on hover: class="ly_tip_off"; a
 * layer not opened yet). Style only, never layout. On a page the browser shows, the computed style; in a
 * document nobody shows (DOMParser's: no computed style), the rules of its style sheets, the last
 * matching rule deciding each property.
 */
import { sheetHidden, sheetStyle } from './sheetRules';

interface Look {
  display: string;
  visibility: string;
  /** Visually hidden, for screen readers only: cut to nothing where it stands ("sr-only", "blind"). */
  clipped?: boolean;
}

// The visually-hidden pattern (a 1px box clipped to nothing): rect(0 0 0 0), rect(1px, 1px, 1px, 1px), inset(50%).
// A rect with room inside (rect(0, 300px, 200px, 0)) shows what it holds; one pixel high or wide, nothing.
function clipsAll(clip: string, clipPath: string): boolean {
  const [top, right, bottom, left] = (/^rect\(([^)]*)\)$/.exec(clip.trim())?.[1] ?? '').split(/[\s,]+/).map(parseFloat);
  return bottom! - top! <= 1 || right! - left! <= 1 || /^inset\(\s*50%\s*\)$/.test(clipPath.trim());
}
const isClipped = (position: string, clip: string, clipPath: string) => /absolute|fixed/.test(position) && clipsAll(clip, clipPath);

const HIDDEN_BY_ATTRIBUTE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const NONE_BY_ATTRIBUTE = /display\s*:\s*none/i;

const holdsAllText = (el: Element, within: Node) => (el.textContent ?? '').trim() === (within.textContent ?? '').trim();

/** A style sheet can name the element: its class or id (a rule naming its tag alone is not looked for). */
const named = (el: Element) => el.hasAttribute('class') || el.hasAttribute('id');

// Within one reading of an unchanged page (withSharedScans) an element's style is asked once: the
// detail reader asks of each label's ancestors in turn.
// So is whether an element is hidden within a root: a detail's labels are asked of several times.
let memo: WeakMap<Element, Look> | undefined;
let hiddenWithin: WeakMap<Element, [ParentNode, boolean]> | undefined;
export function withStylesRemembered<T>(read: () => T): T {
  if (memo) return read();
  memo = new WeakMap();
  hiddenWithin = new WeakMap();
  try {
    return read();
  } finally {
    memo = hiddenWithin = undefined;
  }
}

function lookOf(el: Element): Look {
  const known = memo?.get(el);
  if (known) return known;
  const view = el.ownerDocument?.defaultView;
  const style = view && typeof view.getComputedStyle === 'function' ? view.getComputedStyle(el) : sheetStyle(el);
  const look: Look = { display: style.display, visibility: style.visibility, clipped: isClipped(style.position, style.clip, style.clipPath) };
  memo?.set(el, look);
  return look;
}

/** A page the browser shows (computed style), not a document parsed aside (DOMParser's). */
const rendered = (el: Element) => !!el.ownerDocument?.defaultView;

/**
 * Hidden by itself, beside what it sits in: a tooltip in a label cell, a panel of the withdraw block.
 * visibility:hidden counts only where its parent does not share it: a layer hidden as a whole is read
 * as it will show. `within`: the node whose text is being read; an element holding all of its text is
 * not asked of the style sheets, which would not hide the whole of a cell's content (a 1,000-row grid's
 * cells each hold a classed link).
 */
export function isHiddenElement(el: Element, within?: Node): boolean {
  if (el.hasAttribute('hidden') || HIDDEN_BY_ATTRIBUTE.test(el.getAttribute('style') ?? '')) return true;
  if (!named(el) || (within && holdsAllText(el, within))) return false;
  const look = lookOf(el);
  if (look.display === 'none' || look.clipped) return true;
  if (look.visibility !== 'hidden') return false;
  const parent = el.parentElement;
  return !parent || !rendered(el) || lookOf(parent).visibility !== 'hidden';
}

/**
 * Whether the seller cannot see `el`: display:none on it or on an element above it, up to `root`; or
 * its own visibility, which it inherits but may set back (a layer shown inside a hidden wrapper).
 */
export function isHiddenWithin(el: Element, root: ParentNode): boolean {
  const known = hiddenWithin?.get(el);
  if (known?.[0] === root) return known[1];
  const hidden = hiddenUpTo(el, root);
  hiddenWithin?.set(el, [root, hidden]);
  return hidden;
}

function hiddenUpTo(el: Element, root: ParentNode): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    if (e.hasAttribute('hidden') || NONE_BY_ATTRIBUTE.test(e.getAttribute('style') ?? '')) return true;
    if (named(e) && lookOf(e).display === 'none') return true;
  }
  // No computed style: the nearest element that sets a visibility decides (sheetRules.ts).
  return rendered(el) ? lookOf(el).visibility === 'hidden' : sheetHidden(el, (e) => (named(e) ? lookOf(e).visibility : ''));
}
