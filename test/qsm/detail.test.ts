/** readOrderDetail on small pages built for one rule each: label variants, values, missing and bad input. */
import { describe, expect, it } from 'vitest';
import { detailMarker, findDetailRoots, findStatusAnchor, markOf, readOrderDetail, readOrderDetailPartial, type DetailRead } from '../../lib/qsm';
import { FIELD_LABELS, fieldOfLabel } from '../../lib/qsm/labels';
import { detailPage, fixture, pairs, parse } from './helpers';

const ORDER = '1038452888';
const base = (status = '退货:处理要求', claimDate = '2026/11/20') => pairs('订购号码', ORDER, '处理状态', status) + pairs('要求日', claimDate);
const claimOf = (read: DetailRead) => {
  if (!read.ok) throw new Error(`expected a claim, got ${read.reason}: ${read.detail}`);
  return read.claim;
};

describe('labels are found by their text, whatever decorates them', () => {
  const variants = [
    '订购号码', '订购号码:', '订购号码：', '*订购号码', '<span class="req">*</span> 订购号码 :', '<span>订购</span><span>号码</span>',
    '订购号码&nbsp;', '&nbsp;订购　号码　', '订购号码 <img src="/img/help.gif" alt="">', '订购号码 <a class="help">?</a>', '订购号码 (?)',
    '订购号码 ⓘ', '<b><em>订购号码</em></b>', '※订购号码', '订购号码<span style="display:none">请输入10位数字</span>',
    // A hidden explanation long enough to make the cell's whole text look like a value.
    `订购号码 <a class="help">?</a><div class="tooltip" style="display:none">${'订购号码是买家下单时生成的十位数字，与购物车号码不同。'.repeat(4)}</div>`,
    `订购号码<DIV STYLE="DISPLAY: NONE">${'Order numbers are the ten digits QSM gives each order. '.repeat(2)}</DIV>`,
    `<table><tr><td>订购号码</td><td><img alt=""></td></tr></table><div style="display:none">${'订购号码是买家下单时生成的十位数字。'.repeat(6)}</div>`,
    'Ｏｒｄｅｒ　Ｎｏ．',
  ];
  it.each(variants)('%s', (label) => {
    const doc = detailPage(`<tr><td>${label}</td><td>${ORDER}</td></tr>${pairs('处理状态', '退货:处理要求')}`);
    expect(claimOf(readOrderDetail(doc)).orderNo).toBe(ORDER);
  });

  it('reads labels in th or td, several pairs per row, in each language (English in any case and width)', () => {
    const en = detailPage(`<tr><td>ORDER NO.</td><td>${ORDER}</td><td>Ｓｔａｔｕｓ：</td><td>Return Request</td><td>request date</td><td>2026/11/20</td></tr>`);
    expect(claimOf(readOrderDetail(en))).toMatchObject({ orderNo: ORDER, kind: 'return', stage: 'requested', claimedOn: '2026-11-20' });
    const ko = detailPage(pairs('주문번호', ORDER, '처리상태', '반품:처리요청', '요청일', '2026/11/20'));
    expect(readOrderDetail(ko)).toMatchObject({ ok: true, language: 'ko', claim: { kind: 'return', claimedOn: '2026-11-20' } });
    const ja = detailPage(pairs('注文番号', ORDER, '処理状態', '返品:処理要請', '要請日', '2026/11/20'));
    expect(readOrderDetail(ja)).toMatchObject({ ok: true, language: 'ja', claim: { kind: 'return', claimedOn: '2026-11-20' } });
  });
});

describe('labels with a note after them', () => {
  it('a time zone or "required" after a label changes nothing it names', () => {
    const doc = detailPage(
      pairs('Order No. <span class="req">(required)</span>', ORDER, 'Status', 'Exchange request (seller confirmation)', 'Request Date <span class="note">(JST)</span>', '2026/11/08 16:20') +
        pairs('Withdrawal request Y/N <span class="req">(required)</span>', '<select disabled><option value="N">N</option><option value="Y" selected>Y</option></select>') +
        pairs('Request date', '2026/11/21 09:14', 'Hold date', '2026/11/14', 'Buyer response deadline (JST)', '2026/11/27'),
    );
    expect(claimOf(readOrderDetail(doc))).toEqual({
      orderNo: ORDER, kind: 'exchange', stage: 'requested', claimedOn: '2026-11-08',
      withdraw: { state: 'requested', requestedOn: '2026-11-21', heldOn: '2026-11-14', deadlineShown: '2026/11/27' },
    });
  });

  it('a label naming another zone than Japan’s moves its value’s time to Japan’s day', () => {
    // A seller in China: 23:30 Beijing time is 00:30 the next day in Japan; 08:30 UTC is 17:30 JST.
    const doc = detailPage(
      pairs('订购号码', ORDER, '处理状态', '退货:撤回保留') +
        pairs('要求日（北京时间）', '2026/11/16 23:30', '商品发货日 (UTC+8)：', '2026/11/12 08:00') +
        pairs('要请日 (UTC)', '2026/11/18 08:30', '保留日【北京时间】', '2026/11/19 23:10', '客户回应期限 (北京时间)', '2026/11/25 22:59'),
    );
    expect(claimOf(readOrderDetail(doc))).toMatchObject({
      claimedOn: '2026-11-17',
      shippedOn: '2026-11-12',
      // The deadline is kept as printed, as a grid's is.
      withdraw: { state: 'held', requestedOn: '2026-11-18', heldOn: '2026-11-20' },
    });
    // A day without a time cannot move; a note that is no zone still names nothing.
    const dayOnly = detailPage(pairs('订购号码', ORDER, '处理状态', '退货:处理要求', '要求日 (北京时间)', '2026/11/16'));
    expect(claimOf(readOrderDetail(dayOnly)).claimedOn).toBe('2026-11-16');
    expect(fieldOfLabel('要求日 (北京时间)')).toMatchObject({ field: 'claimedOn', zone: '北京时间' });
    expect(fieldOfLabel('要求日 (UTC+9)')).toEqual({ field: 'claimedOn', langs: ['zh'] });
    expect(fieldOfLabel('要求日 (北京分店)')).toBeUndefined();
    expect(fieldOfLabel('客户回应期限(重新请求)')?.field).toBe('responseDeadlinePreview');
  });

  it('any other note may name another field: the re-request deadline stays a preview', () => {
    const doc = detailPage(base('退货:撤回保留') + pairs('要请日', '2026/11/10', '保留日', '2026/11/12', '客户回应期限(重新请求)', '2026/11/28'));
    expect(claimOf(readOrderDetail(doc)).withdraw).toEqual({ state: 'held', requestedOn: '2026-11-10', heldOn: '2026-11-12' });
  });
});

describe('a status cell holding an action control', () => {
  const detail = (status: string) => readOrderDetail(detailPage(pairs('订购号码', ORDER, '处理状态', status, '要求日', '2026/11/18')));
  it('the text is the status; a select beside it whose prompt is chosen, or a button, is an action', () => {
    const prompt = '<select name="act"><option value="" selected>请选择</option><option value="1">同意退货</option><option value="2">拒绝</option></select>';
    expect(claimOf(detail(`退货:处理要求 ${prompt} <input type="button" value="处理">`))).toMatchObject({ kind: 'return', stage: 'requested' });
    expect(claimOf(detail(`<span>取消:取消要求</span><br><select><option value="">--处理--</option><option value="1">同意取消</option></select>`))).toMatchObject({ kind: 'cancel', stage: 'requested' });
  });
  it('a chosen option stating the same status agrees; one stating another status is not guessed between', () => {
    const chosen = (word: string) => `<select><option value="1">退货:处理要求</option><option value="2" selected>${word}</option></select>`;
    expect(claimOf(detail(`退货:撤回要请 ${chosen('撤回要请')}`)).withdraw?.state).toBe('requested');
    expect(detail(`退货:处理要求 ${chosen('退货:退货完成')}`)).toMatchObject({ ok: false, reason: 'unrecognized-layout' });
    // A status shown in a select alone is still read.
    expect(claimOf(detail(`<select disabled>${'<option value="2" selected>退货:退货完成</option>'}</select>`))).toMatchObject({ stage: 'completed' });
  });
});

