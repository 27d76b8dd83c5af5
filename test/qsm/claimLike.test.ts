/** When a page that cannot be read still looks like a claim detail (the "could not read" marker), and when it does not. */
import { describe, expect, it } from 'vitest';
import { looksLikeClaimDetail, readOrderDetail } from '../../lib/qsm';
import { parse } from './helpers';

const page = (body: string) => parse(`<!DOCTYPE html><html><head><title>QSM</title></head><body>${body}</body></html>`);
const reason = (doc: Document) => (readOrderDetail(doc) as { reason?: string }).reason;

describe('a claim detail QSM lays out some other way', () => {
  it('in dl / dt / dd: an order-number wording and a claim wording outside tables', () => {
    const doc = page('<dl><dt>注文番号</dt><dd>1188204417</dd><dt>処理状態</dt><dd>キャンセル要請</dd></dl>');
    expect(looksLikeClaimDetail(doc)).toBe(true);
    expect(reason(doc)).toBe('unrecognized-layout');
  });

  it('in a table with no order-number label, but a status cell that reads as a claim status', () => {
    const doc = page('<table><tr><td>要求日</td><td>2026/11/18</td><td>处理状态</td><td><span>退货:处理要求</span></td></tr></table>');
    expect(reason(doc)).toBe('unrecognized-layout');
  });

  it('with labels in a row above their values: the withdraw block’s own buttons tell', () => {
    const doc = page('<table><tr><th>주문번호</th><th>처리상태</th></tr><tr><td>1202233445</td><td>반품요청</td></tr></table><input type="button" value="반품 철회요청">');
    expect(reason(doc)).toBe('unrecognized-layout');
    expect(reason(page('<input type="button" value="撤回要請のキャンセル">'))).toBe('unrecognized-layout');
  });
  it('with unknown labels in a table under a title row or a one-heading thead (no list)', () => {
    const pairs = '<tr><td>订单编号</td><td>1038452888</td></tr><tr><td>处理状态</td><td>退货:处理要求</td></tr><tr><td>要求日期</td><td>2026/11/20</td></tr>';
    expect(reason(page(`<table><thead><tr><th colspan="2">交易信息</th></tr></thead><tbody>${pairs}</tbody></table>`))).toBe('unrecognized-layout');
    expect(reason(page(`<table><tr><th colspan="2">注文情報 / Order info</th></tr>${pairs}</table>`))).toBe('unrecognized-layout');
    // A "項目 | 内容" head over rows that start with a label is a label table, not a list.
    const items = '<tr><th>項目</th><th>内容</th></tr><tr><th>注文番号(Qoo10)</th><td>1052244120</td></tr><tr><th>クレーム状況</th><td>返品:処理要請</td></tr>';
    expect(reason(page(`<table>${items}</table>`))).toBe('unrecognized-layout');
  });

  it('with an order-number label in a table and the withdraw block’s heading outside it: both count together', () => {
    const heading = page('<table><tr><td>订购号码</td><td>(another layout)</td></tr></table><h3>撤回索赔信息</h3>');
    expect(reason(heading)).toBe('unrecognized-layout');
    expect(reason(page('<table><caption>撤回索赔信息</caption><tr><td>订购号码</td><td>x</td></tr></table>'))).toBe('unrecognized-layout');
  });
});

describe('pages that only talk about claims', () => {
  it('an order detail whose claim history lists withdraw requests: a list’s cells are values, not labels', () => {
    const history = '<table><thead><tr><th>Date</th><th>Type</th><th>Status</th></tr></thead><tbody><tr><td>2026/11/10</td><td>Return</td><td>Withdrawal Requested</td></tr></tbody></table>';
    const doc = page(`<table><tr><th>Order No.</th><td>1038452888</td><th>Carrier</th><td>Yamato</td></tr></table>${history}`);
    expect(looksLikeClaimDetail(doc)).toBe(false);
    expect(reason(doc)).toBe('not-a-claim-page');
    const two = page('<table><tr><th>注文番号</th><td>1052244120</td></tr></table><table><tr><th>日時</th><th>内容</th></tr><tr><td>2026/11/20</td><td>撤回要請完了</td></tr></table>');
    expect(reason(two)).toBe('not-a-claim-page');
  });

  it('a notice explaining withdraw requests in prose and bold words', () => {
    const doc = page('<p>Set <b>Withdrawal Request</b> to <b>Y</b> and click <b>[Request Return Withdrawal]</b>. Send an inquiry with the order number.</p>');
    expect(reason(doc)).toBe('not-a-claim-page');
  });

  it('a search or inquiry form: labels before boxes', () => {
    const doc = page('<div><label>订购号码</label><input type="text"></div><div><span>处理状态</span><select><option>取消:退款进行中</option></select></div>');
    expect(reason(doc)).toBe('not-a-claim-page');
  });

  it('a list whose column headers name an order number and a status, and a settlement state beside 처리상태', () => {
    const list = page('<table><tr><th>注文番号</th><th>処理状態</th></tr><tr><td>1038452888</td><td>キャンセル要請</td></tr></table>');
    expect(reason(list)).toBe('not-a-claim-page');
    expect(reason(page('<table><tr><td>정산번호</td><td>2026111801</td><td>처리상태</td><td>정산대기</td></tr></table>'))).toBe('not-a-claim-page');
  });

  it('a menu whose links name withdraw requests and order numbers', () => {
    expect(reason(page('<ul><li><a href="#">注文番号検索</a></li><li><a href="#">撤回要請</a></li></ul>'))).toBe('not-a-claim-page');
  });
});
