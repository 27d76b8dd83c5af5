/**
 * Wiring only: the overlay on one QSM document. lib/qsm reads, lib/rules decides, components show; this
 * file starts them and keeps them in step. It is the module the content script imports at once (see
 * index.ts), so the browser compiles it off the page's main thread and keeps its compiled code.
 */
import { browser } from 'wxt/browser';
import { setPanelLoader, type Panels } from '../../components/panels';
import { pickUiLanguage, setMessageSource, type UiLanguage } from '../../lib/i18n';
import { loadedCatalogs, type ContentCatalog } from '../../lib/i18n/contentCatalog';
import { isLoginDocument } from '../../lib/qsm';
import { loadSettings, watchSettings } from '../../lib/settings';
import { watchWithdrawButtons } from './actions';
import { isOwnNode } from './badges';
import { startClock } from './clock';
import { stepAsideForHeaderClicks } from './headers';
import { PANELS_FILE, catalogFile } from './files';
import { Overlay } from './overlay';

const RESCAN_DELAY_MS = 120;

/** The extension's own files are web-accessible to QSM's pages only (wxt.config.ts). */
const importFile = (file: string) => import(/* @vite-ignore */ browser.runtime.getURL(`/${file}` as '/'));

/** The seller's language's words, imported when the language is first shown (one catalog, not four). */
const catalogs = new Map<UiLanguage, ContentCatalog>();
const messages = loadedCatalogs(catalogs);
async function loadLanguage(lang: UiLanguage): Promise<UiLanguage> {
  if (!catalogs.has(lang)) catalogs.set(lang, ((await importFile(catalogFile(lang))) as { default: ContentCatalog }).default);
  return lang;
}

/** The Preact views, sharing the overlay's words. */
async function importPanels(): Promise<Panels> {
  const panels = (await importFile(PANELS_FILE)) as Panels;
  panels.setMessageSource(messages);
  return panels;
}

/** What the overlay needs of WXT's content-script context: its timers and its end. */
export interface OverlayContext {
  readonly signal: AbortSignal;
  setTimeout(handler: () => void, timeout?: number): number;
  onInvalidated(cb: () => void): () => void;
}

export async function start(ctx: OverlayContext): Promise<void> {
  setMessageSource(messages);
  setPanelLoader(importPanels);
  try {
    if (isLoginDocument(document)) return;
    const settings = await loadSettings().catch(() => undefined);
    const overlay = new Overlay(document, {
      lang: await loadLanguage(pickUiLanguage(settings?.uiLanguage ?? 'auto', navigator.languages)),
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
    let wanted = overlay.view.lang;
    const unwatch = watchSettings((next) => {
      // Two quick changes: the last one chosen wins, whichever catalog arrives first.
      const lang = (wanted = pickUiLanguage(next.uiLanguage, navigator.languages));
      void loadLanguage(lang).then(() => {
        if (lang !== wanted) return;
        overlay.view = { ...overlay.view, lang };
        rescan();
      }, () => undefined);
    });
    ctx.onInvalidated(unwatch);
    rescan();
  } catch {
    // An overlay that cannot start leaves QSM exactly as it was.
  }
}