describe('pages that only look like a claim', () => {
  it('an order number beside a status that names no claim ("Answered" on a ticket) is no claim page', () => {
    const ticket = detailPage(pairs('Order No.', ORDER, 'Status', 'Answered', 'Item Code', '1103749261'));
    expect(readOrderDetail(ticket)).toMatchObject({ ok: false, reason: 'not-a-claim-page' });
  });

  it('a status naming a claim in a wording not known yet is a claim detail that cannot be read', () => {
    const unknown = detailPage(pairs('Order No.', ORDER, 'Status', 'Return Escalated'));
    expect(readOrderDetail(unknown)).toMatchObject({ ok: false, reason: 'unrecognized-layout' });
    const withClaimDate = detailPage(pairs('Order No.', ORDER, 'Status', 'Answered', 'Request Date', '2026/11/20'));
    expect(readOrderDetail(withClaimDate)).toMatchObject({ ok: false, reason: 'unrecognized-layout' });
  });
});

describe('values', () => {
  it('a number printed a span per part is one number; a country code keeps its name out', () => {
    const doc = detailPage(pairs('주문번호', `<a href="#"><span>10384</span><span>52888</span></a>`, '처리상태', '반품 보류', '클레임 신청일', '2026년 11월 16일 (월) 오후 2:10', '주문국가', 'JP (Qoo10 Japan)'));
    expect(claimOf(readOrderDetail(doc))).toEqual({ orderNo: ORDER, kind: 'return', stage: 'onHold', claimedOn: '2026-11-16', orderCountry: 'JP' });
  });

  it('come from a select (selected option), an input, a link, and stop before a note or a tracking link', () => {
    const doc = detailPage(
      pairs('订购号码', `<input type="text" readonly value="${ORDER}">`, '处理状态', '<select disabled><option>取消:取消要求</option><option selected>退货:处理要求</option></select>') +
        pairs('购物车号码', '<a href="#">210340349</a>', '运送单号', '364912870515 <a href="#">运送追踪</a>') +
        pairs('运送公司', '佐川急便<br><span>* 发货后请输入运送单号</span>', '要求日', '2026/11/20 13:05:44 <span class="note">※ JST</span>') +
        pairs('订购国家', '<span>JP</span>'),
    );
    expect(claimOf(readOrderDetail(doc))).toEqual({
      orderNo: ORDER, cartNo: '210340349', kind: 'return', stage: 'requested', trackingNo: '364912870515',
      carrier: '佐川急便', claimedOn: '2026-11-20', orderCountry: 'JP',
    });
  });

  it('leave out a select still on its prompt (an option with an empty value): nothing was chosen', () => {
    const carrier = (options: string) =>
      claimOf(readOrderDetail(detailPage(pairs('注文番号', ORDER, '処理状態', 'キャンセル要請') + pairs('配送会社', `<select>${options}</select>`)))).carrier;
    expect(carrier('<option value="" selected>選択してください</option><option value="01">ヤマト運輸</option>')).toBeUndefined();
    expect(carrier('<option value="">-- Select --</option><option value="02">佐川急便</option>')).toBeUndefined();
    expect(carrier('<option value="">選択してください</option><option value="02" selected>佐川急便</option>')).toBe('佐川急便');
    expect(carrier('<option selected>佐川急便</option>')).toBe('佐川急便');
  });

  it('keeps digits only for the order number, whatever surrounds them', () => {
    const doc = detailPage(pairs('订购号码', `No.${ORDER} &lt;img src=x onerror=alert(1)&gt;`, '处理状态', '退货:处理要求'));
    expect(claimOf(readOrderDetail(doc)).orderNo).toBe(ORDER);
  });

  it('reads a markup-looking value as plain text and builds no element from it', () => {
    const doc = fixture('detail-zh-exchange-hostile.html');
    const before = doc.getElementsByTagName('*').length;
    const claim = claimOf(readOrderDetail(doc));
    expect(claim.carrier).toBe('<img src=x onerror=alert(1)>');
    expect(claim.orderNo).toBe('1038690214');
    expect(doc.getElementsByTagName('*').length).toBe(before);
    expect(doc.querySelector('img, script, svg')).toBeNull();
  });

  it('leaves out an impossible date and names it, never guessing a nearby day', () => {
    const doc = detailPage(base('退货:处理要求', '2026/02/30') + pairs('商品发货日', '2026/13/01'));
    const claim = claimOf(readOrderDetail(doc));
    expect(claim.claimedOn).toBeUndefined();
    expect(claim.shippedOn).toBeUndefined();
    expect(readOrderDetailPartial(doc).problems).toEqual(expect.arrayContaining(['invalid-date:claimedOn', 'invalid-date:shippedOn']));
  });

  it('reads 要求日 as the claim date and 要请日 as the withdraw request date', () => {
    const doc = detailPage(pairs('订购号码', ORDER, '处理状态', '退货:处理要求') + pairs('要请日', '2026/11/19', '客户回应期限', '2026/11/25'));
    const claim = claimOf(readOrderDetail(doc));
    expect(claim.claimedOn).toBeUndefined();
    expect(claim.withdraw).toEqual({ state: 'requested', requestedOn: '2026-11-19', deadlineShown: '2026/11/25' });
  });
});

