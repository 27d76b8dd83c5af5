/**
 * Where a claim grid shows each field, and which rows to read (domain.md §8): columns are found by
 * header text in any language, never by position, since sellers and QSM reorder them.
 * A grid may come in parts, each with a header table (div.xhdr) over a body table (div.objbox):
 * - dhtmlx splits a grid at a frozen column (splitAt): a second grid laid over the first shows the
 *   frozen columns, which the first keeps as hidden columns (their cells still hold the values);
 * - a page may also put two parts side by side, each showing some of the columns.
 * The parts' rows are matched by position, as dhtmlx keeps them.
 */
import { WITHDRAW_FIELDS, ZONED_FIELDS, fieldOfLabel, type Field } from './labels';
import { cellsOf, headRows, rowsOf } from './scan';
import { isHiddenElement } from './hidden';
import { clean, labelKey, visibleText } from './text';
import { foreignZoneOf } from '../time';

// What a row can tell besides status and order number; a grid without a column simply leaves it out.
// The withdraw request's day (要请日) and the buyer's deadline (客户回应期限) go with the withdraw state (grid.ts).
const ROW_FIELDS = [
  'cartNo', 'orderCountry', 'itemCode', 'shippedOn', 'carrier', 'trackingNo', 'claimedOn', 'withdrawRequestedOn', 'withdrawHeldOn',
  'responseDeadline', 'claimKind',
] as const;
type RowField = (typeof ROW_FIELDS)[number];

/** Where the grid shows each field a row is read for; status and order number are always there. */
export interface RowColumns {
  status: number;
  orderNo: number;
  /** Each other field's column, and the zone its header says its times are in when not Japan's ("发货日 (北京时间)"). */
  others: Array<[RowField, number, string?]>;
  /** How many columns the header has: a claim row has a cell for each. */
  width: number;
}

export interface GridLayout {
  columns: RowColumns;
  /** Each data row (the one holding the status cell in a split grid). */
  rows: Element[];
  /** A split grid's rows joined across its parts, by column; else each row's own cells are read. */
  joined?: Element[][];
}

// rowspan="0" spans to the end of its table section, as a browser lays it out: as far as any grid goes.
const TO_THE_END = 1e9;
export const span = (cell: Element, name: 'colspan' | 'rowspan') => {
  const n = Number(cell.getAttribute(name));
  return name === 'rowspan' && n === 0 && cell.getAttribute(name)?.trim() === '0' ? TO_THE_END : Math.max(1, n || 1);
};

/** A row's cells by column: a cell spanning columns (colspan) stands in each of them. */
export function byColumn(cells: ArrayLike<Element>): Element[] {
  const out: Element[] = [];
  for (const cell of Array.from(cells)) for (let n = span(cell, 'colspan'); n > 0; n--) out.push(cell);
  return out;
}

// Marks a header may carry beside its name: sort arrows (any arrow or triangle: ↕ ⇅ ▼ ⬍), and a note in
// brackets ("주문번호 (Qoo10)").
const SORT_ARROWS = /[\u2190-\u21ff\u25b2-\u25c5\u2b05-\u2b0d]/g;
const BRACKETED_NOTE = /[(（[［][^()（）[\]［］]*[)）\]］]\s*$/;
// A note naming the withdraw ("要請日 [撤回]") makes a column the withdraw's, never the one it notes.
const WITHDRAW_NOTE = /撤回|철회|withdraw/i;

/**
 * What a header shows: its text without a tooltip or label its markup hides, a filter select, a script or
 * a struck-through old name (visibleText); then, when that names nothing, with its buttons' text too (a
 * sort button holding the name; a copy button beside a name is not read with it).
 */
const headerTexts = (cell: Element) => {
  const shown = visibleText(cell, () => false);
  return [shown, `${shown} ${Array.from(cell.querySelectorAll('button'), (b) => (isHiddenElement(b) ? '' : visibleText(b, () => false))).join(' ')}`];
};

// Words that name a column in a grid's header, but would be a value anywhere else: a history table's
// "Requested" is an event, not the claim date's label.
const HEADER_ONLY = new Map<string, Field>([[labelKey('Requested'), 'claimedOn']]);
const fieldOfHeaderText = (text: string) => fieldOfLabel(text)?.field ?? HEADER_ONLY.get(labelKey(text));

/**
 * The field a header cell names: its shown text; else that text without sort arrows, or without a
 * bracketed note (on a withdraw column a time zone's only: "顧客回答期限(再要請時)" is a preview's); else, for a header
 * that is only an image or an icon, its image's alt text or a title (the header's accessible name).
 */
