/**
 * Pages a review of the readers built to break them (rounds 20–21): a pending request beside a send button,
 * a link to the withdraw block, a status in a select, three languages, an inline editor being typed in.
 */
import { describe, expect, it } from 'vitest';
import { findClaimGrid, markOf, readClaimList, readOrderDetail } from '../../lib/qsm';
import { fieldOfLabel } from '../../lib/qsm/labels';
import { evaluateWithdraw } from '../../lib/rules';
import { detailPage, gridPage, pairs, parse } from './helpers';

const ORDER = '1038452888';
const claimOf = (doc: Document) => {
  const r = readOrderDetail(doc);
  if (!r.ok) throw new Error(r.detail);
  return r.claim;
};
const verdict = (doc: Document, iso: string) => evaluateWithdraw(claimOf(doc), new Date(iso)).state;

describe('Y beside a send button', () => {
  const claim = pairs('注文番号', ORDER, '処理状態', '返品要請', '要請日', '2026/11/16');
  // Pending: QSM keeps the send button rendered (disabled); the cancel button is worded 撤回要請取り消し (not in the table).
  it('a printed Y (no control: the server\'s state, never the seller\'s choice) is a request sent', () => {
    const doc = detailPage(claim + pairs('撤回要請', 'Y', '顧客回答期限', '2026/11/25'), '<input type="submit" value="返品の撤回要請" disabled>');
    expect(claimOf(doc).withdraw?.state).toBe('requested'); // reads 'none'
    expect(verdict(doc, '2026-11-20T03:00:00Z')).toBe('pending'); // reads 'eligible'
  });
  it('a disabled Y select beside a disabled send button is a request sent', () => {
    const y = '<select disabled><option value="N">N</option><option value="Y" selected>Y</option></select>';
    const doc = detailPage(claim + pairs('撤回要請', y, '顧客回答期限', '2026/11/25'), '<input type="submit" value="返品の撤回要請" disabled><a href="#">撤回要請取り消し</a>');
    expect(claimOf(doc).withdraw?.state).toBe('requested'); // reads 'none' -> 'eligible'
  });
});

describe('a link to the withdraw block after the status', () => {
  it('held two days ago: still cooling down', () => {
    const page = (after: string) =>
      parse(
        `<!DOCTYPE html><html><body><div id="wd"><h4>撤回要請情報</h4><table>${pairs('撤回要請日', '2026/11/10', '保留日', '2026/11/14')}${pairs('顧客の拒否理由', '[その他] 受け取りたくない')}</table><a href="#">撤回再要請</a></div>` +
          `<table>${pairs('注文番号', ORDER, '処理状態', '返品要請', '要請日', '2026/11/08')}</table>${after}</body></html>`,
      );
    expect(verdict(page(''), '2026-11-16T03:00:00Z')).toBe('cooldown');
    const withLink = page('<p><a href="#wd">撤回要請情報</a></p>');
    expect(claimOf(withLink).withdraw).toMatchObject({ state: 'held', heldOn: '2026-11-14' }); // reads {state:'none'}
    expect(verdict(withLink, '2026-11-16T03:00:00Z')).toBe('cooldown'); // reads 'eligible'
  });
});

