/** The withdraw block → WithdrawInfo: dates decide, buttons confirm, preview deadlines never count. */
import { describe, expect, it } from 'vitest';
import { readOrderDetail, readOrderDetailPartial } from '../../lib/qsm';
import { evaluateWithdraw } from '../../lib/rules';
import { detailPage, pairs } from './helpers';

const claimPart = pairs('订购号码', '1038452888', '处理状态', '退货:处理要求') + pairs('要求日', '2026/11/16');
const select = (chosen: 'Y' | 'N') =>
  `<select><option value="N"${chosen === 'N' ? ' selected' : ''}>N</option><option value="Y"${chosen === 'Y' ? ' selected' : ''}>Y</option></select>`;
const page = (block: string, buttons = '') => detailPage(claimPart, `<h4>撤回索赔信息</h4><table>${block}</table>${buttons}`);
const withdrawOf = (doc: Document) => {
  const read = readOrderDetail(doc);
  if (!read.ok) throw new Error(read.detail);
  return read.claim.withdraw;
};

describe('a request the seller cancelled', () => {
  // QSM puts the block back at N and keeps the old request's day; the deadline is gone, no cancel button.
  const cancelled = (send: string) => page(pairs('撤回索赔要请', select('N'), '要请日', '2026/11/18 11:26') + pairs('客户回应期限', '-', '保留日', '-'), send);
  it('a send button that cannot be pressed: cancelled, on a day only the event log knows (the cooldown runs)', () => {
    expect(withdrawOf(cancelled('<input type="submit" value="退货的撤回要请" disabled>'))).toEqual({ state: 'cancelled', requestedOn: '2026-11-18' });
    expect(evaluateWithdraw({ kind: 'return', stage: 'requested', withdraw: { state: 'cancelled', requestedOn: '2026-11-18' } }, new Date('2026-11-22T03:00:00Z')).state).toBe('unknown');
  });
  it('a send button that can be pressed: the cooldown is over, nothing is out', () => {
    expect(withdrawOf(cancelled('<input type="submit" value="退货的撤回要请">'))).toEqual({ state: 'none', requestedOn: '2026-11-18' });
  });
  it('a request with its deadline, or Y, or a cancel button is still out', () => {
    const out = page(pairs('撤回索赔要请', select('N'), '要请日', '2026/11/18') + pairs('客户回应期限', '2026/11/24'), '<input type="submit" value="退货的撤回要请" disabled>');
    expect(withdrawOf(out)?.state).toBe('requested');
    const y = page(pairs('撤回索赔要请', 'Y', '要请日', '2026/11/18') + pairs('客户回应期限', '-'));
    expect(withdrawOf(y)?.state).toBe('requested');
    const button = page(pairs('撤回索赔要请', select('N'), '要请日', '2026/11/18') + pairs('客户回应期限', '-'), '<a href="#">取消撤回要请</a>');
    expect(withdrawOf(button)?.state).toBe('requested');
  });
});

describe('not sent', () => {
  it('select N + send button: state none, and the deadline beside the form is a preview, never deadlineShown', () => {
    const doc = page(pairs('撤回索赔要请', select('N'), '客户回应期限', '2026/11/28'), '<a href="#">【退货的撤回要请】</a>');
    expect(withdrawOf(doc)).toEqual({ state: 'none' });
  });

  it('the seller switching the select to Y while writing does not make it pending (the server-rendered choice counts)', () => {
    const doc = page(pairs('撤回索赔要请', select('N'), '客户回应期限', '2026/11/28'), '<a href="#">退货的撤回要请</a>');
    const box = doc.querySelector('select') as HTMLSelectElement;
    box.value = 'Y';
    expect(withdrawOf(doc)).toEqual({ state: 'none' });
  });

  it('no withdraw block at all: withdraw is left undefined (the page told nothing)', () => {
    const read = readOrderDetail(detailPage(claimPart));
    expect(read.ok && 'withdraw' in read.claim).toBe(false);
  });
});

