/**
 * The claim list grid (`#__grid_ClaimGrid`, dhtmlxGrid, domain.md §6/§8): header cells in div.xhdr's
 * table, data rows in div.objbox's table, both starting with a sizing row of empty cells. Columns are
 * found by header text in any language, never by position (sellers and QSM reorder them). Nothing is
 * merged here: a row shows less than a detail, and the content script merges it with what it knows.
 * Cost: one pass over the rows, a few textContent reads per row (a walk only in a cell with markup), no
 * querySelectorAll per row.
 */
import { POLICY, type WithdrawInfo } from '../rules';
import { addJstDays, notedInZone } from '../time';
import { isNote } from './labels';
import { NUMBER_FIELDS, putFact, putStatus, toClaim, type Facts } from './facts';
import { readStatus, saysNothingAgainst } from './statuses';
import { byColumn, layoutOf, span, type RowColumns } from './gridColumns';
import { columnShapes, isCartLine, isTotalsLine, linedUp, linesDisagree, ownItemLine, withLinesBelow } from './gridLines';
import { isElement } from './scan';
import { isHiddenElement } from './hidden';
import { cellText, cellValue, clean, cutNote, findDate, findNumber, imageName, numberValue, visibleText } from './text';
import type { GridRead, GridReadWithCells, GridRow } from './types';

const GRID_ID = '__grid_ClaimGrid';

export function findClaimGrid(root: ParentNode): Element | null {
  return isElement(root) && root.id === GRID_ID ? root : root.querySelector(`#${GRID_ID}`);
}

/**
 * Whether any element in the cell holds something (our own badge host is empty: its content lives in a
 * shadow root), or breaks its line: "1040000001<br>300000001" is two numbers, not one text run.
 */
function holdsMarkup(cell: Element): boolean {
  for (let el = cell.firstElementChild; el; el = el.nextElementSibling) if (el.firstChild || el.tagName === 'BR') return true;
  return false;
}

/**
 * What a cell says to the seller. Most cells hold the wording alone (read in one call); one with markup
 * may also hide a tooltip (display:none) or a script, which the seller does not read, or end in a link
 * such as "配送追跡" after a carrier. A wording inside a control (a button) is still its wording.
 */
function shownText(cell: Element | undefined): string {
  // A cell with no text may hold a value in a control (an inline editor's input) or an image's name.
  if (!cell || !holdsMarkup(cell)) return cellText(cell) || (cell?.firstElementChild ? servedValue(cell) || imageName(cell) : '');
  // Text beside a control is the value and the control an action ("반품요청 [처리선택 ▼]"); a control
  // alone (a status select, a button) holds it.
  return cutNote(visibleText(cell, isNote)) || cellValue(cell, isNote) || cellText(cell);
}

/** A control's value as the page was served: an inline editor's value attribute, not what is being typed. */
function servedValue(cell: Element): string {
  const input = cell.querySelector('input:not([type=hidden]):not([type=checkbox])');
  return input ? clean(input.getAttribute('value') ?? '') : cellValue(cell, isNote);
}

/**
 * A number as shown (an order, cart or item number): a link may hide the cart number right after the
 * order's ("1063418275<span hidden>817402913</span>"), left out; digits split over elements or lines
 * ("10421<wbr>24683", "7359<br>20204") are one number; two numbers a line apart are two.
 */
function numberText(cell: Element | undefined): string {
  return cell && holdsMarkup(cell) ? numberValue(cell, isNote) : cellText(cell);
}

/**
 * What the withdraw columns tell by their dates alone (§8: dates decide): a refusal's day not older than
 * the request's is a refusal; a request's day with the live deadline it gives (its 7th day: a preview
 * would be today's) is a request out. A request's day alone may be a request the seller cancelled
 * since: undefined.
 */
function toldByDates(sentOn?: string, heldOn?: string, deadline?: string): WithdrawInfo | undefined {
  const dates = { ...(sentOn && { requestedOn: sentOn }), ...(heldOn && { heldOn }) };
  if (heldOn && !(sentOn && sentOn > heldOn)) return { state: 'held', ...dates };
  const deadlineDay = deadline && findDate(deadline)?.day;
  if (sentOn && deadlineDay && deadlineDay === addJstDays(sentOn, POLICY.buyerWindowDays - 1)) return { state: 'requested', ...dates, deadlineShown: deadline };
  return undefined;
}

/**
 * A grid's withdraw columns go with the withdraw state the status names: the request day with it, the
 * refusal's day with a refused or a pending request, the deadline with a pending request only. The dates
 * tell the state when they can (toldByDates), beside any status; beside a status naming no withdraw
 * state a deadline may be a preview (§8) and says nothing, and a request or refusal day says a request
 * was sent, but not whether it is out, refused or cancelled: false, the row is not judged (on a claim
 * still at its request stage, where that decides).
 */