describe('what cannot be read is said, never guessed', () => {
  it('a value cell missing: the next label’s name is no value, and that label keeps its own value', () => {
    // "运送公司 | 运送单号 | 3600…": the carrier's cell is gone, the tracking number is still beside its label.
    const doc = detailPage(`${base()}<tr><th>运送公司</th><th>运送单号</th><td>360012345678</td></tr>`);
    const claim = claimOf(readOrderDetail(doc));
    expect(claim.carrier).toBeUndefined();
    expect(claim.trackingNo).toBe('360012345678');
    // A label we do not read, written with its colon, is no value either ("订购国家 | 买家姓名： | …").
    const country = claimOf(readOrderDetail(detailPage(`${base()}<tr><th>订购国家</th><th>买家姓名：</th><td>山田 花子</td></tr>`)));
    expect(country.orderCountry).toBeUndefined();
  });

  // The manual's other labels (domain.md §8): the reader uses none of them, yet each is a label, not a value.
  const unread: Array<[string, string, string[]]> = [
    ['运送公司', '运送单号', ['数量', '选项信息', '总订购额/付款方法', '收取人联络处', '交易完成日', '未收取类型', '合作名称', '附件']],
    ['配送会社', '送り状番号', ['数量', 'オプション情報', '総注文額 / 決済方法', '受取人連絡先', '取引完了日', '未受取タイプ', '提携名', '添付ファイル', '添付']],
    ['Carrier', 'Tracking No.', ['Quantity', 'Qty', 'Option', 'Option Info', 'Total / Payment', 'Payment Method', 'Recipient Phone', 'Recipient Contact', 'Transaction Completion Date', 'Non-receipt Type', 'Partner Name', 'Attachment']],
    ['택배사', '송장번호', ['수량', '옵션 정보', '총 주문금액 / 결제방법', '수취인 연락처', '거래완료일', '미수취 유형', '제휴명', '첨부파일']],
  ];
  it.each(unread.flatMap(([carrier, tracking, labels]) => labels.map((label) => [carrier, tracking, label])))(
    'a label the reader does not use is no value, even without its colon: %s | %s | %s',
    (carrier, tracking, label) => {
      const doc = detailPage(`${base()}<tr><th>${carrier}</th><th>${label}</th><td>2</td><th>${tracking}</th><td>360012345678</td></tr>`);
      const claim = claimOf(readOrderDetail(doc));
      expect(claim.carrier).toBeUndefined();
      expect(claim.trackingNo).toBe('360012345678');
    },
  );

  // ja 撤回要請 is a status and also the withdraw select's label: a pair after a label with no value cell.
  it.each(['添付ファイル', '数量', 'オプション'])('a status worded like a label, after %s with no value cell, is still the status', (label) => {
    const block = `<h3>返品状態確認と処理</h3><table>${pairs('撤回要請日', '2026/11/20', '顧客回答期限', '2026/11/25')}</table>`;
    const doc = detailPage(`${pairs('注文番号', ORDER)}<tr><th>${label}</th><th>処理状態</th><td>撤回要請</td></tr>${pairs('要請日', '2026/11/18')}`, block);
    expect(readOrderDetail(doc)).toMatchObject({ ok: true, claim: { kind: 'return', withdraw: { state: 'requested' } } });
  });

  it('an item list’s column heading names no value: its first column’s value is on the next row', () => {
    const doc = detailPage(`${base()}<tr><td>运送公司</td><td>数量</td><td>选项信息</td></tr><tr><td>佐川急便</td><td>2</td><td>红色</td></tr>`);
    expect(claimOf(readOrderDetail(doc)).carrier).toBeUndefined();
  });

  // Two labels at a row's end, as td, are a heading too: before, the second label's name was read as
  // the first one's value (carrier "数量", carrier "运送单号").
  it.each([
    ['运送公司', '数量', '佐川急便'],
    ['运送公司', '运送单号', '佐川急便'],
    ['配送会社', '数量', 'ヤマト運輸'],
    ['Carrier', 'Qty', 'Yamato'],
    ['택배사', '송장번호', 'CJ대한통운'],
  ])('a two-label heading row (%s | %s) over its values names no value', (first, second, value) => {
    const doc = detailPage(`${base()}<tr><td>${first}</td><td>${second}</td></tr><tr><td>${value}</td><td>2</td></tr>`);
    expect(claimOf(readOrderDetail(doc)).carrier).toBeUndefined();
    // After a pair in the same row too.
    const after = detailPage(`${pairs('订购号码', ORDER)}<tr><th>处理状态</th><td>退货:处理要求</td><td>${first}</td><td>${second}</td></tr>${pairs('要求日', '2026/11/20')}`);
    expect(claimOf(readOrderDetail(after))).toMatchObject({ kind: 'return', stage: 'requested' });
    expect(claimOf(readOrderDetail(after)).carrier).toBeUndefined();
  });

  it('an item code over its quantity, as a heading, reads no item code; beside its value it does', () => {
    const heading = detailPage(`${base()}<tr><td>商品代码</td><td>数量</td></tr><tr><td>1100000001</td><td>2</td></tr>`);
    expect(claimOf(readOrderDetail(heading)).itemCode).toBeUndefined();
    const pair = detailPage(`${base()}<tr><td>商品代码</td><td>1100000001</td><td>数量</td><td>2</td></tr>`);
    expect(claimOf(readOrderDetail(pair)).itemCode).toBe('1100000001');
  });

  it('a status worded like a label is still the status cell’s value, at a row’s end or before another pair', () => {
    const atEnd = claimOf(readOrderDetail(detailPage(pairs('注文番号', ORDER, '処理状態', '返品:撤回要請', '要請日', '2026/11/20'))));
    expect([atEnd.kind, atEnd.withdraw?.state]).toEqual(['return', 'requested']);
    const kindless = readOrderDetail(detailPage(`${pairs('注文番号', ORDER)}<tr><th>処理状態</th><td>撤回要請</td><th>要請日</th><td>2026/11/20</td></tr>`));
    expect(kindless).toMatchObject({ ok: false, reason: 'unrecognized-layout' });
    expect(!kindless.ok && kindless.detail).not.toContain('missing:status');
  });

  it('a missing status cell → unrecognized-layout naming the problem, without any value', () => {
    const doc = detailPage(`${pairs('订购号码', ORDER)}<tr><th>处理状态</th></tr>${pairs('买家姓名', '山田 花子')}`);
    const read = readOrderDetail(doc);
    expect(read).toMatchObject({ ok: false, reason: 'unrecognized-layout' });
    if (read.ok) return;
    expect(read.detail).toContain('missing:status');
    expect(read.detail).not.toContain(ORDER);
    expect(read.detail).not.toContain('山田');
  });

  it('an unknown status → unrecognized-layout', () => {
    const read = readOrderDetail(detailPage(base('退货:神秘的新阶段')));
    expect(read).toMatchObject({ ok: false, reason: 'unrecognized-layout' });
    expect(!read.ok && read.detail).toContain('unknown-status');
  });

  it('a status naming only the withdraw state takes the kind from the page, else fails but keeps the facts', () => {
    const block = pairs('要请日', '2026/11/20', '保留日', '2026/11/21');
    const withHeading = detailPage(base('撤回保留') + block, '<h4>退货状态确认与处理</h4>');
    expect(claimOf(readOrderDetail(withHeading))).toMatchObject({ kind: 'return', stage: 'requested', withdraw: { state: 'held' } });
    const withSend = detailPage(base('撤回索赔:撤回要请'), '<a href="#">【取消的撤回要请】</a>');
    expect(claimOf(readOrderDetail(withSend))).toMatchObject({ kind: 'cancel', stage: 'requested' });

    const bare = detailPage(base('撤回保留') + block);
    expect(readOrderDetail(bare)).toMatchObject({ ok: false, reason: 'unrecognized-layout' });
    const partial = readOrderDetailPartial(bare);
    expect(partial.facts).toMatchObject({ orderNo: ORDER, stage: 'requested', withdraw: { state: 'held', heldOn: '2026-11-21' } });
    expect(partial.facts.kind).toBeUndefined();
    expect(partial.problems).toContain('kind-unknown');
  });

  it('a withdraw-only status with no block still tells a request is out (the verdict then says unknown)', () => {
    const doc = detailPage(base('撤回要請'), '<a href="#">返品の撤回要請</a>');
    expect(claimOf(readOrderDetail(doc)).withdraw).toEqual({ state: 'requested' });
  });

  it('a withdraw block laid out as a list (its labels heading columns) is unreadable: nothing of the detail is judged', () => {
    const list = (head: string) =>
      `<table>${head}<tr><td>Y</td><td>2026/11/12</td><td>2026/11/15</td><td>2026/11/18</td></tr></table>` +
      `<table>${pairs('客户回应期限(重新请求)', '2026/11/28')}</table><a href="#">【再次要请撤回】</a>`;
    const labels = '<th>撤回索赔要请</th><th>要请日</th><th>保留日</th><th>客户回应期限</th>';
    for (const head of [`<thead><tr>${labels}</tr></thead>`, `<tr>${labels}</tr>`]) {
      const doc = detailPage(base(), list(head));
      const read = readOrderDetail(doc);
      expect(read).toMatchObject({ ok: false, reason: 'unrecognized-layout' });
      expect(!read.ok && read.detail).toContain('withdraw-block-as-list');
      // Not completed from what is known of the order either: the block may say anything.
      expect(readOrderDetailPartial(doc).facts).toEqual({ orderNo: ORDER });
    }
    // Where the list cannot change the verdict (a claim past its request stage, a status naming the
    // withdraw state), the detail is read without it.
    const past = detailPage(base('取消:退款进行中'), list(`<thead><tr>${labels}</tr></thead>`));
    expect(claimOf(readOrderDetail(past))).toMatchObject({ kind: 'cancel', stage: 'inProgress' });
    const named = detailPage(base('退货:撤回保留'), list(`<thead><tr>${labels}</tr></thead>`));
    expect(claimOf(readOrderDetail(named)).withdraw).toMatchObject({ state: 'held' });
    // The same labels read as pairs, as the page model lays them out, are read.
    const paired = detailPage(base() + pairs('撤回索赔要请', 'Y', '要请日', '2026/11/12') + pairs('保留日', '2026/11/15'));
    expect(claimOf(readOrderDetail(paired)).withdraw).toMatchObject({ state: 'held', heldOn: '2026-11-15' });
  });

  it('an earlier request’s block kept beside the current one: the block with the latest request day is read', () => {
    const block = (sent: string, deadline: string) => `<table>${pairs('撤回索赔要请', 'Y', '要请日', sent)}${pairs('客户回应期限', deadline)}</table>`;
    for (const [first, second] of [[block('2026/11/10', '2026/11/16'), block('2026/11/18', '2026/11/24')], [block('2026/11/18', '2026/11/24'), block('2026/11/10', '2026/11/16')]]) {
      const doc = detailPage(base(), `${first}${second}<a href="#">【取消撤回要请】</a>`);
      expect(claimOf(readOrderDetail(doc)).withdraw).toEqual({ state: 'requested', requestedOn: '2026-11-18', deadlineShown: '2026/11/24' });
    }
    // A deadline printed a span per part is the date as the seller sees it.
    const spans = detailPage(base() + pairs('撤回索赔要请', 'Y', '要请日', '2026/11/20') + pairs('客户回应期限', '<span>2026</span>/<span>11</span>/<span>26</span><br><span>23:59:59</span>'));
    expect(claimOf(readOrderDetail(spans)).withdraw).toMatchObject({ deadlineShown: '2026/11/26 23:59:59' });
    // A block whose request day is empty ("-") gives no day while another block prints one, whichever comes first.
    const empty = `<table>${pairs('撤回索赔要请', 'N', '要请日', '-')}</table><table>${pairs('要请日', '2026/11/10', '客户回应期限', '2026/11/16')}</table><a href="#">【取消撤回要请】</a>`;
    expect(claimOf(readOrderDetail(detailPage(base(), empty))).withdraw).toMatchObject({ state: 'requested', requestedOn: '2026-11-10' });
    // The same request day in two tables (the block split in two): neither is an earlier one.
    const split = detailPage(base(), `<table>${pairs('撤回索赔要请', 'N', '要请日', '2026/11/10')}</table><table>${pairs('要请日', '2026/11/10', '保留日', '2026/11/20')}</table><a href="#">【再次要请撤回】</a>`);
    expect(claimOf(readOrderDetail(split)).withdraw).toMatchObject({ state: 'held', heldOn: '2026-11-20' });
  });

  it('never throws: a broken root gives unrecognized-layout', () => {
    const broken = { querySelectorAll: () => { throw new Error('boom'); }, querySelector: () => { throw new Error('boom'); } } as unknown as ParentNode;
    expect(readOrderDetail(broken)).toMatchObject({ ok: false });
    expect(findDetailRoots(broken)).toEqual([]);
  });
});

