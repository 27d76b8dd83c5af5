/**
 * Where claim details are on a page: the page itself, a layer opened over the claim grid by a double
 * click, or a popup. (An iframe is its own document: the content script runs in every frame.)
 * A detail = an order number label next to at least one claim label (status, claim date, withdraw).
 */
import { CLAIM_MARKER_FIELDS, LOGIN_TITLES, WITHDRAW_FIELDS, isNote } from './labels';
import { isElement, kept, scanLabels, type LabelHit } from './scan';
import { isHiddenWithin } from './hidden';
import { claimStatusHit, inOtherClaim, otherClaims } from './otherClaims';
import { cellValue, clean, findNumber, isEditable, numberValue } from './text';

const tag = (el: Element) => el.tagName.toUpperCase();

/** The document title tells a login page ("QSM LOGIN"), also when a session expired inside a frame. */
export function isLoginDocument(root: ParentNode): boolean {
  const doc = (isElement(root) ? root.ownerDocument : (root as Document)) as Document | null;
  const title = clean(doc?.title ?? '').toUpperCase();
  return LOGIN_TITLES.some((t) => t.toUpperCase() === title);
}

/**
 * A search form also has an 订购号码 box; a detail prints the number. So an order-number label only
 * starts a detail when its value is not an editable box (a read-only input still counts).
 */
function printsOrderNo(hit: LabelHit): boolean {
  const cell = hit.valueCell;
  return !!cell && !isEditable(cell) && cellValue(cell, isNote) !== '';
}

/**
 * The element holding each claim detail under root. Each printed order number (one per number: a memo
 * form may repeat it) starts at its table and climbs as far as it can without taking in a grid or
 * another detail's order number, so a layer over the grid stops at the layer, and buttons below the
 * tables are inside. It is a detail when a claim label (status, claim date, withdraw) lies inside.
 */
export function findDetailRoots(root: ParentNode): Element[] {
  try {
    return detailRootsOf(root);
  } catch {
    return []; // never into the page: a page we cannot walk has no detail we can read
  }
}

function detailRootsOf(root: ParentNode): Element[] {
  if (isLoginDocument(root)) return [];
  const hits = scanLabels(root).hits;
  const starts = new Map<string | Element, Element>();
  for (const hit of hits) {
    if (hit.field !== 'orderNo' || !printsOrderNo(hit)) continue;
    // A number cut short ("10385173…") or no number names no other order: it neither starts a detail
    // nor keeps one from taking in the withdraw block below it.
    const key = findNumber(numberValue(hit.valueCell!, isNote));
    if (key && !starts.has(key)) starts.set(key, hit.cell);
  }
  const grids = Array.from(root.querySelectorAll('div.xhdr, div.objbox'));
  const limit = isElement(root) ? root : ((root as Document).body ?? null);
  const markers = hits.filter((h) => CLAIM_MARKER_FIELDS.includes(h.field)).map((h) => h.cell);
  const climb = (cell: Element, cells: Element[]) => {
    const blockers = [...grids, ...cells.filter((c) => c !== cell)];
    let node: Element = cell.closest('table') ?? cell;
    while (node !== limit && node.parentElement && tag(node.parentElement) !== 'HTML') {
      const parent: Element = node.parentElement;
      if (blockers.some((b) => parent.contains(b))) break;
      node = parent;
    }
    return node;
  };
  let cells = [...starts.values()];
  const claims = (node: Element) => markers.some((m) => node.contains(m));
  let nodes = cells.map((cell) => climb(cell, cells));
  // Another order's number printed with no claim of its own (a cart's other order, a previous order)
  // is no detail, and does not cut this one off from its withdraw block below it. Not while a claim's
  // printed status or date (not a search form's box) belongs to no number yet: it may be the claimless
  // number's (its order table apart from its claim table). Taking those away only lets the others climb
  // further, so once is enough.
  const core = hits.filter((h) => (h.field === 'status' || h.field === 'claimedOn') && h.valueCell && !isEditable(h.valueCell)).map((h) => h.cell);
  const allOwned = core.every((m) => nodes.some((node) => node.contains(m)));
  if (allOwned && nodes.some((node) => !claims(node))) {
    cells = cells.filter((_, i) => claims(nodes[i]!));
    nodes = cells.map((cell) => climb(cell, cells));
  } else if (!allOwned) nodes = pastOtherClaims(cells, nodes, core, climb, claims);
  return [...new Set(nodes.filter(claims))];
}

/**
 * A claim's status or date no number owns is a claimless number's (its order table apart from its claim
 * table), even past another order's box printed between them with a status of its own (a cart's other
 * order, "同一购物车的其他订单"): the claimless number climbs over it, and that box is part of this detail
 * (detail.ts reads nothing of it), not a detail of its own.
 */
