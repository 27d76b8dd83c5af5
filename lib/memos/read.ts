/**
 * Reading the seller's memo setup from extension storage without the storage library, for the popup and
 * the content script (which loads on every QSM page). Older or damaged values are read as far as they
 * can be (setup.ts); writing, migration and backups live in ./store.
 */
import { browser } from 'wxt/browser';
import { readMemoSetup, type MemoSetup } from './setup';

export const MEMOS_KEY = 'memos';

export async function loadMemoSetup(): Promise<MemoSetup> {
  const stored = await browser.storage.local.get(MEMOS_KEY);
  return readMemoSetup(stored[MEMOS_KEY]).setup;
}

/** Calls back with the new setup whenever it changes (options page, import); returns the unsubscribe. */
export function watchMemoSetup(callback: (setup: MemoSetup) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && MEMOS_KEY in changes) callback(readMemoSetup(changes[MEMOS_KEY]?.newValue).setup);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