describe('pages that are not claim details', () => {
  it.each([
    ['an empty page', '<html><head><title>x</title></head><body></body></html>'],
    ['a login page, even holding claim labels', `<html><head><title>QSM LOGIN</title></head><body><table>${base()}</table></body></html>`],
    ['an order-number search box with a status select', `<html><body><table>${pairs('订购号码', '<input type="text" value="">', '处理状态', '<select><option selected>== Search ==</option></select>')}</table></body></html>`],
    ['an order without a claim', `<html><body><table>${pairs('订购号码', ORDER, '运送公司', '佐川急便')}</table></body></html>`],
  ])('%s → not-a-claim-page', (_, html) => {
    expect(readOrderDetail(parse(html))).toMatchObject({ ok: false, reason: 'not-a-claim-page' });
  });

  it('a claim list with no detail open → not-a-claim-page', () => {
    expect(readOrderDetail(fixture('grid-zh.html'))).toMatchObject({ ok: false, reason: 'not-a-claim-page' });
  });
});

describe('where details are', () => {
  it('the layer over the grid is the detail root; the grid and the search form stay outside it', () => {
    const doc = fixture('layer-zh-cancel-on-grid.html');
    const roots = findDetailRoots(doc);
    expect(roots.map((r) => r.id)).toEqual(['divTradeLayer']);
    expect(roots[0]!.contains(doc.getElementById('__grid_ClaimGrid'))).toBe(false);
    expect(claimOf(readOrderDetail(roots[0]!)).orderNo).toBe('1038655210');
  });

  it('two details on one page are two roots; a memo form repeating the order number is not a third', () => {
    const layer = (no: string, status: string) => `<div class="layer"><table>${pairs('订购号码', no, '处理状态', status)}</table>
      <table>${pairs('订购号码', `<input readonly value="${no}">`, '商品代码', '897969331')}</table></div>`;
    const doc = parse(`<html><body>${layer(ORDER, '退货:处理要求')}${layer('1038517342', '取消:取消中')}</body></html>`);
    const roots = findDetailRoots(doc);
    expect(roots).toHaveLength(2);
    expect(roots.map((r) => claimOf(readOrderDetail(r))).map((c) => [c.orderNo, c.kind, c.stage])).toEqual([
      [ORDER, 'return', 'requested'],
      ['1038517342', 'cancel', 'inProgress'],
    ]);
  });
});

describe('English labels as QSM may shorten them', () => {
  it('reads the withdraw block with abbreviated labels: the live deadline, never the re-request preview beside it', () => {
    const doc = detailPage(
      pairs('Order No.', ORDER, 'Status', 'Return Request', 'Request Date', '2026/11/12') +
        pairs('Withdraw req. date', '2026/11/20', 'Hold date', '2026/11/14') +
        pairs('Cust. refusal reason', 'I still want to return them.') +
        pairs('Resp. deadline (re-request)', '2026/11/28') +
        pairs('Withdraw req.', '<select disabled><option value="N">N</option><option value="Y" selected>Y</option></select>', 'Resp. deadline', '2026/11/26'),
    );
    expect(claimOf(readOrderDetail(doc)).withdraw).toEqual({ state: 'requested', requestedOn: '2026-11-20', heldOn: '2026-11-14', deadlineShown: '2026/11/26' });
  });
});

describe('a claim-type label beside a status naming only the withdraw state', () => {
  it('tells the claim’s kind, as a button or heading would; naming another kind than the status, the detail is not read', () => {
    const doc = detailPage(pairs('注文番号', ORDER, 'クレーム種別', '返品', '処理状態', '撤回要請', '要請日', '2026/11/18'));
    expect(claimOf(readOrderDetail(doc))).toMatchObject({ kind: 'return', stage: 'requested', withdraw: { state: 'requested' } });
    const other = detailPage(pairs('注文番号', ORDER, 'クレーム種別', 'キャンセル', '処理状態', '返品要請', '要請日', '2026/11/18'));
    expect(readOrderDetailPartial(other).problems).toContain('kinds-disagree');
  });
});

describe('dates a Japanese screen may print', () => {
  it('reads era dates (令和), and a number broken over two lines of a narrow cell', () => {
    const doc = detailPage(
      pairs('注文番号', 'No.1068311042', '商品コード', '11874<br>20931', '処理状態', '返品要請', '要請日', '令和 8年11月 9日(月) 10時05分') +
        pairs('撤回要請日', '令和8年11月11日', '保留日', '令和８年１１月１４日'),
    );
    expect(claimOf(readOrderDetail(doc))).toMatchObject({
      orderNo: '1068311042', itemCode: '1187420931', claimedOn: '2026-11-09', withdraw: { state: 'held', requestedOn: '2026-11-11', heldOn: '2026-11-14' },
    });
  });

  it('a withdraw day printed without its year leaves the detail unread: "nothing sent" would be a guess', () => {
    const doc = detailPage(pairs('注文番号', ORDER, '処理状態', '返品要請', '要請日', '2026/11/09') + pairs('撤回要請', 'N', '保留日', '11/14(土)'));
    expect(readOrderDetail(doc)).toMatchObject({ ok: false, reason: 'unrecognized-layout' });
    expect(readOrderDetailPartial(doc).problems).toContain('withdraw-day-unreadable');
    // A refusal day written with a month's name and no year is a day printed: not "nothing sent".
    const english = detailPage(pairs('Order No.', ORDER, 'Status', 'Return Request', 'Request Date', '2026/11/09') + pairs('Withdrawal Request Date', 'Nov 10', 'Hold Date', 'Sat, Nov 14'));
    expect(readOrderDetail(english)).toMatchObject({ ok: false, reason: 'unrecognized-layout' });
    // Past the request stage no withdraw state changes the verdict: the detail is read.
    const done = detailPage(pairs('注文番号', ORDER, '処理状態', '返品完了', '要請日', '2026/11/09') + pairs('撤回要請日', '11/11(水)'));
    expect(claimOf(readOrderDetail(done))).toMatchObject({ kind: 'return', stage: 'completed' });
    // A day not printed yet ("-", "なし", "未要請(0回)") is only not there.
    const none = detailPage(pairs('注文番号', ORDER, '処理状態', '返品要請', '要請日', '2026/11/09') + pairs('撤回要請', 'N', '撤回要請日', '未要請(0回)', '保留日', 'なし'));
    expect(claimOf(readOrderDetail(none)).withdraw).toEqual({ state: 'none' });
  });
});

