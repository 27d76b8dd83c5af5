import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createT, setMessageSource, pickUiLanguage, type UiLanguage } from '../../lib/i18n';
import { bundledMessages } from '../../lib/i18n/bundled';
import { loadSettings } from '../../lib/settings';

const QSM_CLAIMS = 'https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/Claim/ClaimManagement.aspx';

// Pages are not size-critical: they bundle the catalogs.
setMessageSource(bundledMessages);

function Popup() {
  const [lang, setLang] = useState<UiLanguage>(pickUiLanguage('auto', navigator.languages));
  useEffect(() => void loadSettings().then((s) => setLang(pickUiLanguage(s.uiLanguage, navigator.languages))), []);
  const t = createT(lang);
  return (
    <main style={{ width: '320px', padding: '12px', display: 'flex', flexDirection: 'column', gap: '8px', font: '14px system-ui, sans-serif' }}>
      <strong>{browser.i18n.getMessage('extName')}</strong>
      <p style={{ margin: '0', color: '#5f6368' }}>{t('popup.tagline')}</p>
      <a href={QSM_CLAIMS} target="_blank" rel="noreferrer">{t('popup.openQsm')}</a>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>{t('popup.options')}</button>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
