// From readings to verdicts: one verdict per snapshot and JST day, shared by every row that has it.
import { describe, expect, it } from 'vitest';
import { completeFromKnown, foldIn, judgeSnapshot } from '../../entrypoints/qsm.content/judge';
import type { OrderClaim } from '../../lib/qsm';
import { evaluateWithdraw, type ClaimSnapshot } from '../../lib/rules';

const pending: ClaimSnapshot = { kind: 'return', stage: 'requested', withdraw: { state: 'requested', requestedOn: '2026-11-16' } };
const at = (iso: string) => new Date(iso).getTime();

describe('judgeSnapshot', () => {
  it('judges as the rules do, at any instant', () => {
    const judged = judgeSnapshot('1038452888', pending);
    for (const instant of ['2026-11-22T14:59:59.999Z', '2026-11-22T15:00:00Z', '2026-11-23T03:00:00Z']) {
      expect(judged.verdictAt(at(instant))).toEqual(evaluateWithdraw(pending, new Date(instant)));
    }
  });

  it('shares one verdict among rows with the same snapshot on the same JST day', () => {
    const a = judgeSnapshot('1038452888', pending).verdictAt(at('2026-11-21T15:00:00Z'));
    const b = judgeSnapshot('1038452999', { ...pending }).verdictAt(at('2026-11-22T14:59:00Z'));
    expect(b).toBe(a);
    expect(a.state).toBe('pending');
  });

  it('judges again on the next JST day: the deadline passed at midnight in Japan', () => {
    const judged = judgeSnapshot('1038452888', pending);
    expect(judged.verdictAt(at('2026-11-22T14:59:59Z')).reason).toBe('awaiting-buyer');
    expect(judged.verdictAt(at('2026-11-22T15:00:00Z')).reason).toBe('auto-withdraw-due');
  });

  it('keys a badge by its order and snapshot, so a changed reading repaints it', () => {
    expect(judgeSnapshot('1', pending).key).not.toBe(judgeSnapshot('2', pending).key);
    expect(judgeSnapshot('1', pending).key).not.toBe(judgeSnapshot('1', { ...pending, claimedOn: '2026-11-15' }).key);
  });

  it('hands an impossible instant to the rules, which say so', () => {
    expect(judgeSnapshot('1', pending).verdictAt(NaN)).toMatchObject({ state: 'unknown', warnings: ['invalid:now'] });
  });
});

describe('foldIn: whether storage needs the reading', () => {
  const claim: OrderClaim = { orderNo: '1038452888', cartNo: '210340349', kind: 'return', stage: 'requested', claimedOn: '2026-11-18' };
  const t0 = at('2026-11-21T01:00:00Z');
  const known = foldIn(undefined, claim, 'grid', t0).record;

  it('writes a first reading, and nothing when the same facts are read again within the hour', () => {
    expect(foldIn(undefined, claim, 'grid', t0).changed).toBe(true);
    expect(foldIn(known, { ...claim }, 'grid', t0 + 10 * 60_000).changed).toBe(false);
  });

  it('writes a changed stage or withdraw state at once, and the same facts again an hour on', () => {
    expect(foldIn(known, { ...claim, stage: 'onHold' }, 'grid', t0 + 60_000).changed).toBe(true);
    expect(foldIn(known, { ...claim, withdraw: { state: 'requested', requestedOn: '2026-11-21' } }, 'grid', t0 + 60_000).changed).toBe(true);
    expect(foldIn(known, { ...claim }, 'grid', t0 + 3_600_001).changed).toBe(true);
  });
});

describe('completeFromKnown', () => {
  const known = foldIn(undefined, { orderNo: '1038452888', kind: 'exchange', stage: 'requested' }, 'detail', at('2026-11-20T01:00:00Z')).record;

  it('gives a status that names only the withdraw state the kind an earlier reading saw', () => {
    const facts = { orderNo: '1038452888', stage: 'requested' as const, withdraw: { state: 'held' as const } };
    expect(completeFromKnown(facts, known)).toEqual({ ...facts, kind: 'exchange' });
  });

  it('never stands in for a status this reading could not read: the stage seen before may be over', () => {
    expect(completeFromKnown({ orderNo: '1038452888' }, known)).toBeUndefined();
    expect(completeFromKnown({ orderNo: '1038452888', cartNo: '210340349' }, known)).toBeUndefined();
    expect(completeFromKnown({ orderNo: '1038452888', stage: 'requested' }, undefined)).toBeUndefined();
  });
});
