// Buyer deadlines across month, year and leap-day boundaries, and the page's printed deadline (§3.10).
import { describe, expect, it } from 'vitest';
import { evaluateWithdraw } from '../../lib/rules';
import { claim, jst } from './helpers';

describe('calendar boundaries', () => {
  it.each([
    ['2021-12-28', '2022-01-03', '2022-01-04'],
    ['2024-02-25', '2024-03-02', '2024-03-03'],
    ['2024-02-23', '2024-02-29', '2024-03-01'],
    ['2023-02-23', '2023-03-01', '2023-03-02'],
    ['2026-01-31', '2026-02-06', '2026-02-07'],
    ['2026-04-30', '2026-05-06', '2026-05-07'],
  ])('a request on %s → answer through %s, auto-withdrawn %s', (requestedOn, deadline, auto) => {
    const v = evaluateWithdraw(claim({}, { state: 'requested', requestedOn }), jst(`${requestedOn} 09:00`));
    expect([v.responseDeadline, v.autoWithdrawOn]).toEqual([deadline, auto]);
  });

  it('counts a cooldown over the year end', () => {
    const v = evaluateWithdraw(claim({}, { state: 'held', heldOn: '2025-12-29' }), jst('2026-01-02 23:59:59'));
    expect(v).toMatchObject({ state: 'cooldown', nextRequestOn: '2026-01-03' });
  });

  it('counts a cooldown over a leap day', () => {
    const v = evaluateWithdraw(claim({}, { state: 'cancelled', cancelledOn: '2028-02-27' }), jst('2028-03-02'));
    expect(v).toMatchObject({ state: 'cooldown', nextRequestOn: '2028-03-03' });
    expect(evaluateWithdraw(claim({}, { state: 'cancelled', cancelledOn: '2028-02-27' }), jst('2028-03-03')).state).toBe('eligible');
  });

  it('uses the JST day, not the UTC day, for a request sent early in the Japanese morning', () => {
    // 2021-08-03 23:30 UTC is already 2021-08-04 08:30 in Japan.
    const v = evaluateWithdraw(claim({}, { state: 'held', heldOn: '2021-08-04' }), new Date('2021-08-03T23:30:00Z'));
    expect(v.nextRequestOn).toBe('2021-08-09');
  });
});

describe('a deadline printed on the page', () => {
  it('is the truth, with a warning when it differs from the rule', () => {
    const v = evaluateWithdraw(
      claim({}, { state: 'requested', requestedOn: '2021-08-03', deadlineShown: '2021/08/10' }),
      jst('2021-08-10 20:00'),
    );
    expect(v).toMatchObject({ reason: 'awaiting-buyer', responseDeadline: '2021-08-10', autoWithdrawOn: '2021-08-11' });
    expect(v.warnings).toEqual(['deadline-mismatch']);
    expect(v.deadlineEndsAt?.toISOString()).toBe('2021-08-10T15:00:00.000Z');
  });

  it('gives no warning when it agrees, in QSM’s slash form or with a time', () => {
    for (const deadlineShown of ['2021/08/09', '2021-08-09', '2021/08/09 23:59']) {
      const v = evaluateWithdraw(claim({}, { state: 'requested', requestedOn: '2021-08-03', deadlineShown }), jst('2021-08-05'));
      expect(v.warnings).toEqual([]);
      expect(v.responseDeadline).toBe('2021-08-09');
    }
  });

  it('is enough on its own when the request day is not shown', () => {
    const v = evaluateWithdraw(claim({}, { state: 'requested', deadlineShown: '2021/08/09' }), jst('2021-08-10 00:00'));
    expect(v).toMatchObject({ state: 'pending', reason: 'auto-withdraw-due', responseDeadline: '2021-08-09', autoWithdrawOn: '2021-08-10' });
  });

  it('is ignored outside a pending request (a preview beside the send form is no deadline)', () => {
    const v = evaluateWithdraw(claim({}, { state: 'none', deadlineShown: '2021/08/09' }), jst('2021-08-03'));
    expect(v).toMatchObject({ state: 'eligible', warnings: [] });
    expect(v.responseDeadline).toBeUndefined();
  });
});
