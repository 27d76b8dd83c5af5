/** Looks messages up and fills `{name}` placeholders; plural forms follow Intl.PluralRules by `count`. */
import { INTL_LOCALE, type UiLanguage } from './languages';
import { en } from './messages/en';
import { ja } from './messages/ja';
import { ko } from './messages/ko';
import type { Catalog, Message, MessageKey } from './messages/types';
import { zh_CN } from './messages/zh_CN';

export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export const MESSAGES: Readonly<Record<UiLanguage, Catalog>> = { en, ja, zh_CN, ko };

const PLACEHOLDER = /\{(\w+)\}/g;
const pluralRules = new Map<UiLanguage, Intl.PluralRules>();

function pluralForm(message: Message, lang: UiLanguage, params: MessageParams | undefined): string {
  if (typeof message === 'string') return message;
  const count = Number(params?.count);
  if (!Number.isFinite(count)) return message.other;
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(INTL_LOCALE[lang])));
  return message[rules.select(count)] ?? message.other;
}

export function translate(lang: UiLanguage, key: MessageKey, params?: MessageParams): string {
  // The types make every key present; the fallbacks only guard a stale stored language at run time.
  const message = MESSAGES[lang]?.[key] ?? en[key] ?? key;
  const text = pluralForm(message, MESSAGES[lang] ? lang : 'en', params);
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
