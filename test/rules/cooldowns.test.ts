// The two 5-day cooldowns (domain.md §3.6, §3.7, counted as §3.8: event day = day 1).
import { describe, expect, it } from 'vitest';
import { evaluateWithdraw } from '../../lib/rules';
import { claim, jst } from './helpers';

describe('cooldown after the buyer refuses', () => {
  const held = claim({}, { state: 'held', requestedOn: '2026-11-10', heldOn: '2026-11-12' });

  it('blocks the refusal day and the four days after it, to the last second in JST', () => {
    for (const at of ['2026-11-12 00:00:00', '2026-11-14 12:00', '2026-11-16 23:59:59']) {
      expect(evaluateWithdraw(held, jst(at))).toMatchObject({
        state: 'cooldown',
        reason: 'cooldown-after-refusal',
        nextRequestOn: '2026-11-17',
        canRequest: false,
      });
    }
    expect(evaluateWithdraw(held, new Date('2026-11-16T14:59:59.999Z')).state).toBe('cooldown');
  });

  it('allows a new request from the first second of day 6 in JST', () => {
    const v = evaluateWithdraw(held, new Date('2026-11-16T15:00:00Z'));
    expect(v).toMatchObject({ state: 'eligible', reason: 'request-stage', canRequest: true });
    expect(v.nextRequestOn).toBeUndefined();
  });
});

describe('cooldown after the seller cancels its own request', () => {
  const cancelled = claim({ kind: 'cancel' }, { state: 'cancelled', requestedOn: '2026-11-18', cancelledOn: '2026-11-19' });

  it('blocks through the end of 11/23 JST', () => {
    expect(evaluateWithdraw(cancelled, new Date('2026-11-23T14:59:59Z'))).toMatchObject({
      state: 'cooldown',
      reason: 'cooldown-after-cancel',
      nextRequestOn: '2026-11-24',
    });
  });

  it('allows a new request from 2026-11-24 00:00 JST', () => {
    expect(evaluateWithdraw(cancelled, new Date('2026-11-23T15:00:00Z'))).toMatchObject({ state: 'eligible', canRequest: true });
  });

  it('is the same for an exchange', () => {
    const v = evaluateWithdraw({ ...cancelled, kind: 'exchange' }, jst('2026-11-20'));
    expect(v.reason).toBe('cooldown-after-cancel');
  });
});

describe('both cooldowns on record', () => {
  it('keeps blocking until the later one ends', () => {
    const w = { state: 'cancelled', heldOn: '2026-11-10', cancelledOn: '2026-11-13' } as const;
    expect(evaluateWithdraw(claim({}, w), jst('2026-11-14'))).toMatchObject({
      reason: 'cooldown-after-cancel',
      nextRequestOn: '2026-11-18',
    });
  });

  it('names the refusal when it ends later', () => {
    const w = { state: 'held', heldOn: '2026-11-15', cancelledOn: '2026-11-12' } as const;
    expect(evaluateWithdraw(claim({}, w), jst('2026-11-16'))).toMatchObject({
      reason: 'cooldown-after-refusal',
      nextRequestOn: '2026-11-20',
    });
  });

  it('a cancellation logged by the extension still blocks when the page shows no request any more', () => {
    const w = { state: 'none', cancelledOn: '2026-11-20' } as const;
    expect(evaluateWithdraw(claim({}, w), jst('2026-11-22')).reason).toBe('cooldown-after-cancel');
  });
});

describe('a re-request after a refusal', () => {
  it('is pending again with the deadline restarted at the new request day + 6', () => {
    const w = { state: 'requested', requestedOn: '2021-08-10', heldOn: '2021-08-04' } as const;
    expect(evaluateWithdraw(claim({}, w), jst('2021-08-11'))).toMatchObject({
      state: 'pending',
      reason: 'awaiting-buyer',
      responseDeadline: '2021-08-16',
      autoWithdrawOn: '2021-08-17',
    });
  });
});