describe('where the badge goes', () => {
  it('beside the status the seller sees, not a copy the page keeps hidden before it (a print view)', () => {
    const copy = (cls: string) => `<table class="${cls}">${pairs('注文番号', ORDER, '処理状態', '返品要請', '要請日', '2026/11/17')}</table>`;
    const doc = parse(`<!DOCTYPE html><html><head><style>.print_only{display:none}</style></head><body>${copy('print_only')}${copy('view')}</body></html>`);
    const anchor = findStatusAnchor(findDetailRoots(doc)[0]!);
    expect(anchor?.closest('table')?.className).toBe('view');
  });
});

describe('several orders’ details shown on one page', () => {
  it('reading the page is not reading one claim; each detail still reads on its own', () => {
    const detail = (order: string, status: string) => `<table>${pairs('주문번호', order, '처리상태', status, '요청일', '2026/11/17')}</table>`;
    const doc = parse(`<!DOCTYPE html><html><body>${detail('1047351182', '반품요청')}<hr>${detail('1047351190', '취소요청')}</body></html>`);
    expect(readOrderDetail(doc)).toMatchObject({ ok: false, reason: 'unrecognized-layout' });
    expect(findDetailRoots(doc).map((root) => claimOf(readOrderDetail(root)).orderNo)).toEqual(['1047351182', '1047351190']);
  });
});

describe('another order number beside a claim', () => {
  it('an inquiry card of another order beside the claim is no second detail', () => {
    const doc = detailPage(
      pairs('订购号码', ORDER, '处理状态', '退货:处理要求', '要求日', '2026/11/17'),
      `<table>${pairs('订购号码', '1038517399', '处理状态', '已回复')}</table>`,
    );
    expect(claimOf(readOrderDetail(doc))).toMatchObject({ orderNo: ORDER, kind: 'return' });
  });

  it('a number cut short between the claim and its withdraw block does not cut the block off', () => {
    const doc = parse(
      `<!DOCTYPE html><html><body><table>${pairs('订购号码', ORDER, '处理状态', '退货:处理要求', '要求日', '2026/11/17')}</table>` +
        `<table>${pairs('订购号码', '10385173…')}</table><h4>撤回索赔信息</h4><table>${pairs('撤回索赔要请', 'Y', '要请日', '2026/11/19')}</table>` +
        `<a href="#">【取消撤回要请】</a></body></html>`,
    );
    expect(claimOf(readOrderDetail(doc)).withdraw).toMatchObject({ state: 'requested', requestedOn: '2026-11-19' });
  });
  it('another order’s number printed with no claim of its own, before the claim or between it and its block, cuts nothing off', () => {
    const other = `<table>${pairs('订购号码', '1038517399')}</table>`;
    const page = (first: string, between: string) =>
      parse(
        `<!DOCTYPE html><html><body>${first}<table>${pairs('订购号码', ORDER, '处理状态', '退货:处理要求', '要求日', '2026/11/17')}</table>` +
          `${between}<h4>撤回索赔信息</h4><table>${pairs('撤回索赔要请', 'Y', '要请日', '2026/11/19')}</table><a href="#">【取消撤回要请】</a></body></html>`,
      );
    // Read without its block, the pending request was lost and the claim read as one a request may be sent for.
    for (const doc of [page('', other), page(other, ''), page(other, other)]) {
      expect(claimOf(readOrderDetail(doc))).toMatchObject({ orderNo: ORDER, withdraw: { state: 'requested', requestedOn: '2026-11-19' } });
      expect(findDetailRoots(doc)).toHaveLength(1);
      expect(detailMarker(findDetailRoots(doc)[0]!).nextElementSibling?.textContent).toBe(ORDER);
    }
  });
  it('an order table apart from its claim table keeps its number, whatever other order the page lists after it', () => {
    const doc = parse(`<!DOCTYPE html><html><body><div>
<table>${pairs('订购号码', ORDER, '购物车号码', '210340349')}</table><table>${pairs('处理状态', '退货:处理要求', '要求日', '2026/11/20')}</table>
<h4>同一购物车的其他订单</h4><table>${pairs('订购号码', '1038452999', '处理状态', '配送中')}</table></div></body></html>`);
    const read = readOrderDetail(doc);
    expect(read.ok ? read.claim.orderNo : ORDER).toBe(ORDER);
  });

  it('another order’s box with a status of its own, between the order table and the claim table, is none of this claim', () => {
    // 处理状态 names only the withdraw state; the kind is in the claim table printed after the cart's other order.
    const doc = parse(`<!DOCTYPE html><html><body><div id="content">
<div><table>${pairs('订购号码', ORDER, '购物车号码', '210340349')}</table></div>
<div><table>${pairs('处理状态', '<span>撤回保留</span> <span><a href="#">处理历史</a><a href="#">给客户发送纸条</a></span>')}</table></div>
<div><h4>撤回索赔信息</h4><table>${pairs('要请日', '2026/11/17', '保留日', '2026/11/19')}</table></div>
<div><h4>同一购物车的其他订单</h4><table>${pairs('订购号码', '1038452999', '索赔类型', '取消', '处理状态', '取消:取消完成')}</table></div>
<div><h4>索赔信息</h4><table>${pairs('订购号码', ORDER, '索赔类型', '交换', '要求日', '2026/11/15')}</table></div></div></body></html>`);
    expect(claimOf(readOrderDetail(doc))).toEqual({
      orderNo: ORDER, cartNo: '210340349', kind: 'exchange', stage: 'requested', claimedOn: '2026-11-15',
      withdraw: { state: 'held', requestedOn: '2026-11-17', heldOn: '2026-11-19' },
    });
  });

  it('an earlier claim printed after this one (a claim history) lends it no withdraw dates', () => {
    const doc = parse(`<!DOCTYPE html><html><body>
<table>${pairs('Order No.', ORDER, 'Status', 'Return Request', 'Request Date', '2026/11/20')}</table>
<h4>Withdrawal Request Information</h4><table>${pairs('Withdrawal Request', '<select><option value="N" selected>N</option><option value="Y">Y</option></select>')}</table>
<button>Request Withdrawal of Return</button>
<h4>Claim History</h4><table>${pairs('Status', 'Cancel Complete', 'Request Date', '2026/11/09')}${pairs('Withdrawal Request Date', '2026/11/10', 'Hold Date', '2026/11/11')}</table></body></html>`);
    expect(claimOf(readOrderDetail(doc))).toEqual({ orderNo: ORDER, kind: 'return', stage: 'requested', claimedOn: '2026-11-20', withdraw: { state: 'none' } });
  });

  it('another order’s refusal in a list of the cart’s orders gives this claim no cooldown', () => {
    const list = (order: string) =>
      `<table><tr><td>注文番号</td><td>処理状態</td><td>撤回要請日</td><td>保留日</td></tr><tr><td>${order}</td><td>返品:撤回保留</td><td>2026/11/14</td><td>2026/11/19</td></tr></table>`;
    const page = (order: string) =>
      parse(
        `<!DOCTYPE html><html><body><table>${pairs('注文番号', ORDER, '処理状態', '返品要請', '要請日', '2026/11/20')}</table>${list(order)}` +
          `<h4>撤回要請情報</h4><table>${pairs('撤回要請', '<select><option value="N" selected>N</option><option value="Y">Y</option></select>')}</table><a href="#">返品の撤回要請</a></body></html>`,
      );
    expect(claimOf(readOrderDetail(page('1044817206'))).withdraw).toEqual({ state: 'none' });
    expect(claimOf(readOrderDetail(page(ORDER))).withdraw).toEqual({ state: 'none', heldOn: '2026-11-19' });
  });
});

