/**
 * One writer for the claim records: the background. A record is written whole after it is read, and two
 * QSM tabs (or a detail's popup and the claim list behind it) writing one order in the same moment would
 * each write over the other's seller action, which the 5-day cooldown runs from. QSM pages send their
 * writes here as messages and the background does them one after another (saveRecords' queue). A press
 * of a withdraw button is sent as it happens and noted there: the page QSM posts back and unloads has no
 * read and write of its own left to finish.
 */
import { browser } from 'wxt/browser';
import { noteAction } from './merge';
import { migrateRecord } from './migrate';
import { clearHistory, loadRecords, saveRecords, queued } from './storage';
import { WITHDRAW_ACTIONS, type ClaimRecord, type WithdrawAction } from './types';

const SAVE = 'qwa:save-records';
const PRESS = 'qwa:withdraw-press';
const CLEAR = 'qwa:clear-history';

type HistoryWrite =
  | { type: typeof SAVE; records: readonly unknown[] }
  | { type: typeof PRESS; orderNo: string; action: WithdrawAction; at: number }
  | { type: typeof CLEAR };

/** From a QSM page: its reading's changed records, written once the background has merged them in. */
export async function sendRecords(records: readonly ClaimRecord[]): Promise<void> {
  if (records.length) await browser.runtime.sendMessage({ type: SAVE, records } satisfies HistoryWrite);
}

/** From a QSM page: the seller pressed a withdraw button of this order's at `at`; the next reading confirms it. */
export async function sendPress(orderNo: string, action: WithdrawAction, at: number): Promise<void> {
  await browser.runtime.sendMessage({ type: PRESS, orderNo, action, at } satisfies HistoryWrite);
}

/**
 * From the options page: forget every record, in its turn. A page's write already queued lands first and
 * is forgotten too, instead of bringing its orders back after the seller cleared them.
 */
export async function sendClearHistory(): Promise<void> {
  await browser.runtime.sendMessage({ type: CLEAR } satisfies HistoryWrite);
}

export function isHistoryWrite(message: unknown): message is HistoryWrite {
  const m = message as Partial<Record<string, unknown>> | null;
  if (typeof m !== 'object' || !m) return false;
  if (m.type === SAVE) return Array.isArray(m.records);
  if (m.type === CLEAR) return true;
  // A press from the future would wait for its confirmation for ever (merge.ts forgets it by its age).
  const at = m.at as number;
  return m.type === PRESS && typeof m.orderNo === 'string' && /^\d+$/.test(m.orderNo) && WITHDRAW_ACTIONS.includes(m.action as never) && Number.isFinite(at) && at <= Date.now() + 60_000;
}

/**
 * In the background: does a page's write. Records that are not a record's shape are left out. A press is
 * noted on the order's record as stored at that moment, in the same turn of the queue as its write; an
 * order with no record has no reading to confirm the press against and is left alone.
 */
export async function applyHistoryWrite(write: HistoryWrite): Promise<void> {
  if (write.type === SAVE) {
    await saveRecords(write.records.map(migrateRecord).filter((r): r is ClaimRecord => !!r));
    return;
  }
  if (write.type === CLEAR) return clearHistory();
  await queued(async (save) => {
    const known = (await loadRecords([write.orderNo])).get(write.orderNo);
    if (known) await save([noteAction(known, write.action, write.at)]);
  });
}