describe('a status shown in a select', () => {
  it('an earlier closed claim above: claim date and withdraw state are this claim\'s', () => {
    const status = '<select name="ddlClaimStat"><option value="RT01" selected>Return Request</option><option value="RT02">Return Processing</option></select>';
    const doc = parse(
      `<!DOCTYPE html><html><body><table>${pairs('Order No.', ORDER)}</table>` +
        `<fieldset><legend>Claim 1 of 2 (closed)</legend><table>${pairs('Claim Type', 'Cancel', 'Request Date', '2025/12/16 22:10')}</table>` +
        `<h4>Withdrawal Request Information</h4><table>${pairs('Withdrawal Request Date', '2025/12/17 23:35', 'Hold Date', '2025/12/19')}</table></fieldset>` +
        `<table>${pairs('Status', status, 'Request Date', '2026/11/17 10:42')}</table><h4>Withdrawal Request Information</h4>` +
        `<table>${pairs('Withdrawal Request', '<select><option value="N" selected>N</option><option value="Y">Y</option></select>')}</table><a href="#">Request Withdrawal of Return</a></body></html>`,
    );
    // reads claimedOn 2025-12-16 and withdraw {state:'requested', requestedOn:'2026-11-17'} (the claim date) -> 'pending'
    expect(claimOf(doc)).toMatchObject({ claimedOn: '2026-11-17' });
    expect(claimOf(doc).withdraw?.requestedOn).toBeUndefined();
    expect(verdict(doc, '2026-11-18T03:00:00Z')).toBe('eligible');
  });
});

describe('labels and buttons in three languages', () => {
  it('a label a translator extended with a third language', () => {
    expect(fieldOfLabel('処理状態 / Status / 처리상태')?.field).toBe('status'); // undefined
    expect(fieldOfLabel('注文番号 / Order No. / 주문번호')?.field).toBe('orderNo'); // undefined
    const doc = detailPage(pairs('注文番号 / Order No. / 주문번호', ORDER, '処理状態 / Status / 처리상태', '返品要請', '要請日 / Request Date / 요청일', '2026/11/17'));
    expect(readOrderDetail(doc).ok).toBe(true); // 'looks like a claim detail, but its labels were not recognised'
  });
  it('buttons', () => {
    expect(markOf('撤回要請取消 / Cancel Withdrawal Request / 철회요청 취소')).toEqual({ type: 'cancel' }); // undefined
    // A specific and a generic wording of the same send button are no longer one button.
    expect(markOf('返品の撤回要請 / Send Withdrawal Request')?.type).toBe('send'); // undefined
  });
});

describe('an inline editor in the status cell', () => {
  it('the seller typing in the status editor does not change the claim', () => {
    const doc = gridPage(['処理状態', '注文番号', '要請日'], [['<input type="text" class="dhx_combo_edit" value="返品要請">', ORDER, '2026/11/17']]);
    (doc.querySelector('input') as HTMLInputElement).value = '返品完了'; // typed, not saved
    expect(readClaimList(findClaimGrid(doc)!).rows[0]?.stage).not.toBe('completed'); // reads 'completed'
  });
});

describe('clips and country codes', () => {
  it('a box clipped to zero height (rect(0px, 300px, 0px, 0px)) is hidden', async () => {
    const { isHiddenElement } = await import('../../lib/qsm/hidden');
    const doc = parse('<!DOCTYPE html><html><head><style>.c{position:absolute;clip:rect(0px, 300px, 0px, 0px)}</style></head><body><span class="c">x</span></body></html>');
    expect(isHiddenElement(doc.querySelector('.c')!)).toBe(true); // false (97be2c0: true)
  });
  it('an order country is a code only when the capitals stand alone', () => {
    const c = claimOf(detailPage(pairs('订购号码', ORDER, '处理状态', '退货:处理要求', '订购国家', 'QOO10 JAPAN')));
    expect(c.orderCountry).not.toBe('QOO'); // 'QOO'
  });
});

describe('a send control the seller cannot press', () => {
  it('a link whose class disables it does not make a Y the seller’s choice', () => {
    const doc = detailPage(
      pairs('注文番号', ORDER, '処理状態', '返品要請', '要請日', '2026/11/16') +
        pairs('撤回要請', '<select><option value="N">N</option><option value="Y" selected>Y</option></select>', '顧客回答期限', '2026/11/25'),
      '<a href="#" class="btn disabled">返品の撤回要請</a>',
    );
    expect(claimOf(doc).withdraw).toMatchObject({ state: 'requested', deadlineShown: '2026/11/25' });
  });
});

