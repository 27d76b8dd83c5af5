import { describe, expect, it } from 'vitest';
import { pickUiLanguage, UI_LANGUAGES } from '../../lib/i18n';

describe('pickUiLanguage', () => {
  it('keeps an explicit choice', () => {
    for (const lang of UI_LANGUAGES) expect(pickUiLanguage(lang, ['en-US'])).toBe(lang);
  });

  it.each([
    [['zh'], 'zh_CN'],
    [['zh-CN'], 'zh_CN'],
    [['zh-TW', 'en'], 'zh_CN'],
    [['zh_CN'], 'zh_CN'],
    [['ko-KR'], 'ko'],
    [['ja-JP'], 'ja'],
    [['JA'], 'ja'],
    [['en-GB'], 'en'],
    [['fr-FR'], 'en'],
    [[], 'en'],
    [['fr-FR', 'ko'], 'ko'],
    [['en-US', 'ja'], 'en'],
  ] as const)('auto with %j → %s', (browser, expected) => {
    expect(pickUiLanguage('auto', browser)).toBe(expected);
  });

  it('treats a stale stored value as auto', () => {
    expect(pickUiLanguage('de' as never, ['ja-JP'])).toBe('ja');
  });
});
