/**
 * Whether a page looks like a claim detail even when its labels cannot be read (issue #3: say "could
 * not read" rather than nothing, so a QSM layout change gets reported). Only the page's own words count:
 * a claim wording beside an order-number wording, a status cell that reads as a claim status, or a
 * button only the withdraw block has. On the grid page only a detail with known labels counts: its
 * search form names the same things.
 */
import { LOOSE_CLAIM_WORDS, LOOSE_ORDER_WORDS, fieldOfLabel } from './labels';
import { findDetailRoots, hasClaimGrid, isLoginDocument } from './roots';
import { cellsOf, isHeaderRow, rowsOf, scanLabels, scanMarks, type MarkHit } from './scan';
import { readStatus } from './statuses';
import { cellText, isEditable, labelKey } from './text';

const LABEL_MAX = 40; // longer text is a layout cell, a value or a sentence, not a label

/**
 * Takes label texts one by one and answers whether an order-number wording and a claim wording have both
 * been seen: a table's 订购号码 and a heading's 撤回索赔信息 outside it count together.
 */
type Wordings = (label: string) => boolean;
function bothWordings(): Wordings {
  let order = false;
  let claim = false;
  return (label) => {
    const key = labelKey(label);
    order ||= LOOSE_ORDER_WORDS.some((w) => key.includes(labelKey(w)));
    claim ||= LOOSE_CLAIM_WORDS.some((w) => key.includes(labelKey(w)));
    return order && claim;
  };
}

// Send (naming the claim's kind), cancel and re-request appear only in a claim's withdraw block; the
// generic "撤回要请" is left out: a menu link can say it on any page.
const isWithdrawButton = ({ mark }: MarkHit) => mark.type === 'cancel' || mark.type === 'reRequest' || (mark.type === 'send' && !!mark.kind);

/**
 * A list: a head row naming two or more columns (th only; a title row has one) over rows of values. Rows
 * that start with a th under it are labels: a "項目 | 内容" head over a label table is no list.
 */
function isList(table: Element): boolean {
  const head = table.querySelector(':scope > thead > tr:last-child') ?? rowsOf(table)[0];
  const first = rowsOf(table).find((row) => row !== head);
  return !!head && isHeaderRow(cellsOf(head)) && !(first && cellsOf(first)[0]?.tagName.toUpperCase() === 'TH');
}

/** Label cells of the page's tables: an order and a claim wording, or a status label before a claim status. */
function tablesSayClaim(root: ParentNode, seen: Wordings): boolean {
  for (const table of scanLabels(root).tables) {
    // A list's column headers name columns, not this page's fields, and its cells are values (a claim
    // history's "Withdrawal Requested"); a label before an editable box belongs to a search form (also on
    // the claim page before its grid has rendered).
    if (isList(table)) continue;
    for (const cells of rowsOf(table).map(cellsOf)) {
      if (isHeaderRow(cells)) continue;
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i]!;
        const next = cells[i + 1];
        if (isEditable(cell) || (next && isEditable(next))) continue;
        const text = cell.textContent ?? '';
        if (text.length > LABEL_MAX) continue;
        if (next && fieldOfLabel(text)?.field === 'status' && readStatus(cellText(next))) return true;
        if (seen(text)) return true;
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
function blocksSayClaim(root: ParentNode, seen: Wordings): boolean {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const start: Node = (root as Document).body ?? (root as Node);
  const walker = doc.createTreeWalker(start, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.nodeType === 1 && SKIPPED.has((node as Element).tagName.toUpperCase()) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    const label = node.parentElement;
    // A label is an element's whole text, never a phrase in prose ("… with the order number.").
    const text = (label?.textContent ?? '').trim();
    if (!label || !text || text.length > LABEL_MAX || label.closest('p')) continue;
    const after = label.nextElementSibling;
    if (after && (isEditable(after) || after.matches('input, select, textarea'))) continue;
    if (seen(text)) return true;
  }
  return false;
}

export function looksLikeClaimDetail(root: ParentNode): boolean {
  try {
    if (isLoginDocument(root)) return false;
    if (findDetailRoots(root).length) return true;
    if (hasClaimGrid(root)) return false;
    const marks = scanMarks(root);
    if (marks.some(isWithdrawButton)) return true;
    const seen = bothWordings();
    // The withdraw block's heading (a caption or legend too) is a claim wording wherever it stands.
    for (const { el, mark } of marks) if (mark.type === 'withdraw-heading') seen(el.textContent ?? '');
    return tablesSayClaim(root, seen) || blocksSayClaim(root, seen);
  } catch {
    return false;
  }
}
