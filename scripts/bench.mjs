#!/usr/bin/env node
// npm run bench — prints the figures issue #3 asks for (a benchmark, not a test):
//  - the content script's size (raw and gzip; target ≤ 30 KB gzip), and that of the views module it
//    imports on first use (entrypoints/qsm.content/panels.ts);
//  - main-thread time on a detail page and on the 1,000-row grid to read + evaluate + mount: the content
//    script's own pipeline, bundled from the same source with storage in memory and timed in Chromium
//    around a scan, the rendering of the badges in view, and the style and layout work both cause
//    (targets ≤ 5 ms and ≤ 60 ms); the first scan of a page (everything cold), the same work again once
//    V8 has compiled and run the code twice (warm: the badges removed, a new overlay), the first scan on the
//    next QSM page of the same tab (V8 keeps the code it compiled for the page before, not its feedback
//    or optimised code: what a seller moving through QSM pays from the second page on), and a re-scan
//    (QSM re-rendered nothing);
//  - the page's own main-thread time without the extension and with the shipped extension loaded (traces
//    of the real build, from navigation until the badges are drawn and the page is idle: start-up,
//    storage, scans, the browser's layout and paint), the difference (what the extension costs) and
//    the ratio with / without.
import { chromium } from 'playwright-core';
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const EXT = resolve('.output/chrome-mv3');
const RUNS = Number(process.env.BENCH_RUNS || 7);
const FIXTURES = 'test/fixtures/qsm';
const index = JSON.parse(readFileSync(join(FIXTURES, 'index.json'), 'utf8'));
const detail = index.fixtures.find((f) => f.page === 'detail' && f.file.includes('pending'));
const grid = index.fixtures.filter((f) => f.grid).reduce((a, b) => (b.grid.rows > a.grid.rows ? b : a));

const script = readFileSync(join(EXT, 'content-scripts/qsm.js'));
const panels = readFileSync(join(EXT, 'content-scripts/qsm-panels.js'));
console.log(
  `content script: ${(script.length / 1024).toFixed(1)} KB raw, ${(gzipSync(script).length / 1024).toFixed(2)} KB gzip (target ≤ 30 KB gzip); ` +
    `the views it imports when one is first shown (panel, message helper): ${(panels.length / 1024).toFixed(1)} KB raw, ${(gzipSync(panels).length / 1024).toFixed(2)} KB gzip`,
);

/** Total length of the union of [start, end) intervals (µs). */
function union(intervals) {
  let total = 0, end = -Infinity;
  for (const [s, e] of intervals.sort((a, b) => a[0] - b[0])) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

async function trace(page, load) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await load();
  await cdp.send('Tracing.end');
  await done;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'));
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const ours = onMain.filter((e) => /content-scripts\/qsm\.js/.test(JSON.stringify(e.args?.data ?? {})));
  const startup = ours.filter((e) => e.name === 'EvaluateScript' || e.name.startsWith('v8.compile'));
  return {
    startup: union(startup.map((e) => [e.ts, e.ts + e.dur])) / 1000,
    page: union(onMain.filter((e) => e.name === 'RunTask').map((e) => [e.ts, e.ts + e.dur])) / 1000,
  };
}

const harness = (
  await build({
    entryPoints: ['scripts/bench/harness.ts'],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    alias: { 'wxt/browser': './scripts/bench/browser-stub.ts' },
    logLevel: 'error',
  })
).outputFiles[0].text;

// The harness is a script with an address, as the content script is: V8 keeps a script's compiled code
// for the next page of the same renderer only when the script has one (an inline script is compiled anew).
const HARNESS_URL = 'https://qsm.qoo10.jp/qwa-bench/harness.js';
/** The same page opened again, as the seller's next QSM page in the tab. */
const nextPage = (fixture) => `${fixture.url}${fixture.url.includes('?') ? '&' : '?'}next`;

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs `each(page)` on a fresh page of the fixture RUNS times, in Chromium with or without the built extension. */
async function inChromium(withExtension, fixture, each) {
  const profile = mkdtempSync(join(tmpdir(), 'qwa-bench-'));
  const args = withExtension ? [...ARGS, `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`] : ARGS;
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args });
  const body = readFileSync(join(FIXTURES, fixture.file), 'utf8');
  await context.route('**/*', (r) => {
    const url = r.request().url();
    if (url === HARNESS_URL) return r.fulfill({ contentType: 'text/javascript; charset=utf-8', body: harness });
    return url === fixture.url || url === nextPage(fixture) ? r.fulfill({ contentType: 'text/html; charset=utf-8', body }) : r.fulfill({ status: 404, body: '' });
  });
  if (withExtension && !context.serviceWorkers().length) await context.waitForEvent('serviceworker');
  const results = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await context.newPage();
    results.push(await each(page));
    await page.close();
  }
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  return results;
}

