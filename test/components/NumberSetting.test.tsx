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

  it('says which values are allowed when one out of range is typed, and keeps what was typed', () => {
    const onChange = vi.fn();
    const onInvalid = vi.fn();
    render(<ReminderSettings lang="en" settings={DEFAULT_SETTINGS} onChange={onChange} onInvalid={onInvalid} />);
    const field = screen.getByTestId('reminder-lead-hours') as HTMLInputElement;
    fireEvent.change(field, { target: { value: '200' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(onInvalid).toHaveBeenCalledTimes(1);
    expect(field.value).toBe('200');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(field.getAttribute('aria-describedby') ?? '');
    expect(error?.textContent).toBe('Enter a number from 1 to 144. This value was not saved.');

    fireEvent.change(field, { target: { value: '48' } });
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, deadlineLeadHours: 48 });
    expect(field.getAttribute('aria-invalid')).toBe('false');
    expect(field.hasAttribute('aria-describedby')).toBe(false);
    expect(screen.queryByTestId('reminder-lead-hours-error')).toBeNull();
  });

  it('shows the whole number it saved, also when that equals the value already saved', () => {
    const onRetentionChange = vi.fn();
    render(<HistorySettings lang="en" retentionDays={24} remembered={3} onRetentionChange={onRetentionChange} onExportCsv={vi.fn()} onExportIcs={vi.fn()} onClear={async () => {}} />);
    const field = screen.getByTestId('retention-days') as HTMLInputElement;
    fireEvent.change(field, { target: { value: '24.4' } });
    expect(onRetentionChange).toHaveBeenCalledWith(24);
    expect(field.value).toBe('24');
    // Typed key by key, as a seller does: input events first, then the change.
    fireEvent.input(field, { target: { value: '24.4' } });
    fireEvent.change(field, { target: { value: '24.4' } });
    expect(field.value).toBe('24');
  });

  it('says the allowed range in the seller’s language, also for an empty field', () => {
    render(<HistorySettings lang="ja" retentionDays={90} remembered={3} onRetentionChange={vi.fn()} onExportCsv={vi.fn()} onExportIcs={vi.fn()} onClear={async () => {}} />);
    fireEvent.change(screen.getByTestId('retention-days'), { target: { value: '' } });
    expect(screen.getByTestId('retention-days-error').textContent).toBe('1〜3650の数値を入力してください。この値は保存されていません。');
  });
});

describe('the retention period', () => {
  it('tells the seller, with the field, that a running deadline or cooldown outlives it', () => {
    render(<HistorySettings lang="zh_CN" retentionDays={3} remembered={3} onRetentionChange={vi.fn()} onExportCsv={vi.fn()} onExportIcs={vi.fn()} onClear={async () => {}} />);
    const field = screen.getByTestId('retention-days');
    const described = () => (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described()).toEqual(['买家回应期限或再次要请前的等待期仍未结束的索赔，无论此天数多短，都会保留到期满为止。']);
    fireEvent.change(field, { target: { value: '0' } });
    expect(described()).toHaveLength(2);
    expect(described()[1]).toBe('请输入 1 到 3650 之间的数字。此值未保存。');
  });
});
