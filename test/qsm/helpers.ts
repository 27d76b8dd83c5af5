/** Builds documents for the reader's tests: fixture files and small pages, through DOMParser only. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readOrderDetail } from '../../lib/qsm';
import { evaluateWithdraw } from '../../lib/rules';

// A string, not new URL(): under happy-dom the global URL is the DOM's, which node:url does not take.
export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/qsm/');

export const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

export const fixtureText = (file: string): string => readFileSync(FIXTURES + file, 'utf8');

export const fixture = (file: string): Document => parse(fixtureText(file));

export interface FixtureEntry {
  file: string;
  url: string;
  page: 'detail' | 'grid' | 'grid+detail' | 'not-claim' | 'login' | 'unrecognized';
  covers: string[];
  detail: {
    ok: boolean;
    reason?: string;
    language?: string;
    orderNo?: string;
    kind?: string;
    stage?: string;
    withdrawState?: string | null;
    deadlineShown?: string;
    carrier?: string;
  };
  badge: string | null;
  grid: { rows: number; problems: number; states: Record<string, number> } | null;
}

export const fixtureIndex = JSON.parse(fixtureText('index.json')) as { now: string; fixtures: FixtureEntry[] };

/** A one-table detail page: `rows` are <tr> strings; `extra` goes after the table (withdraw block, buttons). */
export function detailPage(rows: string, extra = '', title = '交易信息'): Document {
  return parse(`<!DOCTYPE html><html><head><title>${title}</title></head><body><table>${rows}</table>${extra}</body></html>`);
}

/** A row of label/value pairs: pairs('订购号码', '1038452888', '处理状态', '退货:处理要求'). */
export function pairs(...cells: string[]): string {
  let row = '<tr>';
  for (let i = 0; i < cells.length; i += 2) row += `<th>${cells[i]}</th><td>${cells[i + 1] ?? ''}</td>`;
  return `${row}</tr>`;
}

/**
 * A dhtmlx-style claim grid: header texts, then data rows, both after a sizing row of empty cells.
 * `headerRows`: the header's own rows as markup instead (grouped headers, filter rows).
 */
export function gridPage(headers: string[], rows: string[][], headerRows?: string): Document {
  const sizing = `<tr>${headers.map(() => '<th style="height:0px;width:90px"></th>').join('')}</tr>`;
  const head = headerRows ?? `<tr>${headers.map((h) => `<td><div class="hdrcell">${h}</div></td>`).join('')}</tr>`;
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c || '&nbsp;'}</td>`).join('')}</tr>`).join('');
  return parse(`<!DOCTYPE html><html><head><title>grid</title></head><body><div id="__grid_ClaimGrid" class="gridbox">
<div class="xhdr"><table class="hdr"><tbody>${sizing}${head}</tbody></table></div>
<div class="objbox"><table class="obj"><tbody>${sizing}${body}</tbody></table></div></div></body></html>`);
}

/** A zh return's order table at its request stage (claimed 2026/03/01), to put a withdraw block beside. */
export const ZH_RETURN_ORDER = `<table><tr><th>订购号码</th><td>1012345678</td><th>购物车号码</th><td>901234567</td></tr>
<tr><th>处理状态</th><td>退货:处理要求</td><th>要求日</th><td>2026/03/01</td></tr></table>`;

/** A detail page of `body` read, and the rules' verdict on what was read at `now` (none when unreadable). */
export function judgeDetail(body: string, now: Date) {
  const read = readOrderDetail(parse(`<!DOCTYPE html><html><head><title>交易信息</title></head><body>${body}</body></html>`));
  return { read, verdict: read.ok ? evaluateWithdraw(read.claim, now) : undefined };
}