describe('two claims of one order on one page', () => {
  it('two cart numbers each with its own status and withdraw block: not read, rather than one claim read with the other’s dates', () => {
    const claim = (cart: string, status: string, block: string) =>
      `<table>${pairs('注文番号', ORDER, 'カート番号', cart)}${pairs('処理状態', status, '要請日', '2026/11/17')}</table><h4>撤回要請情報</h4><table>${block}</table>`;
    const doc = parse(
      `<!DOCTYPE html><html><body>${claim('539102847', '返品要請', pairs('撤回要請日', '2026/11/18', '顧客回答期限', '2026/11/24'))}` +
        `${claim('539102853', 'キャンセル要請', pairs('撤回要請日', '2026/11/20', '顧客回答期限', '2026/11/26'))}</body></html>`,
    );
    expect(readOrderDetail(doc)).toMatchObject({ ok: false, reason: 'unrecognized-layout' });
    expect(readOrderDetailPartial(doc).problems).toContain('two-claims');
    // A second cart beside a status that is no claim's (a thread's "Answered") is no second claim.
    const thread = detailPage(
      pairs('Order No.', ORDER, 'Cart No.', '318204401', 'Status', 'Return Request', 'Request Date', '2026/11/17'),
      `<table>${pairs('Cart No.', '318204400', 'Status', 'Answered')}</table>`,
    );
    expect(claimOf(readOrderDetail(thread))).toMatchObject({ cartNo: '318204401', kind: 'return' });
    // The same cart printed twice (a summary repeating the claim) is one claim.
    const repeated = parse(`<!DOCTYPE html><html><body>${claim('539102847', '返品要請', pairs('撤回要請日', '2026/11/18'))}${claim('539102847', '返品要請', '')}</body></html>`);
    expect(claimOf(readOrderDetail(repeated))).toMatchObject({ cartNo: '539102847', kind: 'return', withdraw: { state: 'requested' } });
  });
});

describe('what QSM’s style sheets hide', () => {
  // QSM shows a label's help on hover: a tooltip its style sheet hides by class ("ly_tip_off").
  const page = (statusTip = 'ly_tip ly_tip_off') =>
    parse(
      `<!DOCTYPE html><html><head><style>.ly_tip_off{display:none} #tipCart{visibility:hidden} .ly_tip_off.on{display:block}</style></head><body><table>` +
        pairs('주문번호 <a class="btn_help">(?)</a><div class="ly_tip ly_tip_off">10자리 번호입니다. 예: 1012345678</div>', ORDER) +
        pairs('장바구니번호 <div id="tipCart">예: 512345678</div>', '528137406') +
        pairs(`처리상태 <div class="${statusTip}">교환 신청 → 교환 승인</div>`, '교환:교환신청') +
        pairs('요청일 <div class="ly_tip ly_tip_off">예: 2026/11/01</div>', '2026/11/17') +
        `</table></body></html>`,
    );
  const read = { orderNo: ORDER, cartNo: '528137406', kind: 'exchange', claimedOn: '2026-11-17' };

  it('a label’s tooltip hidden by a class or id rule is not read with the label', () => {
    expect(claimOf(readOrderDetail(page()))).toMatchObject(read);
  });

  it('a tooltip a later rule shows again is part of what the seller reads', () => {
    // "처리상태 교환 신청 → 교환 승인" names no field: the status is not found.
    expect(readOrderDetailPartial(page('ly_tip ly_tip_off on')).problems).toContain('missing:status');
  });

  it('reads the same in a document no browser shows (no computed style: the style sheets’ own rules)', () => {
    const unshown = (doc: Document) => Object.defineProperty(doc, 'defaultView', { value: null });
    expect(claimOf(readOrderDetail(unshown(page())))).toMatchObject(read);
    expect(readOrderDetailPartial(unshown(page('ly_tip ly_tip_off on'))).problems).toContain('missing:status');
  });

  it('reads the detail the seller sees, not another order’s layer QSM keeps hidden before it', () => {
    const layer = (order: string, status: string, tag: string) =>
      `${tag}<div style="display:block"><table>${pairs('注文番号', order, '処理状態', status, '要請日', '2026/11/18')}</table></div></div>`;
    for (const hidden of ['<div class="layer_pop" style="display:none">', '<div class="layer_pop layer_off">', '<div class="layer_pop" hidden>']) {
      const doc = parse(
        `<!DOCTYPE html><html><head><style>.layer_off{display:none}</style></head><body>` +
          `${layer('1047759310', '返品:処理要請', hidden)}${layer(ORDER, 'キャンセル:キャンセル要請', '<div class="layer_pop">')}</body></html>`,
      );
      expect(claimOf(readOrderDetail(doc))).toMatchObject({ orderNo: ORDER, kind: 'cancel' });
    }
    // A layer shown inside a wrapper the page hides: visibility is inherited, and the layer sets it back.
    const wrapped = parse(
      `<!DOCTYPE html><html><head><style>.pop_wrap{visibility:hidden}.pop_wrap .layer_pop{visibility:visible}</style></head><body>` +
        `${layer('1047759310', '返品:処理要請', '<div class="layer_pop" style="display:none">')}<div class="pop_wrap">${layer(ORDER, 'キャンセル:キャンセル要請', '<div class="layer_pop">')}</div></body></html>`,
    );
    expect(claimOf(readOrderDetail(wrapped))).toMatchObject({ orderNo: ORDER, kind: 'cancel' });
    expect(claimOf(readOrderDetail(Object.defineProperty(wrapped, 'defaultView', { value: null })))).toMatchObject({ orderNo: ORDER });
    // A detail that is hidden as a whole and alone on its page (a layer not opened yet) is read as it will show.
    const alone = parse(`<!DOCTYPE html><html><body>${layer('1047759310', '返品:処理要請', '<div style="display:none">')}</body></html>`);
    expect(claimOf(readOrderDetail(alone))).toMatchObject({ orderNo: '1047759310', kind: 'return' });
  });
});

describe('what a screen reader hears and the seller does not see', () => {
  // (happy-dom's style sheets drop the older space-separated rect(0 0 0 0); browsers read both.)
  const SR = '<style>.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap}</style>';
  const page = (body: string) => parse(`<!DOCTYPE html><html><head>${SR}</head><body>${body}</body></html>`);

  it('visually hidden text (clipped to nothing) and an icon font’s words are not read with a label or a value', () => {
    const doc = page(
      `<table>${pairs('Order No.<span class="sr-only"> (10 digits)</span>', ORDER)}` +
        `${pairs('Status', '<span class="mi" aria-hidden="true">hourglass_top</span><span class="sr-only">Current status: </span>Cancel Request')}` +
        `${pairs('Request Date', '2026/11/19')}${pairs('Shipping Date', '<span aria-hidden="true">—</span><span class="sr-only">Not entered</span>')}</table>` +
        `<h3><span class="mi" aria-hidden="true">undo</span>Claim Withdrawal Information</h3>` +
        `<table>${pairs('Request Date', '2026/11/20')}${pairs('Customer Response Deadline', '2026/11/26<span class="sr-only"> (auto-withdrawn on 2026/11/27)</span>')}</table>` +
        `<button><span class="mi" aria-hidden="true">close</span>【Cancel Withdrawal Request】</button>`,
    );
    expect(claimOf(readOrderDetail(doc))).toEqual({
      orderNo: ORDER, kind: 'cancel', stage: 'requested', claimedOn: '2026-11-19',
      withdraw: { state: 'requested', requestedOn: '2026-11-20', deadlineShown: '2026/11/26' },
    });
  });

  it('a value that is only an image is its name (a flag’s alt or aria-label), not its tooltip', () => {
    const country = (cell: string) =>
      claimOf(readOrderDetail(detailPage(pairs('Order No.', ORDER, 'Status', 'Return Request', 'Request Date', '2026/11/17', 'Order Country', cell)))).orderCountry;
    expect(country('<span class="flag" role="img" aria-label="JP" title="Japan"></span>')).toBe('JP');
    expect(country('<img src="data:," alt="JP">')).toBe('JP');
    expect(country('<span class="flag" title="JP"></span>')).toBeUndefined();
  });

  it('a row of plain cells each naming a field is a list’s heading, not pairs: the detail’s own pairs are read', () => {
    const list = (first: string) =>
      `<table><tr>${first}<td>注文番号</td><td>処理状態</td><td>撤回要請日</td><td>保留日</td></tr>` +
      `<tr>${first ? '<td>1</td>' : ''}<td>1043377502</td><td>キャンセル完了</td><td>2026/11/18</td><td>2026/11/21</td></tr></table>`;
    for (const first of ['', '<td>차수</td>']) {
      const doc = detailPage(pairs('注文番号', ORDER, '処理状態', 'キャンセル要請', '要請日', '2026/11/19') + pairs('撤回要請日', '2026/11/20', '顧客回答期限', '2026/11/26'));
      doc.body.insertAdjacentHTML('afterbegin', list(first));
      expect(claimOf(readOrderDetail(doc))).toMatchObject({ orderNo: ORDER, kind: 'cancel', withdraw: { state: 'requested', requestedOn: '2026-11-20' } });
    }
  });
});

