/** The buyer languages as <option>s, named in the seller's language (message helper, options). */
import { createT, type UiLanguage } from '../lib/i18n';
import { MEMO_LANGUAGE_KEY } from '../lib/i18n/memoWords';
import type { MemoLanguage } from '../lib/memos/types';

const LANGUAGES: readonly MemoLanguage[] = ['ja', 'en', 'zh', 'ko'];

export function MemoLanguageOptions({ lang }: { lang: UiLanguage }) {
  const t = createT(lang);
  return (
    <>
      {LANGUAGES.map((l) => (
        <option key={l} value={l}>
          {t(MEMO_LANGUAGE_KEY[l])}
        </option>
      ))}
    </>
  );
}
