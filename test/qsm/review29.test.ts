/**
 * Pages session 23's review built to break the detail's verdict: the withdraw block's rounds printed one
 * under another in one table, and an earlier, closed claim beside a status naming only the withdraw state.
 */
import { describe, expect, it } from 'vitest';
import { ZH_RETURN_ORDER, judgeDetail } from './helpers';

const NOW = new Date('2026-03-12T03:00:00Z'); // 2026-03-12 12:00 JST
const judge = (body: string) => judgeDetail(body, NOW);
const zhOrder = ZH_RETURN_ORDER;

describe('the withdraw block’s rounds printed one under another: the latest day is the current round’s', () => {
  it('zh: a refused request, then a new one with its deadline and the cancel button: pending, the new deadline', () => {
    const { read, verdict } = judge(`${zhOrder}<table><tr><td colspan=4><b>撤回索赔信息</b></td></tr>
<tr><th>要请日</th><td>2026/03/02</td><th>保留日</th><td>2026/03/03</td></tr>
<tr><th>客户的拒绝理由</th><td colspan=3>[其他原因] x</td></tr>
<tr><th>要请日</th><td>2026/03/09</td><th>客户回应期限</th><td>2026/03/15</td></tr>
<tr><td colspan=4><input type=button value="取消撤回要请"></td></tr></table>`);
    expect(read.ok && read.claim.withdraw).toEqual({ state: 'requested', requestedOn: '2026-03-09', heldOn: '2026-03-03', deadlineShown: '2026/03/15' });
    expect(verdict).toMatchObject({ state: 'pending', responseDeadline: '2026-03-15' }); // was: held 03/03, so eligible
  });

  it('ja: each round with its own deadline, newest first or last: the deadline printed after the current request', () => {
    const round = (req: string, deadline: string, held = '') =>
      `<tr><th>撤回要請日</th><td>${req}</td><th>保留日</th><td>${held || '-'}</td></tr><tr><th>顧客回答期限</th><td>${deadline}</td></tr>`;
    const block = (rows: string) => `<table><tr><th>注文番号</th><td>1012345678</td><th>処理状態</th><td>キャンセル要請</td></tr>
<tr><th>要請日</th><td>2026/03/01</td></tr></table><table><tr><th colspan=4>撤回要請情報</th></tr>${rows}
<tr><td colspan=4><a href="#" class="btn">撤回要請取消</a></td></tr></table>`;
    const old = round('2026/03/02 10:11:12', '2026/03/08', '2026/03/03 09:00:00');
    const now = round('2026/03/09 10:00:00', '2026/03/15');
    for (const rows of [old + now, now + old]) {
      expect(judge(block(rows)).verdict).toMatchObject({ state: 'pending', responseDeadline: '2026-03-15' });
    }
  });

  it('zh: rounds newest first, each printing its deadline before its request day: the deadline in the current round’s row', () => {
    const { verdict } = judge(`${zhOrder}<table><tr><td colspan=4><b>撤回索赔信息</b></td></tr>
<tr><th>客户回应期限</th><td>2026/03/15</td><th>要请日</th><td>2026/03/09</td></tr>
<tr><td colspan=4><input type=button value="取消撤回要请"></td></tr>
<tr><th>客户回应期限</th><td>2026/03/08</td><th>要请日</th><td>2026/03/02</td></tr>
<tr><th>保留日</th><td>2026/03/03</td><th>客户的拒绝理由</th><td>[其他原因] x</td></tr></table>`);
    expect(verdict).toMatchObject({ state: 'pending', responseDeadline: '2026-03-15' });
  });

  it('zh: refused twice: the later refusal’s cooldown runs (to 03/14), not the first one’s', () => {
    const { verdict } = judge(`${zhOrder}<table><tr><td colspan=4><b>撤回索赔信息</b></td></tr>
<tr><th>要请日</th><td>2026/03/01</td><th>保留日</th><td>2026/03/02</td></tr>
<tr><th>要请日</th><td>2026/03/08</td><th>保留日</th><td>2026/03/10</td></tr>
<tr><th>客户的拒绝理由</th><td colspan=3>[其他原因] x</td></tr>
<tr><th>客户回应期限(重新请求)</th><td colspan=3>2026/03/18</td></tr>
<tr><td colspan=4><input type=button value="再次要请撤回"></td></tr></table>`);
    expect(verdict).toMatchObject({ state: 'cooldown', nextRequestOn: '2026-03-15' }); // was: eligible from 03/07
  });

  it('zh: an earlier round’s table above the current one printing only its hold day: the later hold', () => {
    const { verdict } = judge(`${zhOrder}<table><tr><td colspan=4><b>撤回索赔信息</b></td></tr>
<tr><th>要请日</th><td>2026/03/01</td><th>保留日</th><td>2026/03/02</td></tr></table>
<table><tr><th>保留日</th><td>2026/03/10</td></tr><tr><th>客户的拒绝理由</th><td colspan=3>[其他原因] x</td></tr>
<tr><th>客户回应期限(重新请求)</th><td colspan=3>2026/03/18</td></tr>
<tr><td colspan=4><input type=button value="再次要请撤回"></td></tr></table>`);
    expect(verdict).toMatchObject({ state: 'cooldown', nextRequestOn: '2026-03-15' });
  });
});

