// Whether a reading changed what is stored of an order: the write a seller's revisit to a grid skips.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameFacts, type ClaimRecord } from '../../lib/history';
import { sameStored } from '../../lib/history/same';

const record = (over: Partial<ClaimRecord> = {}): ClaimRecord => ({
  v: 1,
  orderNo: '1038452888',
  cartNo: '210340349',
  kind: 'return',
  stage: 'requested',
  claimedOn: '2026-11-18',
  withdraw: { state: 'requested', requestedOn: '2026-11-20', deadlineShown: '2026/11/26 23:59' },
  events: [{ action: 'send', on: '2026-11-20', at: 1_763_600_000_000 }],
  lastSeenAt: 1_763_700_000_000,
  detailSeenAt: 1_763_600_000_000,
  ...over,
});

describe('sameFacts', () => {
  it('finds nothing new when only the times the order was seen moved on', () => {
    expect(sameFacts(record(), record({ lastSeenAt: 1_763_800_000_000, detailSeenAt: undefined }))).toBe(true);
  });

  it('sees a changed status, withdraw date or deadline', () => {
    expect(sameFacts(record(), record({ stage: 'onHold' }))).toBe(false);
    expect(sameFacts(record(), record({ withdraw: { state: 'requested', requestedOn: '2026-11-21', deadlineShown: '2026/11/26 23:59' } }))).toBe(false);
    expect(sameFacts(record(), record({ withdraw: { state: 'requested', requestedOn: '2026-11-20' } }))).toBe(false);
  });

  it('sees a seller action added, and one confirmed since', () => {
    const known = record();
    expect(sameFacts(known, record({ events: [...known.events, { action: 'cancel', on: '2026-11-21', at: 1_763_700_000_000 }] }))).toBe(false);
    expect(sameFacts(record({ pending: { action: 'cancel', at: 1 } }), record())).toBe(false);
  });

  it('takes a fact set to nothing as a fact left out, as storage keeps it', () => {
    const { cartNo: _, ...without } = record();
    expect(sameFacts(record({ cartNo: undefined }), without as ClaimRecord)).toBe(true);
    expect(sameFacts(without as ClaimRecord, record({ cartNo: undefined }))).toBe(true);
    expect(sameFacts(without as ClaimRecord, record())).toBe(false);
  });

  it('does not care in which order the facts were written', () => {
    const known = record();
    const reordered = Object.fromEntries(Object.entries(known).reverse()) as unknown as ClaimRecord;
    expect(sameFacts(known, reordered)).toBe(true);
  });
});

/** JSON with every record's keys sorted: equal for equal content, whatever order it was written in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );

describe('sameStored', () => {
  it('agrees with comparing what storage would write, for any value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => sameStored(value, JSON.parse(JSON.stringify(value)))));
    fc.assert(fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => sameStored(a, b) === (canonical(a) === canonical(b))));
    // Pairs that differ in one place deep inside, which random pairs seldom do.
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (value, changed) => {
        const a = { facts: [{ value }], same: 1 };
        const b = { facts: [{ value: changed }], same: 1 };
        return sameStored(a, b) === (canonical(value) === canonical(changed));
      }),
    );
  });

  it('tells a list from a record and a missing entry from a null one', () => {
    expect(sameStored([], {})).toBe(false);
    expect(sameStored({ a: null }, {})).toBe(false);
    expect(sameStored([1, 2], [2, 1])).toBe(false);
    expect(sameStored({}, { constructor: 1 })).toBe(false);
    expect(sameStored({ toString: 'x' }, {})).toBe(false);
  });
});
