/** Old entries go: a claim not seen in QSM for the retention period (the seller's setting) is forgotten. */
import type { ClaimRecord } from './types';

export const DEFAULT_RETENTION_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The order numbers whose records have outlived the retention period. */
export function expiredOrders(records: readonly ClaimRecord[], now: number, retentionDays: number): string[] {
  const days = Number.isFinite(retentionDays) && retentionDays > 0 ? retentionDays : DEFAULT_RETENTION_DAYS;
  return records.filter((r) => now - r.lastSeenAt > days * DAY_MS).map((r) => r.orderNo);
}
