/** The claim grid: columns by header text in any language, one problem per unreadable row, and speed. */
import { describe, expect, it } from 'vitest';
import { findClaimGrid, readClaimList, readClaimListWithCells } from '../../lib/qsm';
import { fixture, gridPage, parse } from './helpers';

const ZH = ['选择', '处理状态', '取消退货理由', '取消退货要求日', '订购日', '发货日', '订购号码', '购物车号码', '商品代码'];
const row = (status: string, orderNo = '1038452888', claimDate = '2026/11/20') =>
  ['', status, '订购取消', claimDate, '2026/11/15', '2026/11/17', orderNo, '210340349', '897969331'];
const expected = { orderNo: '1038452888', cartNo: '210340349', itemCode: '897969331', kind: 'return', stage: 'requested', claimedOn: '2026-11-20', shippedOn: '2026-11-17' };

describe('columns', () => {
  it.each([
    ['zh', ['处理状态', '订购号码', '购物车号码', '商品代码', '发货日', '取消退货要求日'], '退货:处理要求'],
    ['ja', ['処理状態', '注文番号', 'カート番号', '商品コード', '発送日', 'キャンセル/返品要請日'], '返品:処理要請'],
    ['en', ['Status', 'Order No.', 'Cart No.', 'Item Code', 'Shipping Date', 'Request Date'], 'Return Request'],
    ['ko', ['처리상태', '주문번호', '장바구니번호', '상품코드', '발송일', '요청일'], '반품:처리요청'],
  ])('%s headers', (_, headers, status) => {
    const doc = gridPage(headers, [[status, '1038452888', '210340349', '897969331', '2026/11/17', '2026/11/20']]);
    expect(readClaimList(doc)).toEqual({ rows: [expected], problems: [] });
  });

  it('are found by text, never by position: a reordered grid reads the same', () => {
    const order = [6, 2, 0, 8, 1, 4, 3, 7, 5];
    const reordered = gridPage(order.map((i) => ZH[i]!), [order.map((i) => row('退货:处理要求')[i]!)]);
    expect(readClaimList(reordered).rows).toEqual([expected]);
    expect(readClaimList(gridPage(ZH, [row('退货:处理要求')])).rows).toEqual([expected]);
  });

  it('a header spanning two columns shifts the columns after it', () => {
    const doc = gridPage(['处理状态', '订购号码'], [['', '退货:处理要求', '1038452888']]);
    doc.querySelector('.xhdr tr:nth-child(2) td')!.setAttribute('colspan', '2');
    expect(readClaimList(doc).rows).toEqual([]);
    const shifted = gridPage(['选择', '处理状态', '订购号码'], [['', '退货:处理要求', '1038452888']]);
    shifted.querySelector('.xhdr tr:nth-child(2) td')!.setAttribute('colspan', '2');
    // 选择 spans columns 0–1, so 处理状态 is column 2 (here the order number): an honest mismatch, not a guess.
    expect(readClaimList(shifted).problems).toHaveLength(1);
  });

  it('a grouped header (two rows, rowspan): the lower row’s headers sit under their group', () => {
    // 处理状态 and 订购号码 span both header rows; 日期 groups 要求日 and 发货日 in the second.
    const grouped =
      '<tr><td rowspan="2">处理状态</td><td colspan="2">日期</td><td rowspan="2">订购号码</td></tr><tr><td>要求日</td><td>发货日</td></tr>';
    const doc = gridPage(['', '', '', ''], [['退货:处理要求', '2026/11/20', '2026/11/17', '1038452888']], grouped);
    expect(readClaimList(doc)).toEqual({
      rows: [{ orderNo: '1038452888', kind: 'return', stage: 'requested', claimedOn: '2026-11-20', shippedOn: '2026-11-17' }],
      problems: [],
    });
  });

  it('header rows kept in the header table’s <thead> (a grid written by hand), with or without the sizing row in its body', () => {
    const doc = gridPage(ZH, [row('退货:处理要求')]);
    const header = doc.querySelector('.xhdr table')!;
    const [sizing, names] = Array.from(header.querySelectorAll('tr'));
    const head = doc.createElement('thead');
    head.append(names!);
    header.prepend(head);
    expect(header.querySelectorAll(':scope > thead > tr')).toHaveLength(1);
    expect(readClaimList(doc)).toEqual({ rows: [expected], problems: [] });
    head.prepend(sizing!);
    expect(header.querySelectorAll(':scope > tbody > tr')).toHaveLength(0);
    expect(readClaimList(doc)).toEqual({ rows: [expected], problems: [] });
  });

  it('a title across the grid naming a field ("Claim Status", 处理状态) names no column, in <thead> or in the body', () => {
    const title = (text: string) => `<tr><th colspan="${ZH.length}">${text}</th></tr>`;
    for (const text of ['Claim Status', '处理状态']) {
      const inBody = gridPage(ZH, [row('退货:处理要求')], title(text) + `<tr>${ZH.map((h) => `<td>${h}</td>`).join('')}</tr>`);
      expect(readClaimList(inBody)).toEqual({ rows: [expected], problems: [] });
      const inHead = gridPage(ZH, [row('退货:处理要求')]);
      const header = inHead.querySelector('.xhdr table')!;
      const [head, tr, th] = (['thead', 'tr', 'th'] as const).map((name) => inHead.createElement(name));
      th!.setAttribute('colspan', String(ZH.length));
      th!.textContent = text;
      tr!.append(th!);
      head!.append(tr!);
      header.prepend(head!);
      expect(readClaimList(inHead)).toEqual({ rows: [expected], problems: [] });
      header.querySelector('thead')!.append(header.querySelectorAll('tbody > tr')[1]!);
      expect(header.querySelectorAll('thead > tr')).toHaveLength(2);
      expect(readClaimList(inHead)).toEqual({ rows: [expected], problems: [] });
    }
  });

  it('a filter row under the header (inputs, no text) changes nothing', () => {
    const filters = '<tr><td>处理状态</td><td>订购号码</td><td>要求日</td></tr><tr><td><select><option>处理状态</option></select></td><td><input type="text"></td><td></td></tr>';
    const doc = gridPage(['', '', ''], [['退货:处理要求', '1038452888', '2026/11/20']], filters);
    expect(doc.querySelectorAll('.xhdr tr')).toHaveLength(3);
    expect(readClaimList(doc).rows).toEqual([{ orderNo: '1038452888', kind: 'return', stage: 'requested', claimedOn: '2026-11-20' }]);
  });

  it('a header may carry a sort arrow or a note in brackets; an icon-only header is named by its title', () => {
    const decorated =
      '<tr><td title="처리상태"><div class="hdrcell">처리상태 <span>▼</span></div></td><td><div class="hdrcell">주문번호 (Qoo10)</div></td>' +
      '<td title="장바구니번호"><div class="hdrcell"><img src="cart.gif" alt=""></div></td><td><div class="hdrcell"><img src="truck.gif" alt=""></div></td></tr>';
    const doc = gridPage(['', '', '', ''], [['반품요청', '1038452888', '210340349', '2026/11/17']], decorated);
    // The truck icon names nothing: its dates are not taken for a ship date.
    expect(readClaimList(doc).rows).toEqual([{ orderNo: '1038452888', cartNo: '210340349', kind: 'return', stage: 'requested' }]);
  });

  it('a header that is only an image is named by its alt text, else by a title; a title that says more does not hide the alt', () => {
    const images =
      '<tr><td><div class="hdrcell"><img src="s.gif" alt="처리상태" title="처리상태"></div></td><td><div class="hdrcell">주문번호</div></td>' +
      '<td><div class="hdrcell"><img src="c.gif" alt="장바구니번호"></div></td><td><div class="hdrcell"><img src="d.gif" alt="" title="요청일"></div></td>' +
      '<td><div class="hdrcell"><img src="t.gif" alt="송장번호" title="송장번호 클릭 시 배송조회"></div></td><td><div class="hdrcell"><img src="f.gif"></div></td></tr>';
    const doc = gridPage(['', '', '', '', '', ''], [['반품요청', '1038452888', '210340349', '2026/11/17', '660220318551', 'JP']], images);
    expect(readClaimList(doc).rows).toEqual([
      { orderNo: '1038452888', cartNo: '210340349', claimedOn: '2026-11-17', trackingNo: '660220318551', kind: 'return', stage: 'requested' },
    ]);
  });

  it('a claim-type column tells the kind of a status naming only the withdraw state; naming another kind than the status, the row is not read', () => {
    const doc = gridPage(['Claim Type', 'Delivery Status', 'Claim Status', 'Order No.'], [
      ['<span class="ico"></span>Return', 'Delivered', 'Withdrawal Request', '1058217765'],
      ['Cancel', '', 'Withdrawal Hold', '1058268833'],
      ['', '', 'Withdrawal Request', '1058229481'],
      ['Return', 'Delivered', 'Return Request', '1058320471'],
      ['Cancel', 'Delivered', 'Return Request', '1058320472'],
    ]);
    const { rows, problems } = readClaimList(doc);
    expect(rows).toEqual([
      { orderNo: '1058217765', kind: 'return', stage: 'requested', withdraw: { state: 'requested' } },
      { orderNo: '1058268833', kind: 'cancel', stage: 'requested', withdraw: { state: 'held' } },
      { orderNo: '1058320471', kind: 'return', stage: 'requested' },
    ]);
    expect(problems).toEqual([
      'row 3: unknown:kind',
      'row 5: kind-mismatch',
    ]);
  });

  it('cells spanning rows: a cart’s status over its orders, an order over two lines, a cart line over its orders', () => {
    const doc = gridPage(['处理状态', '订购号码', '购物车号码', '发货日', '运送公司'], [
      ['退货:处理要求', '1044230101', '318204401', '2026/11/10', 'Qxpress'],
      ['1044230102', '318204401', '2026/11/10', 'Qxpress'],
      ['取消:取消要求', '1044230103', '318204402', '', ''],
      ['2026/11/20', 'Qxpress'],
      ['', '购物车 318204409 (2件)', '318204409', '', ''],
      ['', '1044230104', '318204410', '', ''],
    ]);
    const body = doc.querySelectorAll('.objbox tr');
    body[1]!.children[0]!.setAttribute('rowspan', '2'); // one status for the cart's two orders
    for (const c of [0, 1, 2]) body[3]!.children[c]!.setAttribute('rowspan', '2'); // an order over two lines
    const { rows, problems } = readClaimListWithCells(doc);
    expect(rows.map((r) => r.claim)).toEqual([
      { orderNo: '1044230101', kind: 'return', stage: 'requested', cartNo: '318204401', shippedOn: '2026-11-10', carrier: 'Qxpress' },
      { orderNo: '1044230102', kind: 'return', stage: 'requested', cartNo: '318204401', shippedOn: '2026-11-10', carrier: 'Qxpress' },
      { orderNo: '1044230103', kind: 'cancel', stage: 'requested', cartNo: '318204402', shippedOn: '2026-11-20', carrier: 'Qxpress' },
      undefined,
    ]);
    // A cart line with a status of its own is still no claim; an order number beside a cart word is one.
    const carts = gridPage(['处理状态', '订购号码'], [['取消:取消要求', '购物车 318204409 (2件)'], ['退货:处理要求', '1044230101 (Cart 318204401)']]);
    expect(readClaimList(carts)).toEqual({ rows: [{ orderNo: '1044230101', kind: 'return', stage: 'requested' }], problems: [] });
    // An order's second line showing a status of its own beside the first's: which holds is not guessed.
    const twoStatuses = gridPage(['处理状态', '订购号码', '要请日'], [['退货:处理要求', '1044230101', ''], ['退货:撤回要请', '2026/11/20']]);
    twoStatuses.querySelectorAll('.objbox tr')[1]!.children[1]!.setAttribute('rowspan', '2');
    expect(readClaimList(twoStatuses).problems).toEqual(["row 1: lines-mismatch"]);
    // A status cell spanning rows (the cart's, or an order's over its two lines) holds no badge: each goes beside its order number.
    expect(rows.slice(0, 3).map((r) => r.statusCell.textContent)).toEqual(['1044230101', '1044230102', '1044230103']);
    expect(problems).toEqual(['row 4: missing:status']);
  });

  it('a header with a help icon and a hidden tooltip is named by what it shows; a sort button by its text', () => {
    const tip = '<tr><td><div class="hdrcell">Status<span title="Claim status">?</span><div style="display:none">The claim status. Click a count to filter.</div></div></td><td><button class="sort">Order No</button></td></tr>';
    const doc = gridPage(['', ''], [['Return Request', '1038452888']], tip);
    expect(readClaimList(doc)).toEqual({ rows: [{ orderNo: '1038452888', kind: 'return', stage: 'requested' }], problems: [] });
  });

  it('no status column: nothing read, one problem that says so', () => {
    const doc = gridPage(['订购号码', '商品代码'], [['1038452888', '897969331']]);
    expect(readClaimList(doc)).toEqual({ rows: [], problems: ['grid: no status column among the headers'] });
  });

  it('no grid on the page: found false, nothing read', () => {
    expect(readClaimListWithCells(fixture('detail-zh-return-pending.html'))).toEqual({ found: false, rows: [], problems: [] });
  });
});

