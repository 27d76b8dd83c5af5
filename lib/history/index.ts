/** What the extension remembers of each order: the last readings and the seller's own withdraw actions. */
export type { ClaimRecord, ClaimEvent, WithdrawAction } from './types';
export { RECORD_VERSION } from './types';
export { keepStoredActions, mergeReading, noteAction, PENDING_ACTION_TTL_MS } from './merge';
export { snapshotOf } from './snapshot';
export { sameFacts } from './same';
export { migrateRecord } from './migrate';
export { loadRecords, saveRecords, loadAllRecords, watchRecords, removeRecords, clearHistory, rewriteAllRecords, dropExpiredRecords, CLAIM_KEY_PREFIX, FIRED_REMINDERS_KEY } from './storage';
export { MIN_PART_DIGITS, isOrderNo, matchRecords, queryDigits, readQuery, searchRecords, searchedDigits, type OrderQuery } from './search';
export { expiredOrders, DEFAULT_RETENTION_DAYS } from './retention';
export { applyHistoryWrite, isHistoryWrite, sendClearHistory, sendPress, sendRecords } from './writes';
