/** The versioned settings item for the pages that write settings (options) and for update-time migration. */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from './index';

export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
  // Add `2: (v1) => ({ ...v1, newField: default })` when Settings grows.
  migrations: {},
});
