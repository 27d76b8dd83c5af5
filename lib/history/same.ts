/**
 * Whether a fresh reading changed what is stored of an order. Every re-scan within the hour (QSM
 * re-rendering its grid, a detail opening over it) compares each row's record; serialising both sides
 * of each (and copying them to leave out the "seen at" times) made most of a 1,000-row re-scan's
 * garbage in a profile. This walks them instead.
 */
import type { ClaimRecord } from './types';

/** Moved on by every reading; not a change of the order's facts. */
const SEEN_AT: ReadonlySet<string> = new Set(['lastSeenAt', 'detailSeenAt', 'withdrawSeenAt']);
const NOTHING_IGNORED: ReadonlySet<string> = new Set();

type Plain = Record<string, unknown>;

const own = (o: Plain, key: string) => (Object.hasOwn(o, key) ? o[key] : undefined);

// No for…of: on a tab's first page this runs uncompiled, where each step of an iterator is an object.
function sameEntries(a: Plain, b: Plain, ignored: ReadonlySet<string>): boolean {
  return (
    Object.keys(a).every((key) => ignored.has(key) || sameStored(a[key], own(b, key))) &&
    // A key set to undefined is a key left out, as storage writes it (JSON).
    Object.keys(b).every((key) => ignored.has(key) || Object.hasOwn(a, key) || b[key] === undefined)
  );
}

/** Equal as storage would keep them: values as JSON has them (no NaN, no undefined in a list), by content. */
export function sameStored(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameStored(a[i], b[i])) return false;
    return true;
  }
  return sameEntries(a as Plain, b as Plain, NOTHING_IGNORED);
}

/** The same facts of an order, whenever each was last seen. */
export function sameFacts(a: ClaimRecord, b: ClaimRecord): boolean {
  return sameEntries(a as unknown as Plain, b as unknown as Plain, SEEN_AT);
}
