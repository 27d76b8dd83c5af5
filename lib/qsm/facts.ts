/**
 * Turns the text of one field (a detail's value cell or a grid cell) into claim facts. Shared by the
 * detail and the grid reader so both read numbers, dates and statuses the same way. Problems name the
 * field, never the value: they may end up in a diagnostic the seller copies.
 */
import type { ClaimKind } from '../rules';
import type { Field } from './labels';
import { readKind, readStatus, type StatusMeaning } from './statuses';
import { printsDay } from '../time';
import { clean, dateProblem, foldWidth, findDate, findNumber, findTrackingNo, isNoValue, snippet, statusKey } from './text';
import type { OrderClaim } from './types';

/** Fields whose value is read as a number (numberValue): digits split over elements or lines are one, two a line break apart are two. */
export const NUMBER_FIELDS: ReadonlySet<Field> = new Set(['orderNo', 'cartNo', 'itemCode']);

/** A claim's facts as read so far; a grid's withdraw day and deadline wait here for the status to tell the state. */
export type Facts = Partial<OrderClaim> & {
  withdrawRequestedOn?: string;
  withdrawHeldOn?: string;
  responseDeadline?: string;
  /** A withdraw request or refusal day printed in a form not read ("11/14(土)"): a day is there. */
  withdrawUndated?: true;
  kindNamed?: ClaimKind;
};

/** Stores what `text` says about `field` in facts; impossible or unreadable values are omitted and named. */
export function putFact(facts: Facts, field: Field, text: string, problems: string[]): void {
  // A dash is how QSM writes "nothing here" (a cancel's ship date and carrier).
  if (isNoValue(text)) return;
  switch (field) {
    case 'orderNo':
    case 'cartNo':
    case 'itemCode': {
      const n = findNumber(text); // digits only: links, notes and hostile markup around them are dropped
      if (n) facts[field] = n;
      else problems.push(`unreadable:${field}`);
      return;
    }
    case 'claimedOn':
    case 'shippedOn': {
      const date = findDate(text);
      const problem = dateProblem(date);
      if (date?.day) facts[field] = date.day;
      else if (problem) problems.push(`${problem}:${field}`);
      return;
    }
    // A grid's withdraw columns count only beside a withdraw state (grid.ts): a day that cannot exist
    // there is left out, not held against the row. The deadline is kept as printed (deadlineShown).
    case 'withdrawRequestedOn':
    case 'withdrawHeldOn':
    case 'responseDeadline': {
      const date = findDate(text);
      if (date?.day) facts[field] = field === 'responseDeadline' ? date.printed : date.day;
      else if (field !== 'responseDeadline' && printsDay(text)) facts.withdrawUndated = true;
      return;
    }
    case 'trackingNo': {
      const t = findTrackingNo(text);
      if (t) facts.trackingNo = t;
      return;
    }
    case 'carrier':
      facts[field] = clean(foldWidth(text)); // plain text; whatever it holds stays text (ﾔﾏﾄ運輸 = ヤマト運輸)
      return;
    case 'claimKind': {
      const kind = readKind(text);
      if (kind) facts.kindNamed = kind;
      return;
    }
    case 'orderCountry':
      // A country code with its name or flag after it ("JP (Qoo10 Japan)", "JP 🇯🇵 日本") is the code.
      facts[field] = clean(text).replace(/^([A-Z]{2,3})(?![A-Za-z\d])\s*\S.*$/, '$1');
      return;
    default:
  }
}

/** 卖家确认 alone: an exchange's request stage (申请交换/卖家确认) as well as a non-receipt's seller confirmation (§2, §7). */
const SELLER_CONFIRMED = /* @__PURE__ */ statusKey('卖家确认');

/**
 * Reads a status cell into facts; undefined (and a problem) when the wording is unknown. `kindElsewhere`:
 * the kind a claim type beside the status, or the page's withdraw button or heading, names: it tells an
 * ambiguous status's kind.
 */
export function putStatus(facts: Facts, text: string, problems: string[], kindElsewhere?: ClaimKind): StatusMeaning | undefined {
  if (!text) {
    problems.push('missing:status');
    return undefined;
  }
  const meaning = readStatus(text);
  if (!meaning) {
    problems.push(`unknown-status "${snippet(text, 30)}"`); // a status wording, never personal data
    return undefined;
  }
  if (meaning.kind) facts.kind = meaning.kind;
  else if (facts.kindNamed) facts.kind = facts.kindNamed; // a claim-type column or label beside it
  // A withdraw can only be sent at the request stage (§3.1), and a pending or refused one keeps it there.
  facts.stage = meaning.stage ?? 'requested';
  // The claim type beside it or the exchange's own withdraw button tells an exchange (read as a non-receipt,
  // the seller was told to ask Qoo10 about a claim QSM lets it ask the buyer about).
  // The kind first: most rows of a 1,000-row grid name none, and their text is not normalised again.
  if (kindElsewhere === 'exchange' && statusKey(text) === SELLER_CONFIRMED) {
    facts.kind = 'exchange';
    facts.stage = 'requested';
  }
  if (meaning.withdraw) facts.withdraw = { state: meaning.withdraw };
  return meaning;
}

/**
 * A complete claim (order number, kind and stage known), with no undefined keys; else undefined.
 * Spelled out key by key: a loop over key names makes every store a dynamic one, and a 1,000-row grid
 * builds a claim per row (npm run bench).
 */
export function toClaim(facts: Facts): OrderClaim | undefined {
  const { orderNo, kind, stage } = facts;
  if (!orderNo || !kind || !stage) return undefined;
  const claim: OrderClaim = { orderNo, kind, stage };
  if (facts.cartNo !== undefined) claim.cartNo = facts.cartNo;
  if (facts.orderCountry !== undefined) claim.orderCountry = facts.orderCountry;
  if (facts.itemCode !== undefined) claim.itemCode = facts.itemCode;
  if (facts.shippedOn !== undefined) claim.shippedOn = facts.shippedOn;
  if (facts.carrier !== undefined) claim.carrier = facts.carrier;
  if (facts.trackingNo !== undefined) claim.trackingNo = facts.trackingNo;
  if (facts.claimedOn !== undefined) claim.claimedOn = facts.claimedOn;
  if (facts.withdraw) claim.withdraw = facts.withdraw;
  return claim;
}
