// The reply deadline a message to the buyer names (domain.md §3.4, §3.6, §3.7), read off the rules' verdict.
import { describe, expect, it } from 'vitest';
import { memoDeadline } from '../../lib/memos/deadline';
import { evaluateWithdraw, type ClaimSnapshot } from '../../lib/rules';

// 2026-11-23, noon in Japan.
const NOW = Date.parse('2026-11-23T03:00:00Z');
const deadlineFor = (claim: ClaimSnapshot) => memoDeadline(evaluateWithdraw(claim, new Date(NOW)), NOW);

describe('memoDeadline', () => {
  it('names the deadline of the request already out', () => {
    expect(deadlineFor({ kind: 'return', stage: 'requested', withdraw: { state: 'requested', requestedOn: '2026-11-20' } })).toBe('2026-11-26');
  });

  it('names the deadline a request sent today gets, when one can be sent today', () => {
    expect(deadlineFor({ kind: 'cancel', stage: 'requested' })).toBe('2026-11-29');
  });

  it('during a cooldown, names the deadline of a request sent on the first day one may be sent, not today + 6', () => {
    // Refused 11/21: no new request before 11/26, which the buyer may answer through 12/2.
    expect(deadlineFor({ kind: 'exchange', stage: 'requested', withdraw: { state: 'held', requestedOn: '2026-11-15', heldOn: '2026-11-21' } })).toBe('2026-12-02');
    // The seller cancelled its own request 11/22: a new one from 11/27, answered through 12/3.
    expect(deadlineFor({ kind: 'cancel', stage: 'requested', withdraw: { state: 'cancelled', cancelledOn: '2026-11-22' } })).toBe('2026-12-03');
  });

  it('names none when no request can be sent for the claim in QSM', () => {
    expect(deadlineFor({ kind: 'nonReceipt', stage: 'requested' })).toBeUndefined();
    expect(deadlineFor({ kind: 'return', stage: 'inProgress' })).toBeUndefined();
  });
});
