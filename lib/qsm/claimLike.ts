/**
 * Whether a page looks like a claim detail even when its labels cannot be read (issue #3: say "could
 * not read" rather than nothing, so a QSM layout change gets reported). Only the page's own words count:
 * a claim wording beside an order-number wording, a status cell that reads as a claim status, or a
 * button only the withdraw block has. On the grid page only a detail with known labels counts: its
 * search form names the same things.
 */
import { LOOSE_CLAIM_WORDS, LOOSE_ORDER_WORDS, fieldOfLabel } from './labels';
import { findDetailRoots, hasClaimGrid, isLoginDocument } from './roots';
import { cellsOf, isHeaderRow, rowsOf, scanLabels, scanMarks } from './scan';
import { readStatus } from './statuses';
import { cellText, isEditable, labelKey } from './text';

const LABEL_MAX = 40; // longer text is a layout cell, a value or a sentence, not a label
const orderWord = (key: string) => LOOSE_ORDER_WORDS.some((w) => key.includes(labelKey(w)));
const claimWord = (key: string) => LOOSE_CLAIM_WORDS.some((w) => key.includes(labelKey(w)));

// Send (naming the claim's kind), cancel and re-request appear only in a claim's withdraw block; the
// generic "撤回要请" is left out: a menu link can say it on any page.
const hasWithdrawButton = (root: ParentNode) =>
  scanMarks(root).some((m) => m.mark.type === 'cancel' || m.mark.type === 'reRequest' || (m.mark.type === 'send' && !!m.mark.kind));

/** Label cells of the page's tables: an order and a claim wording, or a status label before a claim status. */
function tablesSayClaim(root: ParentNode): boolean {
  let order = false;
  let claim = false;
  for (const table of scanLabels(root).tables) {
    // A list's column headers (a row of th only) name columns, not this page's fields; a label before an
    // editable box belongs to a search form (also on the claim page before its grid has rendered).
    for (const cells of rowsOf(table).map(cellsOf)) {
      if (isHeaderRow(cells)) continue;
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i]!;
        const next = cells[i + 1];
        if (isEditable(cell) || (next && isEditable(next))) continue;
        const text = cell.textContent ?? '';
        if (text.length > LABEL_MAX) continue;
        if (next && fieldOfLabel(text)?.field === 'status' && readStatus(cellText(next))) return true;
        const key = labelKey(text);
        order ||= orderWord(key);
        claim ||= claimWord(key);
        if (order && claim) return true;
      }
    }
  }
  return false;
}

const SKIPPED = new Set(['TABLE', 'A', 'SELECT', 'TEXTAREA', 'BUTTON', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Short texts outside tables (a detail laid out in dl / div / li): an order and a claim wording. A text
 * just before a form control labels a search or inquiry form's box; links are menus and help; a
 * paragraph is prose (a notice explaining withdraw requests names both).
 */
function blocksSayClaim(root: ParentNode): boolean {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const start: Node = (root as Document).body ?? (root as Node);
  const walker = doc.createTreeWalker(start, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.nodeType === 1 && SKIPPED.has((node as Element).tagName.toUpperCase()) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let order = false;
  let claim = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    const label = node.parentElement;
    // A label is an element's whole text, never a phrase in prose ("… with the order number.").
    const text = (label?.textContent ?? '').trim();
    if (!label || !text || text.length > LABEL_MAX || label.closest('p')) continue;
    const after = label.nextElementSibling;
    if (after && (isEditable(after) || after.matches('input, select, textarea'))) continue;
    const key = labelKey(text);
    order ||= orderWord(key);
    claim ||= claimWord(key);
    if (order && claim) return true;
  }
  return false;
}

export function looksLikeClaimDetail(root: ParentNode): boolean {
  try {
    if (isLoginDocument(root)) return false;
    if (findDetailRoots(root).length) return true;
    if (hasClaimGrid(root)) return false;
    return hasWithdrawButton(root) || tablesSayClaim(root) || blocksSayClaim(root);
  } catch {
    return false;
  }
}
