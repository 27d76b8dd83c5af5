/**
 * A list of earlier withdraw requests beside the withdraw block (a head row of 撤回要請日 | 保留日 | … over
 * a row per request). The page model reads the block; the list only adds what the block cannot show once
 * it is back to "not sent": the day the buyer last refused, which starts a 5-day cooldown (§3.6) that a
 * verdict of "you may ask now" would break.
 */
import { fieldOfLabel } from './labels';
import { cellsOf, rowsOf } from './scan';
import { findDate, findNumber, numberValue, visibleText } from './text';

/** The rows under a list's head row in its table: those after it, in its own table only. */
function rowsBelow(head: Element): Element[] {
  const table = head.closest('table');
  if (!table) return [];
  const rows = rowsOf(table);
  const at = rows.indexOf(head);
  // A head row in <thead> is not among the body rows: every body row is below it.
  return at < 0 ? rows : rows.slice(at + 1);
}

/**
 * The latest refusal day (YYYY-MM-DD) the lists show for order `orderNo`, if any. A list naming orders
 * (a cart's other orders with their refusals) counts only this order's rows.
 */
export function latestListedRefusal(heads: readonly Element[], orderNo: string | undefined): string | undefined {
  let latest: string | undefined;
  for (const head of heads) {
    const names = cellsOf(head).map((cell) => fieldOfLabel(visibleText(cell, () => false))?.field);
    const column = names.indexOf('withdrawHeldOn');
    const orders = names.indexOf('orderNo');
    if (column < 0) continue;
    for (const row of rowsBelow(head)) {
      const cells = cellsOf(row);
      // A row laid out otherwise (a note across the list) has no cell under the header.
      if (cells.length !== names.length) continue;
      if (orders >= 0 && findNumber(numberValue(cells[orders]!, () => false)) !== orderNo) continue;
      const day = findDate(cells[column]!.textContent ?? '')?.day;
      if (day && (!latest || day > latest)) latest = day;
    }
  }
  return latest;
}
