import { browser } from 'wxt/browser';
import { loadAllRecords, saveRecords } from '../lib/history';
import { settingsItem } from '../lib/settings/item';

export default defineBackground(() => {
  // After an update, bring every stored record to the current shape once, so that readers never meet
  // an old one (they migrate on read as well; this only saves the work).
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'update') return;
    await settingsItem.migrate();
    await saveRecords(await loadAllRecords());
  });
});
