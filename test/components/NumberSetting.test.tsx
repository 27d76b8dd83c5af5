import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { HistorySettings } from '../../components/HistorySettings';
import { ReminderSettings } from '../../components/ReminderSettings';
import { DEFAULT_SETTINGS } from '../../lib/settings';

afterEach(cleanup);

describe('number settings in the options', () => {
  it('passes on a retention period in range and ignores one out of range', () => {
    const onRetentionChange = vi.fn();
    render(<HistorySettings lang="ja" retentionDays={90} remembered={3} onRetentionChange={onRetentionChange} onExportCsv={vi.fn()} onExportIcs={vi.fn()} onClear={async () => {}} />);
    fireEvent.change(screen.getByTestId('retention-days'), { target: { value: '30' } });
    fireEvent.change(screen.getByTestId('retention-days'), { target: { value: '0' } });
    expect(onRetentionChange.mock.calls).toEqual([[30]]);
  });

  it('sets the deadline lead time, and is off while deadline reminders are off', () => {
    const onChange = vi.fn();
    const { rerender } = render(<ReminderSettings lang="en" settings={DEFAULT_SETTINGS} onChange={onChange} />);
    fireEvent.change(screen.getByTestId('reminder-lead-hours'), { target: { value: '6' } });
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, deadlineLeadHours: 6 });
    rerender(<ReminderSettings lang="en" settings={{ ...DEFAULT_SETTINGS, reminders: { ...DEFAULT_SETTINGS.reminders, deadline: false } }} onChange={onChange} />);
    expect((screen.getByTestId('reminder-lead-hours') as HTMLInputElement).disabled).toBe(true);
  });
});
