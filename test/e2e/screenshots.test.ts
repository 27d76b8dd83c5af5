// The README's pictures (issue #6 §3): the built extension in Debian's Chromium, English UI (--lang=en),
// the seller's clock in Shanghai (TZ), a fixed viewport and Debian's Noto fonts, on the fixture pages served under QSM's address. Each picture
// is cropped to what it shows. Dates and countdowns follow today's clock (the fixtures are shifted to
// today), so those figures change from run to run; the rest is stable.
//   npx wxt build && npx vitest run --config vitest.e2e.config.ts test/e2e/screenshots.test.ts
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { launchWithExtension, openPopup, type ExtensionBrowser } from './browser';
import { fixtureIndex, pathOf, serveFixtures, type FixtureEntry } from './fixtures';
import { addJstDays, jstDay } from '../../lib/time';

const OUT = 'docs/screenshots';
const VIEWPORT = { width: 1280, height: 900 };
const SELLER_ZONE = 'Asia/Shanghai';
let b: ExtensionBrowser;

interface Box { x: number; y: number; width: number; height: number }

const fixture = (file: string): FixtureEntry => {
  const found = fixtureIndex.fixtures.find((f) => f.file === file);
  if (!found) throw new Error(`no fixture ${file}`);
  return found;
};

/** The smallest box holding every given box, grown by `pad` and kept inside the viewport. */
function around(boxes: readonly (Box | null | undefined)[], pad = 10, viewport = VIEWPORT): Box {
  const present = boxes.filter((x): x is Box => !!x);
  if (!present.length) throw new Error('nothing to frame');
  const left = Math.max(0, Math.floor(Math.min(...present.map((r) => r.x)) - pad));
  const top = Math.max(0, Math.floor(Math.min(...present.map((r) => r.y)) - pad));
  const right = Math.min(viewport.width, Math.ceil(Math.max(...present.map((r) => r.x + r.width)) + pad));
  const bottom = Math.min(viewport.height, Math.ceil(Math.max(...present.map((r) => r.y + r.height)) + pad));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * The badge's table row with the rows shown just above and below it (in whichever table they sit), as
 * whole rows: the claim's status in its context on the page.
 */
async function rowsAround(host: Locator): Promise<Box> {
  return host.evaluate((el) => {
    const leafRows = [...document.querySelectorAll('tr')]
      .filter((tr) => !tr.querySelector('tr') && tr.getBoundingClientRect().height > 1)
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    const row = el.closest('tr');
    const at = row ? leafRows.indexOf(row) : -1;
    const parts: Element[] = at < 0 ? [el.parentElement!] : leafRows.slice(Math.max(0, at - 1), at + 2);
    const rects = [...parts, el].map((p) => p.getBoundingClientRect());
    const left = Math.min(...rects.map((r) => r.left));
    const top = Math.min(...rects.map((r) => r.top));
    return {
      x: left,
      y: top,
      width: Math.max(...rects.map((r) => r.right)) - left,
      height: Math.max(...rects.map((r) => r.bottom)) - top,
    };
  });
}

const grow = (box: Box, pad: number): Box => ({ x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad });

/** `box` grown sideways by `pad` but not up or down, so that no sliver of a neighbouring row shows. */
const sideways = (box: Box, pad = 8): Box => ({ x: Math.max(0, box.x - pad), y: box.y, width: box.width + 2 * pad, height: box.height });

/** A fixture page with its detail badge in the expected state, fonts loaded, the mouse out of the way. */
async function detailPage(file: string, state: string): Promise<{ page: Page; host: Locator }> {
  const f = fixture(file);
  expect(f.badge).toBe(state);
  const page = await b.open(pathOf(f));
  const host = page.locator(state === 'unreadable' ? 'qwa-badge[data-qwa-unreadable]' : 'qwa-badge');
  await expect.poll(() => host.getAttribute('data-qwa-state'), { timeout: 15_000 }).toBe(state === 'unreadable' ? 'unknown' : state);
  await settle(page);
  return { page, host };
}

async function settle(page: Page) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.mouse.move(0, 0);
  // Let the badge's own entrance (if any) finish; the countdown keeps ticking regardless.
  await page.waitForTimeout(300);
}

async function shoot(page: Page, name: string, clip: Box) {
  await page.screenshot({ path: `${OUT}/${name}.png`, clip, animations: 'disabled', caret: 'hide' });
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  // A seller outside Japan (Shanghai, UTC+8): the panel adds the seller's own time beside JST.
  const zone = process.env.TZ;
  process.env.TZ = SELLER_ZONE;
  try {
    b = await launchWithExtension(['--lang=en']);
  } finally {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
  serveFixtures(b);
  await b.clearStorage();
});
afterAll(async () => {
  await b?.close();
});

it('grid.png: the claim list with a badge on every row', async () => {
  const g = fixture('grid-zh.html');
  const page = await b.open(pathOf(g));
  // The fixture carries QSM's markup and dhtmlx's skin; the grid's box is let out to show every row.
  await page.addStyleTag({
    content: `body{margin:8px}
      #__grid_ClaimGrid,#__grid_ClaimGrid .xhdr,#__grid_ClaimGrid .objbox{height:auto!important;overflow:visible!important}
      #__grid_ClaimGrid{border:1px solid #a4bed4;width:max-content!important}
      #__grid_ClaimGrid img{visibility:hidden}`,
  });
  await page.setViewportSize({ width: 1340, height: 900 });
  const inGrid = page.locator('#__grid_ClaimGrid .objbox qwa-badge');
  await expect.poll(() => inGrid.count(), { timeout: 20_000 }).toBe(g.grid!.rows);
  await settle(page);
  const grid = await page.locator('#__grid_ClaimGrid').boundingBox();
  await shoot(page, 'grid', around([grid], 6, { width: 1340, height: 900 }));
  await page.close();
});