describe('a withdraw state is only ever beside a claim at its request stage (§3.1)', () => {
  const block = `<table><tr><td colspan=4><b>撤回索赔信息</b></td></tr>
<tr><th>要请日</th><td>2026/03/09</td><th>客户回应期限</th><td>2026/03/15</td></tr>
<tr><td colspan=4><input type=button value="取消撤回要请"></td></tr></table>`;

  it('an earlier closed claim printed above a status naming only the withdraw state is never the claim read', () => {
    const { read, verdict } = judge(`<table><tr><th>订购号码</th><td>1012345678</td></tr></table>
<h4>以前的索赔</h4><table><tr><th>处理状态</th><td>取消:取消完成</td><th>要求日</th><td>2026/01/05</td></tr></table>
<table><tr><th>处理状态</th><td>撤回要请</td><th>要求日</th><td>2026/03/05</td></tr></table>${block}`);
    // Was: a cancel, closed ("ask Qoo10"), dated 2026-01-05. Two claims, the later one current: not guessed.
    expect(read.ok ? verdict?.reason : read.reason).not.toBe('claim-closed');
    expect(read.ok).toBe(false);
  });

  it('an earlier claim below, typed 取消, gives no kind to the current one: its heading does', () => {
    const { read, verdict } = judge(`<table><tr><th>订购号码</th><td>1012345678</td></tr>
<tr><th>处理状态</th><td>撤回要请</td><th>要求日</th><td>2026/03/05</td></tr></table>${block}
<table><tr><td colspan=4><b>退货状态确认与处理</b></td></tr></table>
<h4>以前的索赔</h4><table><tr><th>索赔类型</th><td>取消</td><th>处理状态</th><td>取消:取消完成</td></tr>
<tr><th>要求日</th><td>2026/01/05</td><th>完成日</th><td>2026/01/06</td></tr></table>`);
    expect(read.ok && read.claim).toMatchObject({ kind: 'return', stage: 'requested', claimedOn: '2026-03-05' });
    expect(verdict).toMatchObject({ state: 'pending', responseDeadline: '2026-03-15' });
  });
});

describe('a request’s day kept beside the send form', () => {
  const form = (deadline: string) => `${zhOrder}<table><tr><td colspan=4><b>撤回索赔信息</b></td></tr>
<tr><th>撤回索赔要请</th><td><select><option value="N" selected>N</option><option value="Y">Y</option></select></td></tr>
<tr><th>要请日</th><td>2026/03/02</td><th>客户回应期限</th><td>${deadline}</td></tr>
<tr><th>卖家留言</th><td colspan=3><textarea></textarea></td></tr>
<tr><td colspan=4><input type=button value="退货的撤回要请"></td></tr></table>`;

  it('with a deadline that is not that request’s (03/18 = today + 6, the form’s preview): nothing is out', () => {
    const { read, verdict } = judge(form('2026/03/18'));
    expect(read.ok && read.claim.withdraw).toEqual({ state: 'none', requestedOn: '2026-03-02' });
    expect(verdict).toMatchObject({ state: 'eligible' }); // was: pending until 03/18, the preview
  });

  it('with that request’s own deadline (its day + 6), the dates still decide: pending', () => {
    expect(judge(form('2026/03/08')).read).toMatchObject({ ok: true, claim: { withdraw: { state: 'requested', deadlineShown: '2026/03/08' } } });
  });
});