describe('pending', () => {
  it('request date + deadline, no hold date', () => {
    const doc = page(pairs('要请日', '2026/11/19', '客户回应期限', '2026/11/25'));
    expect(withdrawOf(doc)).toEqual({ state: 'requested', requestedOn: '2026-11-19', deadlineShown: '2026/11/25' });
  });

  it('the select renders Y with a deadline', () => {
    const doc = page(pairs('撤回索赔要请', select('Y'), '客户回应期限', '2026/11/25 23:59'), '<button>取消撤回要请</button>');
    expect(withdrawOf(doc)).toEqual({ state: 'requested', deadlineShown: '2026/11/25 23:59' });
  });

  it('only the cancel button 【取消撤回要请】 (not 【取消的撤回要请】, the send button of a cancel claim)', () => {
    expect(withdrawOf(page(pairs('卖家留言', ''), '<a>【取消撤回要请】</a>'))?.state).toBe('requested');
    expect(withdrawOf(page(pairs('撤回索赔要请', select('N')), '<a>【取消的撤回要请】</a>'))?.state).toBe('none');
  });

  it('an impossible printed deadline is left out and named', () => {
    const doc = page(pairs('要请日', '2026/11/19', '客户回应期限', '2026/11/31'));
    expect(withdrawOf(doc)).toEqual({ state: 'requested', requestedOn: '2026-11-19' });
    expect(readOrderDetailPartial(doc).problems).toContain('invalid-date:responseDeadline');
  });
});

describe('held and sent again', () => {
  it('hold date + refusal reason + re-request button: held; the "(重新请求)" deadline is a preview', () => {
    const doc = page(
      pairs('要请日', '2021/08/04', '保留日', '2021/08/04') + pairs('客户的拒绝理由', '[其他原因] test') + pairs('客户回应期限(重新请求)', '2021/08/10'),
      '<input type="button" value="再次要请撤回">',
    );
    expect(withdrawOf(doc)).toEqual({ state: 'held', requestedOn: '2021-08-04', heldOn: '2021-08-04' });
  });

  it.each([
    ['ja', '撤回要請日', '保留日', '顧客回答期限(再要請)'],
    ['en', 'Withdrawal Request Date', 'Hold Date', 'Customer Response Deadline (Re-request)'],
    ['ko', '철회요청일', '보류일', '고객 응답 기한(재요청)'],
    ['zh', '要请日', '保留日', '客户回应期限（重新请求）：'],
  ])('%s preview deadline never becomes deadlineShown', (_, requested, held, preview) => {
    const doc = page(pairs(requested, '2026/11/12', held, '2026/11/19') + pairs(preview, '2026/11/28'));
    expect(withdrawOf(doc)).toEqual({ state: 'held', requestedOn: '2026-11-12', heldOn: '2026-11-19' });
  });

  it('a request date later than the hold date: sent again, so pending with the live deadline', () => {
    const doc = page(pairs('要请日', '2026/11/20', '保留日', '2026/11/13') + pairs('客户回应期限', '2026/11/26'), '<a>取消撤回要请</a>');
    const withdraw = withdrawOf(doc);
    expect(withdraw).toEqual({ state: 'requested', requestedOn: '2026-11-20', heldOn: '2026-11-13', deadlineShown: '2026/11/26' });
    expect(evaluateWithdraw({ kind: 'return', stage: 'requested', withdraw }, new Date('2026-11-22T03:00:00Z')).state).toBe('pending');
  });

  it('a refusal printed without its hold date stays a refusal (held, no day: the verdict says unknown)', () => {
    const doc = page(pairs('要请日', '2026/11/12', '保留日', '') + pairs('客户的拒绝理由', '[其他原因] 已经不需要了'), '<a>再次要请撤回</a>');
    expect(withdrawOf(doc)).toEqual({ state: 'held', requestedOn: '2026-11-12' });
    expect(readOrderDetailPartial(doc).problems).toContain('missing:withdrawHeldOn');
  });

  it('dates decide over buttons: a hold after the request stays held even with a cancel button, and the mismatch is named', () => {
    const doc = page(pairs('要请日', '2026/11/12', '保留日', '2026/11/19'), '<a>取消撤回要请</a>');
    expect(withdrawOf(doc)?.state).toBe('held');
    expect(readOrderDetailPartial(doc).problems).toContain('withdraw-buttons-disagree');
  });

  it('a claim-date label inside the withdraw block is the withdraw request date (ja prints 要請日 there)', () => {
    const doc = detailPage(
      pairs('注文番号', '1038299051', '処理状態', 'キャンセル:キャンセル要請') + pairs('要請日', '2026/11/10'),
      `<h3>撤回要請情報</h3><table>${pairs('要請日', '2026/11/20', '保留日', '2026/11/13')}</table>`,
    );
    const read = readOrderDetail(doc);
    expect(read.ok && read.claim.claimedOn).toBe('2026-11-10');
    expect(read.ok && read.claim.withdraw).toEqual({ state: 'requested', requestedOn: '2026-11-20', heldOn: '2026-11-13' });
  });
});

