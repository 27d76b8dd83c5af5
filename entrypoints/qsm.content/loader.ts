/**
 * The content script, on QSM pages in every frame (a detail can open in a popup window, a layer or an
 * iframe; wxt.config.ts lists it in the manifest). It only imports the overlay (start.ts), an ES module in
 * the extension's files: a classic content script is compiled on the page's main thread, on every tab's
 * first QSM page, while a module is compiled off it and its compiled code is kept for the next tab.
 *
 * Its own, not a WXT content-script entrypoint: WXT's wrapper brings a whole context (a location watcher,
 * animation frames, idle callbacks, a logger) to every QSM page, 1.2 KB gzip of the 30 KB they may load
 * (npm run bench). The overlay needs three things of a context (start.ts's OverlayContext): context.ts.
 */
import { browser } from 'wxt/browser';
import { overlayContext } from './context';
import { OVERLAY_FILE } from './files';

void (async () => {
  try {
    // At once, before the overlay loads: a copy already in the page stops now, not once this one is ready.
    const ctx = overlayContext();
    const overlay: typeof import('./start') = await import(/* @vite-ignore */ browser.runtime.getURL(`/${OVERLAY_FILE}` as const));
    await overlay.start(ctx);
  } catch {
    // An overlay that cannot load leaves QSM exactly as it was.
  }
})();