describe('what a grid shows besides claims', () => {
  it('a line across the whole grid (a group header, "no results", a total) is no claim and no problem', () => {
    const doc = gridPage(ZH, [['退货:处理要求 (1)'], row('退货:处理要求'), ['合计 1 件'], ['没有查询结果。']]);
    for (const td of doc.querySelectorAll('.objbox tr > td:only-child')) td.setAttribute('colspan', String(ZH.length));
    expect(readClaimList(doc)).toEqual({ rows: [expected], problems: [] });
  });

  it('reads the status the seller sees, not a tooltip the page keeps hidden in the cell', () => {
    const status = '<a href="#"><img src="i.gif">退货:处理要求</a><span class="tip" style="display: none">买家已发货・待回收确认</span>';
    const invisible = '<span style="visibility:hidden">取消中</span>退货:处理要求';
    expect(readClaimList(gridPage(ZH, [row(status), row(invisible)]))).toEqual({ rows: [expected, expected], problems: [] });
  });

  it('a total line laid out cell by cell ("合计" under the status, "共 15 行" under the order number) is the grid’s too', () => {
    const doc = gridPage(ZH, [row('退货:处理要求'), ['', '合计', '', '', '', '', '共 15 行', '15 个购物车', '']]);
    expect(readClaimList(doc)).toEqual({ rows: [expected], problems: [] });
    // A claim row whose status is unknown, or whose number cannot be read, is still one row that cannot be read,
    // also both at once: its dates say it is a claim.
    const unreadable = gridPage(ZH, [row('退货:神秘阶段'), row('退货:处理要求', '订单号码待定'), row('退货:神秘阶段', '1038-452-888'), row('撤回保留中', '-')]);
    expect(readClaimList(unreadable).problems).toHaveLength(4);
  });

  it('a total line that spans the status column beside its counts is the grid’s too; a row cut short is not', () => {
    const doc = gridPage(ZH, [row('退货:处理要求'), ['合计', '3', '1', '2'], ['1']]);
    doc.querySelector('.objbox tr:nth-child(3) > td')!.setAttribute('colspan', '6');
    expect(readClaimList(doc)).toEqual({ rows: [expected], problems: ['row 2: no status cell'] });
  });

  it('reads a status shown in a button or beside an empty element as it reads a plain one', () => {
    const doc = gridPage(ZH, [row('<button type="button">退货:处理要求</button>'), row('<span></span>退货:处理要求')]);
    expect(readClaimList(doc)).toEqual({ rows: [expected, expected], problems: [] });
  });

  it('reads headers broken up by soft hyphens or a span per character', () => {
    const doc = gridPage(['処理&shy;状態', '<span>注</span><span>文</span><span>番</span><span>号</span>'], [['返品:処理要請', '1038452888']]);
    expect(readClaimList(doc).rows).toEqual([{ orderNo: '1038452888', kind: 'return', stage: 'requested' }]);
  });

  it('reads a status set off by brackets, quotes or an arrow, and not the old one struck through beside it', () => {
    const doc = gridPage(ZH, [
      row('【退货:处理要求】'),
      row('“退货:处理要求”'),
      row('<s>取消:取消要求</s> → 退货:处理要求'),
      row('<del>退货:退货完成</del><br>「退货:处理要求」'),
      row('(退货:处理要求)'),
    ]);
    expect(readClaimList(doc)).toEqual({ rows: Array(5).fill(expected), problems: [] });
  });

  it('reads dates written with 年月日 or 년월일', () => {
    const doc = gridPage(ZH, [row('退货:处理要求', '1038452888', '2026年11月20日 09:14'), row('退货:处理要求', '1038452888', '2026년 11월 20일')]);
    expect(readClaimList(doc)).toEqual({ rows: [expected, expected], problems: [] });
  });

  it('takes the refusal’s day (保留日) beside a refused request, and a withdraw column whose header notes the time zone', () => {
    const doc = gridPage(['처리상태', '주문번호', '철회요청일 (JST)', '보류일'], [
      ['반품:철회보류', '1038452888', '2026/11/13 오후 3:05', '2026/11/15'],
      ['반품:철회요청', '1038452889', '2026/11/20', '-'],
    ]);
    expect(readClaimList(doc).rows).toEqual([
      { orderNo: '1038452888', kind: 'return', stage: 'requested', withdraw: { state: 'held', requestedOn: '2026-11-13', heldOn: '2026-11-15' } },
      { orderNo: '1038452889', kind: 'return', stage: 'requested', withdraw: { state: 'requested', requestedOn: '2026-11-20' } },
    ]);
  });

  it('keeps the refusal’s day (保留日) beside a pending request too: a re-request after a refusal', () => {
    const doc = gridPage(['处理状态', '订购号码', '要请日', '保留日', '客户回应期限'], [['退货:撤回要请', '1038452888', '2026/11/30', '2026/11/24', '2026/12/06']]);
    expect(readClaimList(doc).rows).toEqual([
      { orderNo: '1038452888', kind: 'return', stage: 'requested', withdraw: { state: 'requested', requestedOn: '2026-11-30', heldOn: '2026-11-24', deadlineShown: '2026/12/06' } },
    ]);
  });

  it('takes a withdraw request day (要请日) beside a withdraw state; beside none it leaves the row unjudged', () => {
    const doc = gridPage(['处理状态', '订购号码', '要求日', '要请日'], [
      ['退货:撤回要请', '1038452888', '2026/11/18', '2026/11/20 15:30:12'],
      ['取消:处理要求', '1038452889', '2026/11/19', '2026/11/21'],
      ['退货:撤回保留', '1038452890', '2026/11/10', '-'],
      // A day printed that cannot be read (it cannot exist, or has no year) is still a day printed there.
      ['退货:处理要求', '1038452891', '2026/11/10', '2026/02/30'],
      ['退货:处理要求', '1038452892', '2026/11/10', '11/14(土)'],
    ]);
    const { rows, problems } = readClaimList(doc);
    expect(rows).toEqual([
      { orderNo: '1038452888', kind: 'return', stage: 'requested', claimedOn: '2026-11-18', withdraw: { state: 'requested', requestedOn: '2026-11-20' } },
      { orderNo: '1038452890', kind: 'return', stage: 'requested', claimedOn: '2026-11-10', withdraw: { state: 'held' } },
    ]);
    // Past the request stage, or on a non-receipt, no withdraw state matters: the row is read as it was.
    const past = gridPage(['处理状态', '订购号码', '要请日', '保留日'], [
      ['退货:退货完成', '1038452888', '2026/11/10', ''], ['未收取申告:卖家确认', '1038452889', '2026/11/10', ''], ['取消中', '1038452890', '2026/11/10', '2026/11/12'],
    ]);
    expect(readClaimList(past)).toMatchObject({ rows: [{ stage: 'completed' }, { stage: 'inProgress' }, { stage: 'inProgress' }], problems: [] });
    // A request was sent, but the status does not say whether it is out, refused or cancelled: not "eligible".
    expect(problems).toEqual([2, 4, 5].map((n) => `row ${n}: withdraw-dates-without-state`));
    const cells = readClaimListWithCells(doc).rows[1]!;
    expect(cells.facts).toEqual({ orderNo: '1038452889' });
  });

  it('beside a status naming no withdraw state, the withdraw columns’ dates tell the state when they can (§8: dates decide)', () => {
    const doc = gridPage(['処理状態', '注文番号', '撤回要請日', '保留日', '顧客回答期限'], [
      // A refusal's day not older than the request's: refused. A request's day with its own 7th day: out.
      ['キャンセル要請', '1038452888', '2026/11/12', '2026/11/15', ''],
      ['返品要請', '1038452889', '2026/11/20', '', '2026/11/26'],
      ['返品要請', '1038452890', '2026/11/21', '2026/11/16', '2026/11/27 23:59'],
      // A deadline that is not the request's 7th day may be a preview (today's): not told.
      ['返品要請', '1038452891', '2026/11/18', '', '2026/11/28'],
      // A request's day alone may be one the seller cancelled since: not told.
      ['返品要請', '1038452892', '2026/11/18', '', ''],
    ]);
    const { rows, problems } = readClaimList(doc);
    expect(rows).toEqual([
      { orderNo: '1038452888', kind: 'cancel', stage: 'requested', withdraw: { state: 'held', requestedOn: '2026-11-12', heldOn: '2026-11-15' } },
      { orderNo: '1038452889', kind: 'return', stage: 'requested', withdraw: { state: 'requested', requestedOn: '2026-11-20', deadlineShown: '2026/11/26' } },
      { orderNo: '1038452890', kind: 'return', stage: 'requested', withdraw: { state: 'requested', requestedOn: '2026-11-21', heldOn: '2026-11-16', deadlineShown: '2026/11/27 23:59' } },
    ]);
    expect(problems).toEqual([4, 5].map((n) => `row ${n}: withdraw-dates-without-state`));
  });

  it('finds a column whose header carries any sort arrow (↕ ⇅ ▼ ⬍)', () => {
    const doc = gridPage(['処理状態 <span aria-hidden="true">↕</span>', '注文番号 ⬍', '要請日 ▼'], [['返品要請', '1038452888', '2026/11/20']]);
    expect(readClaimList(doc).rows).toEqual([{ orderNo: '1038452888', kind: 'return', stage: 'requested', claimedOn: '2026-11-20' }]);
  });

  it('takes a deadline from its column (客户回应期限) beside a pending request only, never as the sign of one', () => {
    const doc = gridPage(['处理状态', '订购号码', '客户回应期限'], [
      ['退货:撤回要请', '1038452888', '2026/11/25'],
      // Beside any other status the same label may hold a preview or a refused request's deadline (§8).
      ['退货:处理要求', '1038452889', '2026/11/28'],
      ['取消:撤回保留', '1038452890', '2026/11/18'],
      ['取消:退款进行中', '1038452891', '2026/11/18'],
    ]);
    expect(readClaimList(doc).rows).toEqual([
      { orderNo: '1038452888', kind: 'return', stage: 'requested', withdraw: { state: 'requested', deadlineShown: '2026/11/25' } },
      { orderNo: '1038452889', kind: 'return', stage: 'requested' },
      { orderNo: '1038452890', kind: 'cancel', stage: 'requested', withdraw: { state: 'held' } },
      { orderNo: '1038452891', kind: 'cancel', stage: 'inProgress' },
    ]);
    // A time zone noted on it is no preview's: the column is read.
    for (const zone of ['(JST/UTC+9)', '(UTC+09:00)', '（JST基準）', '(일본 시간)', '(Japan Standard Time)', '[JST]']) {
      const noted = gridPage(['处理状态', '订购号码', `客户回应期限 ${zone}`], [['退货:撤回要请', '1038452888', '2026/11/26']]);
      expect(readClaimList(noted).rows[0]!.withdraw, zone).toEqual({ state: 'requested', deadlineShown: '2026/11/26' });
    }
    // "(Standard)" alone is no time zone; a note naming the withdraw makes no claim date column.
    const standard = gridPage(['处理状态', '订购号码', 'Customer Response Deadline (Standard)', '要請日 [撤回]'], [['退货:撤回要请', '1038452888', '2026/11/26', '2026/11/20']]);
    expect(readClaimList(standard).rows).toEqual([{ orderNo: '1038452888', kind: 'return', stage: 'requested', withdraw: { state: 'requested' } }]);
    // A deadline header with a note may name a preview: it is no deadline column.
    const preview = gridPage(['处理状态', '订购号码', '客户回应期限（预计）'], [['退货:撤回要请', '1038452888', '2026/11/28']]);
    expect(readClaimList(preview).rows).toEqual([{ orderNo: '1038452888', kind: 'return', stage: 'requested', withdraw: { state: 'requested' } }]);
  });

  it('a header is named by its name, not by a filter select, a script or a copy button beside it', () => {
    const headers = '<tr><td>処理状態<select><option>全体</option><option>返品要請</option></select></td><td>注文番号<button>コピー</button><script>var x = 1;</script></td></tr>';
    expect(readClaimList(gridPage(['', ''], [['返品要請', '1052244120']], headers)).rows).toEqual([{ orderNo: '1052244120', kind: 'return', stage: 'requested' }]);
  });

  it('a header is named by what it shows: not by a label its markup hides', () => {
    const hidden = '<tr><td><span style="display:none">订购号码</span>No.</td><td>处理状态</td><td>订购号码</td></tr>';
    const doc = gridPage(['', '', ''], [['1', '退货:处理要求', '1038452888']], hidden);
    expect(readClaimList(doc).rows).toEqual([{ orderNo: '1038452888', kind: 'return', stage: 'requested' }]);
  });

  it('a status and a select beside it that states another are no status; a select alone, or stating the same, is read', () => {
    const stating = (text: string) => `<select disabled><option value="R5" selected>${text}</option></select>`;
    const doc = gridPage(['处理状态', '订购号码'], [
      [`반품요청 ${stating('반품보류')}`, '1038452888'],
      [`<span>状态:</span>${stating('退货:退货完成')}`, '1038452889'],
      [`반품요청 ${stating('반품요청')}`, '1038452890'],
      [`返品完了 ${stating('返品要請')}`, '1038452891'],
      [`退货:撤回要请 ${stating('撤回要请')}`, '1038452892'],
      [`반품요청 <select style="display:none"><option value="R5" selected>반품보류</option></select>`, '1038452893'],
    ]);
    const { rows, problems } = readClaimList(doc);
    expect(rows).toEqual([
      { orderNo: '1038452889', kind: 'return', stage: 'completed' },
      { orderNo: '1038452890', kind: 'return', stage: 'requested' },
      { orderNo: '1038452892', kind: 'return', stage: 'requested', withdraw: { state: 'requested' } },
      { orderNo: '1038452893', kind: 'return', stage: 'requested' },
    ]);
    expect(problems).toEqual(['row 1: status-select-mismatch', 'row 4: status-select-mismatch']);
  });

  it('reads a status beside an action select as the text, not the select’s options', () => {
    const select = (chosen: string) => `<select><option value=""${chosen}>-- 처리선택 --</option><option>반품보류</option><option>철회요청</option></select>`;
    const doc = gridPage(['처리상태', '주문번호'], [[`반품요청 ${select(' selected')}`, '1038452888'], [`취소요청 ${select('')}`, '1038452889']]);
    expect(readClaimList(doc)).toEqual({
      rows: [{ orderNo: '1038452888', kind: 'return', stage: 'requested' }, { orderNo: '1038452889', kind: 'cancel', stage: 'requested' }],
      problems: [],
    });
  });

  it('takes the order country, carrier and tracking number from their columns when the grid has them', () => {
    const headers = ['처리상태', '주문번호', '주문국가', '택배사', '송장 번호'];
    const doc = gridPage(headers, [['반품:처리요청', '1038452888', 'JP', 'CJ대한통운', '6935-9792-3256 <a href="#">배송조회</a>']]);
    expect(readClaimList(doc).rows).toEqual([
      { orderNo: '1038452888', kind: 'return', stage: 'requested', orderCountry: 'JP', carrier: 'CJ대한통운', trackingNo: '6935-9792-3256' },
    ]);
  });

  it('reads the visible column when dhtmlx hides one of the same name before it (a status code)', () => {
    const doc = gridPage(['처리상태', '처리상태', '주문번호'], [['4', '반품:처리요청', '1038452888']]);
    doc.querySelector('.xhdr tr:nth-child(2) td')!.setAttribute('style', 'display:none');
    expect(readClaimList(doc).rows).toEqual([{ orderNo: '1038452888', kind: 'return', stage: 'requested' }]);
  });

  it('finds each value under its header in a row where one "-" spans the delivery columns', () => {
    const headers = ['処理状態', '注文番号', '発送日', '配送会社', '送り状番号', '商品コード', '要請日'];
    const doc = gridPage(headers, [['キャンセル要請', '1038452888', '-', '897969331', '2026/11/20']]);
    doc.querySelector('.objbox tr:nth-child(2) td:nth-child(3)')!.setAttribute('colspan', '3');
    expect(readClaimList(doc)).toEqual({
      rows: [{ orderNo: '1038452888', kind: 'cancel', stage: 'requested', itemCode: '897969331', claimedOn: '2026-11-20' }],
      problems: [],
    });
  });

  it('reads the order number as shown: the cart number a link hides beside it left out, digits split by markup joined', () => {
    const doc = gridPage(['处理状态', '订购号码'], [
      ['退货:处理要求', '<a href="#">1038452888<span style="display:none">817402913</span></a>'],
      ['退货:处理要求', '<a href="#"><u>1038452889</u><span style="visibility:hidden;position:absolute">817402914</span></a>'],
      ['退货:处理要求', '<a href="#">1038452890<span hidden> (817402915)</span></a>'],
      ['退货:处理要求', '<a href="#">10384<wbr>52891</a>'],
      ['退货:处理要求', '<span>10384</span><span>52892</span>'],
    ]);
    expect(readClaimList(doc).rows.map((r) => r.orderNo)).toEqual(['1038452888', '1038452889', '1038452890', '1038452891', '1038452892']);
  });

  it('reads English headers and statuses as an English QSM may spell them', () => {
    const doc = gridPage(['No.', 'Claim Status', 'Order No.', 'Cart #', 'Requested', 'Withdraw Req. Date'], [
      ['1', 'CANCEL-REQUEST', '1038452888', '210340349', '2026/11/20', ''],
      ['2', 'Return-Processing', '1038452889', '210340350', '2026/11/19', ''],
      ['3', 'Return : Withdraw Request', '1038452890', '210340351', '2026/11/18', '2026/11/21'],
      ['4', 'CANCEL : WITHDRAW HOLD', '1038452891', '210340352', '2026/11/17', '2026/11/19'],
    ]);
    const { rows, problems } = readClaimList(doc);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.kind, r.stage, r.cartNo, r.claimedOn, r.withdraw])).toEqual([
      ['cancel', 'requested', '210340349', '2026-11-20', undefined],
      ['return', 'inProgress', '210340350', '2026-11-19', undefined],
      ['return', 'requested', '210340351', '2026-11-18', { state: 'requested', requestedOn: '2026-11-21' }],
      ['cancel', 'requested', '210340352', '2026-11-17', { state: 'held', requestedOn: '2026-11-19' }],
    ]);
  });

  it('takes no order number cut short to fit its cell ("10432288…"): that row cannot be read', () => {
    const doc = gridPage(['処理状態', '注文番号'], [['キャンセル要請', '10432288…'], ['キャンセル要請', '1043228800']]);
    expect(readClaimList(doc)).toEqual({
      rows: [{ orderNo: '1043228800', kind: 'cancel', stage: 'requested' }],
      problems: ['row 1: unreadable:orderNo'],
    });
  });

  it('leaves the links beside a carrier or tracking number out of them, and takes no word for a number', () => {
    const headers = ['処理状態', '注文番号', '配送会社', '送り状番号'];
    const doc = gridPage(headers, [
      ['返品:処理要請', '1038452888', 'ヤマト運輸 <a href="#">配送追跡</a>', '<a href="#">Tracking</a> 452110120034'],
      ['返品:処理要請', '1038452999', 'ヤマト運輸', 'None'],
      ['返品:処理要請', '1038453000', '佐川急便', '<a href="#">Track</a>'],
    ]);
    expect(readClaimList(doc).rows).toEqual([
      { orderNo: '1038452888', kind: 'return', stage: 'requested', carrier: 'ヤマト運輸', trackingNo: '452110120034' },
      { orderNo: '1038452999', kind: 'return', stage: 'requested', carrier: 'ヤマト運輸' },
      { orderNo: '1038453000', kind: 'return', stage: 'requested', carrier: '佐川急便' },
    ]);
  });
});

