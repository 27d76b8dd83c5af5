/**
 * Where the seller writes to the buyer (domain.md §1, §4): the 卖家留言 boxes of a claim detail (the
 * claim block's and the withdraw block's) and the body of the memo form (给客户发送纸条), with its title
 * field. Found by their labels, like every other field, so a ready message can be put beside them.
 */
import { cellsOf, isElement, rowsOf, scanLabels } from './scan';
import { cellValue, findNumber } from './text';
import { isNote } from './labels';

type Hit = ReturnType<typeof scanLabels>['hits'][number];

export interface MessageBox {
  /** The box a message goes into. */
  textarea: HTMLTextAreaElement;
  /** The cell holding it: where the message helper sits. */
  cell: Element;
  kind: 'seller-message' | 'buyer-memo';
  /** The memo form's title field, when there is one. */
  title?: HTMLInputElement;
  /** The order number a memo form names in its own field. */
  orderNo?: string;
  /** The item code a memo form shows beside it. */
  itemCode?: string;
}

const isTextarea = (el: Element | null | undefined): el is HTMLTextAreaElement => !!el && el.tagName.toUpperCase() === 'TEXTAREA';

/** How many ancestors two elements share: the more, the nearer they sit in the page. */
function shared(a: Element, b: Element): number {
  let depth = 0;
  for (let el: Element | null = a; el; el = el.parentElement) if (el.contains(b)) depth++;
  return depth;
}

/**
 * The hit for `field` nearest the memo form's body: a claim list over the form has its own order-number
 * search box (holding the number searched for), which is not the order the memo is about.
 */
const nearest = (hits: readonly Hit[], field: string, body: Element): Hit | undefined =>
  hits.filter((h) => h.field === field && h.valueCell).sort((a, b) => shared(b.valueCell!, body) - shared(a.valueCell!, body))[0];

/** A visible field: ASP.NET pages start cells with hidden inputs QSM posts back. */
const fieldIn = (cell: Element | undefined) => cell?.querySelector('input:not([type=hidden])') as HTMLInputElement | null | undefined;

/** A number a memo form holds beside its label, as its own field's live value (QSM's script refills the form for the next order) or as text. */
function formNumber(hits: readonly Hit[], field: 'orderNo' | 'itemCode', body: Element): string | undefined {
  const cell = nearest(hits, field, body)?.valueCell;
  if (!cell) return undefined;
  const input = fieldIn(cell);
  return findNumber(input ? input.value : cellValue(cell, isNote));
}

function memoBox(hits: readonly Hit[], textarea: HTMLTextAreaElement, cell: Element, title: HTMLInputElement | null | undefined): MessageBox {
  const orderNo = formNumber(hits, 'orderNo', cell);
  const itemCode = formNumber(hits, 'itemCode', cell);
  return { textarea, cell, kind: 'buyer-memo', ...(title ? { title } : {}), orderNo, ...(itemCode ? { itemCode } : {}) };
}

export function findMessageBoxes(root: ParentNode): MessageBox[] {
  const { hits, tables } = scanLabels(root);
  const boxes: MessageBox[] = [];
  for (const hit of hits) {
    const textarea = hit.valueCell?.querySelector('textarea');
    if (!hit.valueCell || !isTextarea(textarea) || textarea.disabled || textarea.readOnly) continue;
    if (hit.field === 'sellerMessage') boxes.push({ textarea, cell: hit.valueCell, kind: 'seller-message' });
    if (hit.field === 'memoBody') boxes.push(memoBox(hits, textarea, hit.valueCell, fieldIn(nearest(hits, 'memoTitle', hit.valueCell)?.valueCell)));
  }
  // A memo form's body may sit alone in the row under its title row, with no label of its own.
  if (!boxes.some((b) => b.kind === 'buyer-memo')) {
    const titleHit = hits.find((h) => h.field === 'memoTitle' && fieldIn(h.valueCell));
    const table = titleHit && tables.find((t) => t.contains(titleHit.cell));
    const rows = table ? rowsOf(table) : [];
    const after = rows.slice(rows.findIndex((r) => r.contains(titleHit!.cell)) + 1);
    for (const row of after) {
      const cell = cellsOf(row).find((c) => isTextarea(c.querySelector('textarea')));
      const textarea = cell?.querySelector('textarea');
      if (cell && isTextarea(textarea) && isElement(cell)) {
        boxes.push(memoBox(hits, textarea, cell, fieldIn(titleHit!.valueCell)));
        break;
      }
    }
  }
  return boxes;
}

/**
 * Puts a message into QSM's box as typing would, then input, change and keyup (QSM's counters and
 * validators listen to these). An empty box gets the message through the native value setter (so a
 * script watching the property sees it). A box holding text keeps it: the message goes in at the caret,
 * in place of the selection if there is one; never a silent wipe of what the seller wrote. Refused, changing nothing, when the box's text would then be longer than its maxlength.
 */
export function fillMessageBox(box: MessageBox, message: { subject?: string; body: string }): boolean {
  const { textarea } = box;
  // Only blank space in the box (a line QSM left) is nothing the seller wrote.
  const kept = textarea.value.trim() ? textarea.value : '';
  // In place of the selection, as a paste would; else at the caret, on lines of its own (after the
  // seller's greeting, before their closing). A caret at the very start is where a box holding the page's
  // text keeps it until the seller clicks into it: then after the text, not before the seller's greeting.
  const start = Math.min(textarea.selectionStart ?? kept.length, kept.length);
  const end = Math.max(start, Math.min(textarea.selectionEnd ?? kept.length, kept.length));
  const selected = end > start;
  const [from, to] = selected ? [start, end] : end === 0 ? [kept.length, kept.length] : [start, end];
  const lineBefore = !selected && from > 0 && kept[from - 1] !== '\n' ? '\n' : '';
  const lineAfter = !selected && to < kept.length && kept[to] !== '\n' && !message.body.endsWith('\n') ? '\n' : '';
  const body = lineBefore + message.body + lineAfter;
  if (textarea.maxLength >= 0 && kept.length - (to - from) + body.length > textarea.maxLength) return false;
  const view = textarea.ownerDocument.defaultView;
  const announce = (field: HTMLTextAreaElement | HTMLInputElement) => {
    for (const type of ['input', 'change']) field.dispatchEvent(new (view?.Event ?? Event)(type, { bubbles: true }));
    field.dispatchEvent(new (view?.KeyboardEvent ?? KeyboardEvent)('keyup', { bubbles: true }));
  };
  const fill = (field: HTMLTextAreaElement | HTMLInputElement, text: string) => {
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
    if (setter) setter.call(field, text);
    else field.value = text;
    announce(field);
  };
  if (box.title && message.subject && !box.title.value.trim()) fill(box.title, message.subject);
  if (kept) {
    textarea.setRangeText(body, from, to, 'end');
    announce(textarea);
  } else {
    fill(textarea, message.body);
  }
  textarea.focus({ preventScroll: true });
  return true;
}
