/**
 * Text split over inline markup, read as the seller sees it: each element's text apart (a date and its
 * time, a status and its note, two numbers), except a number printed a span per part. And words that
 * name a grid's column without being a label anywhere else. Cases a review of round 13 found.
 */
import { describe, expect, it } from 'vitest';
import { readClaimList, readOrderDetail, type DetailRead } from '../../lib/qsm';
import { detailPage, gridPage, pairs } from './helpers';

const ORDER = '1038452888';
const claimOf = (read: DetailRead) => {
  if (!read.ok) throw new Error(`expected a claim, got ${read.reason}: ${read.detail}`);
  return read.claim;
};
const N_SELECT = '<select disabled><option value="N" selected>N</option><option value="Y">Y</option></select>';

describe('inline markup', () => {
  it('a date and its time in spans of their own stay a date and a time (a re-request after a refusal)', () => {
    const doc = detailPage(
      pairs('订购号码', ORDER, '处理状态', '退货:处理要求', '要求日', '2026/11/01') +
        pairs('撤回索赔要请', 'Y', '要请日', '<span>2026/11/9</span><span>10:00</span>', '保留日', '2026/11/03', '客户回应期限', '2026/11/15'),
    );
    expect(claimOf(readOrderDetail(doc)).withdraw).toMatchObject({ state: 'requested', requestedOn: '2026-11-09' });
    const grid = gridPage(['処理状態', '注文番号', '要請日'], [['返品要請', ORDER, '<span>2026/11/5</span><span>10:00</span>']]);
    expect(readClaimList(grid)).toMatchObject({ rows: [{ claimedOn: '2026-11-05' }], problems: [] });
  });

  it('an order number and the cart number beside it stay two numbers', () => {
    const doc = detailPage(pairs('Order No.', `<a href="#">${ORDER}</a><span class="cart">210340349</span>`, 'Status', 'Return Request', 'Request Date', '2026/11/20'));
    expect(claimOf(readOrderDetail(doc)).orderNo).toBe(ORDER);
  });

  it('a number a span per part is one number, even when its first part is six digits long', () => {
    const doc = detailPage(pairs('Order No.', '<span><span>103845</span><span>2888</span></span>', 'Status', 'Return Request'));
    expect(claimOf(readOrderDetail(doc)).orderNo).toBe(ORDER);
    const grid = gridPage(['処理状態', '注文番号'], [['返品要請', '<span><span>103845</span><span>2888</span></span>']]);
    expect(readClaimList(grid).rows.map((r) => r.orderNo)).toEqual([ORDER]);
  });

  it('a status and its note in elements of their own: the note is passed over as before', () => {
    const grid = gridPage(['処理状態', '注文番号'], [
      ['<span>返品要請</span><font color="red">処理遅延</font>', ORDER],
      ['<span>退货:撤回要请</span><span>等待客户回应</span>', '1038452889'],
    ]);
    expect(readClaimList(grid)).toMatchObject({ rows: [{ kind: 'return' }, { kind: 'return', withdraw: { state: 'requested' } }], problems: [] });
  });
});

describe('words that name a column only in a grid’s header', () => {
  it('"Requested" in a history table below a block that sent nothing is no withdraw request', () => {
    const doc = detailPage(
      pairs('Order No.', ORDER, 'Status', 'Return Request', 'Request Date', '2026/11/20') +
        pairs('Withdrawal Request', N_SELECT, 'Withdrawal Request Date', '-', 'Buyer Response Deadline (Re-request)', '2026/11/28'),
      '<button>Request Withdrawal of Return</button><table><thead><tr><th>Event</th><th>Date</th><th>By</th></tr></thead>' +
        '<tbody><tr><td>Requested</td><td>2026/11/20 10:02</td><td>Buyer</td></tr></tbody></table>',
    );
    expect(claimOf(readOrderDetail(doc)).withdraw).toEqual({ state: 'none' });
  });
});

describe('a claim detail with a status the tables do not know', () => {
  it.each([
    pairs('注文番号', ORDER, '処理状態', '処理中', '返品要請日', '2026/11/20', '理由', 'サイズが合わない'),
    pairs('Order No.', ORDER, 'Claim Status', 'Pending', 'Return Request Date', '2026/11/20', 'Reason', 'Wrong size'),
    '<tr><td colspan="4">返品状態確認と処理</td></tr>' + pairs('注文番号', ORDER, '処理状態', '処理中'),
    pairs('注文番号', ORDER, '処理状態', '処理中'),
  ])('says it cannot be read, never that it is no claim: %s', (rows) => {
    expect(readOrderDetail(detailPage(rows))).toMatchObject({ ok: false, reason: 'unrecognized-layout' });
  });
});
