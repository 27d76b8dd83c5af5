/**
 * Lines of a claim grid that are not one claim each: a totals line laid out cell by cell, a tree grid's
 * cart line over its orders, and the later lines of an order printed over two (its number spanning them).
 */
import { byColumn } from './gridColumns';
import { cellText, findDate, findNumber, isNoValue } from './text';

/** A line that names no day and no order, cart or item number anywhere: a count, not a claim. */
export function isTotalsLine(cells: ArrayLike<Element>): boolean {
  const text = Array.from(cells, (cell) => cell.textContent ?? '').join(' ');
  return !findNumber(text) && !findDate(text);
}

const CART_LINE = /장바구니|カート|购物车|購物車|\bcart\b/i;
/**
 * A tree grid's cart line over its orders ("장바구니 318204415 (2건)" in the order-number column): it names
 * a cart and no order (an order number is 10 digits), whatever its status cell says.
 */
export const isCartLine = (orderText: string) => CART_LINE.test(orderText) && !/\d{10}/.test(orderText);

const blankCell = (cell: Element | undefined) => !cell || isNoValue(cellText(cell));

/**
 * Whether line `j` is a claim of its own though its order number spans it: an order's items listed a
 * line each (the order's cells spanning them), each line with an item code of its own.
 */
export function ownItemLine(rows: Element[][], j: number, item: number | undefined): boolean {
  if (item === undefined || j === 0 || j >= rows.length) return false;
  const [cell, above] = [rows[j]![item], rows[j - 1]![item]];
  return !!cell && cell !== above && !blankCell(cell) && cellText(cell) !== (above ? cellText(above) : '');
}

/** Row `i`'s cells, an empty one filled from the lines below that belong to the same order (and item). */
export function withLinesBelow(rows: Element[][], i: number, orderNo: number, item?: number): Element[] {
  const cells = rows[i]!;
  let merged: Element[] | undefined;
  for (let j = i + 1; j < rows.length && rows[j]![orderNo] === cells[orderNo] && !ownItemLine(rows, j, item); j++) {
    rows[j]!.forEach((cell, c) => {
      if (blankCell((merged ?? cells)[c]) && !blankCell(cell)) (merged ??= [...cells])[c] = cell;
    });
  }
  return merged ?? cells;
}

/** Whether a later line of the order shows a status of its own beside the first line's: which holds is not guessed. */
export function linesDisagree(rows: Element[][], i: number, orderNo: number, status: number, item?: number): boolean {
  const first = rows[i]![status];
  for (let j = i + 1; j < rows.length && rows[j]![orderNo] === rows[i]![orderNo] && !ownItemLine(rows, j, item); j++) {
    const cell = rows[j]![status];
    if (cell && cell !== first && !blankCell(cell) && cellText(cell) !== cellText(first)) return true;
  }
  return false;
}

/**
 * What a cell holds, to tell whether a row's cells stand under their own headers: nothing, a date (with
 * a time or not), a number of so many digits (an order number has 10, a cart number 9), or words.
 */
function shapeOf(cell: Element): string {
  const text = cellText(cell);
  if (isNoValue(text)) return '';
  const date = findDate(text);
  return date ? `d${date.printed.length > 10}` : `n${findNumber(text)?.length ?? 't'}`;
}

/** Each column's shapes in the grid's first 50 claim rows with a cell for every column (none: nothing to compare). */
export function columnShapes(rows: readonly Element[], width: number): Array<Set<string>> {
  const shapes: Array<Set<string>> = [];
  let full = 0;
  for (let i = 0; i < rows.length && full < 50; i++) {
    const cells = byColumn(rows[i]!.children);
    const seen = cells.map(shapeOf);
    // The sizing row and spacer rows hold nothing: no claim row's shapes.
    if (cells.length < width || !seen.some(Boolean)) continue;
    full++;
    seen.forEach((shape, c) => (shapes[c] ??= new Set()).add(shape));
  }
  return shapes;
}

/** Whether a row with cells missing still has each of its values under a column that holds such values. */
export const linedUp = (cells: ArrayLike<Element>, shapes: Array<Set<string>>) =>
  !shapes.length ||
  Array.prototype.every.call(cells, (cell: Element, c: number) => {
    const shape = shapeOf(cell);
    return !shape || !!shapes[c]?.has(shape);
  });