/** A grid as dhtmlx splits it at a frozen column (splitAt): a second grid laid over the first. */
function splitGrid(frozen: string[], rest: string[], rows: Array<[string[], string[]]>): Document {
  const hide = (cells: string[], tag: string) => cells.map((c) => `<${tag} style="display:none">${c}</${tag}>`).join('');
  const show = (cells: string[], tag: string) => cells.map((c) => `<${tag}>${c}</${tag}>`).join('');
  const sizing = (n: number) => `<tr>${'<th style="height:0px"></th>'.repeat(n)}</tr>`;
  const all = frozen.length + rest.length;
  // The main grid keeps every column, the frozen ones hidden; the laid-over grid shows only the frozen ones.
  return parse(`<div id="__grid_ClaimGrid" class="gridbox" style="position:relative">
<div style="position:absolute;left:180px">
 <div class="xhdr"><table class="hdr"><tbody>${sizing(all)}<tr>${hide(frozen, 'td')}${show(rest, 'td')}</tr></tbody></table></div>
 <div class="objbox"><table class="obj"><tbody>${sizing(all)}${rows.map(([f, r]) => `<tr>${hide(f, 'td')}${show(r, 'td')}</tr>`).join('')}</tbody></table></div>
</div>
<div style="position:absolute;left:0;width:180px;z-index:11">
 <div class="xhdr"><table class="hdr"><tbody>${sizing(frozen.length)}<tr>${show(frozen, 'td')}</tr></tbody></table></div>
 <div class="objbox"><table class="obj"><tbody>${sizing(frozen.length)}${rows.map(([f]) => `<tr>${show(f, 'td')}</tr>`).join('')}</tbody></table></div>
</div></div>`);
}

