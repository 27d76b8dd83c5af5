/**
 * Pages the reviews of rounds 23 and 24 built to break the readers, and round 24's lessons: another claim printed
 * beside this one, the block's own message between its labels, a cancelled request, half-width katakana.
 */
import { describe, expect, it } from 'vitest';
import { looksLikeClaimDetail, mentionsClaim, readClaimList, readOrderDetail } from '../../lib/qsm';
import { evaluateWithdraw } from '../../lib/rules';
import { detailPage, gridPage, pairs, parse } from './helpers';

const ORDER = '1038452888';
const claimOf = (doc: Document) => {
  const r = readOrderDetail(doc);
  if (!r.ok) throw new Error(r.detail);
  return r.claim;
};
const verdict = (doc: Document) => evaluateWithdraw(claimOf(doc), new Date('2026-11-21T03:00:00Z')).state;
const page = (body: string) => parse(`<!DOCTYPE html><html><body>${body}</body></html>`);
const select = (chosen: 'Y' | 'N') => `<select><option value="N"${chosen === 'N' ? ' selected' : ''}>N</option><option value="Y"${chosen === 'Y' ? ' selected' : ''}>Y</option></select>`;

describe('a status printed twice is one claim', () => {
  it('in a summary and in the claim table, or as the block’s read-only withdraw state', () => {
    const summary = page(
      `<table>${pairs('订购号码', ORDER, '处理状态', '退货:处理要求')}</table>` +
        `<table>${pairs('处理状态', '退货:处理要求', '要求日', '2026/11/16')}${pairs('撤回索赔要请', 'Y', '要请日', '2026/11/18', '客户回应期限', '2026/11/24')}</table>`,
    );
    expect(verdict(summary)).toBe('pending'); // read 'eligible'
    const readonly = page(
      `<table>${pairs('订购号码', ORDER, '处理状态', '退货:处理要求', '要求日', '2026/11/16')}</table>` +
        `<table>${pairs('处理状态', '<input readonly value="撤回要请">', '要请日', '2026/11/18', '客户回应期限', '2026/11/24')}</table>`,
    );
    expect(verdict(readonly)).toBe('pending');
  });

  it('a disabled search box naming no status is not the claim’s status', () => {
    const doc = page(
      `<table>${pairs('处理状态', '<select disabled><option value="" selected>全部</option></select>')}</table>` +
        `<table>${pairs('订购号码', ORDER, '处理状态', '退货:处理要求', '要求日', '2026/11/16')}${pairs('要请日', '2026/11/18', '客户回应期限', '2026/11/24')}</table>`,
    );
    expect(verdict(doc)).toBe('pending');
  });
});

describe('another claim beside this one', () => {
  it('a cart’s other order keeps its withdraw dates in its own box', () => {
    // The order's own table, the cart's other order, then this claim's table and block (no number of its own).
    const doc = page(
      `<div><table>${pairs('订购号码', ORDER, '购物车号码', '210340349')}</table></div>` +
        `<div><h4>同一购物车的其他订单</h4><table>${pairs('订购号码', '1038452999', '处理状态', '退货:处理要求')}</table>` +
        `<table>${pairs('要请日', '2026/11/17', '保留日', '2026/11/19')}</table></div>` +
        `<div><table>${pairs('处理状态', '退货:处理要求', '要求日', '2026/11/16')}</table>` +
        `<table>${pairs('撤回索赔要请', select('N'))}</table><a href="#">退货的撤回要请</a></div>`,
    );
    expect(claimOf(doc)).toMatchObject({ orderNo: ORDER, withdraw: { state: 'none' } });
  });

  it('the order’s newer claim printed after the one read first: not guessed between', () => {
    const claim = (status: string, day: string, block: string) => `<div><table>${pairs('처리상태', status, '요청일', day)}</table><table>${block}</table></div>`;
    const doc = page(
      `<table>${pairs('주문번호', ORDER)}</table>` +
        claim('다시 배송 중', '2026/11/12', pairs('철회요청', 'Y', '철회요청일', '2026/11/12', '보류일', '2026/11/13')) +
        claim('반품요청', '2026/11/21', pairs('철회요청', select('N'), '고객 응답 기한', '2026/11/28')),
    );
    expect(readOrderDetail(doc)).toMatchObject({ ok: false, reason: 'unrecognized-layout' });
    // An older claim printed after the current one is its history: passed over.
    const history = page(
      `<table>${pairs('Order No.', ORDER, 'Status', 'Return Request', 'Request Date', '2026/11/20')}</table><table>${pairs('Withdrawal Request', select('N'))}</table>` +
        `<div><h4>Claim History</h4><table>${pairs('Status', 'Cancel Request', 'Request Date', '2026/11/09')}${pairs('Withdrawal Request Date', '2026/11/10', 'Hold Date', '2026/11/11')}</table></div>`,
    );
    expect(claimOf(history)).toMatchObject({ kind: 'return', withdraw: { state: 'none' } });
  });
});

