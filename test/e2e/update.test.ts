// An update of the extension while QSM tabs are open (Chrome runs a manifest content script only in pages
// loaded after it): the background runs it in the QSM tabs already open, which keep one working badge per
// claim, also once QSM re-renders its grid. Its own
// browser: the extension reloads, which the other files' browsers must not see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './browser';
import { detailFixtures, gridFixtures, pathOf, serveFixtures, writeFixtureInto } from './fixtures';

/** A layer frame with no address of its own, QSM's script writing the detail into it. */
const LAYER = '/GMKT.INC.Gsm.Web/Claim/ClaimManagement.aspx?frames=written';

let b: ExtensionBrowser;
beforeAll(async () => {
  // Chrome's DevTools protocol may then load an unpacked extension again: an update, to the extension.
  b = await launchWithExtension(['--enable-unsafe-extension-debugging']);
  serveFixtures(b);
  const pending = detailFixtures.find((f) => f.file === 'detail-zh-return-pending.html')!;
  b.pages.set(LAYER, `<!DOCTYPE html><html><head><title>交易信息</title></head><body>
<iframe id="detail" style="width:1000px;height:700px"></iframe>
<script>
  const doc = document.getElementById('detail').contentDocument;
  ${writeFixtureInto('doc', pending)}
</script></body></html>`);
});
afterAll(async () => {
  await b?.close();
});

/** QSM rebuilding its grid's body table from its own markup, as dhtmlx does on paging. */
const rerender = (page: Page) =>
  page.evaluate(() => {
    const table = document.querySelector('#__grid_ClaimGrid .objbox table')!;
    const copy = table.cloneNode(true) as HTMLTableElement;
    copy.querySelectorAll('qwa-badge').forEach((h) => h.remove());
    table.replaceWith(copy);
  });

describe('an update of the extension with QSM tabs open', () => {
  it('leaves one working badge per claim, also after QSM re-renders its grid', async () => {
    const g = gridFixtures.find((x) => x.page === 'grid' && x.grid!.rows < 100)!;
    const d = detailFixtures.find((f) => f.file === 'detail-zh-return-pending.html')!;
    const rows = g.grid!.rows;
    const grid = await b.open(pathOf(g));
    const detail = await b.open(pathOf(d));
    const layer = await b.open(LAYER);
    const inLayer = layer.frameLocator('#detail').locator('qwa-badge');
    await expect.poll(() => grid.locator('qwa-badge').count()).toBe(rows);
    await expect.poll(() => detail.locator('qwa-badge').count()).toBe(1);
    await expect.poll(() => inLayer.count()).toBe(1);
    // The old copy's hosts, marked: the new copy's are new elements.
    const markOld = (page: Page) => page.evaluate(() => document.querySelectorAll('qwa-badge').forEach((h) => h.setAttribute('data-old-copy', '')));
    await markOld(grid);
    await markOld(detail);
    await inLayer.evaluate((host) => host.setAttribute('data-old-copy', ''));

    // The same extension loaded again: Chrome updates it in place (runtime.onInstalled, reason "update").
    const cdp = await b.context.browser()!.newBrowserCDPSession();
    expect(await cdp.send('Extensions.loadUnpacked', { path: EXTENSION_DIR })).toEqual({ id: b.extensionId });

    // The new copy runs in both tabs at once, its badges in place of the old copy's.
    for (const [page, count] of [[grid, rows], [detail, 1]] as const) {
      await expect.poll(() => page.locator('qwa-badge:not([data-old-copy])').count(), { timeout: 20_000 }).toBe(count);
      expect(await page.locator('qwa-badge').count()).toBe(count);
    }
    // The layer's frame has no address of its own: the background's run reaches it too.
    await expect.poll(() => layer.frameLocator('#detail').locator('qwa-badge:not([data-old-copy])').count(), { timeout: 20_000 }).toBe(1);
    expect(await inLayer.count()).toBe(1);
    await detail.locator('qwa-badge button').first().click();
    await expect.poll(() => detail.locator('qwa-badge [role=dialog]').count()).toBe(1);

    // Before the fix, the old copy's badges went with QSM's re-render and no new ones came.
    for (let i = 0; i < 2; i++) {
      await rerender(grid);
      await expect.poll(() => grid.locator('qwa-badge').count()).toBe(rows);
    }
    const perRow = await grid.$$eval('#__grid_ClaimGrid .objbox tr', (trs) => trs.map((tr) => tr.querySelectorAll('qwa-badge').length));
    expect(Math.max(...perRow)).toBe(1);
    expect(b.extensionErrors).toEqual([]);
    await grid.close();
    await detail.close();
    await layer.close();
  });
});
