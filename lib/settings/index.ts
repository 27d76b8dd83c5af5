/**
 * The seller's own settings, versioned from the first release so an update never loses them.
 * Readers (the content script loads on every QSM page) go through plain extension storage; the
 * versioned item with its migrations lives in ./item and is used by the pages that write.
 */
import { browser } from 'wxt/browser';
import type { UiLanguage } from '../i18n';

export interface Settings {
  /** 'auto' follows the browser's language. */
  uiLanguage: 'auto' | UiLanguage;
}

export const SETTINGS_KEY = 'settings';
export const DEFAULT_SETTINGS: Settings = { uiLanguage: 'auto' };

/** The settings with every field present, whatever an older or damaged store holds. */
export function normalizeSettings(stored: unknown): Settings {
  return { ...DEFAULT_SETTINGS, ...(stored && typeof stored === 'object' && !Array.isArray(stored) ? stored : {}) };
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return normalizeSettings(stored[SETTINGS_KEY]);
}

/** Calls back with the new settings whenever they change; returns the unsubscribe. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) callback(normalizeSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
