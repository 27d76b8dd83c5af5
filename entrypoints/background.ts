/**
 * Wiring only: reminders are rebuilt from storage whenever something could change them
 * (start-up, update, the alarm, the history or the settings), and a reminder opens its order's card.
 */
import { browser } from 'wxt/browser';
import { CLAIM_KEY_PREFIX, applyHistoryWrite, isHistoryWrite, rewriteAllRecords } from '../lib/history';
import { setMessageSource } from '../lib/i18n';
import { refreshOpenQsmTabs } from '../lib/install';
import { bundledMessages } from '../lib/i18n/bundled';
import { isMemoPreviewRequest, previewMemo } from '../lib/memos';
import { memoLibrary, sellerValues } from '../lib/memos/library';
import { loadMemoSetup } from '../lib/memos/read';
import { memoStore } from '../lib/memos/store';
import { REMINDER_ALARM, orderNoOfNotification, runReminders } from '../lib/reminders/scheduler';
import { SETTINGS_KEY } from '../lib/settings';
import { settingsItem } from '../lib/settings/item';

export default defineBackground(() => {
  setMessageSource(bundledMessages);
  let queued: ReturnType<typeof setTimeout> | undefined;
  const rerun = () => {
    clearTimeout(queued);
    // A grid read writes many records at once: one run after the burst.
    queued = setTimeout(() => void runReminders().catch(() => undefined), 500);
  };

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    try {
      if (reason === 'update') {
        // Bring every stored record to the current shape once (readers also migrate on read). Each step on
        // its own: settings a newer release wrote (the seller went back to this build) make WXT's migrate
        // throw, and the records are still to be rewritten.
        for (const step of [() => settingsItem.migrate(), () => memoStore.migrate(), rewriteAllRecords]) await step().catch(() => undefined);
      }
    } finally {
      // QSM tabs open meanwhile get working badges without the seller reloading them: after the migration
      // (its writes would overwrite theirs), and also when it failed.
      if (reason === 'install' || reason === 'update') void refreshOpenQsmTabs().catch(() => 0);
    }
    rerun();
  });
  browser.runtime.onStartup.addListener(rerun);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) rerun();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (Object.keys(changes).some((k) => k.startsWith(CLAIM_KEY_PREFIX) || k === SETTINGS_KEY)) rerun();
  });
  // Only our own content scripts can send these messages. The message helper on QSM pages asks here:
  // templates and the personal-data guard stay out of the content script. QSM pages write the claim
  // records here, one write after another (lib/history/writes.ts).
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isHistoryWrite(message)) return applyHistoryWrite(message).then(() => null);
    if (!isMemoPreviewRequest(message)) return undefined;
    return loadMemoSetup().then((setup) => previewMemo(message, memoLibrary(setup), sellerValues(setup), Date.now()));
  });
  browser.notifications.onClicked.addListener((id) => {
    const orderNo = orderNoOfNotification(id);
    if (!orderNo) return;
    void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?order=${orderNo}`) });
    void browser.notifications.clear(id);
  });
  rerun();
});
