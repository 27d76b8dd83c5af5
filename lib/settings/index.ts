/**
 * The seller's own settings, versioned from the first release so an update never loses them.
 * Readers (the content script loads on every QSM page) go through plain extension storage; the
 * versioned item with its migrations lives in ./item and is used by the pages that write.
 */
import { browser } from 'wxt/browser';
import { isUiLanguage, type UiLanguage } from '../i18n/languages';

export type ReminderKind = 'deadline' | 'cooldownEnd' | 'delayed';

export interface Settings {
  /** 'auto' follows the browser's language. */
  uiLanguage: 'auto' | UiLanguage;
  /** Claims not seen in QSM for this many days are forgotten. */
  retentionDays: number;
  /** Which reminders the seller wants. */
  reminders: Record<ReminderKind, boolean>;
  /** How long before a buyer deadline ends its reminder fires. */
  deadlineLeadHours: number;
}

export const SETTINGS_KEY = 'settings';
export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'auto',
  retentionDays: 90,
  reminders: { deadline: true, cooldownEnd: true, delayed: true },
  deadlineLeadHours: 24,
};

/** What the options page accepts (whole numbers): a damaged or hand-edited store is brought within it. */
export const RETENTION_DAYS_RANGE = { min: 1, max: 3650 } as const;
export const LEAD_HOURS_RANGE = { min: 1, max: 144 } as const;

const within = (value: unknown, { min, max }: { min: number; max: number }, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.min(max, Math.max(min, Math.round(value))) : fallback;

/** The settings with every field present and sane, whatever an older or damaged store holds. */
export function normalizeSettings(stored: unknown): Settings {
  const s = (stored && typeof stored === 'object' && !Array.isArray(stored) ? stored : {}) as Partial<Settings>;
  const reminders = (s.reminders && typeof s.reminders === 'object' ? s.reminders : {}) as Partial<Settings['reminders']>;
  return {
    ...DEFAULT_SETTINGS,
    ...s,
    uiLanguage: isUiLanguage(s.uiLanguage) ? s.uiLanguage : 'auto',
    retentionDays: within(s.retentionDays, RETENTION_DAYS_RANGE, DEFAULT_SETTINGS.retentionDays),
    deadlineLeadHours: within(s.deadlineLeadHours, LEAD_HOURS_RANGE, DEFAULT_SETTINGS.deadlineLeadHours),
    reminders: {
      deadline: reminders.deadline !== false,
      cooldownEnd: reminders.cooldownEnd !== false,
      delayed: reminders.delayed !== false,
    },
  };
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return normalizeSettings(stored[SETTINGS_KEY]);
}

/**
 * The seller's chosen language alone, for the content script (it loads on every QSM page and needs no
 * other setting): 'auto' when none or an unknown one is stored.
 */
const uiLanguageOf = (stored: unknown): Settings['uiLanguage'] => {
  const chosen = (stored as Partial<Settings> | undefined)?.uiLanguage;
  return isUiLanguage(chosen) ? chosen : 'auto';
};

export async function loadUiLanguage(): Promise<Settings['uiLanguage']> {
  return uiLanguageOf((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

/** Calls back with the chosen language whenever the settings change; returns the unsubscribe. */
export function watchUiLanguage(callback: (uiLanguage: Settings['uiLanguage']) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) callback(uiLanguageOf(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