describe('a grid split at a frozen column (dhtmlx splitAt)', () => {
  const claim = { orderNo: '1038452888', kind: 'return', stage: 'requested', claimedOn: '2026-11-20' };

  it('an order over two lines: the frozen part’s second line is empty (every cell spanned from above), the rows still match', () => {
    const doc = splitGrid(['订购号码'], ['处理状态', '发货日'], [[['1044150403'], ['取消:取消要求', '']], [[], ['2026/11/20']]]);
    const [main, frozen] = Array.from(doc.querySelectorAll('.objbox table'));
    for (const c of [0, 1]) main!.querySelectorAll('tr')[1]!.children[c]!.setAttribute('rowspan', '2');
    frozen!.querySelectorAll('tr')[1]!.children[0]!.setAttribute('rowspan', '2');
    expect(frozen!.querySelectorAll('tr')[2]!.children).toHaveLength(0);
    expect(readClaimList(doc)).toEqual({ rows: [{ orderNo: '1044150403', kind: 'cancel', stage: 'requested', shippedOn: '2026-11-20' }], problems: [] });
  });

  it('reads a row across both parts, the badge going to the status cell the seller sees', () => {
    const doc = splitGrid(['选择', '订购号码'], ['处理状态', '取消退货要求日'], [[['', '1038452888'], ['退货:处理要求', '2026/11/20']]]);
    const { rows, problems } = readClaimListWithCells(doc);
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.claim)).toEqual([claim]);
    expect(rows[0]!.statusCell.textContent).toBe('退货:处理要求');
    expect(rows[0]!.statusCell.closest('[style*="left:180px"]')).not.toBeNull();
  });

  it('takes a frozen status from the part that shows it, not the hidden copy', () => {
    const doc = splitGrid(['订购号码', '处理状态'], ['取消退货要求日', '商品代码'], [[['1038452888', '退货:处理要求'], ['2026/11/20', '897969331']]]);
    const [row] = readClaimListWithCells(doc).rows;
    expect(row!.claim).toEqual({ ...claim, itemCode: '897969331' });
    expect(row!.statusCell.closest('[style*="z-index:11"]')).not.toBeNull();
  });

  it('reads a frozen column from its hidden copy when the laid-over part is not there (yet)', () => {
    const doc = splitGrid(['订购号码'], ['处理状态', '取消退货要求日'], [[['1038452888'], ['退货:处理要求', '2026/11/20']]]);
    doc.querySelector('[style*="z-index:11"]')!.remove();
    expect(readClaimList(doc)).toEqual({ rows: [claim], problems: [] });
  });

  const part = (headers: string[], rows: string[]) => `<div class="gridbox">
 <div class="xhdr"><table><tbody><tr>${headers.map((h) => `<td>${h}</td>`).join('')}</tr></tbody></table></div>
 <div class="objbox"><table><tbody>${rows.join('')}</tbody></table></div></div>`;
  const tr = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  const sideBySide = (left: string[], right: string[]) =>
    parse(`<div id="__grid_ClaimGrid"><table><tr><td>${part(['주문번호'], left)}</td><td>${part(['처리상태', '요청일'], right)}</td></tr></table></div>`);
  const second = { orderNo: '1038452999', kind: 'cancel', stage: 'requested', claimedOn: '2026-11-21' };

  it('two parts side by side, each with some of the columns: rows matched by position', () => {
    const doc = sideBySide([tr('1038452888'), tr('1038452999')], [tr('반품:처리요청', '2026/11/20'), tr('취소요청', '2026/11/21')]);
    expect(readClaimList(doc)).toEqual({ rows: [claim, second], problems: [] });
  });

  it('a sizing row, an expanded sub-row or a group line that one part shows alone shifts no row', () => {
    const sizing = '<tr><th style="height:0"></th><th style="height:0"></th></tr>';
    const subRow = `<tr class="dhx_sub_row_tr"><td colspan="2">${part(['상품코드'], [tr('897969331')])}</td></tr>`;
    const doc = sideBySide([tr('1038452888'), tr('1038452999')], [sizing, tr('반품:처리요청', '2026/11/20'), subRow, tr('취소요청', '2026/11/21')]);
    // The grid inside the sub-row is that row's content, not a third part of the claim grid.
    expect(readClaimList(doc)).toEqual({ rows: [claim, second], problems: [] });
  });

  it('a claim row empty in one part (a cart number not shown, "-" across the delivery columns) still matches', () => {
    const doc = parse(`<div id="__grid_ClaimGrid"><table><tr>
<td>${part(['选择', '购物车号码', '订购号码'], [tr('<input type="checkbox">', '&nbsp;', '1038452888'), tr('<input type="checkbox">', '210340349', '1038452999')])}</td>
<td>${part(['处理状态'], [tr('退货:处理要求'), tr('取消:取消要求')])}</td>
<td>${part(['发货日', '运送公司'], [tr('2026/11/17', 'ヤマト運輸'), '<tr><td colspan="2">-</td></tr>'])}</td>
</tr></table></div>`);
    expect(readClaimList(doc)).toEqual({
      rows: [
        { orderNo: '1038452888', kind: 'return', stage: 'requested', shippedOn: '2026-11-17', carrier: 'ヤマト運輸' },
        { orderNo: '1038452999', cartNo: '210340349', kind: 'cancel', stage: 'requested' },
      ],
      problems: [],
    });
  });

  it('an empty line in one part only, no cell above spanning into it, shifts no row', () => {
    const doc = sideBySide([tr('1038452888'), '<tr></tr>', tr('1038452999')], [tr('반품:처리요청', '2026/11/20'), tr('취소요청', '2026/11/21')]);
    expect(readClaimList(doc)).toEqual({ rows: [claim, second], problems: [] });
  });

  it('a cell spanning rows over a line one part alone shows is counted over that line: it carries no status onto the next order', () => {
    // The status part shows a group line between the cart's two orders; its status cell spans the line and
    // the cart's second order (3 lines), not the next cart's order.
    const group = '<tr><td colspan="2">장바구니 318204401</td></tr>';
    const doc = sideBySide(
      [tr('1038452888'), tr('1038452889'), tr('1038452999')],
      ['<tr><td rowspan="3">반품:처리요청</td><td>2026/11/20</td></tr>', group, '<tr><td>2026/11/20</td></tr>', '<tr><td></td><td>2026/11/21</td></tr>'],
    );
    const { rows, problems } = readClaimList(doc);
    expect(rows.map((r) => [r.orderNo, r.kind])).toEqual([['1038452888', 'return'], ['1038452889', 'return']]);
    expect(problems).toEqual(['row 3: missing:status']);
  });

  it('rowspan="0" spans to the end of its table, as the browser lays it out', () => {
    const doc = sideBySide(
      [tr('1038452888'), tr('1038452999')],
      ['<tr><td rowspan="0">반품:처리요청</td><td>2026/11/20</td></tr>', '<tr><td>2026/11/21</td></tr>'],
    );
    expect(readClaimList(doc)).toEqual({ rows: [claim, { ...claim, orderNo: '1038452999', claimedOn: '2026-11-21' }], problems: [] });
    const single = gridPage(['处理状态', '订购号码'], [['退货:处理要求', '1038452888'], ['1038452999']]);
    single.querySelectorAll('.objbox tr')[1]!.children[0]!.setAttribute('rowspan', '0');
    expect(readClaimList(single).rows.map((r) => r.orderNo)).toEqual(['1038452888', '1038452999']);
  });

  it('parts showing different numbers of claims are not matched at all: one problem, no row guessed', () => {
    const doc = sideBySide([tr('1038452888'), tr('1038452999')], [tr('반품:처리요청', '2026/11/20')]);
    expect(readClaimList(doc)).toEqual({ rows: [], problems: ['grid: the parts of a split grid show different rows'] });
  });
});