function fieldOfHeader(cell: Element): Field | undefined {
  let bare = '';
  for (const text of headerTexts(cell)) {
    bare = text.replace(SORT_ARROWS, '').trim();
    const note = BRACKETED_NOTE.exec(bare)?.[0] ?? '';
    const noted = WITHDRAW_NOTE.test(note) ? undefined : fieldOfHeaderText(bare.replace(BRACKETED_NOTE, ''));
    const named =
      // On a withdraw column no other note is passed over than a time zone (fieldOfLabel's): it may make
      // it a preview's column.
      fieldOfHeaderText(text) ?? fieldOfHeaderText(bare) ?? (noted && !WITHDRAW_FIELDS.includes(noted) ? noted : undefined);
    if (named) return named;
  }
  // An abbreviation says its name in its title ("<abbr title="Order Country">Ctry.</abbr>").
  const abbreviations = Array.from(cell.querySelectorAll('abbr[title]'));
  if (abbreviations.length) {
    const spelt = abbreviations.reduce((text, abbr) => text.replace(clean(abbr.textContent ?? ''), abbr.getAttribute('title') ?? ''), bare);
    const field = fieldOfHeaderText(spelt);
    if (field) return field;
  }
  if (bare) return undefined;
  // The image's text first (its alt), then a title: a title may add to the name ("송장번호 클릭 시 배송조회").
  const names = [...Array.from(cell.querySelectorAll('img[alt]'), (img) => img.getAttribute('alt')), cell.getAttribute('title')];
  names.push(...Array.from(cell.querySelectorAll('[title]'), (el) => el.getAttribute('title')));
  for (const name of names) {
    const field = name ? fieldOfLabel(name)?.field : undefined;
    if (field) return field;
  }
  return undefined;
}

interface HeaderColumns {
  shown: Map<Field, number>;
  hidden: Map<Field, number>;
  zones: Map<Field, string>;
  width: number;
}

// A header noting another zone than Japan's for its times: they are moved to Japan's day (lib/time).
const zoneOf = (cell: Element) => foreignZoneOf(headerTexts(cell)[0]!);

/**
 * Column index of each known header. Cells spanning columns (colspan) shift the ones after them; in a
 * grouped header (dhtmlx attachHeader), a cell spanning rows (rowspan) holds its column in the rows
 * below, so their cells sit under their group, not at the left edge.
 */
function columnsOf(headerTable: Element): HeaderColumns {
  const shown = new Map<Field, number>();
  const hidden = new Map<Field, number>();
  const zones = new Map<Field, string>();
  const heldFor: number[] = []; // per column: header rows a cell above still covers
  let width = 0;
  // dhtmlx writes its header rows in the table's body; a grid written by hand may head them <thead>,
  // maybe under a title across the grid ("Claim Status"), which names no column.
  for (const row of [...headRows(headerTable), ...rowsOf(headerTable)]) {
    if (isLine(row)) continue;
    let col = 0;
    for (const cell of cellsOf(row)) {
      while ((heldFor[col] ?? 0) > 0) col++;
      // A column dhtmlx hides (setColumnHidden) keeps its cells: often a code behind a visible one of the
      // same name, or in a split grid a frozen column the other part shows. A shown column comes first.
      const field = fieldOfHeader(cell);
      const into = isHiddenElement(cell) ? hidden : shown;
      if (field && !into.has(field)) {
        into.set(field, col);
        const zone = ZONED_FIELDS.has(field) ? zoneOf(cell) : undefined;
        if (zone) zones.set(field, zone);
      }
      const wide = span(cell, 'colspan');
      for (let i = 0; i < wide; i++) heldFor[col + i] = span(cell, 'rowspan');
      col += wide;
    }
    width = Math.max(width, col);
    for (let i = 0; i < heldFor.length; i++) heldFor[i] = Math.max(0, (heldFor[i] ?? 0) - 1);
  }
  return { shown, hidden, zones, width };
}

/**
 * Each header table with its body table, in page order (a grid split at a frozen column has two). A grid
 * shown inside a row (an expanded sub-row) is the row's content, not a part.
 */
export function partsOf(grid: Element): Array<[Element, Element]> {
  const own = (box: Element) => !grid.contains(box.parentElement?.closest('div.objbox') ?? null);
  const tables = (selector: string) => Array.from(grid.querySelectorAll(selector)).filter(own).map((box) => box.querySelector('table'));
  const bodies = tables('div.objbox');
  return tables('div.xhdr').flatMap((header, i) => (header && bodies[i] ? [[header, bodies[i]!] as [Element, Element]] : []));
}

/**
 * The rows to match across a split grid's parts, each with its cells placed by column (a cell spanning
 * rows counted over every line of its part, before any is set aside), less the rows one part may have
 * without the other: sizing and placeholder rows (no cell holds anything; a data row's empty cell holds
 * at least &nbsp;), an empty line no cell above spans into, and, when the parts still differ, lines across
 * a part (an expanded sub-row, a group header).
 */
