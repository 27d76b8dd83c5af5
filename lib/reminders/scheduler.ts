/**
 * The background's reminder run (issue #5 §3): forget expired claims, fire the reminders that are due
 * (each once: fired ids are kept in storage), show the count of orders needing action on the toolbar,
 * and set one alarm for the next reminder, or sooner when a counted one ends. Run it at start-up, after
 * an update, on the alarm, and when the history or the settings change: everything is rebuilt from
 * storage each time.
 */
import { browser } from 'wxt/browser';
import { FIRED_REMINDERS_KEY, dropExpiredRecords } from '../history';
import { createT, formatCountdownShort, formatJstDay, pickUiLanguage } from '../i18n';
import { POLICY } from '../rules';
import { loadSettings } from '../settings';
import { dueReminders, firedIdsToKeep, hasSomethingAhead, needsActionCount, nextAlarmAt, planReminders, type Reminder, EVERY_REMINDER } from './plan';

export const REMINDER_ALARM = 'qwa-reminders';
/** A safety net: alarms do not always survive a browser restart, and a day boundary changes verdicts. */
const SWEEP_MINUTES = 30;

async function loadFired(): Promise<Set<string>> {
  const stored = (await browser.storage.local.get(FIRED_REMINDERS_KEY))[FIRED_REMINDERS_KEY];
  return new Set(Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : []);
}

function notificationText(reminder: Reminder, lang: ReturnType<typeof pickUiLanguage>, now: number) {
  const t = createT(lang);
  return {
    title: t(`reminder.${reminder.kind}.title`),
    message: t(`reminder.${reminder.kind}.message`, {
      orderNo: reminder.orderNo,
      // The delayed count comes from the policy table (§3.8), as the panel's own "delayed" note does.
      count: POLICY.delayedAfterDays,
      // The day it is about (the buyer's last day, the first day a request is allowed again), said as a
      // JST day, and the time left: the lead time may be days, and the seller's clock another than Japan's.
      day: t('field.jstDay', { day: formatJstDay(reminder.day, lang) }),
      left: formatCountdownShort(reminder.dueAt - now, lang, 2),
    }),
  };
}

let running: Promise<unknown> = Promise.resolve();

/**
 * Runs the reminders once, after any run begun before it has finished; gives the ones it showed. Two runs
 * at once would both read "not fired yet" before either wrote it down, and the seller would get the same
 * notification twice (a run waits on storage's write queue and on the notifications it shows, and the
 * background starts another on every history change).
 */
export function runReminders(now?: number, languages: readonly string[] = navigator.languages): Promise<Reminder[]> {
  // The time is taken when the run starts, not when it was asked for.
  const run = running.then(() => runOnce(now ?? Date.now(), languages));
  running = run.catch(() => undefined);
  return run;
}

async function runOnce(now: number, languages: readonly string[]): Promise<Reminder[]> {
  const settings = await loadSettings();
  const records = await dropExpiredRecords(now, settings.retentionDays, (r) => hasSomethingAhead(r, now));

  // Every kind planned once: the toolbar counts every order that needs the seller, as the popup's "due soon"
  // lists them, whatever notifications are switched off (only the lead time, which says when a deadline
  // needs the seller, counts); the notifications are the kinds switched on.
  const counted = planReminders(records, now, { ...settings, reminders: EVERY_REMINDER.reminders });
  const plan = counted.filter((r) => settings.reminders[r.kind]);
  const fired = await loadFired();
  const due = dueReminders(plan, now, fired);
  const lang = pickUiLanguage(settings.uiLanguage, languages);
  const shown: Reminder[] = [];
  for (const reminder of due) {
    // A notification the browser refuses is tried again on the next run; the others, the toolbar count and
    // the next alarm still follow (without that alarm, no reminder would come until something changed).
    try {
      await browser.notifications.create(`qwa:${reminder.id}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        ...notificationText(reminder, lang, now),
      });
    } catch {
      continue;
    }
    fired.add(reminder.id);
    shown.push(reminder);
  }
  // Kept until the reminder could no longer fire, whatever is switched off now; the list stays small.
  await browser.storage.local.set({ [FIRED_REMINDERS_KEY]: firedIdsToKeep(fired, now) });

  const count = needsActionCount(counted, now);
  const action = browser.action ?? browser.browserAction;
  await action?.setBadgeText({ text: count ? String(count) : '' });
  await action?.setBadgeBackgroundColor?.({ color: '#d93025' });

  // The count's own moments too (an order switched off for notifying turns due, or stops being so).
  const next = nextAlarmAt(counted, now, fired);
  await browser.alarms.create(REMINDER_ALARM, {
    when: Math.min(next ?? Infinity, now + SWEEP_MINUTES * 60_000),
  });
  return shown;
}

/** A reminder's notification opens the order's card (the popup page in a tab). */
export function orderNoOfNotification(notificationId: string): string | undefined {
  return /^qwa:[a-zA-Z]+:(\d+):/.exec(notificationId)?.[1];
}
