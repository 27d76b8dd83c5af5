/**
 * Looks messages up and fills `{name}` placeholders; plural forms follow Intl.PluralRules by `count`.
 * The catalogs are not imported here: each entry point registers where messages come from (bundled.ts
 * for pages; for the content script, its language's catalog module, contentCatalog.ts), so the content
 * script does not carry four catalogs.
 */
import { INTL_LOCALE, isUiLanguage, type UiLanguage } from './languages';
import type { Message, MessageKey } from './messages/types';

export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;
/** One message of one language, undefined when that language does not have it. */
export type MessageSource = (lang: UiLanguage, key: MessageKey) => Message | undefined;

const PLACEHOLDER = /\{(\w+)\}/g;
const pluralRules = new Map<UiLanguage, Intl.PluralRules>();
// Until an entry point registers a source every message reads as its key: visible, never a crash.
let source: MessageSource = () => undefined;

/** Called once at the start of each entry point, before anything is translated. */
export function setMessageSource(next: MessageSource): void {
  source = next;
}

function pluralForm(message: Message, lang: UiLanguage, params: MessageParams | undefined): string {
  if (typeof message === 'string') return message;
  const count = Number(params?.count);
  if (!Number.isFinite(count)) return message.other;
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(INTL_LOCALE[lang])));
  return message[rules.select(count)] ?? message.other;
}

export function translate(lang: UiLanguage, key: MessageKey, params?: MessageParams): string {
  // The types make every key present; the fallbacks guard a stale stored language or a missing message.
  const own = source(lang, key);
  const message = own ?? source('en', key) ?? key;
  const text = pluralForm(message, own !== undefined && isUiLanguage(lang) ? lang : 'en', params);
  // A function replacer, so a value holding '$&' or '{x}' is inserted verbatim and never re-expanded.
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params && Object.hasOwn(params, name) ? params[name] : undefined;
    return value === undefined ? whole : String(value);
  });
}

export function createT(lang: UiLanguage): Translate {
  return (key, params) => translate(lang, key, params);
}

/** Every `{name}` a message uses, across all its plural forms (the catalog test compares these). */
export function placeholdersOf(message: Message): Set<string> {
  const forms = typeof message === 'string' ? [message] : Object.values(message);
  return new Set(forms.flatMap((form) => [...(form ?? '').matchAll(PLACEHOLDER)].map((m) => m[1] ?? '')));
}