describe('the withdraw block', () => {
  it('its message to the buyer between its labels keeps 要請日 the request’s day', () => {
    const doc = detailPage(
      pairs('注文番号', ORDER, '処理状態', '返品要請') + pairs('要請日', '2026/11/10'),
      `<h4>撤回要請情報</h4><table>${pairs('撤回要請', 'Y', '販売者メッセージ', 'ご確認ください')}${pairs('要請日', '2026/11/20', '顧客回答期限', '2026/11/26', '保留日', '2026/11/12')}</table><a href="#">撤回要請取消</a>`,
    );
    expect(claimOf(doc)).toMatchObject({ claimedOn: '2026-11-10', withdraw: { state: 'requested', requestedOn: '2026-11-20', heldOn: '2026-11-12' } });
  });

  const block = (deadline: string, extra = '', button = '<input type="submit" value="退货的撤回要请">') =>
    detailPage(pairs('订购号码', ORDER, '处理状态', '退货:处理要求', '要求日', '2026/11/16'), `<h4>撤回索赔信息</h4><table>${pairs('撤回索赔要请', select('N'), '要请日', '2026/11/18')}${pairs('客户回应期限', deadline)}${extra}</table>${button}`);
  it('a request is cancelled only when its deadline is printed as a dash: not when it is empty or in a form not read', () => {
    for (const deadline of ['11/24(火) 23:59まで', '剩余3天', '<span id="dl"></span>']) expect(claimOf(block(deadline)).withdraw?.state).toBe('requested');
    expect(claimOf(block('-')).withdraw?.state).toBe('none');
  });
  it('a request sent again after a refusal, then cancelled, is cancelled', () => {
    expect(claimOf(block('-', pairs('保留日', '2026/11/10'))).withdraw).toEqual({ state: 'none', requestedOn: '2026-11-18', heldOn: '2026-11-10' });
  });
  it('a block that says nothing ("不适用", dashes, no button) tells no state', () => {
    const doc = detailPage(pairs('订购号码', ORDER, '处理状态', '未收取申告:退款完成', '要求日', '2026/11/12'), `<h4>撤回索赔信息</h4><table>${pairs('撤回索赔要请', '不适用', '要请日', '-')}${pairs('客户回应期限', '-', '保留日', '-')}</table>`);
    expect(claimOf(doc).withdraw).toBeUndefined();
  });
});

describe('words as other systems print them', () => {
  it('a status that is a link beside an action link; a zone label before the value’s own note', () => {
    const doc = detailPage(pairs('订购号码', ORDER, '处理状态', '<a href="#">退货:处理要求</a> <a href="#">处理历史</a>', '要求日 (北京时间)', '2026/11/18 23:30 <span>(第2次)</span>'));
    expect(claimOf(doc)).toMatchObject({ kind: 'return', stage: 'requested', claimedOn: '2026-11-19' });
  });
  it('half-width katakana in labels, statuses and the carrier', () => {
    const doc = detailPage(pairs('注文番号', ORDER, 'ｶｰﾄ番号', '210340349', '処理状態', 'ｷｬﾝｾﾙ要請') + pairs('配送会社', 'ﾔﾏﾄ運輸', '商品ｺｰﾄﾞ', '917730512'));
    expect(claimOf(doc)).toMatchObject({ cartNo: '210340349', itemCode: '917730512', kind: 'cancel', stage: 'requested', carrier: 'ヤマト運輸' });
  });
});

describe('a grid status left behind by its withdraw days', () => {
  it('gives way when both days tell; a refusal day alone does not overrule a request the status names', () => {
    const doc = gridPage(['処理状態', '注文番号', '撤回要請日', '保留日', '顧客回答期限'], [
      ['返品:撤回要請', '1038452888', '2026/11/14', '2026/11/17', '2026/11/20'],
      ['キャンセル:撤回保留', '1038452889', '2026/11/20', '2026/11/13', '2026/11/26'],
      ['返品:撤回要請', '1038452890', '', '2026/11/13', ''],
    ]);
    expect(readClaimList(doc).rows.map((r) => r.withdraw?.state)).toEqual(['held', 'requested', 'requested']);
  });
});

