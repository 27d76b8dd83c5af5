// The examples in Qoo10's own manual (seeds/001, domain.md §3.4, §3.9).
import { describe, expect, it } from 'vitest';
import { evaluateWithdraw } from '../../lib/rules';
import { claim, jst } from './helpers';

describe('the manual’s buyer-deadline examples', () => {
  it.each([
    ['2021-07-29', '2021-08-04', '2021-08-05'],
    ['2021-08-03', '2021-08-09', '2021-08-10'],
    ['2021-08-04', '2021-08-10', '2021-08-11'],
  ])('a request sent %s can be answered through %s and is auto-withdrawn on %s', (requestedOn, deadline, auto) => {
    const v = evaluateWithdraw(claim({}, { state: 'requested', requestedOn }), jst(`${requestedOn} 10:00`));
    expect(v).toMatchObject({
      state: 'pending',
      reason: 'awaiting-buyer',
      canRequest: false,
      responseDeadline: deadline,
      autoWithdrawOn: auto,
      warnings: [],
    });
  });

  it('ends the 2021/08/04 deadline at 2021-08-04T15:00:00Z', () => {
    const v = evaluateWithdraw(claim({}, { state: 'requested', requestedOn: '2021-07-29' }), jst('2021-08-01'));
    expect(v.deadlineEndsAt?.toISOString()).toBe('2021-08-04T15:00:00.000Z');
  });

  it('keeps waiting for the buyer through the last second of the deadline day, JST', () => {
    const v = evaluateWithdraw(claim({}, { state: 'requested', requestedOn: '2021-07-29' }), new Date('2021-08-04T14:59:59.999Z'));
    expect(v.reason).toBe('awaiting-buyer');
  });

  it('says the auto-withdrawal is due from the first instant of 8/5 JST until QSM acts', () => {
    const w = { state: 'requested', requestedOn: '2021-07-29' } as const;
    expect(evaluateWithdraw(claim({}, w), new Date('2021-08-04T15:00:00Z'))).toMatchObject({
      state: 'pending',
      reason: 'auto-withdraw-due',
      canRequest: false,
      autoWithdrawOn: '2021-08-05',
    });
    expect(evaluateWithdraw(claim({}, w), jst('2021-09-30')).reason).toBe('auto-withdraw-due');
  });

  it('reads the held example: refused 2021/08/04, a new request is allowed from 8/9', () => {
    const w = { state: 'held', requestedOn: '2021-08-04', heldOn: '2021-08-04' } as const;
    expect(evaluateWithdraw(claim({}, w), jst('2021-08-08 23:59:59'))).toMatchObject({
      state: 'cooldown',
      reason: 'cooldown-after-refusal',
      nextRequestOn: '2021-08-09',
      canRequest: false,
    });
    expect(evaluateWithdraw(claim({}, w), jst('2021-08-09 00:00:00'))).toMatchObject({ state: 'eligible', canRequest: true });
  });
});
