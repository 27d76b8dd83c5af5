/** The four languages QSM itself comes in (domain.md §6), and how the extension picks one. */
export type UiLanguage = 'ja' | 'zh_CN' | 'en' | 'ko';

export const UI_LANGUAGES: readonly UiLanguage[] = ['ja', 'zh_CN', 'en', 'ko'];

/** BCP 47 tags for Intl; en-US gives "Wed, Aug 4, 2021", the others their usual national forms. */
export const INTL_LOCALE: Record<UiLanguage, string> = {
  ja: 'ja-JP',
  zh_CN: 'zh-CN',
  en: 'en-US',
  ko: 'ko-KR',
};

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** 'zh-TW', 'zh_CN', 'ZH' → zh_CN; 'ko-KR' → ko; 'ja-JP' → ja; 'en-GB' → en; others undefined. */
function fromTag(tag: string): UiLanguage | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  // Only Simplified Chinese is shipped; a Traditional Chinese reader still reads it better than English.
  if (primary === 'zh') return 'zh_CN';
  if (primary === 'ja' || primary === 'ko' || primary === 'en') return primary;
  return undefined;
}

/**
 * The seller's explicit choice wins; 'auto' takes the first browser language we ship
 * (['fr', 'ja'] → ja), and English when none fits. A stale stored value counts as 'auto'.
 */
export function pickUiLanguage(preferred: 'auto' | UiLanguage, browserLanguages: readonly string[]): UiLanguage {
  if (isUiLanguage(preferred)) return preferred;
  for (const tag of browserLanguages) {
    const lang = typeof tag === 'string' ? fromTag(tag) : undefined;
    if (lang) return lang;
  }
  return 'en';
}