describe('the review of round 24', () => {
  it('a claim history beside the block in one box does not take the block (or the claim date) with it', () => {
    const doc = page(
      `<div class="head"><table>${pairs('订购号码', ORDER, '处理状态', '退货:处理要求')}</table></div>` +
        `<div class="body"><table>${pairs('要求日', '2026/11/16')}</table>` +
        `<h4>处理历史</h4><table>${pairs('处理状态', '取消:取消完成', '完成日', '2026/10/02')}</table>` +
        `<h4>撤回索赔信息</h4><table>${pairs('要请日', '2026/11/12', '保留日', '2026/11/19')}${pairs('客户的拒绝理由', '不撤回')}</table><a href="#">再次要请撤回</a></div>`,
    );
    expect(claimOf(doc)).toMatchObject({ claimedOn: '2026-11-16', withdraw: { state: 'held', heldOn: '2026-11-19' } });
    expect(verdict(doc)).toBe('cooldown'); // read 'eligible'
  });

  it('a list of the buyer’s other orders printed first lends its number to no claim', () => {
    const doc = page(
      `<div><h4>この購入者の過去の注文</h4><table>${pairs('注文番号', '1038452999', '注文日', '2026/10/01')}</table></div>` +
        `<div><table>${pairs('注文番号', ORDER, '処理状態', '返品要請')}</table><table>${pairs('処理状態', '返品要請', '要請日', '2026/11/16')}</table>` +
        `<h4>撤回要請情報</h4><table>${pairs('撤回要請', 'Y', '撤回要請日', '2026/11/18', '顧客回答期限', '2026/11/24')}</table></div>`,
    );
    expect(claimOf(doc)).toMatchObject({ orderNo: ORDER, withdraw: { state: 'requested' } });
  });

  it('an ISO instant under a label naming its zone is moved once', () => {
    const doc = detailPage(pairs('Order No.', ORDER, 'Status', 'Return Request', 'Request Date (UTC)', '2026-11-18T16:30:00.000Z') + pairs('Hold Date (UTC)', '2026-11-19T16:30:00Z', 'Withdrawal Request Date', '2026/11/15'));
    expect(claimOf(doc)).toMatchObject({ claimedOn: '2026-11-19', withdraw: { state: 'held', heldOn: '2026-11-20' } });
  });

  it('an ISO time with no zone of its own under a label naming one is that zone’s', () => {
    // 16:30 UTC on the 18th is 01:30 on the 19th in Japan; 23:30 Beijing time on the 19th is 00:30 on the 20th.
    const doc = detailPage(pairs('Order No.', ORDER, 'Status', 'Return Request', 'Request Date (UTC)', '2026-11-18T16:30:00') + pairs('Hold Date (Beijing Time)', '2026-11-19T23:30:00.000', 'Withdrawal Request Date', '2026/11/15'));
    expect(claimOf(doc)).toMatchObject({ claimedOn: '2026-11-19', withdraw: { state: 'held', heldOn: '2026-11-20' } });
  });

  it('a cancelled request’s deadline printed as a full-width dash or なし', () => {
    for (const deadline of ['－', 'なし']) {
      const doc = detailPage(pairs('注文番号', ORDER, '処理状態', '返品要請', '要請日', '2026/11/16'), `<h4>撤回要請情報</h4><table>${pairs('撤回要請', select('N'), '撤回要請日', '2026/11/18', '顧客回答期限', deadline)}</table><input type="submit" value="返品の撤回要請">`);
      expect(claimOf(doc).withdraw).toEqual({ state: 'none', requestedOn: '2026-11-18' });
    }
  });

  it('a grid status naming a refusal is not overruled by a request day and its deadline alone', () => {
    const doc = gridPage(['処理状態', '注文番号', '撤回要請日', '顧客回答期限'], [['返品:撤回保留', '1038452888', '2026/11/14', '2026/11/20']]);
    expect(readClaimList(doc).rows[0]?.withdraw?.state).toBe('held');
  });
});

