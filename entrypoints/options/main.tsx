import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { HistorySettings } from '../../components/HistorySettings';
import { LanguageSetting } from '../../components/LanguageSetting';
import { ReminderSettings } from '../../components/ReminderSettings';
import { TemplateSettings } from '../../components/TemplateSettings';
import { KOREAN_LINES_CSS } from '../../components/styles';
import { deadlinesIcs, deadlinesIcsFileName, historyCsv, historyCsvFileName } from '../../lib/export';
import { clearHistory, loadAllRecords, sendClearHistory, watchRecords, type ClaimRecord } from '../../lib/history';
import { createT, localTimeZone, setMessageSource, pickUiLanguage } from '../../lib/i18n';
import { bundledMessages } from '../../lib/i18n/bundled';
import { exportFileName, exportMemoSetup } from '../../lib/memos/transfer';
import { DEFAULT_SETTINGS, loadSettings, type Settings } from '../../lib/settings';
import { settingsItem } from '../../lib/settings/item';
import { download } from './download';
import { useMemoSetup } from './useMemoSetup';

// Pages are not size-critical: they bundle the catalogs.
setMessageSource(bundledMessages);

function Options() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [records, setRecords] = useState<ClaimRecord[]>([]);
  const [saved, setSaved] = useState<'' | 'saved' | 'failed'>('');
  const memos = useMemoSetup();
  useEffect(() => {
    void loadSettings().then(setSettings);
    void loadAllRecords().then(setRecords);
  }, []);
  // QSM pages keep writing while the options page is open: the count and the exports follow them.
  useEffect(() => watchRecords(() => void loadAllRecords().then(setRecords)), []);
  const lang = pickUiLanguage(settings.uiLanguage, navigator.languages);
  const t = createT(lang);
  document.documentElement.lang = lang.replace('_', '-');
  document.title = t('options.title');

  // "Saved" goes blank while a change is written and comes back once it is: a screen reader announces a
  // live region's text when it changes, so the second save is heard too, not only the first. A write the
  // browser refuses (storage full or broken) is said, and the fields go back to what is stored: a value
  // shown but not kept would be lost without a word on the next start.
  const update = async (next: Settings) => {
    setSettings(next);
    setSaved('');
    try {
      await settingsItem.setValue(next);
      setSaved('saved');
    } catch {
      setSaved('failed');
      void loadSettings().then(setSettings, () => undefined);
    }
  };
  // A change that could not be saved must not sit under an earlier "Saved".
  const notSaved = () => setSaved('');

  return (
    <main style={{ padding: '24px', display: 'flex', flexDirection: 'column', gap: '16px', maxWidth: '680px' }}>
      <style>{KOREAN_LINES_CSS}</style>
      <h1 style={{ fontSize: '20px', margin: '0' }}>{t('options.title')}</h1>
      <LanguageSetting lang={lang} value={settings.uiLanguage} onChange={(uiLanguage) => void update({ ...settings, uiLanguage })} />
      <ReminderSettings lang={lang} settings={settings} onChange={(part) => void update({ ...settings, ...part })} onInvalid={notSaved} />
      {memos.loaded ? (
        <TemplateSettings
          lang={lang}
          setup={memos.setup}
          repaired={memos.repaired}
          onChange={memos.update}
          onExport={() => download(exportFileName(new Date()), 'application/json', exportMemoSetup(memos.setup, new Date()))}
        />
      ) : null}
      <HistorySettings
        lang={lang}
        retentionDays={settings.retentionDays}
        remembered={records.length}
        onRetentionChange={(retentionDays) => void update({ ...settings, retentionDays })}
        onInvalid={notSaved}
        onExportCsv={() => download(historyCsvFileName(new Date()), 'text/csv;charset=utf-8', historyCsv(records, lang, Date.now()))}
        onExportIcs={() => download(deadlinesIcsFileName(new Date()), 'text/calendar;charset=utf-8', deadlinesIcs(records, lang, Date.now(), localTimeZone()))}
        onClear={async () => {
          // The background clears in its turn; should it not answer, the page clears by itself, as it once did.
          await sendClearHistory().catch(() => clearHistory());
          setRecords([]);
        }}
      />
      {/* Kept in view at the window's foot while it says something: the fields it is about may be far up a long page. */}
      <p
        role="status"
        data-testid="options-status"
        style={{
          color: saved === 'failed' ? '#b3261e' : '#188038', minHeight: '20px', margin: '0',
          ...(saved ? { position: 'sticky', bottom: '0', background: '#fff', padding: '6px 0', borderTop: '1px solid #dadce0' } : {}),
        }}
      >
        {saved ? t(saved === 'saved' ? 'options.saved' : 'options.saveFailed') : ''}
      </p>
      <p style={{ color: '#5f6368', margin: '0' }}>{t('options.privacy')}</p>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
