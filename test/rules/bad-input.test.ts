// Bad input never throws and is never guessed at (issue #2, "Bad input").
import { describe, expect, it } from 'vitest';
import { evaluateWithdraw, type ClaimSnapshot } from '../../lib/rules';
import { jst } from './helpers';

const now = jst('2026-11-22');
const unknown = (claim: unknown, at: Date = now) => evaluateWithdraw(claim as ClaimSnapshot, at);

function expectInvalid(claim: unknown, ...fields: string[]) {
  const v = unknown(claim);
  expect(v).toMatchObject({ state: 'unknown', reason: 'invalid-input', canRequest: false, delayed: false });
  for (const f of fields) expect(v.warnings.some((w) => w.endsWith(f))).toBe(true);
  return v;
}

describe('bad input', () => {
  it('names an unknown kind and an unknown stage', () => {
    const v = expectInvalid({ kind: 'refund', stage: 'shipping' }, 'kind', 'stage');
    expect(v.warnings).toEqual(['invalid:kind', 'invalid:stage']);
  });

  it.each(['2021-13-45', '', '2021/08/04', '2021-02-29', '2021-8-4', ' 2021-08-04', '2021-08-04T00:00:00Z'])(
    'refuses %j where an ISO day is wanted',
    (bad) => {
      expectInvalid({ kind: 'return', stage: 'requested', claimedOn: bad }, 'claimedOn');
      expectInvalid({ kind: 'return', stage: 'requested', withdraw: { state: 'requested', requestedOn: bad } }, 'withdraw.requestedOn');
      expectInvalid({ kind: 'return', stage: 'requested', withdraw: { state: 'held', heldOn: bad } }, 'withdraw.heldOn');
      expectInvalid({ kind: 'return', stage: 'requested', withdraw: { state: 'cancelled', cancelledOn: bad } }, 'withdraw.cancelledOn');
    },
  );

  it('refuses an impossible printed deadline', () => {
    expectInvalid({ kind: 'cancel', stage: 'requested', withdraw: { state: 'requested', requestedOn: '2021-08-03', deadlineShown: '2021/13/45' } }, 'withdraw.deadlineShown');
    expectInvalid({ kind: 'cancel', stage: 'requested', withdraw: { state: 'requested', deadlineShown: '' } }, 'withdraw.deadlineShown');
  });

  it('names a date that the withdraw state needs and lacks', () => {
    expectInvalid({ kind: 'return', stage: 'requested', withdraw: { state: 'requested' } }, 'withdraw.requestedOn');
    expectInvalid({ kind: 'return', stage: 'requested', withdraw: { state: 'held', requestedOn: '2021-08-01' } }, 'withdraw.heldOn');
    expectInvalid({ kind: 'return', stage: 'requested', withdraw: { state: 'cancelled' } }, 'withdraw.cancelledOn');
    expect(unknown({ kind: 'return', stage: 'requested', withdraw: { state: 'held' } }).warnings).toEqual(['missing:withdraw.heldOn']);
  });

  it('names every bad field at once', () => {
    const v = expectInvalid({ kind: 'x', stage: 'requested', claimedOn: '2021/07/20', withdraw: { state: 'held', heldOn: '2021-02-30' } });
    expect(v.warnings).toEqual(['invalid:kind', 'invalid:claimedOn', 'invalid:withdraw.heldOn']);
  });

  it.each([null, undefined, 42, 'return', []])('refuses a claim that is %j', (claim) => {
    expect(unknown(claim)).toMatchObject({ state: 'unknown', reason: 'invalid-input', canRequest: false });
  });

  it('refuses an unknown withdraw state', () => {
    expectInvalid({ kind: 'return', stage: 'requested', withdraw: { state: 'accepted' } }, 'withdraw.state');
    expectInvalid({ kind: 'return', stage: 'requested', withdraw: 'Y' }, 'withdraw.state');
  });

  it('refuses an invalid clock', () => {
    const v = unknown({ kind: 'return', stage: 'requested' }, new Date('nope'));
    expect(v).toMatchObject({ state: 'unknown', reason: 'invalid-input', warnings: ['invalid:now'] });
    expect(unknown({ kind: 'return', stage: 'requested' }, 'today' as unknown as Date).warnings).toEqual(['invalid:now']);
  });

  it('does not throw on hostile objects', () => {
    const hostile = new Proxy({}, { get() { throw new Error('boom'); } });
    expect(unknown(hostile).state).toBe('unknown');
    expect(unknown({ kind: 'return', stage: 'requested', withdraw: hostile }).state).toBe('unknown');
  });
});