function withdrawDates(facts: Facts): boolean {
  const { withdrawRequestedOn: sentOn, withdrawHeldOn: heldOn, responseDeadline: deadline, withdrawUndated: undated } = facts;
  delete facts.withdrawRequestedOn;
  delete facts.withdrawHeldOn;
  delete facts.responseDeadline;
  delete facts.withdrawUndated;
  // Beside a status naming the withdraw state too, a status left behind by both days (返品:撤回要請 with a
  // later refusal day) gives way to them; a refusal day alone may be one before the request the status names.
  const told = !undated ? toldByDates(sentOn, heldOn, deadline) : undefined;
  if (told && (!facts.withdraw || (sentOn && heldOn && told.state !== facts.withdraw.state))) facts.withdraw = told;
  const w = facts.withdraw;
  // Past the request stage, or on a non-receipt, no withdraw state changes the verdict (§3.2).
  if (!w) return (!sentOn && !heldOn && !undated) || facts.stage !== 'requested' || facts.kind === 'nonReceipt';
  if (sentOn) w.requestedOn = sentOn;
  // A refusal's day beside a request: an earlier request refused (a re-request), or this one (the dates
  // decide, lib/rules); either way the buyer refused that day.
  if (heldOn && (w.state === 'held' || w.state === 'requested')) w.heldOn = heldOn;
  if (deadline && w.state === 'requested') w.deadlineShown = deadline;
  return true;
}

/**
 * A status cell: its text; a shown select beside it that states a status (a chosen option, not a
 * prompt) as well, when the text says none. Text and select stating different statuses: undefined, the
 * row is unknown rather than one of the two guessed.
 */
function statusOf(cell: Element | undefined): string | undefined {
  const shown = shownText(cell);
  // Most status cells are a plain wording: no query for them (1,000 rows).
  if (!cell || !holdsMarkup(cell)) return shown;
  const option = cell.querySelector('option[selected]');
  const select = option?.closest('select');
  const stated = option && select && !isHiddenElement(select) && option.getAttribute('value') !== '' ? clean(option.textContent ?? '') : '';
  const [text, set] = [readStatus(shown), readStatus(stated)];
  if (!set) return shown;
  if (!text) return stated;
  return saysNothingAgainst(text, set) ? shown : undefined;
}


const spansColumns = (cell: Element | undefined) => !!cell && span(cell, 'colspan') > 1;


