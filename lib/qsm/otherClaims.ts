/**
 * Other claims a detail prints beside its own: a cart's other order ("同一购物车的其他订单") with its own
 * status, a claim history below the claim, an earlier claim of the order. The detail's claim is its first
 * printed status that reads; a status naming another kind or stage is another claim's, and the part of
 * the page around it (up to what also holds the detail's status) is none of this claim's.
 */
import { WITHDRAW_FIELDS, isNote } from './labels';
import type { LabelHit } from './scan';
import { readStatus, saysNothingAgainst, type StatusMeaning } from './statuses';
import { readsSlashOrder } from '../time';
import { cellValue, clean, cutNote, findDate, findNumber, isEditable, numberValue, visibleText } from './text';

const ACTIONS = 'a, [role=button], [onclick]';

/**
 * A status cell's value: its text, beside which a control is an action ("退货:处理要求 [请选择 ▼]", QSM's
 * 处理 select) and so are links ("撤回保留 [处理历史]"), unless the status is a link itself; a control
 * alone holds it (a status shown in a select). Text and a chosen option stating different statuses:
 * neither is guessed.
 */
export function statusValue(cell: Element): string {
  const all = cutNote(visibleText(cell, isNote));
  const text = readStatus(all)
    ? all
    : cutNote(visibleText(cell, (el) => isNote(el) || el.matches(ACTIONS))) ||
      (Array.from(cell.querySelectorAll(ACTIONS), (el) => clean(el.textContent ?? '')).find((t) => readStatus(t)) ?? '');
  const control = cellValue(cell, isNote);
  const [shown, chosen] = [readStatus(text), readStatus(control)];
  if (!shown) return control;
  return !chosen || saysNothingAgainst(shown, chosen) ? text : '';
}

/**
 * Whether two readings may be one claim: no kind or stage told apart (a withdraw-only status agrees), and
 * no withdraw state beside a claim past its request stage: a withdraw is only ever sent at that stage
 * (§3.1), so "撤回要请" beside "取消:取消完成" is another claim's.
 */
function agrees(a: StatusMeaning, b: StatusMeaning): boolean {
  const late = (x: StatusMeaning, y: StatusMeaning) => x.withdraw && y.stage && y.stage != 'requested';
  return (['kind', 'stage'] as const).every((k) => a[k] === undefined || b[k] === undefined || a[k] === b[k]) && !late(a, b) && !late(b, a);
}

const printedStatus = (h: LabelHit) => h.field === 'status' && !!h.valueCell && !isEditable(h.valueCell);
const table = (el: Element) => el.closest('table');
/** The order number a label's value prints (read as every number cell is: a span per part runs on). */
const orderNoOf = (h: LabelHit) => (h.field === 'orderNo' && h.valueCell ? findNumber(numberValue(h.valueCell, isNote)) : undefined);
const group = (h: LabelHit) => (WITHDRAW_FIELDS.includes(h.field) ? 'withdraw' : h.field);
// What another claim's part of the page must leave this claim: its withdraw block, its date, its number.
const KEPT = new Set(['withdraw', 'claimedOn', 'orderNo']);

/**
 * What one reading asks of a detail's labels, worked out once (a detail may print hundreds of history
 * tables): each printed status's meaning, each table's order number, and how many labels of each field
 * every element holds.
 */
interface Labels {
  statuses: Array<[hit: LabelHit, meaning: StatusMeaning]>;
  numberOf: Map<Element | null, string>;
  counts: Map<Element, Map<string, number>>;
  total: Map<string, number>;
  /** The page's own order number (orderTableNumber), once asked. */
  own?: string | null;
}
const indexes = new WeakMap<readonly LabelHit[], Labels>();
function labelsOf(hits: readonly LabelHit[]): Labels {
  let index = indexes.get(hits);
  if (index) return index;
  index = { statuses: [], numberOf: new Map(), counts: new Map(), total: new Map() };
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const h of hits) {
    const meaning = printedStatus(h) ? readStatus(statusValue(h.valueCell!)) : undefined;
    if (meaning) index.statuses.push([h, meaning]);
    const number = orderNoOf(h);
    if (number && !index.numberOf.has(table(h.cell))) index.numberOf.set(table(h.cell), number);
  }
  // How many labels of each field every element holds is asked only beside another printed status (regionOf).
  if (index.statuses.length > 1) {
    for (const h of hits) {
      add(index.total, group(h));
      for (let el = h.cell.parentElement; el; el = el.parentElement) {
        let counts = index.counts.get(el);
        if (!counts) index.counts.set(el, (counts = new Map()));
        add(counts, group(h));
      }
    }
  }
  indexes.set(hits, index);
  return index;
}

/** How deep the nearest element holding both `a` and `b` lies: the nearer two cells are kin, the deeper. */
function kinship(a: Element, b: Element): number {
  let shared: Element | null = a;
  while (shared && !shared.contains(b)) shared = shared.parentElement;
  let depth = 0;
  for (let el = shared; el; el = el.parentElement) depth++;
  return depth;
}

/**
 * The page's own order number. Where the claim's withdraw form is (its Y/N select: another order's box or
 * a history prints only days), the number printed nearest it, of equals the first printed where no
 * status is (the order table); else the number printed most often (its order table, a summary, a memo
 * form), of equals the one nearest the claim's last field.
 */
function orderTableNumber(hits: readonly LabelHit[]): string | undefined {
  const index = labelsOf(hits);
  if (index.own === undefined) index.own = pageNumber(hits) ?? null;
  return index.own ?? undefined;
}

