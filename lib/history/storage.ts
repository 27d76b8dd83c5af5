/** Claim records in extension storage, one key per order so that frames and tabs never overwrite each other. */
import { browser } from 'wxt/browser';
import { keepStoredActions, withStoredDetail } from './merge';
import { migrateRecord, pressesOf } from './migrate';
import { expiredOrders } from './retention';
import { storedFieldsOnly } from './storedFields';
import { RECORD_VERSION, type ClaimRecord } from './types';

export const CLAIM_KEY_PREFIX = 'claim:';
/** Kept beside the records so that clearing the history also forgets which reminders fired. */
export const FIRED_REMINDERS_KEY = 'reminders:fired';
const keyOf = (orderNo: string) => CLAIM_KEY_PREFIX + orderNo;

export async function loadRecords(orderNos: readonly string[]): Promise<Map<string, ClaimRecord>> {
  const found = new Map<string, ClaimRecord>();
  if (!orderNos.length) return found;
  const stored = await browser.storage.local.get(orderNos.map(keyOf));
  for (const orderNo of orderNos) {
    const record = migrateRecord(stored[keyOf(orderNo)]);
    if (record) found.set(orderNo, record);
  }
  return found;
}

type Save = (records: readonly ClaimRecord[]) => Promise<void>;

/** Reads what is stored of the records' orders and writes them merged: one read and one write. */
const saveNow: Save = async (records) => {
  if (!records.length) return;
  // What another tab or frame wrote since these records were read: its seller's actions are kept, and a
  // detail's reading the writer did not know of (withStoredDetail).
  const keys = records.map((r) => keyOf(r.orderNo));
  const stored = await browser.storage.local.get(keys);
  const writes: Record<string, ClaimRecord> = {};
  records.forEach((r, i) => {
    const raw = stored[keys[i]!];
    // A newer release's record (the seller went back to an older build): this build cannot write its shape
    // whole, and writing its own over it would lose what the newer one knows. The newer build reads it on.
    const v = (raw as { v?: unknown } | undefined)?.v;
    if (typeof v === 'number' && v > RECORD_VERSION) return;
    const sound = migrateRecord(raw);
    // A stored record too damaged to be read still gives its presses (pressesOf): this write replaces it.
    writes[keys[i]!] = keepStoredActions(sound ?? pressesOf(raw), sound ? withStoredDetail(sound, r) : r, Date.now());
  });
  if (Object.keys(writes).length) await browser.storage.local.set(writes);
};

let writing: Promise<unknown> = /* @__PURE__ */ Promise.resolve();

/**
 * Runs `job` after every write begun before it in this context, with `save` to write records in its turn:
 * a write between another's read and its write would be written over (lib/history/writes.ts).
 */
export function queued<T>(job: (save: Save) => Promise<T>): Promise<T> {
  const run = writing.then(() => job(saveNow));
  writing = run.catch(() => undefined);
  return run;
}

/** Writes records, merged with what is stored, after the writes queued before them. */
export function saveRecords(records: readonly ClaimRecord[]): Promise<void> {
  return queued((save) => save(records));
}

/** Every stored record, migrated; used by the popup and by the update-time migration. */
export async function loadAllRecords(): Promise<ClaimRecord[]> {
  const all = await browser.storage.local.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith(CLAIM_KEY_PREFIX))
    .map(([, value]) => migrateRecord(value))
    .filter((r): r is ClaimRecord => !!r);
}

/**
 * Calls back whenever claim records are written or removed (a QSM page's reading, a seller's press, a
 * clear); returns the unsubscribe. The options page stays open while QSM pages write.
 */
export function watchRecords(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((key) => key.startsWith(CLAIM_KEY_PREFIX))) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Every stored record written again in its current shape, its own fields alone (after an update), in its turn in the queue. */
export function rewriteAllRecords(): Promise<void> {
  return queued(async (save) => save((await loadAllRecords()).map(storedFieldsOnly)));
}

/**
 * Forgets the records that outlived the retention period, except those `keep` keeps (a cooldown still
 * running), and gives the others, in its turn in the queue: a reading written just before is read here,
 * and its order is not forgotten.
 */
export function dropExpiredRecords(now: number, retentionDays: number, keep: (record: ClaimRecord) => boolean = () => false): Promise<ClaimRecord[]> {
  return queued(async () => {
    const all = await loadAllRecords();
    const expired = new Set(expiredOrders(all, now, retentionDays));
    for (const r of all) if (expired.has(r.orderNo) && keep(r)) expired.delete(r.orderNo);
    if (expired.size) await removeRecords([...expired]);
    return all.filter((r) => !expired.has(r.orderNo));
  });
}

export async function removeRecords(orderNos: readonly string[]): Promise<void> {
  if (orderNos.length) await browser.storage.local.remove(orderNos.map(keyOf));
}

/**
 * "Clear everything": every claim record and the reminders' memory of what already fired, in its turn in
 * the queue (the options page asks the background for it: lib/history/writes.ts).
 */
export function clearHistory(): Promise<void> {
  return queued(async () => {
    const all = await browser.storage.local.get(null);
    const keys = Object.keys(all).filter((k) => k.startsWith(CLAIM_KEY_PREFIX) || k === FIRED_REMINDERS_KEY);
    if (keys.length) await browser.storage.local.remove(keys);
  });
}
