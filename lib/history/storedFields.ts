/**
 * The fields a stored record may hold, and its withdraw block's. Nothing personal is stored (issue #5),
 * yet migrateRecord keeps any key it is handed, and every later reading carries it on: what a damaged
 * store, a hand edit or an older build left there (a buyer's name, a refusal's text) would stay on the
 * seller's disk for good. Each update writes every record again with these fields alone
 * (rewriteAllRecords). The types keep both lists whole: a field added to ClaimRecord must be named here.
 */
import type { WithdrawInfo } from '../rules';
import type { ClaimRecord } from './types';

const RECORD_FIELDS: Record<keyof ClaimRecord, true> = {
  v: true, orderNo: true, cartNo: true, itemCode: true, orderCountry: true, shippedOn: true, carrier: true, trackingNo: true,
  kind: true, stage: true, claimedOn: true, withdraw: true, events: true, pending: true, lastSeenAt: true, detailSeenAt: true,
  withdrawSeenAt: true,
};
const WITHDRAW_FIELDS: Record<keyof WithdrawInfo, true> = { state: true, requestedOn: true, heldOn: true, cancelledOn: true, deadlineShown: true };

const only = <T extends object>(value: T, fields: Record<string, true>): T =>
  Object.fromEntries(Object.entries(value).filter(([key]) => Object.hasOwn(fields, key))) as T;

export function storedFieldsOnly(record: ClaimRecord): ClaimRecord {
  const kept = only(record, RECORD_FIELDS);
  if (kept.withdraw) kept.withdraw = only(kept.withdraw, WITHDRAW_FIELDS);
  return kept;
}
