import type { ClaimRecord } from '../../lib/history';

/** 2026-11-22 14:03 JST. */
export const NOW = Date.parse('2026-11-22T05:03:00Z');
const HOUR = 3_600_000;

const base = (orderNo: string, rest: Partial<ClaimRecord>): ClaimRecord => ({
  v: 1,
  orderNo,
  kind: 'cancel',
  stage: 'requested',
  events: [],
  lastSeenAt: NOW - HOUR,
  ...rest,
});

/** Return requested, withdraw request sent 11/20: the buyer answers through 11/26 (ends 2026-11-26T15:00Z). */
export const pendingReturn = base('1038452888', {
  cartNo: '210340349',
  kind: 'return',
  withdraw: { state: 'requested', requestedOn: '2026-11-20' },
  lastSeenAt: NOW - 2 * HOUR,
});
/** Cancel requested yesterday, nothing sent: eligible, delayed from 11/25. */
export const eligibleCancel = base('1038452111', { cartNo: '210340888', claimedOn: '2026-11-21', lastSeenAt: NOW - 5 * HOUR });
/** Exchange: the buyer refused on 11/19, a new request from 11/24 (starts 2026-11-23T15:00Z). */
export const refusedExchange = base('1099999999', {
  cartNo: '211111111',
  kind: 'exchange',
  withdraw: { state: 'held', requestedOn: '2026-11-15', heldOn: '2026-11-19' },
});
/** Return already under way: ask Qoo10. */
export const returning = base('2000000001', { kind: 'return', stage: 'inProgress' });
/** Cancel claimed 11/10 and never confirmed: delayed since 11/14. */
export const delayedCancel = base('2000000002', { claimedOn: '2026-11-10' });
/** The seller cancelled its own request on 11/21 (event log): a new request from 11/26. */
export const cancelledOwn = base('2000000003', {
  withdraw: { state: 'none' },
  events: [
    { action: 'send', on: '2026-11-18', at: NOW - 4 * 24 * HOUR },
    { action: 'cancel', on: '2026-11-21', at: NOW - 24 * HOUR },
  ],
});

export const RECORDS: ClaimRecord[] = [pendingReturn, eligibleCancel, refusedExchange, returning, delayedCancel, cancelledOwn];
