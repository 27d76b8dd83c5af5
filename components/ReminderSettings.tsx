/** The seller turns each kind of reminder on or off and sets how early the deadline reminder comes. */
import { createT, type UiLanguage } from '../lib/i18n';
import type { ReminderKind, Settings } from '../lib/settings';

export interface ReminderSettingsProps {
  lang: UiLanguage;
  settings: Pick<Settings, 'reminders' | 'deadlineLeadHours'>;
  onChange(next: Pick<Settings, 'reminders' | 'deadlineLeadHours'>): void;
}

const KINDS: ReminderKind[] = ['deadline', 'cooldownEnd', 'delayed'];

export function ReminderSettings({ lang, settings, onChange }: ReminderSettingsProps) {
  const t = createT(lang);
  return (
    <fieldset style={{ border: '1px solid #dadce0', borderRadius: '8px', padding: '12px 16px', display: 'flex', flexDirection: 'column', gap: '8px' }}>
      <legend style={{ fontWeight: '600' }}>{t('options.section.reminders')}</legend>
      {KINDS.map((kind) => (
        <label key={kind} style={{ display: 'flex', gap: '8px', alignItems: 'center' }}>
          <input
            type="checkbox"
            data-testid={`reminder-${kind}`}
            checked={settings.reminders[kind]}
            onChange={(e) => onChange({ ...settings, reminders: { ...settings.reminders, [kind]: (e.currentTarget as HTMLInputElement).checked } })}
          />
          {t(`options.reminders.${kind}`)}
        </label>
      ))}
      <label style={{ display: 'flex', gap: '8px', alignItems: 'center' }}>
        <input
          type="number"
          min={1}
          max={144}
          data-testid="reminder-lead-hours"
          value={settings.deadlineLeadHours}
          disabled={!settings.reminders.deadline}
          onChange={(e) => {
            const hours = Number((e.currentTarget as HTMLInputElement).value);
            if (Number.isFinite(hours) && hours >= 1 && hours <= 144) onChange({ ...settings, deadlineLeadHours: Math.round(hours) });
          }}
          style={{ width: '64px', font: 'inherit' }}
        />
        {t('options.reminders.leadHours')}
      </label>
    </fieldset>
  );
}
