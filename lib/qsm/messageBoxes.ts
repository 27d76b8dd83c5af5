/**
 * Where the seller writes to the buyer (domain.md §1, §4): the 卖家留言 boxes of a claim detail (the
 * claim block's and the withdraw block's) and the body of the memo form (给客户发送纸条), with its title
 * field. Found by their labels, like every other field, so a ready message can be put beside them.
 */
import { cellsOf, isElement, rowsOf, scanLabels } from './scan';
import { cellValue, findNumber } from './text';
import { isNote } from './labels';

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
}

const isTextarea = (el: Element | null | undefined): el is HTMLTextAreaElement => !!el && el.tagName.toUpperCase() === 'TEXTAREA';

/** The order number a memo form holds in an input beside its order-number label. */
function formOrderNo(hits: ReturnType<typeof scanLabels>['hits']): string | undefined {
  const cell = hits.find((h) => h.field === 'orderNo')?.valueCell;
  if (!cell) return undefined;
  const input = cell.querySelector('input');
  return findNumber(input ? (input.getAttribute('value') ?? (input as HTMLInputElement).value ?? '') : cellValue(cell, isNote));
}

export function findMessageBoxes(root: ParentNode): MessageBox[] {
  const { hits, tables } = scanLabels(root);
  const boxes: MessageBox[] = [];
  for (const hit of hits) {
    const textarea = hit.valueCell?.querySelector('textarea');
    if (!hit.valueCell || !isTextarea(textarea) || textarea.disabled || textarea.readOnly) continue;
    if (hit.field === 'sellerMessage') boxes.push({ textarea, cell: hit.valueCell, kind: 'seller-message' });
    if (hit.field === 'memoBody') {
      const titleCell = hits.find((h) => h.field === 'memoTitle')?.valueCell;
      const title = titleCell?.querySelector('input:not([type=hidden])') as HTMLInputElement | null;
      boxes.push({ textarea, cell: hit.valueCell, kind: 'buyer-memo', ...(title ? { title } : {}), orderNo: formOrderNo(hits) });
    }
  }
  // A memo form's body may sit alone in the row under its title row, with no label of its own.
  if (!boxes.some((b) => b.kind === 'buyer-memo')) {
    const titleHit = hits.find((h) => h.field === 'memoTitle' && h.valueCell?.querySelector('input'));
    const table = titleHit && tables.find((t) => t.contains(titleHit.cell));
    const rows = table ? rowsOf(table) : [];
    const after = rows.slice(rows.findIndex((r) => r.contains(titleHit!.cell)) + 1);
    for (const row of after) {
      const cell = cellsOf(row).find((c) => isTextarea(c.querySelector('textarea')));
      const textarea = cell?.querySelector('textarea');
      if (cell && isTextarea(textarea) && isElement(cell)) {
        const title = titleHit!.valueCell!.querySelector('input') as HTMLInputElement;
        boxes.push({ textarea, cell, kind: 'buyer-memo', title, orderNo: formOrderNo(hits) });
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
