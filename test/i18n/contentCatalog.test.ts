import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES, setMessageSource, translate, type UiLanguage } from '../../lib/i18n';
import { MESSAGES, bundledMessages } from '../../lib/i18n/bundled';
import { badgeCatalog, contentCatalog, loadedCatalogs, readByBadge, readByContentScript, viewsCatalog, type ContentCatalog } from '../../lib/i18n/contentCatalog';

describe('the content script’s catalogs', () => {
  it.each(UI_LANGUAGES)('%s keeps every message a QSM page shows and leaves the pages’ own out', (lang) => {
    const words = contentCatalog(MESSAGES[lang]);
    expect(words['badge.pending']).toBe(MESSAGES[lang]['badge.pending']);
    expect(words['askQoo10.path']).toBe(MESSAGES[lang]['askQoo10.path']);
    // The memo helper names languages and values with popup words.
    expect(Object.keys(words).some((key) => key.startsWith('popup.memoLang.'))).toBe(true);
    expect(words).not.toHaveProperty('options.title');
    expect(Object.keys(words).every(readByContentScript)).toBe(true);
    expect(Object.keys(words).length).toBeLessThan(Object.keys(MESSAGES[lang]).length);
  });

  it('reads through the catalogs loaded so far: the loaded language, plurals included', () => {
    const catalogs = new Map<UiLanguage, ContentCatalog>([['ko', contentCatalog(MESSAGES.ko)]]);
    try {
      setMessageSource(loadedCatalogs(catalogs));
      expect(translate('ko', 'badge.pending')).toBe(MESSAGES.ko['badge.pending']);
      setMessageSource(bundledMessages);
      const expected = translate('ko', 'warning.delayed', { count: 3 });
      setMessageSource(loadedCatalogs(catalogs));
      expect(translate('ko', 'warning.delayed', { count: 3 })).toBe(expected);
      // A language not loaded yet shows keys, never a crash.
      expect(translate('ja', 'badge.pending')).toBe('badge.pending');
      catalogs.set('ja', contentCatalog(MESSAGES.ja));
      expect(translate('ja', 'badge.pending')).toBe(MESSAGES.ja['badge.pending']);
    } finally {
      setMessageSource(bundledMessages);
    }
  });

  it.each(UI_LANGUAGES)('%s: the badge’s words (loaded on every QSM page) and the views’ words (loaded with the views) make the whole', (lang) => {
    const [badge, views] = [badgeCatalog(MESSAGES[lang]), viewsCatalog(MESSAGES[lang])];
    expect(Object.keys(badge).every(readByBadge)).toBe(true);
    expect(badge['countdown.days']).toBe(MESSAGES[lang]['countdown.days']);
    expect(views).not.toHaveProperty('badge.pending');
    expect(views['reason.request-stage']).toBe(MESSAGES[lang]['reason.request-stage']);
    expect({ ...badge, ...views }).toEqual(contentCatalog(MESSAGES[lang]));
  });

  it('survives JSON, as the build writes each catalog module', () => {
    for (const lang of UI_LANGUAGES) {
      const words = contentCatalog(MESSAGES[lang]);
      expect(JSON.parse(JSON.stringify(words))).toEqual(words);
    }
  });
});
