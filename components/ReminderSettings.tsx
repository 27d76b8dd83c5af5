/** The seller turns each kind of reminder on or off and sets how early the deadline reminder comes. */
import { createT, type UiLanguage } from '../lib/i18n';
import { POLICY } from '../lib/rules/policy';
import { LEAD_HOURS_RANGE, type ReminderKind, type Settings } from '../lib/settings';
import { NumberSetting } from './NumberSetting';

export interface ReminderSettingsProps {
  lang: UiLanguage;
  settings: Pick<Settings, 'reminders' | 'deadlineLeadHours'>;
  onChange(next: Pick<Settings, 'reminders' | 'deadlineLeadHours'>): void;
  /** A lead time was typed that cannot be saved. */
  onInvalid?(): void;
}

const KINDS: ReminderKind[] = ['deadline', 'cooldownEnd', 'delayed'];

export function ReminderSettings({ lang, settings, onChange, onInvalid }: ReminderSettingsProps) {
  const t = createT(lang);
  return (
    <fieldset style={{ border: '1px solid #dadce0', borderRadius: '8px', padding: '12px 16px', display: 'flex', flexDirection: 'column', gap: '8px' }}>
      <legend style={{ fontWeight: '600' }}>{t('options.section.reminders')}</legend>
      <p data-testid="reminders-note" style={{ margin: '0', color: '#5f6368', fontSize: '12px' }}>{t('options.reminders.note')}</p>
      {KINDS.map((kind) => (
        <label key={kind} style={{ display: 'flex', gap: '8px', alignItems: 'center' }}>
          <input
            type="checkbox"
            data-testid={`reminder-${kind}`}
            checked={settings.reminders[kind]}
            onChange={(e) => onChange({ ...settings, reminders: { ...settings.reminders, [kind]: (e.currentTarget as HTMLInputElement).checked } })}
          />
          {t(`options.reminders.${kind}`, { count: POLICY.delayedAfterDays })}
        </label>
      ))}
      <NumberSetting
        lang={lang}
        value={settings.deadlineLeadHours}
        min={LEAD_HOURS_RANGE.min}
        max={LEAD_HOURS_RANGE.max}
        testId="reminder-lead-hours"
        disabled={!settings.reminders.deadline}
        onChange={(deadlineLeadHours) => onChange({ ...settings, deadlineLeadHours })}
        onInvalid={onInvalid}
      >
        {t('options.reminders.leadHours')}
      </NumberSetting>
    </fieldset>
  );
}
