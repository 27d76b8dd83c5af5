/**
 * Stored claim records as disk corruption, an older version's bug or a hand-edited import leave them,
 * beside sound ones: one damaged record must harm no other order (the reminders, the popup, the exports,
 * the page's badges, the background's writes).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CLAIM_KEY_PREFIX, type ClaimRecord } from '../../lib/history';

export const at = (jst: string) => new Date(`${jst}+09:00`).getTime();
/** 2026-11-26 10:00 JST: each sound order below has a reminder due. */
export const NOW = at('2026-11-26T10:00:00');
const seen = at('2026-11-25T09:00:00');

/** Withdraw request sent 11/20: the buyer's last day is today. */
export const awaitingBuyer: ClaimRecord = {
  v: 1, orderNo: '1038000001', cartNo: '210000001', kind: 'return', stage: 'requested', events: [], lastSeenAt: seen,
  withdraw: { state: 'requested', requestedOn: '2026-11-20' },
};
/** Refused 11/21: a new request is allowed from today. */
export const refused: ClaimRecord = {
  v: 1, orderNo: '1038000002', cartNo: '210000002', kind: 'exchange', stage: 'requested', events: [], lastSeenAt: seen,
  withdraw: { state: 'held', requestedOn: '2026-11-15', heldOn: '2026-11-21' },
};
/** Claimed 11/22 and never confirmed: delayed from today. */
export const unconfirmed: ClaimRecord = {
  v: 1, orderNo: '1038000003', cartNo: '210000003', kind: 'cancel', stage: 'requested', claimedOn: '2026-11-22', events: [], lastSeenAt: seen,
};
export const SOUND = [awaitingBuyer, refused, unconfirmed];

/** The seller's own press of 11/20, as the extension wrote it. */
export const sentOn1120 = { action: 'send', on: '2026-11-20', at: at('2026-11-20T10:00:00') } as const;

/**
 * The damaged order: a return whose withdraw request the seller sent on 11/20 (a grid row showed it
 * without its day; the logged press knows it), so its buyer's last day is today too.
 */
export const DAMAGED_ORDER = '1038999999';
export const damaged = (damage: Record<string, unknown>): Record<string, unknown> => ({
  v: 1, orderNo: DAMAGED_ORDER, cartNo: '219999999', kind: 'return', stage: 'requested', lastSeenAt: seen,
  withdraw: { state: 'requested' }, events: [sentOn1120], ...damage,
});
/** The damage that broke every reader: `events: [null, …]`. */
export const nullEvent = damaged({ events: [null, sentOn1120] });

/** Writes records into storage as they are, as a damaged disk or an import would have left them. */
export async function storeAsIs(records: readonly object[]): Promise<void> {
  await fakeBrowser.storage.local.set(Object.fromEntries(records.map((r) => [CLAIM_KEY_PREFIX + String((r as { orderNo: unknown }).orderNo), r])));
}