describe('a screen printed in two languages', () => {
  it('a label or status in Japanese and English, joined any way, is read when both halves say the same', () => {
    const doc = detailPage(
      pairs('注文番号<br><small>Order No.</small>', ORDER, '処理状態（Status）：', '返品要請 / Return Request', '要請日Request Date', '2026/11/17') +
        pairs('撤回要請日<br>Withdrawal Request Date', '2026/11/18', '顧客回答期限（再要請）（Customer Response Deadline (Re-request)）：', '2026/11/28') +
        pairs('保留日 Hold Date', '2026/11/20'),
    );
    // The re-request deadline stays a preview: both halves name it.
    expect(readOrderDetail(doc)).toEqual({
      ok: true, language: 'ja',
      claim: { orderNo: ORDER, kind: 'return', stage: 'requested', claimedOn: '2026-11-17', withdraw: { state: 'held', requestedOn: '2026-11-18', heldOn: '2026-11-20' } },
    });
  });
});

describe('what the withdraw block says, when the page shows more than this claim', () => {
  it('a block whose heading is QSM’s but whose words are not (a translated page) is not read as "nothing sent"', () => {
    const doc = detailPage(
      pairs('订购号码', ORDER, '处理状态', '取消要求', '要求日', '2026/11/19'),
      `<h3>撤回索赔信息</h3><table>${pairs('撤回请求日期', '2026/11/20', '客户回复截止日期', '2026/11/26')}</table><input type="button" value="取消撤回请求">`,
    );
    expect(readOrderDetail(doc)).toMatchObject({ ok: false, reason: 'unrecognized-layout' });
    expect(readOrderDetailPartial(doc).problems).toContain('withdraw-block-unreadable');
  });

  it('an earlier, closed claim of the order printed first: the claim date, type and block beside the status are this claim’s', () => {
    const doc = parse(
      `<!DOCTYPE html><html><body><table>${pairs('Order No.', ORDER)}</table>` +
        `<fieldset><legend>Claim 1 of 2 (closed)</legend><table>${pairs('Claim Type', 'Cancel', 'Request Date', '2025/12/26 22:10')}</table>` +
        `<h4>Withdrawal Information (claim 1)</h4><table>${pairs('Withdrawal Request Date', '2025/12/26 23:35', 'Customer Response Deadline', '2026/01/01')}</table></fieldset>` +
        `<table>${pairs('Status', 'Return Request', 'Request Date', '2026/11/17 10:42')}</table>` +
        `<h4>Withdrawal Information</h4><table>${pairs('Withdrawal Request Date', '2026/11/19 18:20', 'Customer Response Deadline', '2026/11/25')}</table></body></html>`,
    );
    expect(claimOf(readOrderDetail(doc))).toEqual({
      orderNo: ORDER, kind: 'return', stage: 'requested', claimedOn: '2026-11-17',
      withdraw: { state: 'requested', requestedOn: '2026-11-19', deadlineShown: '2026/11/25' },
    });
  });

  it('a withdraw block laid out before the status: the request date after the status is the claim’s', () => {
    const doc = parse(
      `<!DOCTYPE html><html><body><h4>撤回要請情報</h4><table>${pairs('撤回要請日', '2026/11/19', '顧客回答期限', '2026/11/25')}</table>` +
        `<table>${pairs('注文番号', ORDER, '処理状態', '交換申請', '要請日', '2026/11/17')}</table></body></html>`,
    );
    expect(claimOf(readOrderDetail(doc))).toMatchObject({ claimedOn: '2026-11-17', withdraw: { state: 'requested', requestedOn: '2026-11-19' } });
    // The page's only 要請日 is the claim date (§7: the block's is 撤回要請日), even inside the block's table:
    // read as the block's, a block with no request sent would read as pending. But a dated deadline with
    // no form to send beside it is a live one (session 24): a request is out, judged by that deadline;
    // "nothing sent" would say "eligible" while the buyer has until 11/25 to answer.
    const own = (block: string) =>
      parse(
        `<!DOCTYPE html><html><body><h4>撤回要請情報</h4><table>${block}</table>` +
          `<table>${pairs('注文番号', ORDER, '処理状態', '交換申請')}</table></body></html>`,
      );
    expect(claimOf(readOrderDetail(own(pairs('要請日', '2026/11/19', '顧客回答期限', '2026/11/25'))))).toMatchObject({
      claimedOn: '2026-11-19', withdraw: { state: 'requested', deadlineShown: '2026/11/25' },
    });
    // With the form to send beside it, the deadline is the form's preview: nothing sent.
    const form = pairs('要請日', '2026/11/19', '撤回要請', '<select><option selected>N</option><option>Y</option></select>', '顧客回答期限', '2026/11/25');
    expect(claimOf(readOrderDetail(own(form)))).toMatchObject({ claimedOn: '2026-11-19', withdraw: { state: 'none' } });
  });

  it('a slash date with the year last that could be either is read the way the page’s other dates are written', () => {
    const page = (request: string) =>
      detailPage(pairs('Order No.', ORDER, 'Status', 'Return Request', 'Request Date', '11/12/2026 9:00:00 AM') + pairs('Withdrawal Request Date', request, 'Hold Date', '11/3/2026 12:12:00 AM'));
    // "11/12/2026 … 11/3/2026": neither tells which part is the month; "12/31/2025" does (month first).
    expect(readOrderDetailPartial(page('11/2/2026 1:00:00 PM')).facts.withdraw).toBeUndefined();
    expect(claimOf(readOrderDetail(page('12/31/2025 11:59:00 PM')))).toMatchObject({
      claimedOn: '2026-11-12', withdraw: { state: 'held', requestedOn: '2025-12-31', heldOn: '2026-11-03' },
    });
  });
});

describe('the page after the seller’s action', () => {
  it('Y beside the send form, with no day and no cancel button, is a send QSM refused (the seller’s choice re-rendered): nothing sent', () => {
    const block = (buttons: string) =>
      detailPage(
        pairs('注文番号', ORDER, '処理状態', 'キャンセル要請', '要請日', '2026/11/21') +
          pairs('撤回要請', '<select><option value="N">N</option><option value="Y" selected>Y</option></select>', '顧客回答期限', '2026/11/28'),
        `<div class="error">撤回要請は送信されていません。</div>${buttons}`,
      );
    expect(claimOf(readOrderDetail(block('<a href="#">【キャンセルの撤回要請】</a>'))).withdraw).toEqual({ state: 'none' });
    // With the cancel button, or with no form beside it, Y is a request sent.
    expect(claimOf(readOrderDetail(block('<a href="#">【撤回要請取消】</a>'))).withdraw).toMatchObject({ state: 'requested', deadlineShown: '2026/11/28' });
    expect(claimOf(readOrderDetail(block(''))).withdraw).toMatchObject({ state: 'requested' });
  });

  it('a country code keeps its code whatever a tool adds after it', () => {
    const country = (cell: string) => claimOf(readOrderDetail(detailPage(pairs('订购号码', ORDER, '处理状态', '退货:处理要求', '订购国家', cell)))).orderCountry;
    expect(country('JP 🇯🇵 日本')).toBe('JP');
    expect(country('JP (Qoo10 Japan)')).toBe('JP');
    expect(country('Japan')).toBe('Japan');
  });
});