for (const [name, file, state] of [
  ['badge-eligible', 'detail-zh-return-not-sent.html', 'eligible'],
  ['badge-pending', 'detail-zh-return-pending.html', 'pending'],
  ['badge-cooldown', 'detail-ja-return-held-cooldown.html', 'cooldown'],
  ['badge-ineligible', 'detail-zh-nonreceipt.html', 'ineligible'],
] as const) {
  it(`${name}.png: a detail page's "${state}" badge beside QSM's status (${file})`, async () => {
    const { page, host } = await detailPage(file, state);
    await shoot(page, name, around([sideways(await rowsAround(host))], 0));
    await page.close();
  });
}

it('detail-panel.png: the panel a click on the badge opens', async () => {
  const { page, host } = await detailPage('detail-zh-return-pending.html', 'pending');
  await host.locator('button').first().click();
  const panel = host.locator('[role=dialog]');
  await panel.waitFor();
  await settle(page);
  await shoot(page, 'detail-panel', around([sideways(await rowsAround(host), 10), grow((await panel.boundingBox())!, 10)], 0));
  await page.close();
});

it('unreadable.png: the honest "could not read this page" marker in the page corner', async () => {
  // A small window, so that the claim-like page and the marker in its corner both show.
  const f = fixture('detail-zh-unrecognized.html');
  const page = await b.open(pathOf(f));
  const size = { width: 720, height: 360 };
  await page.setViewportSize(size);
  const host = page.locator('qwa-badge[data-qwa-unreadable]');
  await expect.poll(() => host.getAttribute('data-qwa-state'), { timeout: 15_000 }).toBe('unknown');
  await host.locator('button').first().click();
  const panel = host.locator('[role=region]');
  await panel.waitFor();
  // The explanation and its "copy diagnostic" button open above the corner marker, inside the window.
  const box = (await panel.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(size.width);
  await settle(page);
  await shoot(page, 'unreadable', { x: 0, y: 0, ...size });
  await page.close();
});

it('memo-panel.png: the message helper beside a QSM message box', async () => {
  await b.setStorage({ memos: { version: 1, shopName: 'QWA商店', signature: 'QWA商店 お客様係', defaultLanguage: 'auto', templates: [], hiddenBuiltIns: [] } });
  const { page } = await detailPage('detail-zh-return-not-sent.html', 'eligible');
  const helpers = page.locator('qwa-memo');
  await helpers.first().waitFor();
  // The message box of the withdraw request (the last one on the page), in a window tall enough for the panel.
  await page.setViewportSize({ width: VIEWPORT.width, height: 1400 });
  const helper = helpers.last();
  await helper.locator('[data-testid="memo-open"]').click();
  await expect.poll(() => helper.locator('[data-testid="memo-preview"]').textContent()).toContain('QWA商店');
  await settle(page);
  const box = await helper.evaluate((el) => {
    const cell = el.closest('tr') ?? el.parentElement!;
    const rects = [cell.getBoundingClientRect(), el.getBoundingClientRect(), ...[...(el.shadowRoot?.querySelectorAll('*') ?? [])].map((x) => x.getBoundingClientRect())].filter((r) => r.width && r.height);
    const left = Math.min(...rects.map((r) => r.left));
    const top = Math.min(...rects.map((r) => r.top));
    return { x: left, y: top, width: Math.max(...rects.map((r) => r.right)) - left, height: Math.max(...rects.map((r) => r.bottom)) - top };
  });
  // Sideways room only: the rows above and below start right at the edges.
  await shoot(page, 'memo-panel', around([sideways(box, 10)], 0, { width: VIEWPORT.width, height: 1400 }));
  await page.close();
});

it('popup-card.png: the popup finds an order the seller has seen in QSM', async () => {
  // The detail pages above were read and remembered; a reminder notification opens the popup on an order.
  const order = fixture('detail-zh-return-pending.html').detail.orderNo!;
  const popup = await openPopup(b, order);
  await popup.setViewportSize({ width: 360, height: 900 });
  const card = popup.locator('[data-testid="order-result"]');
  await expect.poll(() => card.getAttribute('data-qwa-state')).toBe('pending');
  await settle(popup);
  await popup.locator('main').screenshot({ path: `${OUT}/popup-card.png`, animations: 'disabled', caret: 'hide' });
  await popup.close();
});

it('popup-quick-check.png: checking an order the extension has never seen', async () => {
  const popup = await openPopup(b);
  await popup.setViewportSize({ width: 360, height: 900 });
  await popup.locator('[data-testid="order-search"]').fill('1038999001');
  const form = popup.locator('[data-testid="quick-check"]');
  await form.waitFor();
  const today = jstDay(new Date());
  await form.locator('select[name=kind]').selectOption('return');
  await form.locator('input[name=claimedOn]').fill(addJstDays(today, -3));
  await form.locator('select[name=withdrawState]').selectOption('requested');
  await form.locator('input[name=withdrawOn]').fill(addJstDays(today, -2));
  await form.locator('button[type=submit]').click();
  const card = popup.locator('[data-testid="order-result"]');
  await expect.poll(() => card.getAttribute('data-qwa-state')).toBe('pending');
  await popup.locator('[data-testid="order-search"]').focus(); // no focus ring on the card in the picture
  await settle(popup);
  await popup.locator('main').screenshot({ path: `${OUT}/popup-quick-check.png`, animations: 'disabled', caret: 'hide' });
  await popup.close();
});

it('made no network request and logged no error', () => {
  expect(b.strayRequests).toEqual([]);
  expect(b.extensionErrors).toEqual([]);
});
