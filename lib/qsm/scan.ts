/**
 * Finds label/value pairs and withdraw-block marks in a detail (domain.md §8): a label cell (th or td)
 * and the value in the next cell of the same row; several pairs may share a row. dhtmlx grid tables
 * (inside div.xhdr / div.objbox) are never scanned, so a page with a 1,000-row grid stays cheap.
 */
import { WITHDRAW_FIELDS, fieldOfLabel, markOf, type Field, type Mark } from './labels';
import { isHiddenElement, withStylesRemembered } from './hidden';
import { clean, remembered, visibleText } from './text';
import { readStatus } from './statuses';
import type { QsmLanguage } from './types';

export interface LabelHit {
  cell: Element;
  field: Field;
  langs: QsmLanguage[];
  valueCell?: Element;
  /** Another zone than Japan's the label names for its value's times. */
  zone?: string;
}

export interface MarkHit {
  el: Element;
  mark: Mark;
}

export const isElement = (node: unknown): node is Element => (node as Node | null)?.nodeType === 1;
const tag = (el: Element) => el.tagName.toUpperCase();

/**
 * The items `keep` keeps: the very same list when it keeps them all, so what is worked out once per list
 * of hits (otherClaims) is not worked out again for a copy of it.
 */
export function kept<T>(items: readonly T[], keep: (item: T) => boolean): readonly T[] {
  const out = items.filter(keep);
  return out.length === items.length ? items : out;
}

/** Sorts elements into document order (tables are visited outer first, not in document order). */
export function byDocumentOrder<T>(items: T[], el: (item: T) => Element): T[] {
  return items.sort((a, b) => (el(a) === el(b) ? 0 : el(a).compareDocumentPosition(el(b)) & 4 ? -1 : 1));
}

/** dhtmlx grids keep their header and data tables directly inside div.xhdr and div.objbox. */
export function isGridTable(table: Element): boolean {
  const box = table.parentElement;
  return !!box && (box.classList.contains('xhdr') || box.classList.contains('objbox'));
}

function tablesIn(root: ParentNode): Element[] {
  const tables: Element[] = Array.from(root.querySelectorAll('table'));
  if (isElement(root) && tag(root) === 'TABLE') tables.unshift(root);
  return tables.filter((t) => !isGridTable(t));
}

/** Body rows of one table (not those of nested tables); thead rows are column headers, not pairs. */
export function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of Array.from(table.children)) {
    const t = tag(child);
    if (t === 'TR') rows.push(child);
    else if (t === 'TBODY' || t === 'TFOOT') rows.push(...Array.from(child.children).filter((r) => tag(r) === 'TR'));
  }
  return rows;
}

export const cellsOf = (row: Element) => Array.from(row.children).filter((c) => tag(c) === 'TD' || tag(c) === 'TH');

/** A row of th only is a list's column header ("注文番号 | 処理状態 | 発送日"), not label/value pairs. */
export const isHeaderRow = (cells: Element[]) => cells.length >= 2 && cells.every((c) => tag(c) === 'TH');

export interface LabelScan {
  hits: readonly LabelHit[];
  headings: readonly MarkHit[];
  tables: readonly Element[];
  /** Header rows naming withdraw fields as a list's columns: a withdraw block the page model cannot read. */
  lists: readonly Element[];
  /** The detail's marker (roots.ts detailMarker), once asked. */
  marker?: Element;
}

// Reading one page asks for the same scan several times (find the details, read each, find the message
// boxes); within one reading of an unchanged page the answer is the same, so it is kept for that reading.
let scans: WeakMap<ParentNode, LabelScan> | undefined;

/** Runs `read` with label scans shared: the page must not change while it runs (a synchronous reading). */
export function withSharedScans<T>(read: () => T): T {
  if (scans) return read();
  scans = new WeakMap();
  try {
    return withStylesRemembered(read);
  } finally {
    scans = undefined;
  }
}

/** Every known label (with its value cell) and every heading mark in table cells under root, in document order. */
export function scanLabels(root: ParentNode): LabelScan {
  const shared = scans?.get(root) ?? withinScanned(root);
  if (shared) return shared;
  const scan = scanLabelsNow(root);
  scans?.set(root, scan);
  return scan;
}

/**
 * A detail inside a page already scanned in this reading: its part of the page's scan (the same tables,
 * rows and cells, so the same answer), rather than reading its cells a second time.
 */
function withinScanned(root: ParentNode): LabelScan | undefined {
  if (!scans || !isElement(root)) return undefined;
  const doc = root.ownerDocument;
  const whole = doc && root.getRootNode() === doc ? scans.get(doc) : undefined;
  if (!whole) return undefined;
  const inside = (el: Element) => root.contains(el);
  const scan = {
    hits: whole.hits.filter((h) => inside(h.cell)),
    headings: whole.headings.filter((h) => inside(h.el)),
    tables: whole.tables.filter(inside),
    lists: whole.lists.filter(inside),
  };
  scans.set(root, scan);
  return scan;
}

/** A cell holding a hidden element. Only asked of cells up to a tooltip's length: a layout cell holding a grid or a detail is never a label. */
const hidesTooltip = (cell: Element) => Array.from(cell.querySelectorAll('[hidden], [style], [class], [id]')).some((el) => isHiddenElement(el));

/**
 * A row of withdraw labels over a row of values ("철회요청 | 철회요청일 | 보류일" above "Y | 2026/11/12 | …")
 * lays the block out as a list, which the page model (label, then value beside it) does not read.
 */