describe('what else a detail page may hold', () => {
  const SEARCH = `<table>${pairs('处理状态', '<select><option selected>全部</option></select>', '要求日', '<input value="">')}</table>`;
  const NOT_SENT = `<table>${pairs('Withdrawal Request', '<select><option value="N" selected>N</option><option value="Y">Y</option></select>')}</table><a href="#">Request Withdrawal of Return</a>`;

  it('an item name switching script at every word is read as a value, not tried as a label in two languages at each switch', () => {
    const doc = detailPage(
      pairs('订购号码', ORDER, '处理状态', '退货:处理要求', '要求日', '2026/11/17') + pairs('商品名', '<a href="#">Tシャツ Lサイズ Mサイズ XLサイズ Sサイズ XSサイズ 2XLサイズ</a>'),
    );
    expect(claimOf(readOrderDetail(doc))).toMatchObject({ orderNo: ORDER, kind: 'return' });
    expect(markOf('S・M・L・XL・XXLサイズ Tシャツ Uネック Vネック')).toBeUndefined();
    // A button whose two halves name two kinds names none.
    expect(markOf('返品の撤回要請 / Request Withdrawal of Cancellation')).toBeUndefined();
    expect(FIELD_LABELS.orderNo.ja).toContain('注文番号');
  });

  it('a search form above: its empty boxes neither win the claim date nor keep another order’s number from being set aside', () => {
    const doc = parse(
      `<!DOCTYPE html><html><body>${SEARCH}<div id="layer"><table>${pairs('订购号码', ORDER, '处理状态', '退货:处理要求', '要求日', '2026/11/17')}</table>` +
        `<table>${pairs('订购号码', '1038517399')}</table><h4>撤回索赔信息</h4><table>${pairs('撤回索赔要请', 'Y', '要请日', '2026/11/19')}</table>` +
        `<a href="#">【取消撤回要请】</a></div></body></html>`,
    );
    expect(claimOf(readOrderDetail(doc))).toMatchObject({ claimedOn: '2026-11-17', withdraw: { state: 'requested', requestedOn: '2026-11-19' } });
  });

  it('an earlier claim’s withdraw block before the status is not this claim’s, whose block after it shows nothing sent', () => {
    const doc = parse(
      `<!DOCTYPE html><html><body><table>${pairs('Order No.', ORDER)}</table>` +
        `<fieldset><legend>Claim 1 of 2 (closed)</legend><table>${pairs('Claim Type', 'Cancel', 'Request Date', '2025/12/16 22:10')}</table>` +
        `<h4>Withdrawal Request Information</h4><table>${pairs('Withdrawal Request Date', '2025/12/17 23:35', 'Hold Date', '2025/12/19')}</table></fieldset>` +
        `<table>${pairs('Status', 'Return Request', 'Request Date', '2026/11/17 10:42')}</table><h4>Withdrawal Request Information</h4>${NOT_SENT}</body></html>`,
    );
    expect(claimOf(readOrderDetail(doc))).toMatchObject({ kind: 'return', claimedOn: '2026-11-17', withdraw: { state: 'none' } });
  });

  it('a year-last slash date is read by the detail’s own date fields, never by a date a buyer wrote', () => {
    const doc = detailPage(
      pairs('Order No.', ORDER, 'Status', 'Return Request', 'Request Date', '11/10/2026 9:00:00 AM') +
        pairs('Withdrawal Request Date', '11/12/2026 1:00:00 PM', 'Customer Response Deadline', '11/18/2026') +
        pairs('Buyer message', 'The parcel arrived 13/11/2026, broken. Please refund.'),
      '<a href="#">Cancel Withdrawal Request</a>',
    );
    // The deadline 11/18/2026 writes the month first; the buyer's 13/11/2026 does not turn the page around.
    expect(claimOf(readOrderDetail(doc))).toMatchObject({ claimedOn: '2026-11-10', withdraw: { requestedOn: '2026-11-12' } });
    // Full-width digits tell the order too, and one page's order is not remembered for the next.
    const page = (evidence: string) =>
      detailPage(pairs('Order No.', ORDER, 'Status', 'Return Request', 'Request Date', '2026/11/10') + pairs('Withdrawal Request Date', '１１/２/２０２６', 'Hold Date', evidence));
    expect(claimOf(readOrderDetail(page('11/13/2026'))).withdraw?.requestedOn).toBe('2026-11-02');
    expect(claimOf(readOrderDetail(page('１３/１１/２０２６'))).withdraw?.requestedOn).toBe('2026-02-11');
    expect(readOrderDetail(page('-')).ok).toBe(false);
    // Read from the document as from its detail.
    const ordered = detailPage(pairs('Order No.', ORDER, 'Status', 'Return Request', 'Request Date', '11/12/2026 9:00:00 AM') + pairs('Withdrawal Request Date', '12/31/2025 11:59:00 PM', 'Hold Date', '11/3/2026 12:12:00 AM'));
    expect(readOrderDetailPartial(ordered).problems).toEqual([]);
  });
});

describe('labels and values laid out otherwise', () => {
  it('a label holding its own small table (label and help icon) reads the value beside it', () => {
    const doc = detailPage(
      pairs('订购号码', ORDER, '处理状态', '退货:处理要求', '要求日', '2026/11/17') +
        `<tr><th>\n   <table>\n    <tr>\n     <td>客户回应期限</td>\n     <td class="help"><a href="#" title="第7天"><img alt=""></a></td>\n    </tr>\n   </table>\n  </th><td><strong>2026/11/25</strong></td></tr>` +
        pairs('要请日', '2026/11/19'),
    );
    expect(claimOf(readOrderDetail(doc)).withdraw).toEqual({ state: 'requested', requestedOn: '2026-11-19', deadlineShown: '2026/11/25' });
  });

  it('a time-zone note before the label’s colon, KST as JST, and a Korean two-digit year', () => {
    const doc = detailPage(
      pairs('주문번호', ORDER, '처리상태', '취소요청', '요청일：', '26.11.18 (수) 오전 8:31') +
        pairs('철회요청일 (KST)：', '2026-11-19 23:52 KST', '보류일 (한국 시간)：', '2026-11-20 00:10 KST'),
    );
    expect(claimOf(readOrderDetail(doc))).toMatchObject({ claimedOn: '2026-11-18', withdraw: { state: 'held', requestedOn: '2026-11-19', heldOn: '2026-11-20' } });
  });

  it('the claim’s item code is the one printed beside its status, not the first item the order lists', () => {
    const items = `<table>${pairs('Item Code', '1190771501')}${pairs('Item Code', '1190771502')}</table>`;
    const doc = parse(
      `<!DOCTYPE html><html><body><table>${pairs('Order No.', ORDER)}</table>${items}` +
        `<table>${pairs('Status', 'Cancel Request', 'Item Code', '1190771502', 'Request Date', '2026/11/13')}</table></body></html>`,
    );
    expect(claimOf(readOrderDetail(doc)).itemCode).toBe('1190771502');
  });
});


describe('a withdraw block laid out as a two-column list', () => {
  // Review: two labels over their days read as two labels with no value, so the refusal was lost and the
  // claim read as "nothing sent" (eligible during the cooldown). Three columns were already a list.
  it.each([
    ['要请日', '保留日', '【再次要请撤回】'],
    ['철회요청일', '보류일', '【철회 재요청】'],
  ])('%s | %s over their days → unrecognized-layout, not "nothing sent"', (requested, held, button) => {
    const doc = detailPage(`${base()}<tr><td>${requested}</td><td>${held}</td></tr><tr><td>2026/11/20</td><td>2026/11/22</td></tr>`, `<a href="#">${button}</a>`);
    expect(readOrderDetail(doc)).toMatchObject({ ok: false, reason: 'unrecognized-layout' });
  });
});