describe('rows that cannot be read', () => {
  it('a row with a cell missing from its middle is unknown: every value after it stands under another header', () => {
    // dhtmlx gives every row a cell per column. Here the claim day's cell is gone: the order date would be
    // read as the claim day and the cart number (9 digits) as the order number.
    const good = row('退货:处理要求', '1038452999');
    const cut = row('退货:处理要求').filter((_, i) => i !== 3);
    const { rows, problems } = readClaimListWithCells(gridPage(ZH, [good, cut]));
    expect(rows.map((r) => [r.facts.orderNo, r.claim?.orderNo, r.problem])).toEqual([
      ['1038452999', '1038452999', undefined],
      [undefined, undefined, 'row 2: cells missing'],
    ]);
    expect(problems).toEqual(['row 2: cells missing']);
  });

  it('a row whose last cells are missing is read: what it has still stands under its own headers', () => {
    const cut = row('退货:处理要求').slice(0, 7);
    const { rows, problems } = readClaimList(gridPage(ZH, [row('退货:处理要求', '1038452999'), cut]));
    expect(rows[1]).toEqual({ orderNo: '1038452888', kind: 'return', stage: 'requested', claimedOn: '2026-11-20', shippedOn: '2026-11-17' });
    expect(problems).toEqual([]);
  });

  it('rows that all have fewer cells than the header has columns are read as they line up (nothing to compare them with)', () => {
    const doc = gridPage([...ZH, '备注'], [row('退货:处理要求')]);
    expect(readClaimList(doc)).toEqual({ rows: [expected], problems: [] });
  });

  const doc = gridPage(ZH, [
    row('退货:处理要求'),
    row('退货:神秘阶段', '1038517342'),
    row('取消:取消要求', ''),
    ['', '取消:取消要求'], // cells missing: no order number cell
    ['1'], // a row cut short after its first cell: no status cell
    row('撤回要请', '1038604417'),
    row('交换:申请交换', '1038775603', '2026/02/30'),
    row('&lt;img src=x onerror=alert(1)&gt;', '1038840127'), // markup-looking text, not markup
    row('', '1038911560'),
  ]);
  const read = readClaimList(doc);

  it('are left out, each with one problem naming its row', () => {
    expect(read.rows.map((r) => r.orderNo)).toEqual(['1038452888']);
    expect(read.problems).toEqual([
      'row 2: unknown-status "退货:神秘阶段"',
      'row 3: unreadable:orderNo',
      'row 4: unreadable:orderNo',
      'row 5: no status cell',
      'row 6: unknown:kind',
      'row 7: invalid-date:claimedOn',
      'row 8: unknown-status "<img src=x onerror=alert(1)>"',
      'row 9: missing:status',
    ]);
  });

  it('a row with an impossible date gives no verdict (its badge says unknown), and no nearby day is guessed', () => {
    const cells = readClaimListWithCells(doc).rows.find((r) => r.facts.orderNo === '1038775603');
    expect(cells?.claim).toBeUndefined();
    expect(cells?.problem).toBe('row 7: invalid-date:claimedOn');
    // Nothing of it is kept for an earlier reading to complete: not even its status.
    expect(cells?.facts).toEqual({ orderNo: '1038775603' });
    expect(cells?.warnings).toEqual(['invalid-date:claimedOn']);
  });

  it('a date cell that holds no date yet ("-", blank, a server’s empty date) is only left out: the row is read', () => {
    const notShipped = (orderNo: string, shipped: string) => ['', '取消:取消要求', '订购取消', '2026/11/20', '2026/11/15', shipped, orderNo, '210340349', '897969331'];
    const doc = gridPage(ZH, [
      notShipped('1038452881', '-'),
      notShipped('1038452882', '&nbsp;'),
      notShipped('1038452883', '0001/01/01 0:00:00'),
      notShipped('1038452884', '1900/01/01'),
    ]);
    const read = readClaimList(doc);
    expect(read.problems).toEqual([]);
    expect(read.rows.map((r) => [r.orderNo, r.shippedOn, r.claimedOn])).toEqual([
      ['1038452881', undefined, '2026-11-20'],
      ['1038452882', undefined, '2026-11-20'],
      ['1038452883', undefined, '2026-11-20'],
      ['1038452884', undefined, '2026-11-20'],
    ]);
  });

  it('with cells: every row with a status cell is listed, read or not, so each can get a badge', () => {
    const { rows } = readClaimListWithCells(doc);
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 2, 3, 4, 6, 7, 8, 9]);
    for (const r of rows) expect(r.statusCell).toBe(r.tr.children[1]);
    const withdrawOnly = rows.find((r) => r.rowNumber === 6)!;
    expect(withdrawOnly.claim).toBeUndefined();
    expect(withdrawOnly.facts).toEqual({ orderNo: '1038604417', cartNo: '210340349', itemCode: '897969331', stage: 'requested', withdraw: { state: 'requested' }, claimedOn: '2026-11-20', shippedOn: '2026-11-17' });
  });
});