const namesWithdrawColumns = (cells: Element[]) =>
  cells.filter((c) => WITHDRAW_FIELDS.includes(fieldOfLabel(c.textContent ?? '')?.field as Field)).length >= 2;
const shownWords = (cell: Element) => visibleText(cell, () => false);
type Words = (cell: Element) => string;
// A status label before a cell that reads as a status ("処理状態 | 撤回要請") is a pair, whatever precedes it.
const namesColumns = (cells: Element[], words: Words, fieldOf: typeof fieldOfLabel) =>
  cells.every((c, k) => {
    const named = fieldOf(words(c));
    return !!named && !(named.field === 'status' && cells[k + 1] && readStatus(words(cells[k + 1]!)));
  });
/** A table's column-heading rows kept in its <thead>. */
export const headRows = (table: Element) =>
  Array.from(table.children).flatMap((c) => (tag(c) === 'THEAD' ? Array.from(c.children).filter((r) => tag(r) === 'TR') : []));

function scanLabelsNow(root: ParentNode): LabelScan {
  const hits: LabelHit[] = [];
  const headings: MarkHit[] = [];
  const lists: Element[] = [];
  const tables = tablesIn(root);
  // A cell's shown words, and the field they name, are asked up to four times (as a label, as the value
  // or the label after one, in a row of column names): each node read costs the isolated world, so each
  // cell is read once, and each text named once.
  const words = remembered(shownWords);
  const fieldOf = remembered(fieldOfLabel);
  for (const table of tables) {
    for (const row of headRows(table)) if (namesWithdrawColumns(cellsOf(row))) lists.push(row);
    for (const row of rowsOf(table)) {
      const cells = cellsOf(row);
      let pairsInRow = 0;
      if (isHeaderRow(cells)) {
        if (namesWithdrawColumns(cells)) lists.push(row);
        continue;
      }
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i]!;
        // Indented markup (a label holding its own small table) is long in spaces alone.
        const all = (cell.textContent ?? '').replace(/\s+/g, ' ');
        // Long text is a value or a layout cell, unless a hidden tooltip makes it long ("要求日 ?" with a
        // display:none explanation); short text is read without hidden tooltips and scripts.
        const text = all.length > 80 && (all.length > 600 || !hidesTooltip(cell)) ? all : words(cell);
        const label = fieldOf(text);
        if (label) {
          // A row of plain cells each naming a field is a list's column heading, as a row of th is ("注文番号 |
          // 処理状態 | 要請日" over another order's line, "차수 | 철회요청일 | 보류일" after a round number's
          // column), two too ("요청일 | 보류일" over their days: a withdraw list); a pair's value may look like a
          // label (a status "撤回要請"), a row of labels alone may not.
          if (!pairsInRow && cells.length - i >= 2 && namesColumns(cells.slice(i), words, fieldOf)) {
            if (namesWithdrawColumns(cells)) lists.push(row);
            break;
          }
          // The next cell is the value, even when its text looks like a label (a status "撤回要請"), unless
          // it is a label itself, its value after it: this label's value cell is missing (bad input), and
          // the next label's name is no value ("配送会社 | 送り状番号 | 3600…": no carrier). Nor is a label
          // at a row's end, after a pair (a row of labels alone is a heading, above), unless a status
          // label's cell reads as a status.
          const [next, after] = [cells[i + 1], cells[i + 2]];
          const nextWords = next ? words(next) : '';
          const nextField = next ? fieldOf(nextWords)?.field : undefined;
          // ... nor a status label whose cell after it reads as a status ("処理状態 | 撤回要請").
          const labelled =
            !!next &&
            (/[:：]\s*$/.test(nextWords) ||
              (!!nextField &&
                (after
                  ? !fieldOf(words(after)) || (nextField === 'status' && label.field !== 'status' && !!readStatus(words(after)))
                  : !(label.field === 'status' && readStatus(nextWords)))));
          hits.push({ cell, field: label.field, langs: label.langs, valueCell: labelled ? undefined : next, ...(label.zone && { zone: label.zone }) });
          pairsInRow++;
          if (!labelled) i++;
          continue;
        }
        const mark = markOf(text);
        if (mark && (mark.type === 'withdraw-heading' || mark.type === 'kind')) headings.push({ el: cell, mark });
      }
    }
  }
  return { hits: byDocumentOrder(hits, (h) => h.cell), headings: byDocumentOrder(headings, (h) => h.el), tables, lists };
}

const BUTTONISH = 'button, input[type=button], input[type=submit], input[type=image], a, [role=button], [onclick]';
const HEADINGS = 'caption, legend, h1, h2, h3, h4, h5, h6';

/** What a button says: its text, else its value (input) or its image's alt text (QSM's older image buttons). */
function buttonText(el: Element): string {
  const text = clean(shownWords(el));
  if (text) return text;
  return el.getAttribute('value') ?? el.getAttribute('alt') ?? el.querySelector('img[alt]')?.getAttribute('alt') ?? '';
}

/** Buttons and headings under root that tell the withdraw state or the claim's kind. */
export function scanMarks(root: ParentNode): MarkHit[] {
  const found: MarkHit[] = [];
  for (const el of Array.from(root.querySelectorAll(BUTTONISH))) {
    const mark = markOf(buttonText(el));
    if (mark) found.push({ el, mark });
  }
  for (const el of Array.from(root.querySelectorAll(HEADINGS))) {
    // A heading's icon ("undo" drawn by an icon font) is no part of its words.
    const mark = markOf(shownWords(el));
    if (mark && (mark.type === 'withdraw-heading' || mark.type === 'kind')) found.push({ el, mark });
  }
  return found;
}
