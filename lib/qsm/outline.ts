/**
 * A "copy diagnostic" outline of a page the reader did not understand. It holds NO page text at all
 * (buyers' names, addresses and order numbers are on these pages): only field names of labels the
 * reader knows, tag names, nesting, counts, and which controls are present.
 */
import { FIELD_LABELS, UNREAD_FIELDS, fieldOfLabel, markOf, type Field, type Mark } from './labels';
import { findDetailRoots, isLoginDocument } from './roots';
import { findClaimGrid } from './grid';
import { partsOf } from './gridColumns';
import { cellsOf, headRows, isElement, rowsOf, scanLabels, scanMarks } from './scan';
import { readStatus } from './statuses';
import { clean } from './text';

const MAX_TABLES = 30;
const MAX_ROWS = 40;

const markName = (m: Mark) => (m.type === 'send' || m.type === 'kind' ? `${m.type}(${m.kind ?? 'any'})` : m.type);

/** What a value cell holds, by kind only: "select", "input:text", "link", "text", "empty"… */
function describeCell(cell: Element): string {
  const t = cell.tagName.toLowerCase();
  const label = fieldOfLabel(cell.textContent ?? '');
  if (label) return `${t}:${label.field}(${label.langs.join('/')})`;
  const mark = markOf(cell.textContent ?? '');
  if (mark) return `${t}:mark(${markName(mark)})`;
  const parts: string[] = [];
  if (cell.querySelector('table')) parts.push('table');
  const select = cell.querySelector('select');
  if (select) parts.push(`select(${select.querySelectorAll('option').length} options)`);
  const input = cell.querySelector('input');
  if (input) parts.push(`input:${(input.getAttribute('type') ?? 'text').toLowerCase()}`);
  if (cell.querySelector('textarea')) parts.push('textarea');
  if (cell.querySelector('a')) parts.push('link');
  if (cell.querySelector('img')) parts.push('img');
  if (!parts.length) parts.push(clean(cell.textContent ?? '') ? 'text' : 'empty');
  return `${t}(${parts.join('+')})`;
}

function depthOf(table: Element): number {
  let depth = 0;
  for (let p = table.parentElement; p; p = p.parentElement) if (p.tagName.toUpperCase() === 'TABLE') depth++;
  return depth;
}

function gridLine(root: ParentNode): string {
  const grid = findClaimGrid(root);
  if (!grid) return 'claim grid: none';
  // A grid split at a frozen column has a header and a body per part.
  const parts = partsOf(grid);
  const headers = parts.flatMap(([header]) => [...headRows(header), ...rowsOf(header)].flatMap(cellsOf)).filter((c) => clean(c.textContent ?? ''));
  const known = headers.map((c) => fieldOfLabel(c.textContent ?? '')?.field).filter((f): f is Field => !!f);
  const dataRows = parts.map(([, body]) => rowsOf(body).filter((r) => clean(r.textContent ?? '')).length).join(' + ') || 0;
  return `claim grid: found (parts: ${parts.length}; columns known: ${known.join(', ') || 'none'}; unknown headers: ${headers.length - known.length}; data rows: ${dataRows})`;
}

function statusLine(root: ParentNode): string {
  const status = scanLabels(findDetailRoots(root)[0] ?? root).hits.find((h) => h.field === 'status');
  if (!status) return 'status: no status label';
  const text = status.valueCell?.textContent ?? '';
  const form = text.includes(':') || text.includes('：') ? 'kind:stage form' : 'single name';
  return `status: ${readStatus(text) ? 'recognised' : 'not recognised'} (${form})`;
}

export function diagnosticOutline(root: ParentNode): string {
  try {
    const doc = (isElement(root) ? root.ownerDocument : root) as Document | null;
    const path = doc?.location?.pathname?.toLowerCase() ?? '';
    const { hits, tables } = scanLabels(root);
    const found = new Set(hits.map((h) => h.field));
    const count = (sel: string) => root.querySelectorAll(sel).length;
    const lines = [
      'QSM page outline v1 (labels and structure only, no values)',
      `page: ${isLoginDocument(root) ? 'login title' : 'other title'}; path ${path.startsWith('/gmkt.inc.gsm.web/') ? path : 'not a QSM path'}`,
      gridLine(root),
      `detail roots: ${findDetailRoots(root).map((el) => el.tagName.toLowerCase()).join(', ') || 'none'}`,
      `labels found: ${[...found].join(', ') || 'none'}`,
      `labels missing: ${(Object.keys(FIELD_LABELS) as Field[]).filter((f) => !found.has(f) && !UNREAD_FIELDS.has(f)).join(', ') || 'none'}`,
      statusLine(root),
      `marks: ${[...new Set(scanMarks(root).map((m) => markName(m.mark)))].join(', ') || 'none'}`,
      `controls: select ${count('select')}, input ${count('input')}, textarea ${count('textarea')}, button ${count('button')}, iframe ${count('iframe')}`,
      `tables outside the grid: ${tables.length}`,
    ];
    for (const [i, table] of tables.slice(0, MAX_TABLES).entries()) {
      const rows = rowsOf(table);
      lines.push(`table ${i + 1} (depth ${depthOf(table)}, ${rows.length} rows)`);
      for (const [j, row] of rows.slice(0, MAX_ROWS).entries()) lines.push(`  row ${j + 1}: ${cellsOf(row).map(describeCell).join(' ')}`);
      if (rows.length > MAX_ROWS) lines.push(`  … ${rows.length - MAX_ROWS} more rows`);
    }
    if (tables.length > MAX_TABLES) lines.push(`… ${tables.length - MAX_TABLES} more tables`);
    return lines.join('\n');
  } catch (error) {
    return `QSM page outline v1: failed (${error instanceof Error ? error.name : 'error'})`;
  }
}
