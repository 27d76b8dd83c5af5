/**
 * Build time: every message of every catalog as a chrome.i18n message for _locales/en/messages.json,
 * the default locale, which getMessage falls back to whatever the browser's language. The content
 * script then reads its texts from there (extensionMessages.ts) instead of bundling the catalogs.
 */
import { UI_LANGUAGES, type UiLanguage } from './languages';
import type { Catalog } from './messages/types';
import { messageName, PLURAL_INDEX } from './extensionMessages';

export type LocaleMessages = Record<string, { message: string; description?: string }>;

/**
 * Messages only the extension's own pages show (the popup, options and background bundle their
 * catalogs) stay out of messages.json: Chrome hands each QSM tab the whole file on its first getMessage
 * and parses all of it, ~20 ms for every message of four catalogs, ~4 ms without these (npm run bench).
 * The memo helper's language and value names are popup words the content script shows too.
 * test/e2e/package.test.ts checks the built content script asks for no message left out.
 */
const PAGE_ONLY = /^(?:options|export|reminder)\.|^popup\.(?!memoLang\.|memoValue\.)/;
export const readByContentScript = (key: string): boolean => !PAGE_ONLY.test(key);

const VALID_NAME = /^[A-Za-z0-9_]+$/;
// Chrome reads $name$ in a message as a placeholder and refuses to load the extension when it is undefined.
const PLACEHOLDER_LIKE = /\$[A-Za-z0-9_@]+\$/;

/**
 * getMessage turns a run of n ≥ 2 '$' into n - 1 and drops a lone '$' with the character after it
 * (Chrome; Firefox agrees for runs), so each run gets one more '$' and reads back unchanged.
 */
export function escapeDollars(text: string): string {
  return text.replace(/\$+/g, (run) => `${run}$`);
}

/** `base` (extName, …) plus the catalogs' content-script messages; throws on anything getMessage could not give back exactly. */
export function buildLocaleMessages(catalogs: Readonly<Record<UiLanguage, Catalog>>, base: LocaleMessages): LocaleMessages {
  const out: LocaleMessages = { ...base };
  // chrome.i18n ignores the case of names, so 'a_B' and 'a_b' would be the same message.
  const taken = new Map<string, string>(Object.keys(base).map((name) => [name.toLowerCase(), `base message ${name}`]));
  const claim = (name: string, origin: string) => {
    if (!VALID_NAME.test(name)) throw new Error(`${origin}: "${name}" is not a valid message name`);
    const clash = taken.get(name.toLowerCase());
    if (clash) throw new Error(`${origin} and ${clash} are both named ${name}`);
    taken.set(name.toLowerCase(), origin);
  };
  const add = (name: string, text: string, origin: string) => {
    claim(name, origin);
    // getMessage answers '' for a missing message, so an empty text would read as missing.
    if (!text) throw new Error(`${origin} is empty`);
    if (PLACEHOLDER_LIKE.test(text)) throw new Error(`${origin} contains ${PLACEHOLDER_LIKE.exec(text)?.[0]}`);
    out[name] = { message: escapeDollars(text) };
  };

  const plurals: string[] = [];
  for (const lang of UI_LANGUAGES) {
    for (const [key, message] of Object.entries(catalogs[lang])) {
      if (!readByContentScript(key)) continue;
      const name = messageName(lang, key);
      if (typeof message === 'string') {
        add(name, message, `${lang} ${key}`);
        continue;
      }
      // The base name is not written but is taken, so a plain message cannot share it with a plural.
      claim(name, `${lang} ${key}`);
      const forms = Object.entries(message).filter((entry): entry is [string, string] => entry[1] !== undefined);
      for (const [form, text] of forms) add(messageName(lang, key, form), text, `${lang} ${key} (${form})`);
      plurals.push(`${name}:${forms.map(([form]) => form).join(',')}`);
    }
  }
  add(PLURAL_INDEX, plurals.join(' ') || '-', 'the plural index'); // '-': no plurals, yet never empty
  return out;
}