// Both traces run from navigation to SETTLE_MS after the load, the same for both, with nothing of the
// test driver's own in the page meanwhile (its injected scripts would be counted as the page's).
const SETTLE_MS = 1500;

// BENCH_ONLY=detail|grid|popup runs one part (the size is always printed).
const ONLY = process.env.BENCH_ONLY;
for (const [part, label, fixture, badges, target] of [
  ['detail', 'detail page', detail, 1, 5],
  ['grid', `grid of ${grid.grid.rows} rows`, grid, grid.grid.rows, 60],
]) {
  if (ONLY && ONLY !== part) continue;
  // The page alone: its main-thread time from navigation to idle.
  const page = median(await inChromium(false, fixture, async (p) => (await trace(p, async () => { await p.goto(fixture.url); await p.waitForTimeout(SETTLE_MS); })).page));
  // Read + evaluate + mount: the same pipeline, timed around a scan; the first scan of a page and a re-scan (QSM re-rendered).
  const scans = await inChromium(false, fixture, async (p) => {
    await p.goto(fixture.url);
    await p.addScriptTag({ url: HARNESS_URL });
    const first = await p.evaluate(() => window.qwaScan());
    const again = await p.evaluate(() => window.qwaScan());
    await p.evaluate(() => window.qwaScanWarm());
    const warm = await p.evaluate(() => window.qwaScanWarm());
    // The next QSM page in the same tab: the renderer has our code compiled (not optimised) from this one.
    await p.goto(nextPage(fixture));
    await p.addScriptTag({ url: HARNESS_URL });
    const next = await p.evaluate(() => window.qwaScan());
    for (const [name, scan] of Object.entries({ first, warm, next })) {
      if (scan.badges !== badges) throw new Error(`${fixture.file}: ${scan.badges} badges on the ${name} scan, expected ${badges}`);
    }
    return {
      first: first.ms, again: again.ms, script: first.scriptMs, layout: first.layoutMs,
      warm: warm.ms, warmScript: warm.scriptMs, warmLayout: warm.layoutMs,
      next: next.ms, nextScript: next.scriptMs, nextLayout: next.layoutMs,
    };
  });
  // The same page with the shipped extension: start-up of its script (compile + evaluate) and the whole
  // main-thread time, until the badges are there and the page is idle again.
  const loaded = await inChromium(true, fixture, async (p) => {
    const traced = await trace(p, async () => {
      await p.goto(fixture.url);
      await p.waitForTimeout(SETTLE_MS);
    });
    const drawn = await p.evaluate(() => document.querySelectorAll('qwa-badge').length);
    if (drawn < badges) throw new Error(`${fixture.file}: ${drawn} badges ${SETTLE_MS} ms after the load, expected ${badges}`);
    // The next QSM page of the tab: the renderer compiles the content script from its cache.
    const next = await trace(p, async () => {
      await p.goto(nextPage(fixture));
      await p.waitForTimeout(SETTLE_MS);
    });
    const drawnNext = await p.evaluate(() => document.querySelectorAll('qwa-badge').length);
    if (drawnNext < badges) throw new Error(`${fixture.file}: ${drawnNext} badges on the next page, expected ${badges}`);
    return { ...traced, startupNext: next.startup };
  });
  const startup = median(loaded.map((t) => t.startup));
  const startupNext = median(loaded.map((t) => t.startupNext));
  const withExtension = median(loaded.map((t) => t.page));
  const first = median(scans.map((s) => s.first));
  const again = median(scans.map((s) => s.again));
  console.log(
    `${label}: read + evaluate + mount ${first.toFixed(1)} ms (target ≤ ${target} ms; script ${median(scans.map((s) => s.script)).toFixed(1)}, ` +
      `style + layout ${median(scans.map((s) => s.layout)).toFixed(1)}); the same work warm ${median(scans.map((s) => s.warm)).toFixed(1)} ms ` +
      `(script ${median(scans.map((s) => s.warmScript)).toFixed(1)}, style + layout ${median(scans.map((s) => s.warmLayout)).toFixed(1)}); ` +
      `on the next QSM page of the tab ${median(scans.map((s) => s.next)).toFixed(1)} ms (script ${median(scans.map((s) => s.nextScript)).toFixed(1)}, ` +
      `style + layout ${median(scans.map((s) => s.nextLayout)).toFixed(1)}); re-scan ${again.toFixed(1)} ms, ` +
      `script start-up ${startup.toFixed(1)} ms (on the next QSM page of the tab ${startupNext.toFixed(1)} ms); main thread: page alone ${page.toFixed(0)} ms, with the extension ` +
      `${withExtension.toFixed(0)} ms (+${(withExtension - page).toFixed(0)} ms), ratio ${(withExtension / page).toFixed(2)} (median of ${RUNS})`,
  );
}

