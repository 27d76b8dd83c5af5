/**
 * The claim list grid (`#__grid_ClaimGrid`, dhtmlxGrid, domain.md §6/§8): header cells in div.xhdr's
 * table, data rows in div.objbox's table, both starting with a sizing row of empty cells. Columns are
 * found by header text in any language, never by position (sellers and QSM reorder them). Nothing is
 * merged here: a row shows less than a detail, and the content script merges it with what it knows.
 * Cost: one pass over the rows, a few textContent reads per row (a walk only in a cell with markup), no
 * querySelectorAll per row.
 */
import { fieldOfLabel, isNote, type Field } from './labels';
import { putFact, putStatus, toClaim, type Facts } from './facts';
import { cellsOf, isElement, rowsOf } from './scan';
import { cellText, cellValue, clean, isHiddenElement } from './text';
import type { GridRead, GridReadWithCells, GridRow } from './types';

const GRID_ID = '__grid_ClaimGrid';
// What a row can tell besides status and order number; a grid without a column simply leaves it out.
const ROW_FIELDS = ['cartNo', 'orderCountry', 'itemCode', 'shippedOn', 'carrier', 'trackingNo', 'claimedOn'] as const;

export function findClaimGrid(root: ParentNode): Element | null {
  return isElement(root) && root.id === GRID_ID ? root : root.querySelector(`#${GRID_ID}`);
}

// Marks a header may carry beside its name: sort arrows, and a note in brackets ("주문번호 (Qoo10)").
const SORT_ARROWS = /[▲▼△▽▴▾↑↓⇅⇵]/g;
const BRACKETED_NOTE = /[(（][^()（）]*[)）]\s*$/;

/**
 * The field a header cell names: its text; else its text without sort arrows and a bracketed note; else,
 * for a header that is only an icon, the name in its title (the header's accessible name).
 */
function fieldOfHeader(cell: Element): Field | undefined {
  const text = cell.textContent ?? '';
  const bare = text.replace(SORT_ARROWS, '').trim();
  const named = fieldOfLabel(text) ?? fieldOfLabel(bare) ?? fieldOfLabel(bare.replace(BRACKETED_NOTE, ''));
  if (named || bare) return named?.field;
  const title = cell.getAttribute('title') ?? cell.querySelector('[title]')?.getAttribute('title');
  return title ? fieldOfLabel(title)?.field : undefined;
}

const span = (cell: Element, name: 'colspan' | 'rowspan') => Math.max(1, Number(cell.getAttribute(name)) || 1);

/**
 * Column index of each known header. Cells spanning columns (colspan) shift the ones after them; in a
 * grouped header (dhtmlx attachHeader), a cell spanning rows (rowspan) holds its column in the rows
 * below, so their cells sit under their group, not at the left edge.
 */
function columnsOf(headerTable: Element): { columns: Map<Field, number>; width: number } {
  const columns = new Map<Field, number>();
  const heldFor: number[] = []; // per column: header rows a cell above still covers
  let width = 0;
  for (const row of rowsOf(headerTable)) {
    let col = 0;
    for (const cell of cellsOf(row)) {
      while ((heldFor[col] ?? 0) > 0) col++;
      // A column dhtmlx hides (setColumnHidden) keeps its cells, often a code behind a visible one.
      const field = isHiddenElement(cell) ? undefined : fieldOfHeader(cell);
      if (field && !columns.has(field)) columns.set(field, col);
      const wide = span(cell, 'colspan');
      for (let i = 0; i < wide; i++) heldFor[col + i] = span(cell, 'rowspan');
      col += wide;
    }
    width = Math.max(width, col);
    for (let i = 0; i < heldFor.length; i++) heldFor[i] = Math.max(0, (heldFor[i] ?? 0) - 1);
  }
  return { columns, width };
}

/** Where the grid shows each field a row is read for; status and order number are always there. */
interface RowColumns {
  status: number;
  orderNo: number;
  others: Array<[(typeof ROW_FIELDS)[number], number]>;
  /** How many columns the header has: a claim row has a cell for each. */
  width: number;
}

/** Whether any element in the cell holds something: our own badge host is empty (its content lives in a shadow root). */
function holdsMarkup(cell: Element): boolean {
  for (let el = cell.firstElementChild; el; el = el.nextElementSibling) if (el.firstChild) return true;
  return false;
}

/**
 * What a cell says to the seller. Most cells hold the wording alone (read in one call); one with markup
 * may also hide a tooltip (display:none) or a script, which the seller does not read, or end in a link
 * such as "配送追跡" after a carrier. A wording inside a control (a button) is still its wording.
 */
function shownText(cell: Element | undefined): string {
  if (!cell || !holdsMarkup(cell)) return cellText(cell);
  return cellValue(cell, isNote) || cellText(cell);
}

/** A short row's cells by column: a cell spanning columns (colspan) stands in each of them. */
function byColumn(cells: HTMLCollection): Element[] {
  const out: Element[] = [];
  for (const cell of Array.from(cells)) for (let n = span(cell, 'colspan'); n > 0; n--) out.push(cell);
  return out;
}