describe('the final review of session 12', () => {
  const A = '1038452888';
  const B = '1038452777';
  const orderTable = `<table>${pairs('注文番号', A, '注文日', '2026/11/10')}</table>`;
  const claimTable = `<table>${pairs('処理状態', '返品要請', '要請日', '2026/11/16')}</table>`;
  const blockN = `<h4>撤回要請情報</h4><table>${pairs('撤回要請', select('N'))}</table><input type="submit" value="返品の撤回要請">`;
  const cartBox = (twice: boolean) =>
    `<div class="cart"><h4>同一カートの他の注文</h4>${twice ? `<table>${pairs('注文番号', B, '注文日', '2026/11/01')}</table>` : ''}` +
    `<table>${pairs('注文番号', B, '処理状態', '返品要請', '要請日', '2026/11/15')}${pairs('撤回要請日', '2026/11/18', '保留日', '2026/11/20')}</table></div>`;
  it('a cart’s other order, after the claim or printed twice before it, lends it neither its number nor its refusal', () => {
    for (const doc of [page(orderTable + claimTable + blockN + cartBox(false)), page(orderTable + cartBox(true) + claimTable + blockN)]) {
      expect(claimOf(doc)).toMatchObject({ orderNo: A, withdraw: { state: 'none' } });
      expect(verdict(doc)).toBe('eligible'); // read 'cooldown'
    }
  });
  it('a history printing a reason of its own still takes its own withdraw days', () => {
    const doc = page(
      `<table>${pairs('注文番号', A, '処理状態', '返品要請', '要請日', '2026/11/16')}</table>` + blockN +
        `<div class="hist"><h4>処理履歴</h4><table>${pairs('処理状態', 'キャンセル完了', '要請日', '2026/11/05')}</table>` +
        `<table>${pairs('理由', '購入者都合')}${pairs('撤回要請日', '2026/11/12', '保留日', '2026/11/19')}</table></div>`,
    );
    expect(verdict(doc)).toBe('eligible'); // read 'cooldown'
  });

  it('a page whose claim the readers cannot find is still asked whether it looks like one (the "could not read" marker)', () => {
    const image = page(`<table>${pairs('受注番号', A, '状況', '返品要請')}</table><input type="image" src="b.gif" alt="返品の撤回要請">`);
    const english = page(`<table>${pairs('Ref.', A, 'Status', 'Return Request')}</table>`);
    for (const doc of [image, english]) expect([mentionsClaim(doc), looksLikeClaimDetail(doc)]).toEqual([true, true]);
    expect(mentionsClaim(page(`<table>${pairs('商品名', 'Tシャツ', '価格', '1,980円')}</table>`))).toBe(false);
  });
});

describe('another claim’s buttons are not this claim’s (session 14)', () => {
  const history = (button: string) =>
    `<div class="history"><h4>以前のクレーム</h4><table>${pairs('処理状態', 'キャンセル要請', '要請日', '2026/10/01')}${pairs('撤回要請日', '2026/10/02', '顧客回答期限', '2026/10/08')}</table>${button}</div>`;
  const claim = `<table>${pairs('注文番号', ORDER, '処理状態', '返品要請', '要請日', '2026/11/16')}</table>`;

  it('an earlier claim’s cancel button in its own box does not make this claim’s request out', () => {
    const doc = page(
      claim +
        `<h4>撤回要請情報</h4><table>${pairs('撤回要請', select('N'), '顧客回答期限(再要請)', '2026/11/27')}</table><input type="button" value="返品の撤回要請">` +
        history('<input type="button" value="撤回要請取消">'),
    );
    expect(claimOf(doc).withdraw).toEqual({ state: 'none' }); // read as a request out with no day: unknown
    expect(verdict(doc)).toBe('eligible');
  });

  it('an earlier claim’s send button does not hide this claim’s request', () => {
    const doc = page(
      claim +
        `<h4>撤回要請情報</h4><table>${pairs('撤回要請', 'Y', '撤回要請日', '2026/11/18', '顧客回答期限', '2026/11/24')}</table><input type="button" value="撤回要請取消">` +
        history('<input type="button" value="キャンセルの撤回要請">'),
    );
    expect(claimOf(doc).withdraw).toMatchObject({ state: 'requested', requestedOn: '2026-11-18' });
    expect(verdict(doc)).toBe('pending');
  });

  // A review's pages: with no button of this claim's own outside the other's box, a button beside that
  // box may be this claim's (its block's labels elsewhere), and is kept: never less cautious than before.
  const closed = `<table>${pairs('処理状態', 'キャンセル完了', '要請日', '2026/10/01')}${pairs('撤回要請日', '2026/10/02', '保留日', '2026/10/03')}</table>`;
  it('a cancel button beside another claim’s box, the block’s deadline elsewhere: a request out', () => {
    const doc = page(claim + `<h4>撤回要請情報</h4><table>${pairs('顧客回答期限', '2026/11/24')}</table><div>${closed}<input type="button" value="撤回要請取消"></div>`);
    expect(verdict(doc)).toBe('pending');
  });
  it('a re-request button beside another claim’s box, this claim’s refusal reason elsewhere: not a request out', () => {
    const doc = page(claim + `<table>${pairs('撤回要請日', '2026/11/18', '顧客の拒否理由', 'いやです')}</table><div class="foot">${closed}<input type="button" value="撤回再要請"></div>`);
    expect(claimOf(doc).withdraw?.state).toBe('held');
  });
  it('a send button beside another claim’s box, a Y in this claim’s select: nothing sent', () => {
    const doc = page(claim + `<h4>撤回要請情報</h4><table>${pairs('撤回要請', select('Y'))}</table><div class="foot">${closed}<input type="button" value="返品の撤回要請"></div>`);
    expect(verdict(doc)).toBe('eligible');
  });
});
