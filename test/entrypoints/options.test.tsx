/** The options page as the seller uses it: its title, what "Saved" says, and the names of exported files. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { render } from 'preact';

describe('the options page', () => {
  beforeAll(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ settings: { uiLanguage: 'en' } });
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
});
