/**
 * Wiring only: QSM pages in every frame (a detail can open in a popup window, a layer or an iframe).
 * lib/qsm reads, lib/rules decides, components show; this file starts them and keeps them in step.
 */
import { browser } from 'wxt/browser';
import { PANELS_FILE, setPanelLoader, type Panels } from '../../components/panels';
import { pickUiLanguage, setMessageSource } from '../../lib/i18n';
import { isLoginDocument } from '../../lib/qsm';
import { loadSettings, watchSettings } from '../../lib/settings';
import { watchWithdrawButtons } from './actions';
import { isOwnNode } from './badges';
import { startClock } from './clock';
import { stepAsideForHeaderClicks } from './headers';
import { extensionMessages } from './messages';
import { Overlay } from './overlay';

const RESCAN_DELAY_MS = 120;

/** The Preact views, from the extension's own files (web-accessible to QSM's pages only, wxt.config.ts). */
async function importPanels(): Promise<Panels> {
  const panels: Panels = await import(/* @vite-ignore */ browser.runtime.getURL(`/${PANELS_FILE}` as const));
  panels.setMessageSource(extensionMessages);
  return panels;
}

export default defineContentScript({
  matches: ['https://qsm.qoo10.jp/*'],
  allFrames: true,
  // A layer's frame may have no address of its own (QSM's script writes it, or gives it inline): it
  // belongs to the QSM page that made it.
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    setMessageSource(extensionMessages);
    setPanelLoader(importPanels);
    try {
      if (isLoginDocument(document)) return;
      const settings = await loadSettings().catch(() => undefined);
      const overlay = new Overlay(document, {
        lang: pickUiLanguage(settings?.uiLanguage ?? 'auto', navigator.languages),
      });
      const rescan = () => void overlay.scan().catch(() => undefined);

      // QSM builds its grid in the browser and re-renders it without a page load (tabs, search, paging).
      let pending: number | undefined;
      // Our own badge hosts coming and going (1,000 on a grid) are not a change of QSM's.
      const anyOfTheirs = (nodes: NodeList) => Array.prototype.some.call(nodes, (node: Node) => !isOwnNode(node));
      const observer = new MutationObserver((records) => {
        const theirs = records.some((r) => anyOfTheirs(r.addedNodes) || anyOfTheirs(r.removedNodes));
        if (!theirs || pending !== undefined) return;
        pending = ctx.setTimeout(() => {
          pending = undefined;
          rescan();
        }, RESCAN_DELAY_MS);
      });
      // The document, not its root element: a frame QSM rewrites (document.open) gets a new root.
      observer.observe(document, { childList: true, subtree: true });
      ctx.onInvalidated(() => {
        observer.disconnect();
        overlay.layer.sweep(new Set());
      });

      const clock = startClock(ctx.signal);
      clock.subscribe(({ now }) => overlay.layer.refresh(now));
      watchWithdrawButtons(document, ctx.signal);
      stepAsideForHeaderClicks(document, overlay.layer, rescan, ctx.signal);
      const unwatch = watchSettings((next) => {
        overlay.view = { ...overlay.view, lang: pickUiLanguage(next.uiLanguage, navigator.languages) };
        rescan();
      });
      ctx.onInvalidated(unwatch);
      rescan();
    } catch {
      // An overlay that cannot start leaves QSM exactly as it was.
    }
  },
});
