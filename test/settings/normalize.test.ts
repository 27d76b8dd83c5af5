// The seller's settings as read from storage: whatever an older, damaged or hand-edited store holds, the
// reminders and the retention sweep get values the options page itself would accept.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, LEAD_HOURS_RANGE, RETENTION_DAYS_RANGE, normalizeSettings } from '../../lib/settings';

describe('normalizeSettings', () => {
  it('gives the defaults for nothing stored, or for what is no settings object', () => {
    for (const stored of [undefined, null, 'x', 42, [], {}]) expect(normalizeSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps what the options page accepts', () => {
    const stored = { uiLanguage: 'ko', retentionDays: 30, deadlineLeadHours: 6, reminders: { deadline: true, cooldownEnd: false, delayed: true } };
    expect(normalizeSettings(stored)).toEqual(stored);
  });

  it('brings a number out of the options page’s range within it, a whole number (a reminder 11 years early helps nobody)', () => {
    const far = normalizeSettings({ deadlineLeadHours: 100_000, retentionDays: 1e9 });
    expect(far).toMatchObject({ deadlineLeadHours: LEAD_HOURS_RANGE.max, retentionDays: RETENTION_DAYS_RANGE.max });
    expect(normalizeSettings({ deadlineLeadHours: 0.001, retentionDays: 2.6 })).toMatchObject({ deadlineLeadHours: 1, retentionDays: 3 });
  });

  it('gives the default for a number that is no length of time at all', () => {
    for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, '24', null]) {
      expect(normalizeSettings({ deadlineLeadHours: bad, retentionDays: bad })).toMatchObject({
        deadlineLeadHours: DEFAULT_SETTINGS.deadlineLeadHours,
        retentionDays: DEFAULT_SETTINGS.retentionDays,
      });
    }
  });

  it('turns a reminder off only when it was switched off', () => {
    expect(normalizeSettings({ reminders: { deadline: false, cooldownEnd: 'no' } }).reminders).toEqual({ deadline: false, cooldownEnd: true, delayed: true });
  });
});
