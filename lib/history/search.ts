/**
 * Finding an order the seller has in hand: a number copied from a buyer's message may come with
 * spaces, hyphens or full-width digits (１０３８…), whole or in part.
 */
import type { ClaimRecord } from './types';

/** The digits of a query, full-width folded to ASCII; '' when it holds none. */
export function queryDigits(query: string): string {
  return query.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\D/g, '');
}

/** Every record whose order or cart number contains the query's digits: an exact match first, then most recently seen. */
export function searchRecords(records: readonly ClaimRecord[], query: string): ClaimRecord[] {
  const digits = queryDigits(query);
  if (digits.length < 3) return [];
  return records
    .filter((r) => r.orderNo.includes(digits) || !!r.cartNo?.includes(digits))
    .sort((a, b) => exactFirst(a, b, digits) || b.lastSeenAt - a.lastSeenAt);
}

function exactFirst(a: ClaimRecord, b: ClaimRecord, digits: string): number {
  const exact = (r: ClaimRecord) => (r.orderNo === digits || r.cartNo === digits ? 0 : 1);
  return exact(a) - exact(b);
}
