/** What the extension remembers of each order: the last readings and the seller's own withdraw actions. */
export type { ClaimRecord, ClaimEvent, WithdrawAction } from './types';
export { RECORD_VERSION } from './types';
export { mergeReading, noteAction, PENDING_ACTION_TTL_MS } from './merge';
export { snapshotOf } from './snapshot';
export { migrateRecord } from './migrate';
export { loadRecords, saveRecords, loadAllRecords, CLAIM_KEY_PREFIX } from './storage';