describe('the 1,000-row grid', () => {
  const doc = fixture('grid-ja-1000.html');

  it('reads 1,000 rows, every kind, no problem', () => {
    const { rows, problems } = readClaimList(doc);
    expect(rows).toHaveLength(1000);
    expect(problems).toEqual([]);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['cancel', 'return', 'exchange', 'nonReceipt']));
    expect(new Set(rows.map((r) => r.orderNo)).size).toBe(1000);
  });

  it('the grid element itself can be the root', () => {
    expect(readClaimList(findClaimGrid(doc)!).rows).toHaveLength(1000);
  });
});

describe('headers and cells as a screen reader names them', () => {
  it('an abbreviated header is named by its title; an image-only status by its alt or aria-label, not by a tooltip', () => {
    const doc = gridPage(['Status', 'Order No.', '<abbr title="Order Country">Ctry.</abbr>'], [
      ['<span role="img" aria-label="Cancel Processing" title="Cancel Processing"></span>', '1038452888', 'JP'],
      ['<img src="data:," alt="Return Request">', '1038452999', 'JP'],
      ['<span class="dot" title="Return Request"></span>', '1038453000', 'JP'],
    ]);
    const { rows, problems } = readClaimList(doc);
    expect(rows).toEqual([
      { orderNo: '1038452888', orderCountry: 'JP', kind: 'cancel', stage: 'inProgress' },
      { orderNo: '1038452999', orderCountry: 'JP', kind: 'return', stage: 'requested' },
    ]);
    expect(problems).toHaveLength(1);
  });
});

