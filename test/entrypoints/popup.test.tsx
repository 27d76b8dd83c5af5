/** The popup page as a reminder's notification opens it in a tab: named in the seller's language. */
import { afterAll, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { render } from 'preact';

describe('the popup page', () => {
  afterAll(() => render(null, document.getElementById('app')!));

  it('titles its tab with the extension’s name, not a placeholder', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ settings: { uiLanguage: 'ja' } });
    document.head.innerHTML = '<title>__MSG_extName__</title>';
    document.body.innerHTML = '<div id="app"></div>';
    await import('../../entrypoints/popup/main');
    await screen.findByTestId('order-search');
    expect(document.title).toBe('QSM 撤回要請アシスタント');
  });
});
