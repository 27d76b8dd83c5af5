#!/usr/bin/env node
// npm run bench — prints the figures issue #3 asks for (a benchmark, not a test):
//  - the content script's size (raw and gzip; target ≤ 30 KB gzip),
//  - main-thread time on a detail page and on the 1,000-row grid with the extension and without it,
//    the difference (what the extension costs: read + evaluate + mount; targets ≤ 5 ms and ≤ 60 ms) and the ratio.
// Main-thread time is Chromium's own TaskDuration (CDP Performance.getMetrics) once the badges are up.
import { chromium } from 'playwright-core';
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
console.log(`content script: ${(script.length / 1024).toFixed(1)} KB raw, ${(gzipSync(script).length / 1024).toFixed(1)} KB gzip (target ≤ 30 KB gzip)`);

async function measure(withExtension, fixture, badges) {
  const profile = mkdtempSync(join(tmpdir(), 'qwa-bench-'));
  const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  if (withExtension) args.push(`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`);
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args });
  const body = readFileSync(join(FIXTURES, fixture.file), 'utf8');
  await context.route('**/*', (r) => (r.request().url() === fixture.url ? r.fulfill({ contentType: 'text/html; charset=utf-8', body }) : r.abort()));
  if (withExtension && !context.serviceWorkers().length) await context.waitForEvent('serviceworker');
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(fixture.url);
    if (withExtension) await page.waitForFunction((n) => document.querySelectorAll('qwa-badge').length >= n, badges, { timeout: 30_000 });
    await page.waitForTimeout(300);
    const { metrics } = await cdp.send('Performance.getMetrics');
    times.push(metrics.find((m) => m.name === 'TaskDuration').value * 1000);
    await page.close();
  }
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

for (const [label, fixture, badges, target] of [
  ['detail page', detail, 1, 5],
  [`grid of ${grid.grid.rows} rows`, grid, grid.grid.rows, 60],
]) {
  const without = await measure(false, fixture, badges);
  const withExt = await measure(true, fixture, badges);
  console.log(
    `${label}: main thread ${withExt.toFixed(1)} ms with the extension, ${without.toFixed(1)} ms without — ` +
      `extension ${(withExt - without).toFixed(1)} ms (target ≤ ${target} ms), ratio ${(withExt / without).toFixed(2)} (median of ${RUNS})`,
  );
}
