// The content script's pipeline (read → evaluate → mount) as a page script, for the benchmark only:
// the same Overlay the extension runs, with storage answered in memory, timed around one scan plus the
// rendering of the badges that come into view right after it. Mounting includes the style and layout
// work the new badges cause: it is forced at once after the scan and after each rendering, so the
// browser's share of the mount is counted too, not left to a later frame.
import { BadgeLayer } from '../../entrypoints/qsm.content/badges';
import { Overlay } from '../../entrypoints/qsm.content/overlay';
import { setMessageSource } from '../../lib/i18n';
import { bundledMessages } from '../../lib/i18n/bundled';

setMessageSource(bundledMessages);

const layout = () => document.documentElement.getBoundingClientRect() && document.body.offsetHeight;

let renderMs = 0;
const layer = BadgeLayer.prototype as unknown as { onVisible(entries: unknown): void };
const onVisible = layer.onVisible;
layer.onVisible = function (entries) {
  const start = performance.now();
  onVisible.call(this, entries);
  layout();
  renderMs += performance.now() - start;
};

const overlay = new Overlay(document, { lang: 'en' });
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

(window as unknown as { qwaScan(): Promise<{ ms: number; badges: number }> }).qwaScan = async () => {
  layout(); // the page's own pending layout is not ours
  renderMs = 0;
  const start = performance.now();
  await overlay.scan();
  layout();
  const scanMs = performance.now() - start;
  await frame();
  await frame();
  return { ms: scanMs + renderMs, badges: overlay.layer.size };
};
