import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES, type Catalog, type UiLanguage } from '../../lib/i18n';
import { MESSAGES } from '../../lib/i18n/bundled';
import { messageName, PLURAL_INDEX } from '../../lib/i18n/extensionMessages';
import { en } from '../../lib/i18n/messages/en';
import { buildLocaleMessages, escapeDollars, readByContentScript, type LocaleMessages } from '../../lib/i18n/localeMessages';
import { fakeGetMessage } from './fakeGetMessage';

const BASE: LocaleMessages = { extName: { message: 'QSM Withdraw Assistant' }, extDescription: { message: 'For sellers' } };
const built = buildLocaleMessages(MESSAGES, BASE);

/** Made-up catalogs: English as given, the other languages empty. */
function only(english: Record<string, unknown>): Record<UiLanguage, Catalog> {
  return { en: english, ja: {}, zh_CN: {}, ko: {} } as unknown as Record<UiLanguage, Catalog>;
}

describe('the generated _locales/en/messages.json', () => {
  it('keeps the hand-written messages', () => {
    expect(built.extName).toEqual(BASE.extName);
    expect(built.extDescription).toEqual(BASE.extDescription);
  });

  it.each(UI_LANGUAGES)('holds every %s message the content script reads under its prefixed name, and no other', (lang) => {
    for (const [key, message] of Object.entries(MESSAGES[lang])) {
      if (!readByContentScript(key)) {
        expect(Object.keys(built).filter((name) => name.startsWith(messageName(lang, key))), `${lang} ${key}`).toEqual([]);
      } else if (typeof message === 'string') {
        expect(built[messageName(lang, key)]?.message, `${lang} ${key}`).toBe(escapeDollars(message));
      } else {
        for (const [form, text] of Object.entries(message)) {
          expect(built[messageName(lang, key, form)]?.message, `${lang} ${key} ${form}`).toBe(escapeDollars(text));
        }
      }
    }
  });

  it('uses only names chrome.i18n accepts, distinct even ignoring case', () => {
    const names = Object.keys(built);
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_]+$/);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
    // Every catalog message, plus one per extra plural form, plus base and index: nothing was overwritten.
    const expected = UI_LANGUAGES.flatMap((lang) =>
      Object.entries(MESSAGES[lang]).filter(([key]) => readByContentScript(key)).map(([, m]) => (typeof m === 'string' ? 1 : Object.keys(m).length)),
    ).reduce((a, b) => a + b, 0);
    expect(names.length).toBe(expected + Object.keys(BASE).length + 1);
  });

  it('leaves out what only the popup, options and background show, and keeps the memo helper’s words', () => {
    expect(readByContentScript('badge.eligible')).toBe(true);
    expect(readByContentScript('popup.memoLang.ja')).toBe(true);
    expect(readByContentScript('popup.memoValue.orderNo')).toBe(true);
    for (const key of ['options.title', 'popup.search', 'export.orderNo', 'reminder.deadline.title']) expect(readByContentScript(key), key).toBe(false);
    expect(Object.keys(built).length).toBeLessThan(700); // of ~1,050 names for every message
  });

  it('flattens plural messages into one name per form and lists them in the index', () => {
    expect(built.en__warning_delayed__one?.message).toBe(en['warning.delayed'].one);
    expect(built.en__warning_delayed__other?.message).toBe(en['warning.delayed'].other);
    expect(built.en__warning_delayed).toBeUndefined();
    expect(built[PLURAL_INDEX]?.message.split(' ')).toContain('en__warning_delayed:one,other');
  });

  it.each([
    [{ 'a.b': 'x', 'a-b': 'y' }, /both named en__a_b/],
    [{ 'a.b': 'x', 'a.B': 'y' }, /both named en__a_B/],
    [{ 'a.b': { one: 'x', other: 'y' }, 'a-b': 'z' }, /both named en__a_b/],
    [{ 'a.b': { one: 'x', other: 'y' }, 'a.b__one': 'z' }, /both named en__a_b__one/],
    [{ 'a b': 'x' }, /not a valid message name/],
    [{ a: '' }, /is empty/],
    [{ a: 'costs $amount$' }, /contains \$amount\$/],
  ])('refuses %o', (english, error) => {
    expect(() => buildLocaleMessages(only(english), BASE)).toThrow(error);
  });

  it('escapes $ so that getMessage gives the text back unchanged', () => {
    expect(escapeDollars('a $ b $$ c $')).toBe('a $$ b $$$ c $$');
    const texts = ['costs $5', 'a $ b', '$$ and $$$', 'ends with $', '$1 $&'];
    const catalogs = only(Object.fromEntries(texts.map((text, i) => [`t${i}`, text])));
    const { getMessage } = fakeGetMessage(buildLocaleMessages(catalogs, BASE));
    expect(texts.map((_, i) => getMessage(messageName('en', `t${i}`)))).toEqual(texts);
  });
});
