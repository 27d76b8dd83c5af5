// The toolbar popup as Firefox opens it (a panel at most 800×600, sized to its page), with classic
// scrollbars that take room (Windows, macOS with a mouse, Linux without overlay scrollbars).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox';

let b: FirefoxWithExtension;

describe.skipIf(process.env.QWA_E2E_FIREFOX !== '1')('Firefox toolbar popup', () => {
  beforeAll(async () => {
    b = await launchFirefoxWithExtension({
      extensionPages: true,
      prefs: { 'widget.gtk.overlay-scrollbars.enabled': false, 'extensions.openPopupWithoutUserGesture.enabled': true },
    });
  });
  afterAll(async () => {
    await b?.close();
  });

  it('keeps its whole width when it grows taller than the panel and scrolls: no side scrolling, nothing cut off', async () => {
    const options = await b.openExtensionPage('options.html');
    const seen = await options.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof import('webextension-polyfill') }).browser;
      await api.browserAction.openPopup();
      const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
      let popup: (Window & typeof globalThis) | undefined;
      for (let i = 0; i < 100 && !popup?.document.querySelector('[data-testid=order-search]'); i++) {
        await wait(100);
        popup = api.extension.getViews({ type: 'popup' })[0] as (Window & typeof globalThis) | undefined;
      }
      if (!popup) return null;
      const root = popup.document.documentElement;
      const opened = root.clientHeight;
      // An order never seen: the quick check's form makes the popup taller than Firefox's 600 px.
      const search = popup.document.querySelector<HTMLInputElement>('[data-testid=order-search]')!;
      search.value = '1038999001';
      search.dispatchEvent(new popup.Event('input', { bubbles: true }));
      for (let i = 0; i < 50 && root.scrollHeight <= popup.innerHeight; i++) await wait(100);
      await wait(500); // Firefox resizes the panel after the page has grown
      return { opened, scrollHeight: root.scrollHeight, innerHeight: popup.innerHeight, clientWidth: root.clientWidth, scrollWidth: root.scrollWidth };
    });
    expect(seen).not.toBeNull();
    // The test means something only if the popup did have to scroll.
    expect(seen!.scrollHeight).toBeGreaterThan(seen!.innerHeight);
    expect(seen!.scrollWidth).toBeLessThanOrEqual(seen!.clientWidth);
    await options.close();
  });

  it('logged no error', () => {
    expect(b.extensionErrors).toEqual([]);
  });
});
