/**
 * Pages session 24 built against the detail's withdraw block: a live deadline printed with no request day
 * and no form to send around it.
 */
import { describe, expect, it } from 'vitest';
import { readOrderDetail } from '../../lib/qsm';
import { ZH_RETURN_ORDER, fixture, judgeDetail } from './helpers';

const NOW = new Date('2026-03-12T03:00:00Z'); // 2026-03-12 12:00 JST
const judge = (body: string) => judgeDetail(body, NOW);
const zhOrder = ZH_RETURN_ORDER;

describe('a dated buyer deadline in the withdraw block, with no request day and no form to send', () => {
  it('zh: is a request out whose day the page did not show, judged by that deadline: not "nothing sent" (eligible)', () => {
    const { read, verdict } = judge(`${zhOrder}<table><tr><td colspan=2><b>撤回索赔信息</b></td></tr>
<tr><th>客户回应期限</th><td>2026/03/15</td></tr></table>`);
    expect(read.ok && read.claim.withdraw).toEqual({ state: 'requested', deadlineShown: '2026/03/15' });
    expect(verdict).toMatchObject({ state: 'pending', reason: 'awaiting-buyer', responseDeadline: '2026-03-15' });
  });

  it('en: the same at the request stage of a cancel', () => {
    const { verdict } = judge(`<table><tr><th>Order No.</th><td>1012345678</td><th>Status</th><td>Cancel Request</td></tr>
<tr><th>Request Date</th><td>2026/03/01</td></tr></table>
<table><tr><th colspan=2>Withdraw Request Info</th></tr><tr><th>Customer Response Deadline</th><td>2026-03-15</td></tr></table>`);
    expect(verdict).toMatchObject({ state: 'pending', responseDeadline: '2026-03-15' });
  });

  it('zh: a status naming the request beside a block showing only the deadline reads as pending, as before', () => {
    // d09 (status 撤回要请, the kind from the return heading), its block a read-only view: no Y/N, no day, no button.
    const doc = fixture('independent/detail/d09_zh_withdraw_only_status_return.html');
    const rows = doc.getElementById('ctl00_ctl00_MainMaster_MainHolder_tblWithdrawInfo')!.querySelectorAll('tr');
    rows[0]!.children[0]!.remove();
    rows[0]!.children[0]!.remove();
    rows[1]!.remove();
    doc.getElementById('ctl00_ctl00_MainMaster_MainHolder_lnkCancelWithdraw')!.remove();
    const read = readOrderDetail(doc);
    expect(read).toMatchObject({ ok: true, claim: { kind: 'return', stage: 'requested', withdraw: { state: 'requested' } } });
  });

  it('zh: an unanswered deadline gone by reads as QSM withdrawing the claim, not as eligible', () => {
    const { verdict } = judge(`${zhOrder}<table><tr><td colspan=2><b>撤回索赔信息</b></td></tr>
<tr><th>客户回应期限</th><td>2026/03/10</td></tr></table>`);
    expect(verdict).toMatchObject({ state: 'pending', reason: 'auto-withdraw-due' });
  });

  it('zh: beside the send form it stays the preview of a request sent today: nothing sent, eligible', () => {
    const { read, verdict } = judge(`${zhOrder}<table><tr><td colspan=2><b>撤回索赔信息</b></td></tr>
<tr><th>撤回要请</th><td><select><option value="N" selected>N</option><option value="Y">Y</option></select></td></tr>
<tr><th>客户回应期限</th><td>2026/03/18</td></tr>
<tr><td colspan=2><input type=button value="退货的撤回要请"></td></tr></table>`);
    expect(read.ok && read.claim.withdraw).toEqual({ state: 'none' });
    expect(verdict?.state).toBe('eligible');
  });

  it('zh: a dashed deadline and no day is nothing sent, as before', () => {
    const { read } = judge(`${zhOrder}<table><tr><td colspan=2><b>撤回索赔信息</b></td></tr>
<tr><th>要请日</th><td>-</td></tr><tr><th>客户回应期限</th><td>-</td></tr>
<tr><td colspan=2><input type=button value="退货的撤回要请"></td></tr></table>`);
    expect(read.ok && read.claim.withdraw).toEqual({ state: 'none' });
  });
});
