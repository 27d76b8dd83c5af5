import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LanguageSetting } from '../../components/LanguageSetting';
import { createT, setMessageSource, pickUiLanguage } from '../../lib/i18n';
import { bundledMessages } from '../../lib/i18n/bundled';
import { DEFAULT_SETTINGS, loadSettings, type Settings } from '../../lib/settings';
import { settingsItem } from '../../lib/settings/item';

// Pages are not size-critical: they bundle the catalogs.
setMessageSource(bundledMessages);

function Options() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [saved, setSaved] = useState(false);
  useEffect(() => void loadSettings().then(setSettings), []);
  const lang = pickUiLanguage(settings.uiLanguage, navigator.languages);
  const t = createT(lang);
  document.documentElement.lang = lang.replace('_', '-');
  document.title = t('options.title');

  const update = async (next: Settings) => {
    setSettings(next);
    await settingsItem.setValue(next);
    setSaved(true);
  };

  return (
    <main style={{ padding: '24px', display: 'flex', flexDirection: 'column', gap: '16px', maxWidth: '640px' }}>
      <h1 style={{ fontSize: '20px', margin: '0' }}>{t('options.title')}</h1>
      <LanguageSetting lang={lang} value={settings.uiLanguage} onChange={(uiLanguage) => void update({ ...settings, uiLanguage })} />
      <p role="status" style={{ color: '#188038', minHeight: '20px', margin: '0' }}>{saved ? t('options.saved') : ''}</p>
      <p style={{ color: '#5f6368', margin: '0' }}>{t('options.privacy')}</p>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
