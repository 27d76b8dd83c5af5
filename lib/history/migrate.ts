/**
 * Every stored record passes through here on its way in, so a seller's history survives every update.
 * Add a step per version: `if (raw.v === 1) raw = { ...raw, v: 2, … }`.
 */
import { CLAIM_KINDS, CLAIM_STAGES } from '../rules';
import { RECORD_VERSION, type ClaimRecord } from './types';

type Raw = Record<string, unknown>;

function isRecordShape(raw: Raw): boolean {
  return (
    typeof raw.orderNo === 'string' &&
    /^\d+$/.test(raw.orderNo) &&
    CLAIM_KINDS.includes(raw.kind as never) &&
    CLAIM_STAGES.includes(raw.stage as never) &&
    typeof raw.lastSeenAt === 'number'
  );
}

/** The current shape of a stored record, or undefined for anything unreadable (it is then ignored, never trusted). */
export function migrateRecord(stored: unknown): ClaimRecord | undefined {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return undefined;
  let raw = { ...(stored as Raw) };
  // v0: the pre-release shape had no version and no event list.
  if (raw.v === undefined) raw = { ...raw, v: 1, events: Array.isArray(raw.events) ? raw.events : [] };
  if (raw.v !== RECORD_VERSION || !isRecordShape(raw)) return undefined;
  if (!Array.isArray(raw.events)) raw.events = [];
  return raw as unknown as ClaimRecord;
}
