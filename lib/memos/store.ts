/**
 * The seller's memo setup in extension storage: one versioned WXT item, `local:memos`, holding a
 * MemoSetup (setup.ts). WXT records the version in the item's meta (`memos$`) and runs the
 * migrations on load; the value also names its own version, so readers, imports of older exports and
 * values WXT did not migrate all go through the same steps (MEMO_SETUP_MIGRATIONS). Nothing the
 * seller wrote is ever dropped silently: a value this release cannot read whole (damaged, or written
 * by a newer release) is copied to `memos:backup` before it is first written over.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { MEMOS_KEY } from './read';
import { MEMO_SETUP_MIGRATIONS, MEMO_SETUP_VERSION, needsBackup, readMemoSetup, upgradeRaw, type MemoSetup, type SetupReading } from './setup';
import { parseMemoImport, type ImportResult } from './transfer';

export { MEMOS_KEY, loadMemoSetup, watchMemoSetup } from './read';
export const MEMOS_BACKUP_KEY = 'memos:backup';
/** How many unreadable values are kept aside, newest last. */
const MAX_BACKUPS = 5;

export interface MemoBackup {
  savedAt: string;
  value: unknown;
}

type Steps = typeof MEMO_SETUP_MIGRATIONS;

/** The WXT migrations for `version`: each brings the value, from whatever version it names, to that one. */
function wxtMigrations(version: number, steps: Steps): Record<number, (old: unknown) => unknown> {
  const out: Record<number, (old: unknown) => unknown> = {};
  for (let v = 2; v <= version; v++) {
    out[v] = (old) => (old && typeof old === 'object' && !Array.isArray(old) ? upgradeRaw(old as Record<string, unknown>, v, steps) : old);
  }
  return out;
}

/** Keeps a value this release could not read whole, unless the newest backup already holds it. */
async function backUp(value: unknown, now: Date): Promise<void> {
  const stored = (await browser.storage.local.get(MEMOS_BACKUP_KEY))[MEMOS_BACKUP_KEY];
  const backups: MemoBackup[] = Array.isArray(stored) ? (stored as MemoBackup[]) : [];
  if (backups.length && JSON.stringify(backups[backups.length - 1]?.value) === JSON.stringify(value)) return;
  await browser.storage.local.set({ [MEMOS_BACKUP_KEY]: [...backups, { savedAt: now.toISOString(), value }].slice(-MAX_BACKUPS) });
}

/** A store for one version of the setup; the extension uses `memoStore`, tests make others to try future versions. */
export function createMemoStore(version = MEMO_SETUP_VERSION, steps: Steps = MEMO_SETUP_MIGRATIONS) {
  const item = storage.defineItem<unknown>(`local:${MEMOS_KEY}`, { version, migrations: wxtMigrations(version, steps) });

  /** The stored setup after WXT's migrations, and how it was read. */
  async function load(): Promise<SetupReading> {
    return readMemoSetup(await item.getValue(), version, steps);
  }

  async function save(setup: MemoSetup, now = new Date()): Promise<void> {
    const before = await item.getValue();
    if (needsBackup(readMemoSetup(before, version, steps).status)) await backUp(before, now);
    await item.setValue({ ...setup, version });
    await item.setMeta({ v: version });
  }

  /** Replaces the setup with an exported file's; a file that is refused changes nothing. */
  async function importText(text: string): Promise<ImportResult> {
    const result = parseMemoImport(text);
    if (result.ok) await save(result.setup);
    return result;
  }

  return { item, load, save, importText, migrate: () => item.migrate() };
}

export const memoStore = createMemoStore();
export const openMemoSetup = memoStore.load;
export const saveMemoSetup = memoStore.save;
export const importMemoText = memoStore.importText;

export async function loadMemoBackups(): Promise<MemoBackup[]> {
  const stored = (await browser.storage.local.get(MEMOS_BACKUP_KEY))[MEMOS_BACKUP_KEY];
  return Array.isArray(stored) ? (stored as MemoBackup[]) : [];
}
