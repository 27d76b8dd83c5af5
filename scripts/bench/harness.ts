// The content script's pipeline (read → evaluate → mount) as a page script, for the benchmark only:
// the same Overlay the extension runs, with storage answered in memory, timed around one scan plus the
// rendering of the badges that come into view right after it. Mounting includes the style and layout
// work the new badges cause: it is forced at once after the scan and after each rendering, so the
// browser's share of the mount is counted too (and told apart), not left to a later frame.
import { BadgeLayer } from '../../entrypoints/qsm.content/badges';
import { Overlay } from '../../entrypoints/qsm.content/overlay';
import { setPanelLoader } from '../../components/panels';
import { setMessageSource } from '../../lib/i18n';
import { bundledMessages } from '../../lib/i18n/bundled';

setMessageSource(bundledMessages);
// The views module comes bundled in (the extension imports it from its files when first shown).
setPanelLoader(() => import('../../entrypoints/qsm.content/panels'));

let scriptMs = 0;
let layoutMs = 0;
/** Runs `work` and then the style and layout it caused, adding each to its own account. */
function timed(work: () => void): void {
  const start = performance.now();
  work();
  const worked = performance.now();
  void document.body.offsetHeight;
  scriptMs += worked - start;
  layoutMs += performance.now() - worked;
}

const layer = BadgeLayer.prototype as unknown as { onVisible(entries: unknown): void };
const onVisible = layer.onVisible;
layer.onVisible = function (entries) {
  timed(() => onVisible.call(this, entries));
};

const overlay = new Overlay(document, { lang: 'en' });
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

interface Scan {
  ms: number;
  scriptMs: number;
  layoutMs: number;
  badges: number;
}

async function measure(scanner: Overlay): Promise<Scan> {
  void document.body.offsetHeight; // the page's own pending layout is not ours
  scriptMs = 0;
  layoutMs = 0;
  const start = performance.now();
  await scanner.scan();
  timed(() => undefined);
  scriptMs += performance.now() - start - layoutMs;
  await frame();
  await frame();
  return { ms: scriptMs + layoutMs, scriptMs, layoutMs, badges: scanner.layer.size };
}

const api = window as unknown as { qwaScan(): Promise<Scan>; qwaScanWarm(): Promise<Scan> };
/** A scan of the page by the overlay (the first one: everything cold; again: QSM re-rendered nothing). */
api.qwaScan = () => measure(overlay);
/**
 * The same work with V8's code already compiled: every badge taken off the page, and a new overlay
 * reads, judges and mounts from scratch (the orders are known from the first scan, as on a second visit).
 */
api.qwaScanWarm = () => {
  for (const host of document.querySelectorAll('qwa-badge, qwa-memo')) host.remove();
  return measure(new Overlay(document, { lang: 'en' }));
};
