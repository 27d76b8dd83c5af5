/** The toolbar popup: wiring only. Load the settings, the memo setup and every record once, then render PopupApp. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/PopupApp';
import { createClock, runClock } from '../../components/popupClock';
import { buyerMessagesFor } from '../../components/popupMemos';
import { loadAllRecords } from '../../lib/history';
import { createT, localTimeZone, pickUiLanguage, setMessageSource } from '../../lib/i18n';
import { bundledMessages } from '../../lib/i18n/bundled';
import { memoLibrary, sellerValues } from '../../lib/memos/library';
import { loadMemoSetup } from '../../lib/memos/read';
import { emptyMemoSetup } from '../../lib/memos/setup';
import { DEFAULT_SETTINGS, loadSettings, type Settings } from '../../lib/settings';

// Pages are not size-critical: they bundle the catalogs.
setMessageSource(bundledMessages);

async function start() {
  const root = document.getElementById('app')!;
  const [settings, records, memoSetup] = await Promise.all([
    loadSettings().catch((): Settings => DEFAULT_SETTINGS),
    loadAllRecords().catch(() => []),
    loadMemoSetup().catch(emptyMemoSetup),
  ]);
  // The seller's shop name, signature and templates (options page) fill the "Copy message" texts.
  const seller = sellerValues(memoSetup);
  const library = memoLibrary(memoSetup);
  const lang = pickUiLanguage(settings.uiLanguage, navigator.languages);
  document.documentElement.lang = lang.replace('_', '-');
  // The HTML's __MSG_extName__ names the toolbar button (the manifest's title); a page's own <title> is
  // not localized, so a popup opened in a tab (a reminder's notification) would show the placeholder.
  document.title = createT(lang)('popup.title');
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
      messagesFor={(card, lang, now) => buyerMessagesFor(card, lang, now, seller, library)}
    />,
    root,
  );
}

void start();
