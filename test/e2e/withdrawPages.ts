// A claim detail with a withdraw request out (its cancel button) and the same detail once the request is
// cancelled: the pages of the event log's tests in Chromium (event-log.test.ts) and Firefox.
import { addJstDays, jstDay } from '../../lib/time';

export const PATH = '/GMKT.INC.Gsm.Web/PopUp/ClaimDetail.aspx?contr_no=1038452999';
export const today = jstDay(new Date());
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

export const PENDING = page(`
  <tr><th>撤回索赔要请</th><td><select><option>N</option><option selected>Y</option></select></td>
      <th>客户回应期限</th><td>${slash(5)}</td></tr>
  <tr><th>要请日</th><td>${slash(-1)}</td></tr>
  <tr><td colspan="4"><button type="button" id="btn">取消撤回要请</button></td></tr>`);
export const NOT_SENT = page(`
  <tr><th>撤回索赔要请</th><td><select><option selected>N</option><option>Y</option></select></td>
      <th>客户回应期限</th><td>${slash(6)}</td></tr>
  <tr><th>卖家留言</th><td colspan="3"><textarea></textarea></td></tr>
  <tr><td colspan="4"><button type="button" id="btn">退货的撤回要请</button></td></tr>`);