function pastOtherClaims(cells: Element[], nodes: Element[], core: Element[], climb: (cell: Element, cells: Element[]) => Element, claims: (node: Element) => boolean): Element[] {
  const claimless = cells.filter((_, i) => !claims(nodes[i]!));
  const unowned = core.filter((m) => !nodes.some((node) => node.contains(m)));
  const out = [...nodes];
  for (const cell of claimless) {
    const wide = climb(cell, claimless);
    if (!unowned.some((m) => wide.contains(m))) continue;
    out[cells.indexOf(cell)] = wide;
    for (let i = 0; i < out.length; i++) if (out[i] !== wide && wide.contains(out[i]!)) out[i] = wide;
  }
  return out;
}

/**
 * The detail's own order-number label, among the numbers it prints: the one printed in a table with a
 * claim label (status, claim date, withdraw). Another order's number, printed with no claim of its own
 * (a cart's other order, a previous order), may come first. Undefined when no number is so printed.
 */
export function ownOrderNoHit<T extends LabelHit>(hits: readonly T[]): T | undefined {
  const others = otherClaims(hits);
  const main = claimStatusHit(hits)?.cell.closest('table');
  // A table printing a status of its own that is not the claim's (another order's "配送中", a cart's box).
  const statusTables = new Set(hits.filter((h) => h.field === 'status' && h.cell.closest('table') !== main).map((h) => h.cell.closest('table')));
  const tables = new Set(hits.filter((h) => CLAIM_MARKER_FIELDS.includes(h.field)).map((h) => h.cell.closest('table')));
  const printed = (h: T) => h.field === 'orderNo' && printsOrderNo(h) && !inOtherClaim(others, h.cell);
  const own = (h: T) => h.field === 'orderNo' && tables.has(h.cell.closest('table')) && printsOrderNo(h);
  return (
    hits.find((h) => printed(h) && !!main && h.cell.closest('table') === main) ??
    hits.find((h) => printed(h) && tables.has(h.cell.closest('table')) && !statusTables.has(h.cell.closest('table'))) ??
    // Beside another order's box, a number printed apart from the claim's tables (its order table) is this one's.
    (others.regions.length || statusTables.size ? hits.find((h) => printed(h) && !statusTables.has(h.cell.closest('table'))) : undefined) ??
    hits.find(own)
  );
}

/**
 * The cell that stands for a detail when asking whether the seller sees it: its order number's label.
 * Not the detail's element itself, which may be a wrapper the page hides while the layer inside sets
 * its visibility back.
 */
export function detailMarker(detailRoot: Element): Element {
  // A copy the detail keeps hidden (a print sheet before the shown one) does not stand for it, unless
  // the detail shows none (its table hidden, to be shown later).
  const marker = (hits: readonly LabelHit[]) => (ownOrderNoHit(hits) ?? hits.find((h) => h.field === 'orderNo'))?.cell;
  // Asked again of the same detail within one reading (the overlay, then the reader): kept with its scan.
  const scan = scanLabels(detailRoot);
  return (scan.marker ??= marker(kept(scan.hits, (h) => !isHiddenWithin(h.cell, detailRoot))) ?? marker(scan.hits) ?? detailRoot);
}

/**
 * Where a badge goes for one detail: beside the status value, else on the withdraw block, else beside
 * the order number; null when none of them can be found.
 */
export function findStatusAnchor(detailRoot: ParentNode): Element | null {
  try {
    return anchorOf(detailRoot);
  } catch {
    return null;
  }
}

function anchorOf(detailRoot: ParentNode): Element | null {
  const scan = scanLabels(detailRoot);
  // A label the seller sees first: a copy the page keeps hidden (a print view) comes before it in the markup.
  const hidden = (el: Element) => isHiddenWithin(el, detailRoot);
  const hits = [...scan.hits.filter((h) => !hidden(h.cell)), ...scan.hits.filter((h) => hidden(h.cell))];
  const headings = [...scan.headings.filter((h) => !hidden(h.el)), ...scan.headings.filter((h) => hidden(h.el))];
  const status = hits.find((h) => h.field === 'status' && h.valueCell && !isEditable(h.valueCell))?.valueCell;
  if (status) return status;
  const block = hits.find((h) => WITHDRAW_FIELDS.includes(h.field))?.cell ?? headings.find((h) => h.mark.type === 'withdraw-heading')?.el;
  if (block) return block.closest('table') ?? block;
  return hits.find((h) => h.field === 'orderNo')?.valueCell ?? null;
}

/**
 * A page with the claim grid (or any dhtmlx list): its search form and status summary name the same
 * things a detail does, and must not read as one.
 */
export const hasClaimGrid = (root: ParentNode) => !!root.querySelector('#__grid_ClaimGrid, div.objbox');
