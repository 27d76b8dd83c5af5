/** The claim history: how long it is kept, exports, and one action that clears everything. */
import { useState } from 'preact/hooks';
import { createT, type UiLanguage } from '../lib/i18n';
import { RETENTION_DAYS_RANGE } from '../lib/settings';
import { NumberSetting } from './NumberSetting';

export interface HistorySettingsProps {
  lang: UiLanguage;
  retentionDays: number;
  remembered: number;
  onRetentionChange(days: number): void;
  /** A retention period was typed that cannot be saved. */
  onInvalid?(): void;
  onExportCsv(): void;
  onExportIcs(): void;
  /** Clears everything after the seller confirmed. */
  onClear(): Promise<void>;
  confirm?: (question: string) => boolean;
}

const button = { font: 'inherit', padding: '4px 12px', cursor: 'pointer' } as const;

export function HistorySettings({ lang, retentionDays, remembered, onRetentionChange, onInvalid, onExportCsv, onExportIcs, onClear, confirm = (question: string) => window.confirm(question) }: HistorySettingsProps) {
  const t = createT(lang);
  const [cleared, setCleared] = useState(false);
  const clear = async () => {
    if (!confirm(t('options.history.clearConfirm'))) return;
    await onClear();
    setCleared(true);
  };
  return (
    <fieldset style={{ border: '1px solid #dadce0', borderRadius: '8px', padding: '12px 16px', display: 'flex', flexDirection: 'column', gap: '8px' }}>
      <legend style={{ fontWeight: '600' }}>{t('options.section.history')}</legend>
      <p style={{ margin: '0', color: '#5f6368' }}>{t('options.history.about')}</p>
      <p data-testid="history-count" style={{ margin: '0' }}>{t('options.history.count', { count: remembered })}</p>
      <NumberSetting lang={lang} value={retentionDays} min={RETENTION_DAYS_RANGE.min} max={RETENTION_DAYS_RANGE.max} testId="retention-days" onChange={onRetentionChange} onInvalid={onInvalid} note={t('options.history.retentionKeeps')}>
        {t('options.history.retention')}
      </NumberSetting>
      <div style={{ display: 'flex', gap: '8px', flexWrap: 'wrap' }}>
        <button type="button" style={button} onClick={onExportCsv} disabled={!remembered}>{t('options.history.exportCsv')}</button>
        <button type="button" style={button} onClick={onExportIcs} disabled={!remembered}>{t('options.history.exportIcs')}</button>
        <button type="button" data-testid="history-clear" style={{ ...button, color: '#b3261e' }} onClick={() => void clear()}>
          {t('options.history.clear')}
        </button>
      </div>
      <p role="status" style={{ margin: '0', color: '#188038', minHeight: '20px' }}>{cleared ? t('options.history.cleared') : ''}</p>
    </fieldset>
  );
}