const spansColumns = (cell: Element | undefined) => !!cell && span(cell, 'colspan') > 1;

/** One data row; a string (the problem) when it has no status cell; null for a row that is no claim. */
function readRow(tr: Element, columns: RowColumns, rowNumber: number): GridRow | string | null {
  // dhtmlx rows hold only cells, one per column: index them directly, no per-row query. A row with fewer
  // cells has some spanning columns ("-" across the delivery columns of a cancel).
  let cells: ArrayLike<Element> = tr.children;
  if (cells.length < columns.width) {
    cells = byColumn(tr.children);
    // One cell across the status or order-number column is the grid talking, not a claim: dhtmlx's group
    // header ("退货:处理要求 (3)"), the "no results" line, a total or pager line. A row merely cut short
    // is not one: it is a claim row that cannot be read.
    if (spansColumns(cells[columns.status]) || spansColumns(cells[columns.orderNo])) return null;
  }
  const statusCell = cells[columns.status];
  const statusText = shownText(statusCell);
  const orderText = cellText(cells[columns.orderNo]);
  // The sizing row (and any spacer row) has no text at all: not a data row.
  if (!statusText && !orderText && !clean(tr.textContent ?? '')) return null;
  if (!statusCell) return `row ${rowNumber}: no status cell`;
  const facts: Facts = {};
  const warnings: string[] = [];
  putFact(facts, 'orderNo', orderText, warnings);
  for (const [field, col] of columns.others) putFact(facts, field, shownText(cells[col]), warnings);
  const statusProblems: string[] = [];
  const status = putStatus(facts, statusText, statusProblems);
  const row: GridRow = { tr, statusCell, rowNumber, facts };
  if (warnings.length) row.warnings = warnings;
  // A date that cannot exist (2026/02/29) says the row is not what it seems: a grid's cells are placed by
  // column, and one out of place would put other values in the wrong fields too. No verdict is drawn from
  // it (issue #3, bad input). A detail's values sit beside their labels, so there only the date is left
  // out. An empty or "-" date cell is only a date not there yet, and is left out.
  const impossible = warnings.find((w) => w.startsWith('invalid-date:'));
  if (!facts.orderNo) row.problem = `row ${rowNumber}: no readable order number`;
  else if (impossible) {
    row.problem = `row ${rowNumber}: impossible date in ${impossible.slice('invalid-date:'.length)}`;
    // Nothing else in the row is taken either: not its status, which an earlier reading could complete.
    row.facts = { orderNo: facts.orderNo };
  }
  else if (!status) row.problem = `row ${rowNumber}: ${statusProblems[0] ?? 'unreadable status'}`;
  else if (!facts.kind) row.problem = `row ${rowNumber}: status names only the withdraw state (claim kind unknown)`;
  else row.claim = toClaim(facts);
  return row;
}

/**
 * Every data row of the claim grid with its `tr` and status cell, so a content script can mount one
 * badge per row. Rows that could not be read are listed too (with `problem`), when they have a status cell.
 */
export function readClaimListWithCells(root: ParentNode): GridReadWithCells {
  try {
    const grid = findClaimGrid(root);
    if (!grid) return { found: false, rows: [], problems: [] };
    const header = grid.querySelector('div.xhdr table');
    const body = grid.querySelector('div.objbox table');
    if (!header || !body) return { found: true, rows: [], problems: ['grid: header or body table not found'] };
    const { columns: found, width } = columnsOf(header);
    const missing = (['status', 'orderNo'] as const).filter((f) => !found.has(f));
    if (missing.length) return { found: true, rows: [], problems: [`grid: no ${missing.join(' / ')} column among the headers`] };
    const columns: RowColumns = {
      status: found.get('status')!,
      orderNo: found.get('orderNo')!,
      others: ROW_FIELDS.flatMap((field) => (found.has(field) ? [[field, found.get(field)!] as [typeof field, number]] : [])),
      width,
    };
    const rows: GridRow[] = [];
    const problems: string[] = [];
    let rowNumber = 0;
    for (const tr of rowsOf(body)) {
      const read = readRow(tr, columns, rowNumber + 1);
      if (read === null) continue;
      rowNumber++;
      if (typeof read === 'string') problems.push(read);
      else {
        rows.push(read);
        if (read.problem) problems.push(read.problem);
      }
    }
    return { found: true, rows, problems };
  } catch (error) {
    return { found: false, rows: [], problems: [`grid: reader error ${error instanceof Error ? error.name : ''}`.trim()] };
  }
}

/** The claims the grid shows, and one problem per row that could not be read. Never throws. */
export function readClaimList(root: ParentNode): GridRead {
  try {
    const { rows, problems } = readClaimListWithCells(root);
    return { rows: rows.flatMap((r) => (r.claim ? [r.claim] : [])), problems };
  } catch {
    return { rows: [], problems: ['grid: reader error'] };
  }
}
