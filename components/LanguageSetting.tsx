/** The options page's language choice: follow the browser, or one of the four languages. */
import { createT, UI_LANGUAGES, type UiLanguage } from '../lib/i18n';

export const LANGUAGE_NAMES: Record<UiLanguage, string> = { ja: '日本語', zh_CN: '简体中文', en: 'English', ko: '한국어' };

export interface LanguageSettingProps {
  lang: UiLanguage;
  value: 'auto' | UiLanguage;
  onChange(value: 'auto' | UiLanguage): void;
}

export function LanguageSetting({ lang, value, onChange }: LanguageSettingProps) {
  const t = createT(lang);
  return (
    <label style={{ display: 'flex', flexDirection: 'column', gap: '4px', maxWidth: '320px' }}>
      <span style={{ fontWeight: '600' }}>{t('options.uiLanguage')}</span>
      <select
        data-testid="ui-language"
        value={value}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as 'auto' | UiLanguage)}
        style={{ font: 'inherit', padding: '4px' }}
      >
        <option value="auto">{t('options.uiLanguage.auto')}</option>
        {/* Each language named in itself, and marked so: a screen reader reads 日本語 with a Japanese voice in an English page. */}
        {UI_LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l.replace('_', '-')}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
