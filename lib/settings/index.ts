/** The seller's own settings, versioned from the first release so an update never loses them. */
import { storage } from 'wxt/utils/storage';
import type { UiLanguage } from '../i18n';

export interface Settings {
  /** 'auto' follows the browser's language. */
  uiLanguage: 'auto' | UiLanguage;
}

export const DEFAULT_SETTINGS: Settings = { uiLanguage: 'auto' };

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
  // Add `2: (v1) => ({ ...v1, newField: default })` when Settings grows.
  migrations: {},
});

/** The settings with every field present, whatever an older or damaged store holds. */
export async function loadSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  return { ...DEFAULT_SETTINGS, ...(stored && typeof stored === 'object' ? stored : {}) };
}
