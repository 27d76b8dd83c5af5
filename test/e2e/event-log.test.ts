// The event log (issue #3 §4): QSM never shows when the seller cancelled its own withdraw request, so
// the extension notes the button press, confirms it on the next reading, and applies the 5-day cooldown.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { addJstDays, jstDay } from '../../lib/time';

const PATH = '/GMKT.INC.Gsm.Web/PopUp/ClaimDetail.aspx?contr_no=1038452999';
const today = jstDay(new Date());
const slash = (offset: number) => addJstDays(today, offset).replaceAll('-', '/');

function page(withdrawBlock: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>交易信息</title></head><body>
  <table class="detail">
    <tr><th>订购号码</th><td>1038452999</td><th>商品代码</th><td>897969331</td></tr>
    <tr><th>处理状态</th><td>退货:处理要求</td><th>要求日</th><td>${slash(-3)}</td></tr>
  </table>
  <h3>撤回索赔信息</h3>
  <table class="withdraw">${withdrawBlock}</table>
  <script>document.addEventListener('click', (e) => { if (e.target.id === 'btn') window.qsmHandled = true; });</script>
  </body></html>`;
}

const PENDING = page(`
  <tr><th>撤回索赔要请</th><td><select><option>N</option><option selected>Y</option></select></td>
      <th>客户回应期限</th><td>${slash(5)}</td></tr>
  <tr><th>要请日</th><td>${slash(-1)}</td></tr>
  <tr><td colspan="4"><button type="button" id="btn">取消撤回要请</button></td></tr>`);
const NOT_SENT = page(`
  <tr><th>撤回索赔要请</th><td><select><option selected>N</option><option>Y</option></select></td>
      <th>客户回应期限</th><td>${slash(6)}</td></tr>
  <tr><th>卖家留言</th><td colspan="3"><textarea></textarea></td></tr>
  <tr><td colspan="4"><button type="button" id="btn">退货的撤回要请</button></td></tr>`);

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

it('turns a confirmed cancel into a 5-day cooldown, and leaves QSM’s own button working', async () => {
  b.pages.set(PATH, PENDING);
  const tab = await b.open(PATH);
  const badge = tab.locator('qwa-badge');
  await expect.poll(() => badge.getAttribute('data-qwa-state')).toBe('pending');

  await tab.locator('#btn').click();
  expect(await tab.evaluate(() => (window as unknown as { qsmHandled?: boolean }).qsmHandled)).toBe(true);

  // QSM posts back and shows the block as "not sent" again.
  b.pages.set(PATH, NOT_SENT);
  await tab.reload();
  await expect.poll(() => badge.getAttribute('data-qwa-state')).toBe('cooldown');
  expect(await badge.getAttribute('data-qwa-reason')).toBe('cooldown-after-cancel');
  await badge.locator('button').first().click();
  await expect.poll(() => badge.locator('[role=dialog]').textContent()).toMatch(new RegExp(addJstDays(today, 5).slice(0, 4)));
  await tab.close();
});

it('records nothing when the page still shows the request afterwards', async () => {
  const path = PATH.replace('1038452999', '1038452998');
  b.pages.set(path, PENDING.replaceAll('1038452999', '1038452998'));
  const tab = await b.open(path);
  const badge = tab.locator('qwa-badge');
  await expect.poll(() => badge.getAttribute('data-qwa-state')).toBe('pending');
  await tab.locator('#btn').click();
  await tab.reload();
  await expect.poll(() => badge.getAttribute('data-qwa-state')).toBe('pending');
  await tab.close();
});