describe('dates decide when the state and the dates disagree (§8)', () => {
  const now = jst('2026-11-28');
  it.each([
    ['a request after the refusal is out now', { state: 'held', requestedOn: '2026-11-26', heldOn: '2026-11-20' }, 'pending', 'awaiting-buyer'],
    ['a request after the seller cancelled is out now', { state: 'cancelled', requestedOn: '2026-11-26', cancelledOn: '2026-11-24' }, 'pending', 'awaiting-buyer'],
    ['a refusal after the request ended it', { state: 'requested', requestedOn: '2026-11-20', heldOn: '2026-11-25' }, 'cooldown', 'cooldown-after-refusal'],
    ['a cancellation after the request ended it', { state: 'requested', requestedOn: '2026-11-20', cancelledOn: '2026-11-26' }, 'cooldown', 'cooldown-after-cancel'],
    ['the later of a refusal and a cancellation counts', { state: 'requested', requestedOn: '2026-11-10', heldOn: '2026-11-12', cancelledOn: '2026-11-25' }, 'cooldown', 'cooldown-after-cancel'],
    ['a refusal on the request day ended it', { state: 'held', requestedOn: '2026-11-25', heldOn: '2026-11-25' }, 'cooldown', 'cooldown-after-refusal'],
    ['…whichever state is given', { state: 'requested', requestedOn: '2026-11-25', heldOn: '2026-11-25' }, 'cooldown', 'cooldown-after-refusal'],
    ['a cancellation on the request day ended it', { state: 'requested', requestedOn: '2026-11-26', cancelledOn: '2026-11-26' }, 'cooldown', 'cooldown-after-cancel'],
    ['a request after a refusal, then cancelled: the cancel cooldown', { state: 'held', heldOn: '2026-11-03', requestedOn: '2026-11-08', cancelledOn: '2026-11-24' }, 'cooldown', 'cooldown-after-cancel'],
    ['a request after a cancellation, then refused: the refusal cooldown', { state: 'cancelled', cancelledOn: '2026-11-02', requestedOn: '2026-11-08', heldOn: '2026-11-24' }, 'cooldown', 'cooldown-after-refusal'],
    ['a request after both is out now', { state: 'held', heldOn: '2026-11-03', cancelledOn: '2026-11-09', requestedOn: '2026-11-26' }, 'pending', 'awaiting-buyer'],
  ] as const)('%s', (_, w, state, reason) => {
    expect(evaluateWithdraw(claim({}, w), now)).toMatchObject({ state, reason });
  });
});


describe('a request known only by the deadline the page prints (round 28’s review)', () => {
  // A list's 撤回要请 row with 保留日 and 客户回应期限 columns and no request day: a deadline of 11/30 means
  // the request went out on 11/24 (§3.4).
  it('is ended by a refusal or a cancellation after its day: the cooldown runs, not the buyer’s window', () => {
    const refused = claim({}, { state: 'requested', deadlineShown: '2026/11/30', heldOn: '2026-11-26' });
    expect(evaluateWithdraw(refused, jst('2026-11-27 12:00'))).toMatchObject({ state: 'cooldown', reason: 'cooldown-after-refusal', nextRequestOn: '2026-12-01' });
    const cancelled = claim({}, { state: 'requested', deadlineShown: '2026/11/30', cancelledOn: '2026-11-26' });
    expect(evaluateWithdraw(cancelled, jst('2026-11-27 12:00'))).toMatchObject({ state: 'cooldown', reason: 'cooldown-after-cancel', nextRequestOn: '2026-12-01' });
  });

  it('is still out when the refusal came before its day (a request sent again)', () => {
    const again = claim({}, { state: 'requested', deadlineShown: '2026/11/30', heldOn: '2026-11-18' });
    expect(evaluateWithdraw(again, jst('2026-11-27 12:00'))).toMatchObject({ state: 'pending', responseDeadline: '2026-11-30' });
  });
});