describe('an order’s items, a line each under the order’s spanned cells', () => {
  it('a line with an item code of its own is that item’s claim; a line without one is the order’s next line', () => {
    const doc = gridPage(['订购号码', '商品代码', '处理状态', '要求日'], [
      ['1044230101', '1190771501', '退货:处理要求', '2026/11/20'],
      ['1190771502', '交换:申请交换', '2026/11/20'],
      ['1190771503', '', '2026/11/21'],
    ]);
    doc.querySelectorAll('.objbox tr')[1]!.children[0]!.setAttribute('rowspan', '3');
    const { rows, problems } = readClaimList(doc);
    expect(rows.map((r) => [r.orderNo, r.itemCode, r.kind])).toEqual([
      ['1044230101', '1190771501', 'return'],
      ['1044230101', '1190771502', 'exchange'],
    ]);
    // The third item's empty status borrows none of its siblings'.
    expect(problems).toEqual(['row 3: missing:status']);
  });

  it('items sharing one status cell each get their badge beside their own item code', () => {
    const doc = gridPage(['订购号码', '商品代码', '处理状态'], [['1044230101', '1190771501', '退货:处理要求'], ['1190771502']]);
    for (const c of [0, 2]) doc.querySelectorAll('.objbox tr')[1]!.children[c]!.setAttribute('rowspan', '2');
    const { rows } = readClaimListWithCells(doc);
    expect(rows.map((r) => [r.claim?.itemCode, r.statusCell.textContent, r.beside])).toEqual([
      ['1190771501', '1190771501', true],
      ['1190771502', '1190771502', true],
    ]);
  });
});

