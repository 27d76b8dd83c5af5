/**
 * Pages the reviews of round 28 built to break the readers: a claim date printed after the withdraw block,
 * a cancel button that cannot be pressed, a time after a label's day, numbers a line break apart, and
 * wordings the manual and domain.md give.
 */
import { describe, expect, it } from 'vitest';
import { readClaimList, readOrderDetail, readStatus } from '../../lib/qsm';
import { evaluateWithdraw } from '../../lib/rules';
import { gridPage, pairs, parse } from './helpers';

const ORDER = '1038452888';
const page = (body: string) => parse(`<!DOCTYPE html><html><body>${body}</body></html>`);
const claimOf = (doc: Document) => {
  const r = readOrderDetail(doc);
  if (!r.ok) throw new Error(r.detail);
  return r.claim;
};
const verdict = (doc: Document) => evaluateWithdraw(claimOf(doc), new Date('2026-11-21T03:00:00Z')).state;
const select = (chosen: 'Y' | 'N') => `<select><option value="N"${chosen === 'N' ? ' selected' : ''}>N</option><option value="Y"${chosen === 'Y' ? ' selected' : ''}>Y</option></select>`;

describe('a claim date printed after the withdraw block is the claim’s', () => {
  it('zh: 要求日 is never the block’s request date (its own is 要请日), in a claim table or an earlier claim’s history', () => {
    const above = page(
      `<table>${pairs('订购号码', ORDER, '处理状态', '退货:处理要求')}</table>` +
        `<table><caption>撤回索赔信息</caption>${pairs('撤回索赔要请', select('N'), '客户回应期限', '2026/11/27')}</table><button>退货的撤回要请</button>` +
        `<table>${pairs('要求日', '2026/11/20', '理由', '尺寸不合适')}</table>`,
    );
    expect(claimOf(above)).toMatchObject({ claimedOn: '2026-11-20', withdraw: { state: 'none' } });
    expect(verdict(above)).toBe('eligible'); // read "pending" with the preview as its deadline
    const history = page(
      `<table>${pairs('订购号码', ORDER, '处理状态', '退货:处理要求', '要求日', '2026/11/18')}</table>` +
        `<table>${pairs('撤回索赔要请', select('N'), '客户回应期限', '2026/11/27')}</table><button>退货的撤回要请</button>` +
        `<h4>以前的索赔</h4><table>${pairs('要求日', '2026/10/02', '完成日', '2026/10/05')}</table>`,
    );
    expect(claimOf(history)).toMatchObject({ claimedOn: '2026-11-18', withdraw: { state: 'none' } });
  });

  it('ja/ko/en: the page’s only claim-date label, even on the row after the block’s select', () => {
    const compact = page(
      `<table>${pairs('注文番号', ORDER, 'カート番号', '210500401')}${pairs('処理状態', '返品要請', '撤回要請', select('N'))}` +
        `${pairs('要請日', '2026/11/18', '顧客回答期限', '2026/11/28')}</table><input type="button" value="返品の撤回要請">`,
    );
    expect(claimOf(compact)).toMatchObject({ claimedOn: '2026-11-18', withdraw: { state: 'none' } });
    const korean = page(
      `<table>${pairs('주문번호', ORDER, '처리상태', '반품요청')}</table><h4>철회요청 정보</h4>` +
        `<table>${pairs('철회요청', select('N'), '고객 응답 기한', '2026/11/28')}</table><button>반품 철회요청</button>` +
        `<table>${pairs('요청일', '2026/11/18', '사유', '단순 변심')}</table>`,
    );
    expect(claimOf(korean)).toMatchObject({ claimedOn: '2026-11-18', withdraw: { state: 'none' } });
    const english = page(
      `<table>${pairs('Order No.', ORDER, 'Status', 'Return Request')}</table>` +
        `<table>${pairs('Withdrawal Request', select('N'), 'Customer Response Deadline', '2026/11/28')}</table><button>Request Withdrawal of Return</button>` +
        `<table>${pairs('Request Date', '2026/11/18', 'Reason', 'Changed mind')}</table>`,
    );
    expect(claimOf(english)).toMatchObject({ claimedOn: '2026-11-18', withdraw: { state: 'none' } });
  });

  it('a request sent again keeps its own 撤回要請日 beside the claim’s 要請日', () => {
    const doc = page(
      `<table>${pairs('注文番号', ORDER, '処理状態', '返品要請')}${pairs('要請日', '2026/11/05', '撤回要請', 'Y')}` +
        `${pairs('撤回要請日', '2026/11/20', '保留日', '2026/11/09')}${pairs('顧客回答期限', '2026/11/26')}</table><a>撤回要請取消</a>`,
    );
    expect(claimOf(doc)).toMatchObject({ claimedOn: '2026-11-05', withdraw: { state: 'requested', requestedOn: '2026-11-20', heldOn: '2026-11-09' } });
  });

  it('a second claim-date label in the block’s own table is still the block’s request date (ja prints 要請日 there)', () => {
    const doc = page(
      `<table>${pairs('注文番号', ORDER, '処理状態', '返品要請', '要請日', '2026/11/10')}</table>` +
        `<h3>撤回要請情報</h3><table>${pairs('要請日', '2026/11/18', '顧客回答期限', '2026/11/24')}</table><a>撤回要請取消</a>`,
    );
    expect(claimOf(doc)).toMatchObject({ claimedOn: '2026-11-10', withdraw: { state: 'requested', requestedOn: '2026-11-18' } });
  });
});