describe('panels the page keeps hidden', () => {
  // A page may render every withdraw state's panel and show one (a script toggles them).
  const hidden = (how: string, inner: string) => `<div ${how}><table>${inner}</table><a>【取消撤回要请】</a><a>【再次要请撤回】</a></div>`;
  const notSent = `<table>${pairs('撤回索赔要请', select('N'))}</table><a>【退货的撤回要请】</a>`;

  it.each([
    ['style="display:none"', pairs('要请日', '2026/11/18', '客户回应期限', '2026/11/24')],
    ['style="DISPLAY: none"', pairs('要请日', '2026/11/10', '保留日', '2026/11/12') + pairs('客户的拒绝理由', '[其他原因] test')],
    ['hidden', pairs('要请日', '2026/11/18', '客户回应期限', '2026/11/24')],
  ])('a not-sent detail with another state’s panel hidden (%s) is not sent', (how, inner) => {
    const doc = detailPage(claimPart, `<h4>撤回索赔信息</h4>${notSent}${hidden(how, inner)}`);
    expect(withdrawOf(doc)).toEqual({ state: 'none' });
    const read = readOrderDetail(doc);
    expect(read.ok && evaluateWithdraw(read.claim, new Date('2026-11-20T12:00:00+09:00')).state).toBe('eligible');
  });

  it('a withdraw block folded away as a whole is read as it will show: a request is out', () => {
    const doc = detailPage(claimPart, `<a href="#">撤回索赔信息 ▼</a><div style="display:none"><table>${pairs('要请日', '2026/11/19', '客户回应期限', '2026/11/25')}</table><a>【取消撤回要请】</a></div>`);
    expect(withdrawOf(doc)).toEqual({ state: 'requested', requestedOn: '2026-11-19', deadlineShown: '2026/11/25' });
  });

  it('a detail hidden as a whole (a layer not opened yet) is read as it will show', () => {
    const doc = detailPage('', `<div id="layer" style="display:none"><table>${claimPart}${pairs('要请日', '2026/11/19', '客户回应期限', '2026/11/25')}</table></div>`);
    expect(withdrawOf(doc)).toEqual({ state: 'requested', requestedOn: '2026-11-19', deadlineShown: '2026/11/25' });
  });
});

describe('a list of earlier requests beside the block', () => {
  const history = (rows: string[][], head = '<thead><tr><th>回次</th><th>要请日</th><th>客户回应期限</th><th>保留日</th><th>结果</th></tr></thead>') =>
    `<table class="tbl_list">${head}<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  const notSent = (list: string) =>
    detailPage(claimPart, `<h4>撤回索赔信息</h4><table>${pairs('撤回索赔要请', select('N'), '客户回应期限', '2026/11/28')}</table><a href="#">【退货的撤回要请】</a>${list}`);

  it('the block back to "not sent": the last refusal the list shows still holds its cooldown', () => {
    const doc = notSent(history([['1', '2026/11/10', '2026/11/16', '2026/11/12', '拒绝'], ['2', '2026/11/17', '2026/11/23', '2026/11/20 18:02', '拒绝']]));
    expect(withdrawOf(doc)).toEqual({ state: 'none', heldOn: '2026-11-20' });
    const read = readOrderDetail(doc);
    if (!read.ok) throw new Error(read.detail);
    // Refused on 11/20 (day 1): no new request before 11/25 (§3.6), not "eligible" on 11/22.
    expect(evaluateWithdraw(read.claim, new Date('2026-11-22T03:00:00Z'))).toMatchObject({ state: 'cooldown', nextRequestOn: '2026-11-25' });
  });

  it('a list whose requests were never refused, or with no refusal column, adds nothing; a head row of th in the body counts too', () => {
    expect(withdrawOf(notSent(history([['1', '2026/11/17', '2026/11/23', '-', '已取消']])))).toEqual({ state: 'none' });
    const noHold = '<thead><tr><th>要请日</th><th>客户回应期限</th><th>结果</th></tr></thead>';
    expect(withdrawOf(notSent(history([['2026/11/17', '2026/11/23', '已取消']], noHold)))).toEqual({ state: 'none' });
    const bodyHead = `<table><tr><th>要请日</th><th>保留日</th></tr><tr><td>2026/11/17</td><td>2026/11/19</td></tr></table>`;
    expect(withdrawOf(notSent(bodyHead))).toEqual({ state: 'none', heldOn: '2026-11-19' });
  });

  it('a block that shows its own state is read from the block, not the list', () => {
    const held = detailPage(
      claimPart,
      `<h4>撤回索赔信息</h4><table>${pairs('要请日', '2026/11/18', '保留日', '2026/11/19')}</table>${history([['1', '2026/11/10', '2026/11/16', '2026/11/12', '拒绝']])}`,
    );
    expect(withdrawOf(held)).toEqual({ state: 'held', requestedOn: '2026-11-18', heldOn: '2026-11-19' });
  });
});
