/**
 * 卖家确认 alone names an exchange's request stage (the manual's 申请交换/卖家确认) and a non-receipt's
 * seller confirmation (§2, §7). Read as a non-receipt whatever the page said, an exchange the seller may
 * ask the buyer about was sent to Qoo10 instead.
 */
import { describe, expect, it } from 'vitest';
import { readClaimList } from '../../lib/qsm';
import { evaluateWithdraw } from '../../lib/rules';
import { gridPage, judgeDetail } from './helpers';

const NOW = new Date('2026-11-22T03:00:00Z'); // 2026-11-22 12:00 JST
const order = (status: string, more = '') => `<table><tr><th>订购号码</th><td>1038452888</td><th>处理状态</th><td>${status}</td></tr>
<tr><th>要求日</th><td>2026/11/20</td>${more}</tr></table>`;
const block = (button: string) => `<table><tr><td colspan=2><b>撤回索赔信息</b></td></tr>
<tr><th>撤回索赔要请</th><td><select><option value="N" selected>N</option><option value="Y">Y</option></select></td></tr>
<tr><td colspan=2><a href="#" class="btn">${button}</a></td></tr></table>`;

describe('a lone 卖家确认 on a detail', () => {
  it('beside the exchange’s send button is an exchange at its request stage: a request may be sent', () => {
    const { read, verdict } = judgeDetail(order('卖家确认') + block('【交换的撤回要请】'), NOW);
    expect(read.ok && read.claim).toMatchObject({ kind: 'exchange', stage: 'requested', withdraw: { state: 'none' } });
    expect(verdict).toMatchObject({ state: 'eligible' });
  });

  it('beside a claim type naming the exchange, the same', () => {
    const { read } = judgeDetail(order('卖家确认', '<th>索赔类型</th><td>交换</td>'), NOW);
    expect(read.ok && read.claim).toMatchObject({ kind: 'exchange', stage: 'requested' });
  });

  it('stays a non-receipt beside an earlier exchange claim’s type printed in another table (the diff review)', () => {
    const earlierExchange = '<table><tr><th>索赔类型</th><td>交换</td><th>要求日</th><td>2026/10/01</td></tr></table>';
    const { read, verdict } = judgeDetail(earlierExchange + order('卖家确认', '<th>未收取类型</th><td>未收到商品</td>'), NOW);
    expect(read.ok && read.claim).toMatchObject({ kind: 'nonReceipt' });
    expect(verdict).toMatchObject({ state: 'ineligible' });
  });

  it('with nothing naming an exchange stays the non-receipt’s seller confirmation: ask Qoo10', () => {
    const { read, verdict } = judgeDetail(order('卖家确认', '<th>未收取类型</th><td>未收到商品</td>'), NOW);
    expect(read.ok && read.claim).toMatchObject({ kind: 'nonReceipt', stage: 'inProgress' });
    expect(verdict).toMatchObject({ state: 'ineligible', reason: 'non-receipt' });
  });

  it('written with its kind (未收取申告:卖家确认) stays a non-receipt beside any button', () => {
    const { read } = judgeDetail(order('未收取申告:卖家确认') + block('【交换的撤回要请】'), NOW);
    expect(read.ok && read.claim).toMatchObject({ kind: 'nonReceipt' });
  });
});

describe('a lone 卖家确认 in a claim list with a claim-type column', () => {
  it('under 交换 is an exchange at its request stage, not a row whose kinds disagree', () => {
    const doc = gridPage(['处理状态', '索赔类型', '订购号码', '要求日'], [['卖家确认', '交换', '1038452888', '2026/11/20'], ['卖家确认', '未收取申告', '1038452889', '2026/11/20']]);
    const { rows, problems } = readClaimList(doc);
    expect(rows).toEqual([
      { orderNo: '1038452888', kind: 'exchange', stage: 'requested', claimedOn: '2026-11-20' },
      { orderNo: '1038452889', kind: 'nonReceipt', stage: 'inProgress', claimedOn: '2026-11-20' },
    ]);
    expect(problems).toEqual([]);
    expect(evaluateWithdraw(rows[0]!, NOW).state).toBe('eligible');
  });
});