describe('a row QSM lets the seller edit in place', () => {
  it('a status cell holding only the inline editor reads its value', () => {
    const doc = gridPage(['处理状态', '订购号码'], [['<input class="dhx_combo_edit" value="반품중">', '1038452888']]);
    expect(readClaimList(doc).rows).toEqual([{ orderNo: '1038452888', kind: 'return', stage: 'inProgress' }]);
  });
});

describe('times in a column whose header names another zone', () => {
  it('are moved to Japan’s day; a zone the cell names comes first, and a day without a time stays', () => {
    const doc = gridPage(['处理状态', '订购号码', '发货日<br><span>(北京时间)</span>', '要求日 (UTC)'], [
      ['退货:处理要求', '1038452888', '2026/11/14 23:20', '2026/11/19 15:10'],
      ['退货:处理要求', '1038452999', '2026/11/14 23:20 (日本时间)', '2026/11/19 14:50'],
      ['退货:处理要求', '1038453000', '2026/11/14', '2026/11/19'],
    ]);
    expect(readClaimList(doc).rows.map((r) => [r.shippedOn, r.claimedOn])).toEqual([
      ['2026-11-15', '2026-11-20'],
      ['2026-11-14', '2026-11-19'],
      ['2026-11-14', '2026-11-19'],
    ]);
    // Japan's own zone named in a header changes nothing.
    for (const header of ['发货日 (GMT+9)', '发货日(UTC/GMT+9)']) {
      const japan = gridPage(['处理状态', '订购号码', header], [['退货:处理要求', '1038452888', '2026/11/14 23:20']]);
      expect(readClaimList(japan).rows[0]?.shippedOn).toBe('2026-11-14');
    }
  });
});
