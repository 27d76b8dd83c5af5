/**
 * Wiring only: the overlay on one QSM document. lib/qsm reads, lib/rules decides, components show; this
 * file starts them and keeps them in step. It is the module the content script imports at once (see
 * loader.ts), so the browser compiles it off the page's main thread and keeps its compiled code.
 */
import { browser } from 'wxt/browser';
import { setPanelLoader, type Panels } from '../../components/panels';
import { pickUiLanguage, setMessageSource, type UiLanguage } from '../../lib/i18n';
import { loadedCatalogs, type ContentCatalog } from '../../lib/i18n/contentCatalog';
import { isLoginDocument } from '../../lib/qsm';
import { loadUiLanguage, watchUiLanguage } from '../../lib/settings';
import { jstDay } from '../../lib/time';
import { watchWithdrawButtons } from './actions';
import { isOwnNode } from './badges';
import { startClock } from './clock';
import { stepAsideForHeaderClicks } from './headers';
import { PANELS_FILE, catalogFile, viewsCatalogFile } from './files';
import { Overlay } from './overlay';

const RESCAN_DELAY_MS = 120;

// A layer QSM shows or hides (a detail opened over the grid) changes its style, class or hidden attribute;
// a message box it enables (the withdraw block's, once Y is chosen) its disabled attribute.
const REVEALING_ATTRIBUTES = ['style', 'class', 'hidden', 'disabled'];
/** A change of those attributes that may show or hide a detail: not ours, not the grid's own restyling. */
const restyled = (el: Element) => !isOwnNode(el) && !el.closest('#__grid_ClaimGrid');

/** The extension's own files are web-accessible to QSM's pages only (wxt.config.ts). */
const importFile = (file: string) => import(/* @vite-ignore */ browser.runtime.getURL(`/${file}` as '/'));

/**
 * The seller's language's words, imported when the language is first shown (one language, not four): the
 * badge's words at once, the views' words with the views (most QSM pages a seller opens show no view).
 */
const catalogs = new Map<UiLanguage, ContentCatalog>();
const messages = loadedCatalogs(catalogs);
const withViewWords = new Set<UiLanguage>();
let viewsShown = false;
const wordsOf = async (file: string) => ((await importFile(file)) as { default: ContentCatalog }).default;
async function loadLanguage(lang: UiLanguage): Promise<UiLanguage> {
  if (!catalogs.has(lang)) catalogs.set(lang, await wordsOf(catalogFile(lang)));
  if (viewsShown && !withViewWords.has(lang)) {
    catalogs.set(lang, { ...(await wordsOf(viewsCatalogFile(lang))), ...catalogs.get(lang) });
    withViewWords.add(lang);
  }
  return lang;
}

/** The Preact views, sharing the overlay's words, with the views' own words of each language loaded. */
async function importPanels(): Promise<Panels> {
  viewsShown = true;
  const [panels] = await Promise.all([importFile(PANELS_FILE) as Promise<Panels>, ...[...catalogs.keys()].map(loadLanguage)]);
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
    // The seller's language, followed from the start: a change made while the page loads counts too, and
    // of two quick changes the last one chosen wins, whichever catalog arrives first.
    let overlay: Overlay | undefined;
    let wanted: UiLanguage | undefined;
    const unwatch = watchUiLanguage((chosen) => {
      const lang = (wanted = pickUiLanguage(chosen, navigator.languages));
      void loadLanguage(lang).then(() => {
        if (lang !== wanted || !overlay) return;
        overlay.view = { ...overlay.view, lang };
        rescan();
      }, () => undefined);
    });
    ctx.onInvalidated(unwatch);
    const chosen = await loadUiLanguage().catch(() => 'auto' as const);
    const first = await loadLanguage((wanted ??= pickUiLanguage(chosen, navigator.languages)));
    // The extension was updated or removed meanwhile: this page keeps QSM's own look.
    if (ctx.signal.aborted) return unwatch();
    const shown = overlay = new Overlay(document, { lang: catalogs.has(wanted) ? wanted : first });
    const rescan = () => void shown.scan().catch(() => undefined);

    // QSM builds its grid in the browser and re-renders it without a page load (tabs, search, paging).
    let pending: number | undefined;
    let whole = false;
    // A change of content is read again; a change of style only when it showed or hid a detail (a hover
    // effect on a menu restyles the page without changing what it shows).
    const schedule = (content: boolean) => {
      whole ||= content;
      if (pending !== undefined) return;
      pending = ctx.setTimeout(() => {
        pending = undefined;
        const again = whole || shown.visibilityChanged();
        whole = false;
        if (again) rescan();
      }, RESCAN_DELAY_MS);
    };
    // Our own badge hosts coming and going (1,000 on a grid) are not a change of QSM's.
    const anyOfTheirs = (nodes: NodeList) => Array.prototype.some.call(nodes, (node: Node) => !isOwnNode(node));
    // QSM's script may write this document anew (document.open: a layer frame, a popup window it writes each
    // detail into), which takes every listener off it: the seller's presses of the withdraw buttons would go
    // unnoted (no cooldown after a cancel), and header clicks unheard. The page observer sees the document's
    // own children replaced, and they listen again.
    const listen = () => {
      watchWithdrawButtons(document, ctx.signal);
      stepAsideForHeaderClicks(document, shown.layer, rescan, ctx.signal);
    };
    const changed = (records: MutationRecord[]) => {
      let content = false;
      let style = false;
      let rewritten = false;
      for (const r of records) {
        // An attribute's record always names an element. A message box enabled or disabled is read again:
        // its helper comes or goes.
        if (r.type !== 'attributes') content ||= anyOfTheirs(r.addedNodes) || anyOfTheirs(r.removedNodes);
        else if ((r.target as Element).localName == 'textarea') content = true;
        else style ||= restyled(r.target as Element);
        rewritten ||= r.target === document;
      }
      if (rewritten) listen();
      if (content || style) schedule(content);
    };
    const observer = new MutationObserver(changed);
    // The document, not its root element: a frame QSM rewrites (document.open) gets a new root.
    const watch = () => observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: REVEALING_ATTRIBUTES });
    watch();
    // A batch of our own writes (a grid's 1,000 hosts) makes no records; QSM's changes from before it are
    // taken first and still count.
    shown.layer.quietly = (write) => {
      // Not once the extension is gone (updated or removed, or a newer copy started here): a scan begun
      // before draws nothing its end would not take away again, and the observer stays off.
      if (ctx.signal.aborted) return;
      const theirs = observer.takeRecords();
      observer.disconnect();
      try {
        write();
      } finally {
        watch();
        if (theirs.length) changed(theirs);
      }
    };
    ctx.onInvalidated(() => {
      observer.disconnect();
      shown.layer.sweep(new Set());
    });

    const clock = startClock(ctx.signal);
    // A verdict can turn at a JST midnight with nothing changed on the page (a request delayed from its
    // 5th day), also while the tab was hidden or the computer asleep: the page is read again then.
    let day = jstDay(new Date());
    clock.subscribe(({ now }) => {
      shown.layer.refresh(now);
      if (day !== (day = jstDay(new Date(now)))) rescan();
    });
    listen();
    rescan();
  } catch {
    // An overlay that cannot start leaves QSM exactly as it was.
  }
}