// A row with no cell at all is no sizing row: dhtmlx leaves a row whose every cell is spanned from above empty.
const isSizing = (tr: Element) => tr.children.length > 0 && Array.from(tr.children).every((cell) => !cell.firstChild);
const isLine = (tr: Element) => tr.children.length === 1 && span(tr.children[0]!, 'colspan') > 1;
interface PartRows {
  rows: Element[];
  placed: Element[][];
}
/** The part's rows (each with its placed cells) that `keep` keeps. */
const keeping = ({ rows, placed }: PartRows, keep: (tr: Element, cells: Element[]) => boolean): PartRows => {
  const kept = rows.flatMap((tr, i) => (keep(tr, placed[i]!) ? [i] : []));
  return { rows: kept.map((i) => rows[i]!), placed: kept.map((i) => placed[i]!) };
};
function matchedRows(bodies: Element[]): PartRows[] | undefined {
  const strict = bodies.map((body) => {
    const rows = rowsOf(body);
    return keeping({ rows, placed: placeRows(rows) }, (tr, cells) => !isSizing(tr) && cells.some(Boolean));
  });
  const lines = strict.map((part) => keeping(part, (tr) => !isLine(tr)));
  for (const parts of [strict, lines]) {
    if (parts.every((part) => part.rows.length === parts[0]!.rows.length)) return parts;
  }
  return undefined;
}

/** Each row's cells by column, a cell spanning rows (rowspan) standing in each row it covers. */
export function placeRows(rows: Element[]): Element[][] {
  const carried: Array<{ cell: Element; left: number } | undefined> = [];
  const carry = (placed: Element[], col: number) => {
    const above = carried[col];
    if (!above || above.left <= 0) return false;
    placed[col] = above.cell;
    above.left--;
    return true;
  };
  return rows.map((tr) => {
    const placed: Element[] = [];
    let col = 0;
    for (const cell of cellsOf(tr)) {
      while (carry(placed, col)) col++;
      const tall = span(cell, 'rowspan');
      for (let n = span(cell, 'colspan'); n > 0; n--, col++) {
        placed[col] = cell;
        carried[col] = tall > 1 ? { cell, left: tall - 1 } : undefined;
      }
    }
    for (let c = col; c < carried.length; c++) carry(placed, c);
    return placed;
  });
}

/** A row of each part joined into one, by column (each part's row placed with its cells spanning rows). */
function joinRow(placed: Element[][], widths: number[]): Element[] {
  const cells: Element[] = [];
  placed.forEach((own, p) => {
    for (let c = 0; c < widths[p]!; c++) cells.push(own[c]!);
  });
  return cells;
}

/** The grid's columns and rows, or the problem that keeps it from being read. */
export function layoutOf(grid: Element): GridLayout | string {
  const parts = partsOf(grid);
  if (!parts.length) return 'grid: header or body table not found';
  const heads = parts.map(([header]) => columnsOf(header));
  // Each field where a part shows it, else where one keeps it hidden.
  const where = new Map<Field, [number, number]>();
  for (const pick of ['shown', 'hidden'] as const) {
    heads.forEach((head, p) => head[pick].forEach((col, field) => where.has(field) || where.set(field, [p, col])));
  }
  const missing = (['status', 'orderNo'] as const).filter((f) => !where.has(f));
  if (missing.length) return `grid: no ${missing.join(' / ')} column among the headers`;
  const read = (['status', 'orderNo', ...ROW_FIELDS] as const).filter((f) => where.has(f));
  const used = [...new Set(read.map((f) => where.get(f)![0]))].sort();
  const offsets = new Map(used.map((p, i) => [p, used.slice(0, i).reduce((sum, q) => sum + heads[q]!.width, 0)]));
  const at = (field: Field) => offsets.get(where.get(field)![0])! + where.get(field)![1];
  const columns: RowColumns = {
    status: at('status'),
    orderNo: at('orderNo'),
    others: ROW_FIELDS.flatMap((field) => (where.has(field) ? [[field, at(field), heads[where.get(field)![0]]!.zones.get(field)] as [RowField, number, string?]] : [])),
    width: used.reduce((sum, p) => sum + heads[p]!.width, 0),
  };
  if (used.length === 1) {
    const body = parts[used[0]!]![1];
    const rows = rowsOf(body);
    // A cell spanning rows (a cart's status over its orders, an order over its item lines) stands in
    // each row it covers, as the seller reads it; most grids have none and are read row by row.
    return body.querySelector('td[rowspan], th[rowspan]') ? { columns, rows, joined: placeRows(rows) } : { columns, rows };
  }
  // Rows are matched by position: parts that disagree on how many claims they show cannot be matched.
  const bodies = matchedRows(used.map((p) => parts[p]![1]));
  if (!bodies) return 'grid: the parts of a split grid show different rows';
  const statusPart = used.indexOf(where.get('status')![0]);
  const widths = used.map((p) => heads[p]!.width);
  const layout: Required<GridLayout> = { columns, rows: [], joined: [] };
  for (let i = 0; i < bodies[0]!.rows.length; i++) {
    layout.rows.push(bodies[statusPart]!.rows[i]!);
    layout.joined.push(joinRow(bodies.map((part) => part.placed[i]!), widths));
  }
  return layout;
}