// --- The popup (issue #5: "the popup opens fast") ------------------------------------------------------
// The built extension with CLAIMS remembered orders (ClaimRecord v1, written into its storage through the
// service worker); popup.html opened afresh RUNS times, timed from navigation to the first useful paint:
// the popup renders once, after loading the settings and every record, into an empty body, so its first
// contentful paint is the search box with the "due soon" list already built from the records.
if (!ONLY || ONLY === 'popup') {
  const CLAIMS = Number(process.env.BENCH_CLAIMS || 500);
  const DAY = 86_400_000;
  const jstDay = (offset = 0) => new Date(Date.now() + 9 * 3_600_000 + offset * DAY).toISOString().slice(0, 10);
  const kinds = ['cancel', 'return', 'exchange', 'nonReceipt'];
  const stages = ['requested', 'requested', 'requested', 'inProgress', 'completed'];
  const records = {};
  for (let i = 0; i < CLAIMS; i++) {
    const orderNo = String(1040000000 + i * 7);
    const kind = kinds[i % kinds.length];
    const stage = stages[i % stages.length];
    const withdraw = [
      { state: 'none' },
      { state: 'requested', requestedOn: jstDay(-(i % 7)), deadlineShown: jstDay(6 - (i % 7)) },
      { state: 'held', heldOn: jstDay(-(i % 6)) },
      { state: 'cancelled', cancelledOn: jstDay(-(i % 6)) },
      undefined,
    ][i % 5];
    records[`claim:${orderNo}`] = {
      v: 1,
      orderNo,
      cartNo: String(210000000 + i),
      itemCode: String(1100000000 + (i % 97)),
      orderCountry: 'JP',
      shippedOn: jstDay(-10 - (i % 9)),
      carrier: 'ヤマト運輸',
      trackingNo: `4471-${String(1000 + (i % 9000)).padStart(4, '0')}-${String(i).padStart(4, '0')}`,
      kind,
      stage,
      claimedOn: jstDay(-(i % 12)),
      ...(withdraw ? { withdraw } : {}),
      events: withdraw?.state === 'cancelled' ? [{ action: 'cancel', on: withdraw.cancelledOn, at: Date.now() - (i % 6) * DAY }] : [],
      lastSeenAt: Date.now() - i * 60_000,
      detailSeenAt: Date.now() - i * 60_000,
    };
  }

  const profile = mkdtempSync(join(tmpdir(), 'qwa-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 400, height: 600 },
    args: [...ARGS, `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  /** Opens the popup RUNS times (after one warm-up opening, not counted): first-contentful-paint times and the due-soon rows shown. */
  async function openings() {
    const times = [];
    let dueRows = 0;
    for (let i = 0; i < RUNS + 1; i++) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      await page.locator('[data-testid="order-search"]').waitFor({ state: 'visible' });
      await page.locator('[data-testid="due-row"], [data-testid="due-empty"]').first().waitFor();
      // The paint's entry is posted once the frame is presented, a moment after the DOM is there.
      const paint = await (await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime)).jsonValue();
      dueRows = await page.locator('[data-testid="due-row"]').count();
      if (i > 0) times.push(paint);
      await page.close();
    }
    return { ms: median(times), dueRows };
  }

  const empty = await openings();
  await worker.evaluate((all) => chrome.storage.local.set(all), records);
  const stored = await worker.evaluate(() => chrome.storage.local.get(null).then((all) => Object.keys(all).filter((k) => k.startsWith('claim:')).length));
  if (stored !== CLAIMS) throw new Error(`popup: ${stored} claim records stored, expected ${CLAIMS}`);
  const full = await openings();
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  if (CLAIMS && !full.dueRows) throw new Error('popup: the "due soon" list is empty; the records were not loaded');
  console.log(
    `popup: opens in ${full.ms.toFixed(0)} ms with ${CLAIMS} remembered claims (median of ${RUNS}; first useful paint, ` +
      `${full.dueRows} due-soon rows), ${empty.ms.toFixed(0)} ms with none`,
  );
}
