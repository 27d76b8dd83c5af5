/**
 * Other claims a detail prints beside its own: a cart's other order ("同一购物车的其他订单") with its own
 * status, a claim history below the claim, an earlier claim of the order. The detail's claim is its first
 * printed status that reads; a status naming another kind or stage is another claim's, and the part of
 * the page around it (up to what also holds the detail's status) is none of this claim's.
 */
import { isNote } from './labels';
import type { LabelHit } from './scan';
import { readStatus, saysNothingAgainst, type StatusMeaning } from './statuses';
import { cellValue, clean, cutNote, findDate, findNumber, isEditable, visibleText } from './text';

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

/** Whether two readings may be one claim: no kind or stage told apart (a withdraw-only status agrees). */
function agrees(a: StatusMeaning, b: StatusMeaning): boolean {
  return (['kind', 'stage'] as const).every((k) => a[k] === undefined || b[k] === undefined || a[k] === b[k]);
}

const printedStatus = (h: LabelHit) => h.field === 'status' && !!h.valueCell && !isEditable(h.valueCell);

const table = (el: Element) => el.closest('table');
const numberIn = (hits: readonly LabelHit[], within: (el: Element) => boolean) => {
  const hit = hits.find((h) => h.field === 'orderNo' && h.valueCell && within(h.cell));
  return hit && findNumber(cellValue(hit.valueCell!, isNote));
};
/** The order's number where no status is printed beside it (its order table, its claim table). */
const orderTableNumber = (hits: readonly LabelHit[]) => {
  const statusTables = new Set(hits.filter((h) => h.field === 'status').map((h) => table(h.cell)));
  return numberIn(hits, (el) => !statusTables.has(table(el)));
};

/**
 * The detail's own status: the first printed one that reads (not a search form's box, not a prompt),
 * unless printed with another number than the order table's (a cart's other order above the claim).
 */
export function claimStatusHit<T extends LabelHit>(hits: readonly T[]): T | undefined {
  const printed = hits.filter((h) => printedStatus(h) && !!readStatus(statusValue(h.valueCell!)));
  const orderNo = printed.length > 1 ? orderTableNumber(hits) : undefined;
  const ownNumber = (h: T) => {
    const number = numberIn(hits, (el) => table(el) === table(h.cell));
    return !number || !orderNo || number === orderNo;
  };
  return printed.find(ownNumber) ?? printed[0];
}

export interface OtherClaims {
  /** The parts of the page each other claim takes up: nothing in them is this claim's. */
  regions: Element[];
  /** Another claim made after this one (an order's newer claim printed below it): the detail is not one claim. */
  newer: boolean;
}

const claimDayIn = (hits: readonly LabelHit[], within: (el: Element) => boolean) => {
  const hit = hits.find((h) => h.field === 'claimedOn' && h.valueCell && within(h.cell));
  return hit ? findDate(cellValue(hit.valueCell!, isNote))?.day : undefined;
};

/**
 * A status naming another kind or stage than the detail's, or printed with another order's number (a
 * cart's other order, whose box may repeat this claim's status words), is another claim's.
 */
export function otherClaims(hits: readonly LabelHit[]): OtherClaims {
  const main = claimStatusHit(hits);
  const regions: Element[] = [];
  if (!main) return { regions, newer: false };
  const own = readStatus(statusValue(main.valueCell!))!;
  const orderNo = numberIn(hits, (el) => table(el) === table(main.cell)) ?? orderTableNumber(hits);
  for (const h of hits) {
    const meaning = h !== main && printedStatus(h) ? readStatus(statusValue(h.valueCell!)) : undefined;
    if (!meaning || regions.some((r) => r.contains(h.cell))) continue;
    const number = numberIn(hits, (el) => table(el) === table(h.cell));
    if (agrees(own, meaning) && !(number && orderNo && number !== orderNo)) continue;
    let region: Element = table(h.cell) ?? h.cell;
    while (region.parentElement && !region.parentElement.contains(main.cell)) region = region.parentElement;
    regions.push(region);
  }
  const inside = (el: Element) => regions.some((r) => r.contains(el));
  const day = claimDayIn(hits, (el) => !inside(el));
  const newer = regions.some((r) => {
    const other = claimDayIn(hits, (el) => r.contains(el));
    return !!day && !!other && other > day;
  });
  return { regions, newer };
}

/** Whether `el` lies in another claim's part of the page. */
export const inOtherClaim = (others: OtherClaims, el: Element): boolean => others.regions.some((r) => r.contains(el));
