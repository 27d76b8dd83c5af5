/** The toolbar popup: wiring only. Load the settings and every record once, then render PopupApp. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/PopupApp';
import { createClock, runClock } from '../../components/popupClock';
import { buyerMessagesFor } from '../../components/popupMemos';
import { loadAllRecords } from '../../lib/history';
import { localTimeZone, pickUiLanguage, setMessageSource } from '../../lib/i18n';
import { bundledMessages } from '../../lib/i18n/bundled';
import { DEFAULT_SETTINGS, loadSettings, type Settings } from '../../lib/settings';

// Pages are not size-critical: they bundle the catalogs.
setMessageSource(bundledMessages);

async function start() {
  const root = document.getElementById('app')!;
  const [settings, records] = await Promise.all([
    loadSettings().catch((): Settings => DEFAULT_SETTINGS),
    loadAllRecords().catch(() => []),
  ]);
  const lang = pickUiLanguage(settings.uiLanguage, navigator.languages);
  document.documentElement.lang = lang.replace('_', '-');
  const clock = createClock();
  runClock(clock); // lives as long as the popup
  render(
    <PopupApp
      records={records}
      settings={settings}
      lang={lang}
      timeZone={localTimeZone()}
      clock={clock}
      initialQuery={new URLSearchParams(location.search).get('order') ?? ''}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      messagesFor={buyerMessagesFor}
    />,
    root,
  );
}

void start();
