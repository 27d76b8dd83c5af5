// The overlay module as the extension ships it (entrypoints/qsm.content/start.ts), with the time of each
// scan recorded: for the benchmark only, which swaps it into a copy of the built extension. Each scan's
// read + evaluate + mount is timed, and so are the badges drawn as they come into view right after it.
// The style and layout that either causes is forced at once and counted apart, not left to a later
// frame. While the scan waits for extension storage, the browser reads it on other threads: that wait is
// taken out. The main thread's task that turns the answer into objects is recorded apart (storageMs), as
// the time from the main thread's last free moment to the answer: an upper bound, as a task of the page's
// own that runs just before the answer counts too. The records go into an attribute of the page's root
// element, where the benchmark reads them.
import { browser } from 'wxt/browser';
import { BadgeLayer } from '../../entrypoints/qsm.content/badges';
import { Overlay } from '../../entrypoints/qsm.content/overlay';

export { start } from '../../entrypoints/qsm.content/start';

interface Timing {
  scriptMs: number;
  layoutMs: number;
  badges: number;
  done: boolean;
  /** The main thread's tasks that delivered storage's answers to the scan (see above). */
  storageMs: number;
}
const scans: Timing[] = [];

function record(): void {
  document.documentElement.setAttribute('data-qwa-bench', JSON.stringify(scans));
}

/** Has the browser do its pending style and layout now: a call, as a minifier may drop a bare read. */
const layoutNow = () => document.body?.getBoundingClientRect();

/** Adds `work`'s own time and the style and layout it caused to `into`. */
function timed<T>(into: Timing, work: () => T): T {
  const start = performance.now();
  const result = work();
  const worked = performance.now();
  layoutNow();
  into.scriptMs += worked - start;
  into.layoutMs += performance.now() - worked;
  return result;
}

/**
 * The main thread's share of a storage call: the browser reads storage on other threads, then the
 * answer is turned into objects on the main thread in the task that resolves the call. A message bounced
 * from task to task while the call is out marks the last moment the main thread was free before that
 * task: from there to the resolution is the answer's own task (and any task just before it).
 */
function watchAnswerTask(): () => number {
  const channel = new MessageChannel();
  let free = performance.now();
  let on = true;
  channel.port1.onmessage = () => {
    free = performance.now();
    if (on) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
  return () => {
    on = false;
    channel.port1.close();
    return performance.now() - free;
  };
}

/** The running scan's start, and how long it has waited for storage since. */
let scanStart = Infinity;
let waited = 0;
let storageTasks = 0;
const local = browser.storage.local as unknown as Record<'get' | 'set', (...args: unknown[]) => Promise<unknown>>;
for (const name of ['get', 'set'] as const) {
  const call = local[name];
  local[name] = function (...args) {
    const start = performance.now();
    const answerTask = watchAnswerTask();
    // A write begun before the scan (the last scan's records) counts from the scan's start only.
    return call.apply(this, args).finally(() => {
      const answer = answerTask();
      if (scanStart === Infinity) return;
      waited += Math.max(0, performance.now() - Math.max(start, scanStart));
      storageTasks += Math.min(answer, performance.now() - scanStart);
    });
  };
}

const overlay = Overlay.prototype;
const scan = overlay.scan;
overlay.scan = async function (this: Overlay) {
  // A scan asked for while one runs joins it: it is timed once.
  if ((this as unknown as { running?: Promise<void> }).running) return scan.call(this);
  layoutNow(); // the page's own pending layout is not ours
  // On the record at once: badges coming into view meanwhile count to this scan.
  const timing: Timing = { scriptMs: 0, layoutMs: 0, badges: 0, done: false, storageMs: 0 };
  scans.push(timing);
  const start = (scanStart = performance.now());
  waited = 0;
  storageTasks = 0;
  await scan.call(this);
  const end = performance.now();
  scanStart = Infinity;
  layoutNow();
  // Drawing done while storage answered is in `waited` and already counted on its own.
  timing.scriptMs += end - start - waited;
  timing.layoutMs += performance.now() - end;
  timing.storageMs = storageTasks;
  timing.badges = this.layer.size;
  timing.done = true;
  record();
};

// Badges come into view after the scan that placed them (or while it waits for storage): their drawing
// counts to that scan.
const layer = BadgeLayer.prototype as unknown as { onVisible(entries: unknown): void };
const onVisible = layer.onVisible;
layer.onVisible = function (entries) {
  const last = scans[scans.length - 1];
  if (!last) return onVisible.call(this, entries);
  timed(last, () => onVisible.call(this, entries));
  record();
};
