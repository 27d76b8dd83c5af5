import { describe, expect, it } from 'vitest';
import { migrateRecord, RECORD_VERSION, snapshotOf } from '../../lib/history';
import { evaluateWithdraw } from '../../lib/rules';
import { pressesOf } from '../../lib/history/migrate';

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

  it.each([{ events: 'send' }, { events: { 0: {} } }, { events: null }])('reads an event list that is no list as none: %j', (damage) => {
    const old = { v: 1, orderNo: '1038452888', kind: 'cancel', stage: 'requested', lastSeenAt: 1 };
    expect(migrateRecord({ ...old, ...damage })).toEqual({ ...old, events: [] });
  });
});

describe('migrateRecord on a damaged record', () => {
  const sound = { v: 1, orderNo: '1038452888', kind: 'return', stage: 'requested', lastSeenAt: 5, withdraw: { state: 'requested' } };
  const sent = { action: 'send', on: '2026-11-20', at: 9 };

  it('keeps the order and its sound events, and drops an event it cannot read whole', () => {
    const events = [null, 'send', 7, { action: 'send' }, { action: 'send', on: 'garbage', at: 3 }, { action: 'send', on: '2026-11-20', at: 'x' }, { action: 'zap', on: '2026-11-20', at: 3 }, sent];
    const stored = { ...sound, events };
    expect(migrateRecord(stored)).toEqual({ ...sound, events: [sent] });
    // What storage gave is left as it was.
    expect(stored.events).toHaveLength(8);
  });

  it.each(['send', null, { action: 'send' }, { action: 'send', at: Number.NaN }, { action: 'send', at: 1e20 }, { action: 'zap', at: 9 }])(
    'forgets a pressed button that tells no button or no time: %j',
    (pending) => expect(migrateRecord({ ...sound, events: [], pending })).toEqual({ ...sound, events: [] }),
  );

  it('leaves out an order fact that is not text, and keeps the others', () => {
    const stored = { ...sound, events: [], cartNo: 210340349, itemCode: {}, carrier: null, trackingNo: '1234', claimedOn: 20261120 };
    expect(migrateRecord(stored)).toEqual({ ...sound, events: [], trackingNo: '1234' });
  });

  it.each(['requestedOn', 'heldOn', 'cancelledOn', 'deadlineShown'])(
    'leaves out a withdraw %s that is not even text, rather than throw where days are compared',
    (field) => {
      const withdraw = { state: 'held', requestedOn: '2026-11-15', heldOn: '2026-11-16', [field]: { toString: 1 } };
      const read = migrateRecord({ ...sound, events: [sent], withdraw })!;
      expect(read.withdraw).not.toHaveProperty(field);
      expect(() => evaluateWithdraw(snapshotOf(read), new Date('2026-11-20T00:00:00Z'))).not.toThrow();
      // What storage gave is left as it was.
      expect(withdraw[field]).toEqual({ toString: 1 });
    },
  );

  it('judges a refusal whose day was left out as unknown, never a guess', () => {
    const read = migrateRecord({ ...sound, events: [], withdraw: { state: 'held', requestedOn: '2026-11-15', heldOn: { toString: 1 } } })!;
    expect(evaluateWithdraw(snapshotOf(read), new Date('2026-11-20T00:00:00Z')).state).toBe('unknown');
  });

  it.each([{ toString: 1 }, 'yesterday', Number.NaN, 1e20, null])('forgets a detail’s or a withdraw state’s sighting that is no time (%j), and keeps one that is', (seenAt) => {
    for (const field of ['detailSeenAt', 'withdrawSeenAt']) {
      expect(migrateRecord({ ...sound, events: [], [field]: seenAt })).toEqual({ ...sound, events: [] });
      expect(migrateRecord({ ...sound, events: [], [field]: 7 })).toEqual({ ...sound, events: [], [field]: 7 });
    }
  });

  it.each(['lastSeenAt', 'events', 'pending', 'detailSeenAt'])('keeps the record’s sound presses when its %s holds {"toString":1}', (field) => {
    const cancelled = { action: 'cancel', on: '2026-11-19', at: 11 };
    const damaged = field === 'events'
      ? { ...sound, events: [{ action: 'send', on: '2026-11-18', at: { toString: 1 } }, cancelled] }
      : { ...sound, events: [cancelled], [field]: { toString: 1 } };
    expect(pressesOf(damaged)?.events).toEqual([cancelled]);
    if (field !== 'lastSeenAt') expect(migrateRecord(damaged)?.events).toEqual([cancelled]);
  });

  it('reads a withdraw block of null as none', () => {
    expect(migrateRecord({ ...sound, events: [], withdraw: null })).toEqual({ ...sound, events: [], withdraw: undefined });
    expect(migrateRecord({ ...sound, events: [], withdraw: null })).not.toHaveProperty('withdraw');
  });

  it.each([
    { withdraw: 'requested' },
    { withdraw: 5 },
    { withdraw: [] },
    { withdraw: { state: 'zap', requestedOn: '2026-11-20' } },
    { lastSeenAt: Number.NaN },
    { lastSeenAt: Number.POSITIVE_INFINITY },
    { lastSeenAt: 1e20 },
  ])('ignores a record whose withdraw block or last sighting it cannot read: %j', (damage) => {
    expect(migrateRecord({ ...sound, events: [], ...damage })).toBeUndefined();
  });
});

describe('pressesOf', () => {
  const send = { action: 'send', on: '2026-11-20', at: 9 };
  it('gives the readable presses of a record too damaged to be read, and only those', () => {
    const stored = { v: 1, orderNo: '1038452888', kind: 'return', stage: 'requested', lastSeenAt: 'x', events: [send, null, { action: 'send', on: 'someday', at: 10 }], pending: { action: 'cancel', at: 11 } };
    expect(pressesOf(stored)).toEqual({ events: [send], pending: { action: 'cancel', at: 11 } });
    expect(pressesOf({ ...stored, pending: { action: 'undo', at: 12 } })).toEqual({ events: [send] });
  });

  it.each([undefined, null, 'x', [send], { orderNo: '1038452888' }])('gives nothing of what holds no presses: %j', (stored) => {
    expect(pressesOf(stored)).toBeUndefined();
  });
});
