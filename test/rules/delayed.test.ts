// "Delayed": a cancel / return / non-receipt request unconfirmed from day 5, claim day = day 1 (§2, §3.8).
import { describe, expect, it } from 'vitest';
import { evaluateWithdraw, type ClaimKind } from '../../lib/rules';
import { jst } from './helpers';

describe('delayed', () => {
  it.each<ClaimKind>(['cancel', 'return', 'nonReceipt'])('a %s request turns delayed at 00:00 JST of day 5', (kind) => {
    const c = { kind, stage: 'requested', claimedOn: '2026-11-18' } as const;
    expect(evaluateWithdraw(c, new Date('2026-11-21T14:59:59Z')).delayed).toBe(false);
    expect(evaluateWithdraw(c, new Date('2026-11-21T15:00:00Z')).delayed).toBe(true);
  });

  it('does not apply to an exchange, nor to a claim past its request stage', () => {
    expect(evaluateWithdraw({ kind: 'exchange', stage: 'requested', claimedOn: '2026-11-01' }, jst('2026-11-22')).delayed).toBe(false);
    expect(evaluateWithdraw({ kind: 'return', stage: 'inProgress', claimedOn: '2026-11-01' }, jst('2026-11-22')).delayed).toBe(false);
  });

  it('is reported beside the verdict, which stays what the rules say', () => {
    const v = evaluateWithdraw({ kind: 'return', stage: 'requested', claimedOn: '2026-11-01' }, jst('2026-11-22'));
    expect(v).toMatchObject({ state: 'eligible', delayed: true });
    const nr = evaluateWithdraw({ kind: 'nonReceipt', stage: 'requested', claimedOn: '2026-11-01' }, jst('2026-11-22'));
    expect(nr).toMatchObject({ state: 'ineligible', reason: 'non-receipt', delayed: true });
  });

  it('is false without a claim day', () => {
    expect(evaluateWithdraw({ kind: 'cancel', stage: 'requested' }, jst('2026-11-22')).delayed).toBe(false);
  });

  it('counts across a month end', () => {
    const c = { kind: 'cancel', stage: 'requested', claimedOn: '2026-02-26' } as const;
    expect(evaluateWithdraw(c, jst('2026-03-01 23:59:59')).delayed).toBe(false);
    expect(evaluateWithdraw(c, jst('2026-03-02 00:00:00')).delayed).toBe(true);
  });
});

describe('delayed where the withdraw state is not known (round 28’s review)', () => {
  it('a claim unconfirmed from day 5 is delayed also when its verdict is unknown (a 撤回要請 row with no day)', () => {
    const v = evaluateWithdraw({ kind: 'cancel', stage: 'requested', claimedOn: '2026-11-16', withdraw: { state: 'requested' } }, new Date('2026-11-19T15:00:00Z'));
    expect(v).toMatchObject({ state: 'unknown', delayed: true });
  });

  it('says nothing of delay where the claim’s day or the instant cannot be read', () => {
    expect(evaluateWithdraw({ kind: 'cancel', stage: 'requested', claimedOn: '2026-13-01' }, new Date('2026-11-30T00:00:00Z'))).toMatchObject({ state: 'unknown', delayed: false });
    expect(evaluateWithdraw({ kind: 'cancel', stage: 'requested', claimedOn: '2026-11-01' }, new Date('x'))).toMatchObject({ state: 'unknown', delayed: false, warnings: ['invalid:now'] });
  });
});