function pageNumber(hits: readonly LabelHit[]): string | undefined {
  const numbers: Array<{ number: string; cell: Element; count: number; statusless: boolean }> = [];
  const statusTables = new Set(hits.filter((h) => h.field === 'status').map((h) => table(h.cell)));
  for (const h of hits) {
    const number = orderNoOf(h);
    if (!number) continue;
    const seen = numbers.find((n) => n.number === number);
    if (seen) seen.count++;
    else numbers.push({ number, cell: h.cell, count: 1, statusless: !statusTables.has(table(h.cell)) });
  }
  if (numbers.length < 2) return numbers[0]?.number;
  const form = hits.find((h) => h.field === 'withdrawSelect')?.cell;
  const last = hits.findLast((h) => h.field === 'claimedOn' || WITHDRAW_FIELDS.includes(h.field))?.cell;
  const rank = (n: (typeof numbers)[number]) =>
    form ? [kinship(n.cell, form), n.statusless ? 1 : 0] : [n.count, last ? kinship(n.cell, last) : 0];
  const better = (a: number[], b: number[]) => b[0]! > a[0]! || (b[0] === a[0] && b[1]! > a[1]!);
  return numbers.reduce((a, b) => (better(rank(a), rank(b)) ? b : a)).number;
}

/**
 * The detail's own status: the first printed one that reads (not a search form's box, not a prompt),
 * unless printed with another number than the order table's (a cart's other order above the claim).
 */
export function claimStatusHit<T extends LabelHit>(hits: readonly T[]): T | undefined {
  const { statuses, numberOf } = labelsOf(hits);
  const orderNo = statuses.length > 1 ? orderTableNumber(hits) : undefined;
  const ownNumber = ([h]: [LabelHit, StatusMeaning]) => {
    const number = numberOf.get(table(h.cell));
    return !number || !orderNo || number === orderNo;
  };
  return (statuses.find(ownNumber) ?? statuses[0])?.[0] as T | undefined;
}

/**
 * The part of the page another claim takes up: its table, grown while what it takes in leaves this claim
 * a copy of its withdraw block (as a whole), its date and its number: a history printed beside this
 * claim's block in one box does not take the block with it; one printing a reason of its own still
 * takes its own withdraw days.
 */
function regionOf(start: Element, mainCell: Element, { counts, total }: Labels): Element {
  let region = start;
  for (let parent = region.parentElement; parent && !parent.contains(mainCell); parent = parent.parentElement) {
    const [had, has] = [counts.get(region), counts.get(parent)];
    const takesLast = [...(has ?? [])].some(([g, n]) => KEPT.has(g) && n > (had?.get(g) ?? 0) && n === total.get(g));
    if (takesLast) break;
    region = parent;
  }
  return region;
}

export interface OtherClaims {
  /** The parts of the page each other claim takes up: nothing in them is this claim's. */
  regions: Element[];
  /** Another claim made after this one (an order's newer claim printed below it): the detail is not one claim. */
  newer: boolean;
  /** Label cells known to be inside or outside those parts. */
  inside: Set<Element>;
  outside: Set<Element>;
}

const claimDayIn = (hits: readonly LabelHit[], within: (el: Element) => boolean) => {
  const hit = hits.find((h) => h.field === 'claimedOn' && h.valueCell && within(h.cell));
  return hit ? findDate(cellValue(hit.valueCell!, isNote))?.day : undefined;
};

// Kept per list of hits and per way of reading a year-last slash date (the claim days tell a newer claim).
const answers = new WeakMap<readonly LabelHit[], OtherClaims & { slashOrder: boolean }>();

/**
 * A status naming another kind or stage than the detail's, or printed with another order's number (a
 * cart's other order, whose box may repeat this claim's status words), is another claim's.
 */
export function otherClaims(hits: readonly LabelHit[]): OtherClaims {
  const known = answers.get(hits);
  if (known && known.slashOrder === readsSlashOrder()) return known;
  const labels = labelsOf(hits);
  const main = claimStatusHit(hits);
  const regions: Element[] = [];
  const answer = { regions, newer: false, inside: new Set<Element>(), outside: new Set<Element>(), slashOrder: readsSlashOrder() };
  answers.set(hits, answer);
  if (!main) return answer;
  const own = labels.statuses.find(([h]) => h === main)![1];
  const orderNo = labels.numberOf.get(table(main.cell)) ?? orderTableNumber(hits);
  for (const [h, meaning] of labels.statuses) {
    if (h === main || inOtherClaim(answer, h.cell)) continue;
    const number = labels.numberOf.get(table(h.cell));
    if (agrees(own, meaning) && !(number && orderNo && number !== orderNo)) continue;
    regions.push(regionOf(table(h.cell) ?? h.cell, main.cell, labels));
  }
  // No other claim: nothing is in one, and none is newer.
  if (!regions.length) return answer;
  // Each label's cell in another claim's part or not, by walking up once (hundreds of history tables).
  const marked = new Set(regions);
  for (const h of hits) {
    let el: Element | null = h.cell;
    while (el && !marked.has(el)) el = el.parentElement;
    (el ? answer.inside : answer.outside).add(h.cell);
  }
  const day = claimDayIn(hits, (el) => !inOtherClaim(answer, el));
  answer.newer = regions.some((r) => {
    const other = claimDayIn(hits, (el) => r.contains(el));
    return !!day && !!other && other > day;
  });
  return answer;
}

/** Whether `el` lies in another claim's part of the page. */
export const inOtherClaim = (others: OtherClaims, el: Element): boolean =>
  others.inside.has(el) || (!others.outside.has(el) && others.regions.some((r) => r.contains(el)));
