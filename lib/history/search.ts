/**
 * Finding an order the seller has in hand: a number copied from a buyer's message may come with
 * spaces, hyphens or full-width digits (１０３８…), whole or in part, and a pasted line may hold other
 * numbers too (a date, a quantity, the cart number).
 */
import { foldWidth } from '../qsm/text';
import type { ClaimRecord } from './types';

/** Order numbers (contr_no) have 10 digits, cart numbers (pack_no) 9 (domain.md §6). */
export const ORDER_NO_DIGITS = 10;
export const CART_NO_DIGITS = 9;
/** A part shorter than this matches too many orders to mean anything. */
export const MIN_PART_DIGITS = 3;

/**
 * What a query asks for. One number is whole or part of an order or cart number, as typed; several
 * numbers are a pasted line, where only whole order and cart numbers name an order (a date or a
 * quantity beside them names none).
 */
export type OrderQuery =
  | { kind: 'empty' }
  | { kind: 'part'; digits: string }
  | { kind: 'whole'; numbers: string[] };

// Marks people put inside one number: spaces (also the ideographic one), dots, and hyphens or dashes of
// any width, including the long-vowel mark a Japanese input method types for "-".
const IN_NUMBER = '[\\s.．\\-\u2010-\u2015\u2212\u30fc\uff0d\uff70]+';
const NUMBER_RUN = /* @__PURE__ */ new RegExp(`\\d+(?:${IN_NUMBER}\\d+)*`, 'g');
const IN_NUMBER_SPLIT = /* @__PURE__ */ new RegExp(IN_NUMBER);

const isWhole = (digits: string) => digits.length === ORDER_NO_DIGITS || digits.length === CART_NO_DIGITS;
export const isOrderNo = (digits: string) => digits.length === ORDER_NO_DIGITS;

/** Joins neighbouring groups while the number stays within an order number's length, from one end. */
function pack(groups: readonly string[], fromRight: boolean): string[] {
  const seq = fromRight ? [...groups].reverse() : groups;
  const out: string[] = [];
  let current = '';
  for (const group of seq) {
    if (current && current.length + group.length > ORDER_NO_DIGITS) {
      out.push(current);
      current = '';
    }
    current = fromRight ? group + current : current + group;
  }
  if (current) out.push(current);
  return fromRight ? out.reverse() : out;
}

/**
 * The numbers in one run of digit groups. A run of at most 10 digits is one number written in groups
 * (1038-452-888); a longer one holds several with only a space between (a date, then the order number).
 * The reading that gives the most whole numbers wins; on a tie the one from the right, as a date or a
 * label's number stands before the order number more often than after it.
 */
function numbersOfRun(run: string): string[] {
  const groups = run.split(IN_NUMBER_SPLIT);
  // A group that is a whole number on its own stands alone: '2 123456789' is a count and a cart number,
  // not the order number 2123456789.
  if (groups.length > 1 && groups.some(isWhole)) return groups;
  const left = pack(groups, false);
  const right = pack(groups, true);
  return left.filter(isWhole).length > right.filter(isWhole).length ? left : right;
}

/** The numbers a query holds, in order, full-width digits folded to ASCII. */
export function queryNumbers(query: string): string[] {
  return (foldWidth(query).match(NUMBER_RUN) ?? []).flatMap(numbersOfRun);
}

export function readQuery(query: string): OrderQuery {
  const numbers = queryNumbers(query);
  if (numbers.length === 0) return { kind: 'empty' };
  if (numbers.length === 1) return { kind: 'part', digits: numbers[0]! };
  return { kind: 'whole', numbers: [...new Set(numbers.filter(isWhole))] };
}

/** The digits a query looks for: the one number typed, or the whole numbers of a pasted line, comma-separated; '' when none. */
export function searchedDigits(q: OrderQuery): string {
  return q.kind === 'part' ? q.digits : q.kind === 'whole' ? q.numbers.join(', ') : '';
}
export const queryDigits = (query: string): string => searchedDigits(readQuery(query));

/** Every record the query names: an exact match first, then most recently seen. */
export function matchRecords(records: readonly ClaimRecord[], q: OrderQuery): ClaimRecord[] {
  if (q.kind === 'part') {
    const { digits } = q;
    if (digits.length < MIN_PART_DIGITS) return [];
    return records
      .filter((r) => r.orderNo.includes(digits) || !!r.cartNo?.includes(digits))
      .sort((a, b) => exactFirst(a, b, digits) || b.lastSeenAt - a.lastSeenAt);
  }
  if (q.kind === 'whole') {
    const names = (r: ClaimRecord) => q.numbers.some((n) => (isOrderNo(n) ? r.orderNo === n : r.cartNo === n));
    // The order a pasted line names comes before the other orders of its cart.
    const named = (r: ClaimRecord) => (q.numbers.includes(r.orderNo) ? 0 : 1);
    return records.filter(names).sort((a, b) => named(a) - named(b) || b.lastSeenAt - a.lastSeenAt);
  }
  return [];
}

/** Every record whose order or cart number holds the query's number (or is one of a pasted line's whole numbers). */
export function searchRecords(records: readonly ClaimRecord[], query: string): ClaimRecord[] {
  return matchRecords(records, readQuery(query));
}

function exactFirst(a: ClaimRecord, b: ClaimRecord, digits: string): number {
  const exact = (r: ClaimRecord) => (r.orderNo === digits || r.cartNo === digits ? 0 : 1);
  return exact(a) - exact(b);
}
