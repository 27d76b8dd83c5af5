/**
 * The content script, on QSM pages in every frame (a detail can open in a popup window, a layer or an
 * iframe). It only imports the overlay (start.ts), an ES module in the extension's files: a classic
 * content script is compiled on the page's main thread, on every tab's first QSM page, while a module is
 * compiled off it and its compiled code is kept for the next tab (npm run bench).
 */
import { browser } from 'wxt/browser';
import { OVERLAY_FILE } from './files';

type OverlayModule = typeof import('./start');

export default defineContentScript({
  matches: ['https://qsm.qoo10.jp/*'],
  allFrames: true,
  // A layer's frame may have no address of its own (QSM's script writes it, or gives it inline): it
  // belongs to the QSM page that made it.
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    try {
      const overlay: OverlayModule = await import(/* @vite-ignore */ browser.runtime.getURL(`/${OVERLAY_FILE}` as const));
      await overlay.start(ctx);
    } catch {
      // An overlay that cannot load leaves QSM exactly as it was.
    }
  },
});