describe('a cancel button that cannot be pressed cancels nothing', () => {
  // ASP.NET renders every button and disables those that do not apply.
  it.each([
    ['a disabled input', '<input type="button" value="撤回要請取消" disabled="disabled">'],
    ['a link styled disabled', '<a class="btn disabled">撤回要請取消</a>'],
    ['inside a disabled fieldset', '<fieldset disabled><button>撤回要請取消</button></fieldset>'],
  ])('%s beside a block with nothing sent', (_how, cancel) => {
    const doc = page(
      `<table>${pairs('注文番号', ORDER, '処理状態', '返品要請', '要請日', '2026/11/18')}${pairs('撤回要請', select('N'), '顧客回答期限', '2026/11/28')}</table>` +
        `<input type="button" value="返品の撤回要請">${cancel}<input type="button" value="撤回再要請" disabled>`,
    );
    expect(claimOf(doc).withdraw).toEqual({ state: 'none' });
    expect(verdict(doc)).toBe('eligible');
  });

  it('one that can be pressed still confirms a request', () => {
    const doc = page(
      `<table>${pairs('주문번호', ORDER, '처리상태', '반품요청', '요청일', '2026/11/18')}${pairs('철회요청', 'Y', '고객 응답 기한', '2026/11/26')}</table><button>철회요청 취소</button>`,
    );
    expect(claimOf(doc).withdraw).toEqual({ state: 'requested', deadlineShown: '2026/11/26' });
  });
});

describe('labels QSM may word another way', () => {
  it('a time after the day (要請日時, 보류일시) names the day', () => {
    const ja = page(
      `<table>${pairs('注文番号', ORDER, '処理状態', '返品要請', '要請日時', '2026/11/10 09:12')}</table>` +
        `<table>${pairs('撤回要請日時', '2026/11/17 10:00', '保留日時', '2026/11/19 18:30')}${pairs('顧客の拒否理由', '[その他] 返品したい')}</table><a>撤回再要請</a>`,
    );
    expect(claimOf(ja)).toMatchObject({ claimedOn: '2026-11-10', withdraw: { state: 'held', requestedOn: '2026-11-17', heldOn: '2026-11-19' } });
    expect(verdict(ja)).toBe('cooldown'); // read "eligible": the block's labels went unread
    const ko = page(
      `<table>${pairs('주문번호', ORDER, '처리상태', '반품요청', '요청일시', '2026/11/10 09:12')}</table>` +
        `<table>${pairs('철회요청일시', '2026/11/12 10:00', '보류일시', '2026/11/14 18:30')}</table><button>철회 재요청</button>`,
    );
    expect(claimOf(ko)).toMatchObject({ claimedOn: '2026-11-10', withdraw: { state: 'held', requestedOn: '2026-11-12', heldOn: '2026-11-14' } });
  });

  it('the select labelled with its choices (撤回要請(Y/N), 철회요청 여부) and a refusal reason without の', () => {
    for (const label of ['撤回要請(Y/N)', '撤回要請（Y/N）', '철회요청 여부', '철회요청 (Y/N)']) {
      const doc = page(`<table>${pairs('注文番号', ORDER, '処理状態', '返品要請', '要請日', '2026/11/18')}${pairs(label, 'Y', '顧客回答期限', '2026/11/26')}</table>`);
      expect(claimOf(doc).withdraw, label).toEqual({ state: 'requested', deadlineShown: '2026/11/26' });
    }
    const refused = page(
      `<table>${pairs('注文番号', ORDER, '処理状態', '返品要請', '要請日', '2026/11/10')}${pairs('撤回要請日', '2026/11/12', '顧客拒否理由', '[その他] 返品したい')}</table><a>撤回再要請</a>`,
    );
    expect(claimOf(refused).withdraw?.state).toBe('held');
  });
});

describe('statuses the manual and domain.md give', () => {
  it.each([
    ['返品:払い戻し完了', { kind: 'return', stage: 'completed' }],
    ['交换:再次退货中', { kind: 'exchange', stage: 'inProgress' }], // the manual's own wording (p.6)
    ['交换:处理要求', { kind: 'exchange', stage: 'requested' }],
    ['반품요청 (철회요청중)', { kind: 'return', stage: 'requested', withdraw: 'requested' }],
  ])('%s', (text, meaning) => {
    expect(readStatus(text)).toEqual(meaning);
  });
});

describe('numbers a line break apart in a grid cell', () => {
  const headers = ['处理状态', '订购号码', '商品代码', '运送单号', '购物车号码'];
  it('are two numbers: the first is the cell’s, never both run together', () => {
    const { rows, problems } = readClaimList(
      gridPage(headers, [['退货:处理要求', `${ORDER}<br>210877451`, '1170045521<br>4901234567894', '689123456789<br>CJ대한통운', '2108<br>77451']]),
    );
    expect(problems).toEqual([]);
    // A number broken over two lines of a narrow cell is still one: the cart number.
    expect(rows).toEqual([{ orderNo: ORDER, kind: 'return', stage: 'requested', itemCode: '1170045521', trackingNo: '689123456789', cartNo: '210877451' }]);
  });
});
