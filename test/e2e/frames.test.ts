// A detail opened inside a frame of a QSM page (loaded from QSM, or written by QSM's own script), or in a
// popup window (issue #3: "all frames … so a detail in a popup window, layer or iframe is found too").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, storedValue, type ExtensionBrowser } from './browser';
import { detailFixtures, fixtureHtml, pathOf, writeFixtureInto } from './fixtures';

const LIST = '/GMKT.INC.Gsm.Web/Claim/ClaimManagement.aspx';
const pending = detailFixtures.find((f) => f.file === 'detail-zh-return-pending.html')!;
let b: ExtensionBrowser;

/** A QSM page whose script writes the detail into its empty layer frame after `delayMs`. */
const writtenLayer = (delayMs: number) => `<!DOCTYPE html><html><head><title>交易信息</title></head><body>
<div id="layer"><iframe id="detail" style="width:1000px;height:700px"></iframe></div>
<script>
  setTimeout(() => {
    const doc = document.getElementById('detail').contentDocument;
    ${writeFixtureInto('doc', pending)}
  }, ${delayMs});
</script></body></html>`;

beforeAll(async () => {
  b = await launchWithExtension();
  b.pages.set(pathOf(pending), fixtureHtml(pending));
  b.pages.set(`${LIST}?frames=src`, `<!DOCTYPE html><html><head><title>交易信息</title></head><body>
<div id="layer"><iframe id="detail" src="${pathOf(pending)}" style="width:1000px;height:700px"></iframe></div></body></html>`);
  // A layer frame with no address of its own: QSM's script writes the detail into it.
  b.pages.set(`${LIST}?frames=written`, writtenLayer(300));
  // The same, written once the overlay already runs in the empty frame: document.open takes the listeners
  // off the frame's document.
  b.pages.set(`${LIST}?frames=written-late`, writtenLayer(1500));
  // A frame whose document is given inline (srcdoc), as a page can build its layer.
  const srcdoc = fixtureHtml(pending).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  // A popup window opened by a click on a grid's row, at the detail's own address. (One QSM's script
  // opens empty and writes into is tested in popup-written.test.ts, against a local HTTPS server at QSM's
  // address: under Playwright's routing its content script never runs.)
  b.pages.set(`${LIST}?popup=src`, `<!DOCTYPE html><html><head><title>交易信息</title></head><body>
<button id="open" onclick="window.open('${pathOf(pending)}', 'detail', 'width=1000,height=700')">open</button></body></html>`);
  b.pages.set(`${LIST}?frames=srcdoc`, `<!DOCTYPE html><html><head><title>交易信息</title></head><body>
<div id="layer"><iframe id="detail" srcdoc="${srcdoc}" style="width:1000px;height:700px"></iframe></div></body></html>`);
});
afterAll(async () => {
  await b?.close();
});

describe('a detail inside a frame', () => {
  const ways = [
    ['loaded from QSM', 'src'],
    ['written by QSM’s script into an empty frame', 'written'],
    ['given inline (srcdoc)', 'srcdoc'],
  ] as const;
  for (const [how, query] of ways) {
    it(`${how}: gets its badge inside the frame`, async () => {
      await b.clearStorage();
      const page = await b.open(`${LIST}?frames=${query}`);
      const frame = page.frameLocator('#detail');
      await expect.poll(() => frame.locator('qwa-badge').count(), { timeout: 10_000 }).toBe(1);
      expect(await frame.locator('qwa-badge').getAttribute('data-qwa-state')).toBe('pending');
      expect(await frame.locator('qwa-badge').getAttribute('data-qwa-order')).toBe(pending.detail.orderNo);
      expect(await page.locator('body > div qwa-badge').count()).toBe(0);
      await page.close();
    });
  }

  it('written by QSM’s script after the overlay started there: a press of its cancel button is noted', async () => {
    await b.clearStorage();
    const page = await b.open(`${LIST}?frames=written-late`);
    const frame = page.frameLocator('#detail');
    await expect.poll(() => frame.locator('qwa-badge').count(), { timeout: 10_000 }).toBe(1);
    await frame.locator('button', { hasText: '取消撤回要请' }).click();
    await expect
      .poll(async () => ((await storedValue(b, `claim:${pending.detail.orderNo}`)) as { pending?: { action: string } } | undefined)?.pending?.action)
      .toBe('cancel');
    await page.close();
  });

  it('in a popup window at the detail’s own QSM address: gets its badge there', async () => {
    await b.clearStorage();
    const page = await b.open(`${LIST}?popup=src`);
    const [popup] = await Promise.all([page.context().waitForEvent('page'), page.locator('#open').click()]);
    await expect.poll(() => popup.locator('qwa-badge').count(), { timeout: 10_000 }).toBe(1);
    expect(await popup.locator('qwa-badge').getAttribute('data-qwa-state')).toBe('pending');
    expect(await popup.locator('qwa-badge').getAttribute('data-qwa-order')).toBe(pending.detail.orderNo);
    await popup.close();
    await page.close();
  });

  it('the extension reported no error', () => {
    expect(b.extensionErrors).toEqual([]);
  });
});
