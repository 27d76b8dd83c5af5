/** The options page as the seller uses it: its title, what "Saved" says, the names of exported files, clearing the history. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { render } from 'preact';
import { saveRecords } from '../../lib/history';
import { download } from '../../entrypoints/options/download';

vi.mock('../../entrypoints/options/download', () => ({ download: vi.fn() }));

describe('the options page', () => {
  beforeAll(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ settings: { uiLanguage: 'en' } });
    await saveRecords([{ v: 1, orderNo: '1038000001', kind: 'cancel', stage: 'requested', events: [], lastSeenAt: Date.now() }]);
    document.body.innerHTML = '<div id="app"></div>';
    await import('../../entrypoints/options/main');
    await screen.findByTestId('retention-days');
  });
  afterAll(() => render(null, document.getElementById('app')!));

  it('titles its tab in the seller’s language', () => {
    expect(document.title).toBe('QSM Withdraw Assistant — Options');
  });

  it('does not leave "Saved" under a value that was not saved', async () => {
    const field = screen.getByTestId('retention-days');
    fireEvent.change(field, { target: { value: '30' } });
    await screen.findByText('Saved');
    fireEvent.change(field, { target: { value: '5000' } });
    await waitFor(() => expect(screen.queryByText('Saved')).toBeNull());
    expect(screen.getByTestId('retention-days-error').textContent).toContain('1 to 3650');
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ retentionDays: 30 });
  });

  it('says a change the browser would not store was not saved, and shows what is stored', async () => {
    const field = screen.getByTestId('retention-days') as HTMLInputElement;
    fireEvent.change(field, { target: { value: '90' } });
    await screen.findByText('Saved');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    try {
      fireEvent.change(field, { target: { value: '120' } });
      await waitFor(() => expect(screen.getByTestId('options-status').textContent).toContain('Not saved'));
      // Kept in view at the window's foot, however far down the page it is written.
      expect(screen.getByTestId('options-status').style.position).toBe('sticky');
      expect(screen.queryByText('Saved')).toBeNull();
      await waitFor(() => expect(field.value).toBe('90'));
    } finally {
      set.mockRestore();
    }
    fireEvent.change(field, { target: { value: '120' } });
    await screen.findByText('Saved');
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ retentionDays: 120 });
  });

  it('says "Saved" afresh for each change, so each one is announced', async () => {
    const field = screen.getByTestId('retention-days');
    fireEvent.change(field, { target: { value: '45' } });
    await screen.findByText('Saved');
    const status = screen.getByText('Saved');
    const texts: string[] = [];
    const watch = new MutationObserver(() => texts.push(status.textContent ?? ''));
    watch.observe(status, { childList: true, characterData: true, subtree: true });
    fireEvent.change(field, { target: { value: '60' } });
    await waitFor(() => expect(texts.at(-1)).toBe('Saved'));
    watch.disconnect();
    expect(texts).toContain('');
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ retentionDays: 60 });
  });

  it('names exported files by the day in Japan, also before 09:00 JST when the UTC day is yesterday', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T08:30:00+09:00'));
    try {
      await waitFor(() => expect(screen.getByText('Export history (CSV)').hasAttribute('disabled')).toBe(false));
      fireEvent.click(screen.getByText('Export history (CSV)'));
      fireEvent.click(screen.getByText('Export deadlines (calendar, .ics)'));
      fireEvent.click(await screen.findByText('Export templates (JSON)'));
      expect(vi.mocked(download).mock.calls.map(([name]) => name)).toEqual([
        'qsm-claims-2026-11-23.csv',
        'qsm-deadlines-2026-11-23.ics',
        'qsm-memos-2026-11-23.json',
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('follows what QSM pages write while it is open: the count and the exports include it', async () => {
    await waitFor(() => expect(screen.getByTestId('history-count').textContent).toBe('1 order remembered'));
    await saveRecords([{ v: 1, orderNo: '1038000002', kind: 'return', stage: 'requested', events: [], lastSeenAt: Date.now() }]);
    await waitFor(() => expect(screen.getByTestId('history-count').textContent).toBe('2 orders remembered'));
    vi.mocked(download).mockClear();
    fireEvent.click(screen.getByText('Export history (CSV)'));
    expect(vi.mocked(download).mock.calls[0]![2]).toContain('1038000002');
  });

  it('clears the history even when the background does not answer', async () => {
    // The background clears in its turn (lib/history/writes.ts); here none is listening.
    const confirm = window.confirm;
    window.confirm = () => true; // "Clear every remembered order?"
    const runtime = fakeBrowser.runtime as unknown as { sendMessage: unknown };
    const sendMessage = runtime.sendMessage;
    runtime.sendMessage = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    try {
      fireEvent.click(screen.getByTestId('history-clear'));
      await waitFor(() => expect(screen.getByTestId('history-count').textContent).toBe('0 orders remembered'));
      expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('claim:'))).toEqual([]);
    } finally {
      window.confirm = confirm;
      runtime.sendMessage = sendMessage;
    }
  });
});
