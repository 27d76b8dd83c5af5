import { afterEach, describe, expect, it } from 'vitest';
import { setMessageSource, translate, UI_LANGUAGES, type Catalog, type MessageKey, type UiLanguage } from '../../lib/i18n';
import { bundledMessages, MESSAGES } from '../../lib/i18n/bundled';
import { extensionMessageSource, messageName } from '../../lib/i18n/extensionMessages';
import { buildLocaleMessages, readByContentScript } from '../../lib/i18n/localeMessages';
import { fakeGetMessage } from './fakeGetMessage';

const BASE = { extName: { message: 'QSM Withdraw Assistant' } };
// The messages the content script reads: the rest stays with the pages' bundled catalogs.
const keys = (Object.keys(MESSAGES.en) as MessageKey[]).filter(readByContentScript);

afterEach(() => setMessageSource(bundledMessages));

describe('the getMessage source of the content script', () => {
  it('gives back every message of every language, plural forms reassembled', () => {
    const fake = fakeGetMessage(buildLocaleMessages(MESSAGES, BASE));
    const source = extensionMessageSource(fake.getMessage);
    for (const lang of UI_LANGUAGES) {
      for (const key of keys) expect(source(lang, key), `${lang} ${key}`).toEqual(MESSAGES[lang][key]);
    }
    expect(source('en', 'warning.delayed')).toEqual({ one: expect.any(String), other: expect.any(String) });
    // Firefox logs an error for each unknown name, so none is ever asked for.
    expect(fake.asked.filter((name) => !fake.has(name))).toEqual([]);
  });

  it('makes translate() show what the bundled catalogs show', () => {
    const source = extensionMessageSource(fakeGetMessage(buildLocaleMessages(MESSAGES, BASE)).getMessage);
    const params = { count: 1, days: 2, deadline: 'D', autoWithdrawOn: 'A', nextRequestOn: 'N', orderNo: '1', codes: 'c' };
    for (const count of [1, 4]) {
      for (const lang of UI_LANGUAGES) {
        const bundled = keys.map((key) => translate(lang, key, { ...params, count }));
        setMessageSource(source);
        expect(keys.map((key) => translate(lang, key, { ...params, count }))).toEqual(bundled);
        setMessageSource(bundledMessages);
      }
    }
  });

  it('reads each message from the browser once', () => {
    const fake = fakeGetMessage(buildLocaleMessages(MESSAGES, BASE));
    const source = extensionMessageSource(fake.getMessage);
    for (let i = 0; i < 3; i++) source('ja', 'badge.eligible');
    expect(fake.asked.filter((name) => name === messageName('ja', 'badge.eligible'))).toHaveLength(1);
  });

  it('falls back to English, then to the key, when a message is missing', () => {
    const catalogs = { ...MESSAGES, ja: { ...MESSAGES.ja } } as Record<UiLanguage, Partial<Catalog>>;
    delete catalogs.ja['memo.title'];
    const messages = buildLocaleMessages(catalogs as Record<UiLanguage, Catalog>, BASE);
    delete messages[messageName('en', 'memo.open')];
    delete messages[messageName('ja', 'memo.open')];
    setMessageSource(extensionMessageSource(fakeGetMessage(messages).getMessage));
    expect(translate('ja', 'memo.title')).toBe(MESSAGES.en['memo.title']);
    expect(translate('ja', 'memo.open')).toBe('memo.open');
    expect(translate('ja', 'memo.insert')).toBe(MESSAGES.ja['memo.insert']);
  });
});
