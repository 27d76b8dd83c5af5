import { describe, expect, it } from 'vitest';
import { migrateRecord, RECORD_VERSION } from '../../lib/history';

describe('migrateRecord', () => {
  it('brings a pre-release record (no version, no events) to the current shape', () => {
    const old = { orderNo: '1038452888', kind: 'cancel', stage: 'requested', lastSeenAt: 1 };
    expect(migrateRecord(old)).toEqual({ ...old, v: RECORD_VERSION, events: [] });
  });

  it('keeps a current record as it is', () => {
    const current = { v: 1, orderNo: '1038452888', kind: 'return', stage: 'onHold', lastSeenAt: 5, events: [{ action: 'send', on: '2026-11-20', at: 9 }] };
    expect(migrateRecord(current)).toEqual(current);
  });

  it.each([null, 'x', [], { v: 99, orderNo: '1', kind: 'cancel', stage: 'requested', lastSeenAt: 1 }, { v: 1, orderNo: 'abc', kind: 'cancel', stage: 'requested', lastSeenAt: 1 }, { v: 1, orderNo: '1', kind: 'refund', stage: 'requested', lastSeenAt: 1 }])(
    'ignores what it cannot trust: %j',
    (raw) => expect(migrateRecord(raw)).toBeUndefined(),
  );
});