/** One data row; a string (the problem) when it has no status cell; null for a row that is no claim. */
function readRow(
  tr: Element,
  rowCells: ArrayLike<Element>,
  joined: boolean,
  columns: RowColumns,
  rowNumber: number,
  shapes: () => Array<Set<string>>,
): GridRow | string | null {
  // dhtmlx rows hold only cells, one per column: index them directly, no per-row query. A row with fewer
  // cells has some spanning columns ("-" across the delivery columns of a cancel).
  let cells = rowCells;
  if (cells.length < columns.width || joined) {
    // A split grid's joined row is placed by column already.
    if (!joined) cells = byColumn(cells);
    // One cell across the status or order-number column is the grid talking, not a claim: dhtmlx's group
    // header ("退货:处理要求 (3)"), the "no results" line, a total or pager line. A row merely cut short
    // is not one: it is a claim row that cannot be read.
    if (spansColumns(cells[columns.status]) || spansColumns(cells[columns.orderNo])) return null;
  }
  // A row with fewer cells than columns, none spanning them, is read where its cells still hold what their
  // columns hold in the grid's full rows (the last ones missing). Where not, which cell is missing cannot be
  // told, and each one after it stands under another column's header (a cart number under the order
  // number's): bad input, unknown rather than a guess (issue #3).
  const cut = cells.length < columns.width && !linedUp(cells, shapes());
  const statusCell = cells[columns.status];
  const statusText = statusOf(statusCell) ?? '';
  const disagrees = statusText === '' && !!shownText(statusCell);
  const orderText = numberText(cells[columns.orderNo]);
  // The sizing row (and any spacer row) has no text at all: not a data row. Nor is a totals line laid out
  // cell by cell: "合计" under the status, "共 15 行" under the order number, and no date or number in
  // any cell. A claim row whose status and number cannot be read still has its dates: a problem row.
  if (!statusText && !orderText && !clean(tr.textContent ?? '')) return null;
  if (statusText && orderText && !findNumber(orderText) && !readStatus(statusText) && isTotalsLine(cells)) return null;
  if (isCartLine(orderText)) return null;
  if (!statusCell) return `row ${rowNumber}: no status cell`;
  if (cut) return { tr, statusCell, rowNumber, facts: {}, problem: `row ${rowNumber}: cells missing` };
  const facts: Facts = {};
  const warnings: string[] = [];
  putFact(facts, 'orderNo', orderText, warnings);
  // No for…of: on a tab's first page this runs uncompiled, where each step of an iterator is an object (1,000 rows).
  columns.others.forEach((c) => putFact(facts, c[0], notedInZone((NUMBER_FIELDS.has(c[0]) ? numberText : shownText)(cells[c[1]]), c[2]), warnings));
  const statusProblems: string[] = [];
  const status = putStatus(facts, statusText, statusProblems, facts.kindNamed); // the row's own claim type
  // A claim-type column that names another kind than the status: one of the two is wrong, none is guessed.
  const kindsDisagree = !!status?.kind && !!facts.kindNamed && facts.kindNamed !== facts.kind;
  delete facts.kindNamed;
  const dated = withdrawDates(facts);
  // A status shared by several orders (a cart's, spanning their rows) can hold one badge: each order's
  // goes beside its own number.
  const orderCell = cells[columns.orderNo];
  const badgeCell = joined && orderCell && span(statusCell, 'rowspan') > 1 ? orderCell : statusCell;
  const row: GridRow = { tr, statusCell: badgeCell, rowNumber, facts };
  if (badgeCell !== statusCell) row.beside = true;
  if (warnings.length) row.warnings = warnings;
  // A date that cannot exist (2026/02/29) says the row is not what it seems: a grid's cells are placed by
  // column, and one out of place would put other values in the wrong fields too. No verdict is drawn from
  // it (issue #3, bad input). A detail's values sit beside their labels, so there only the date is left
  // out. An empty or "-" date cell is only a date not there yet, and is left out.
  const impossible = warnings.find((w) => w.startsWith('invalid-date:'));
  if (!facts.orderNo) row.problem = `row ${rowNumber}: unreadable:orderNo`;
  else if (impossible) {
    row.problem = `row ${rowNumber}: ${impossible}`;
    // Nothing else in the row is taken either: not its status, which an earlier reading could complete.
    row.facts = { orderNo: facts.orderNo };
  }
  else if (disagrees) row.problem = `row ${rowNumber}: status-select-mismatch`;
  else if (kindsDisagree) {
    row.problem = `row ${rowNumber}: kind-mismatch`;
    row.facts = { orderNo: facts.orderNo };
  }
  else if (!status) row.problem = `row ${rowNumber}: ${statusProblems[0] ?? 'unreadable:status'}`;
  else if (!dated) {
    row.problem = `row ${rowNumber}: withdraw-dates-without-state`;
    row.facts = { orderNo: facts.orderNo }; // not completed from earlier readings either: the state is open
  }
  else if (!facts.kind) row.problem = `row ${rowNumber}: unknown:kind`;
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
    const layout = layoutOf(grid);
    if (typeof layout === 'string') return { found: true, rows: [], problems: [layout] };
    const rows: GridRow[] = [];
    const problems: string[] = [];
    let rowNumber = 0;
    const { columns, joined } = layout;
    const item = columns.others.find(([field]) => field === 'itemCode')?.[1];
    let shapes: Array<Set<string>> | undefined;
    const shapesOf = () => (shapes ??= columnShapes(layout.rows, columns.width));
    for (let i = 0; i < layout.rows.length; i++) {
      const tr = layout.rows[i]!;
      // An order over two lines (its number spanning both): the later lines are the same claim, and add
      // what the first leaves empty (a ship date and carrier printed on the second line). A line with an
      // item code of its own is that item's claim.
      const orderCell = joined?.[i]?.[columns.orderNo];
      if (i > 0 && orderCell && orderCell === joined?.[i - 1]?.[columns.orderNo] && !ownItemLine(joined!, i, item)) continue;
      const cells = joined ? withLinesBelow(joined, i, columns.orderNo, item) : tr.children;
      const read = readRow(tr, cells, !!joined, columns, rowNumber + 1, shapesOf);
      if (read === null) continue;
      if (joined && typeof read !== 'string' && linesDisagree(joined, i, columns.orderNo, columns.status, item)) {
        read.problem = `row ${rowNumber + 1}: lines-mismatch`;
        read.facts = { orderNo: read.facts.orderNo };
        delete read.claim;
      }
      // An item's line under a status shared with the order's other items: its badge beside its item code.
      if (joined && item !== undefined && typeof read !== 'string') {
        const shared = (j: number) => ownItemLine(joined, j, item) && joined[j]![columns.status] === joined[j - 1]![columns.status];
        if (shared(i) || shared(i + 1)) {
          read.statusCell = joined[i]![item]!;
          read.beside = true;
        }
      }
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
