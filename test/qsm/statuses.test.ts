/** Status wordings → claim kind and stage (domain.md §2, §7), in the four languages. */
import { describe, expect, it } from 'vitest';
import { readStatus } from '../../lib/qsm';

describe('readStatus', () => {
  it.each([
    // "kind:stage" as the list's 处理状态 column prints it (the manual, zh)
    ['退货:处理要求', 'return', 'requested'],
    ['取消:取消要求', 'cancel', 'requested'],
    ['取消:退款进行中', 'cancel', 'inProgress'],
    ['退货:退款进行中', 'return', 'received'],
    ['退货:已收件/退款请求', 'return', 'received'],
    ['退货:退货保留', 'return', 'onHold'],
    ['退货:退货中', 'return', 'inProgress'],
    ['退货:退货完成', 'return', 'completed'],
    ['交换:申请交换', 'exchange', 'requested'],
    ['交换:卖家确认', 'exchange', 'requested'],
    ['交换:交换延期', 'exchange', 'requested'],
    ['交换:再次运送中', 'exchange', 'inProgress'],
    ['未收取申告:接收申请', 'nonReceipt', 'requested'],
    ['未收取申告:卖家确认', 'nonReceipt', 'inProgress'],
    ['未收取申告:确认延迟', 'nonReceipt', 'requested'],
    ['未收取申告:退款完成', 'nonReceipt', 'completed'],
    ['未收取申告:部分退款完成', 'nonReceipt', 'completed'],
    // a non-receipt report named alone is its first stage; an English wording may be hyphenated
    ['미수취 신고', 'nonReceipt', 'requested'],
    ['未收取申告', 'nonReceipt', 'requested'],
    ['Non-receipt Report', 'nonReceipt', 'requested'],
    ['CANCEL-REQUEST', 'cancel', 'requested'],
    ['Return-Processing', 'return', 'inProgress'],
    ['Exchange request (seller confirmation)', 'exchange', 'requested'],
    // the same, in ja / en / ko, with spaces and full-width colons
    ['返品:処理要請', 'return', 'requested'],
    ['キャンセル：キャンセル要請', 'cancel', 'requested'],
    ['キャンセル:返金処理中', 'cancel', 'inProgress'],
    ['返品:払い戻し待ち', 'return', 'received'],
    ['未受取申告:販売者確認', 'nonReceipt', 'inProgress'],
    ['Return : On Hold', 'return', 'onHold'],
    ['Cancel: Refund in Progress', 'cancel', 'inProgress'],
    ['Exchange: Re-delivering', 'exchange', 'inProgress'],
    ['취소:환불진행중', 'cancel', 'inProgress'],
    ['반품:처리요청', 'return', 'requested'],
    ['미수취신고:판매자확인', 'nonReceipt', 'inProgress'],
    // single names: Qoo10 API codes 1–15 (ja · ko · en) and the manual's status grid (zh)
    ['キャンセル要請', 'cancel', 'requested'], ['취소요청', 'cancel', 'requested'], ['Cancel Request', 'cancel', 'requested'],
    ['キャンセル中', 'cancel', 'inProgress'], ['취소중', 'cancel', 'inProgress'], ['Cancel Processing', 'cancel', 'inProgress'],
    ['キャンセル完了', 'cancel', 'completed'], ['취소완료', 'cancel', 'completed'], ['Cancel Complete', 'cancel', 'completed'],
    ['返品要請', 'return', 'requested'], ['반품요청', 'return', 'requested'], ['Return Request', 'return', 'requested'],
    ['返品中', 'return', 'inProgress'], ['반품중', 'return', 'inProgress'], ['Return Processing', 'return', 'inProgress'],
    ['返品完了', 'return', 'completed'], ['반품완료', 'return', 'completed'], ['Return Complete', 'return', 'completed'],
    ['交換申請', 'exchange', 'requested'], ['교환 신청', 'exchange', 'requested'], ['Exchange Request', 'exchange', 'requested'],
    ['交換承認', 'exchange', 'requested'], ['교환 승인', 'exchange', 'requested'], ['Exchange Approved', 'exchange', 'requested'],
    ['再配送中', 'exchange', 'inProgress'], ['다시 배송 중', 'exchange', 'inProgress'], ['Re-delivering', 'exchange', 'inProgress'],
    ['未受取返金完了', 'nonReceipt', 'completed'], ['미수취 부분 환불 완료', 'nonReceipt', 'completed'], ['Non-receipt Refund Complete', 'nonReceipt', 'completed'],
    ['取消要求', 'cancel', 'requested'], ['取消中', 'cancel', 'inProgress'], ['取消完成', 'cancel', 'completed'],
    ['退货申请', 'return', 'requested'], ['退货中', 'return', 'inProgress'], ['退货保留', 'return', 'onHold'],
    ['已收件/退款请求', 'return', 'received'], ['退货完成', 'return', 'completed'],
    ['申请交换/卖家确认', 'exchange', 'requested'], ['再次运送中', 'exchange', 'inProgress'], ['交换延期', 'exchange', 'requested'],
    ['接收申请', 'nonReceipt', 'requested'], ['卖家确认', 'nonReceipt', 'inProgress'], ['确认延迟', 'nonReceipt', 'requested'],
    ['退款完成', 'nonReceipt', 'completed'], ['部分退款完成', 'nonReceipt', 'completed'],
    // §7's English name of codes 14/15, printed alone: a refund done.
    ['Non-receipt', 'nonReceipt', 'completed'], ['NON-RECEIPT', 'nonReceipt', 'completed'],
  ])('%s → %s / %s', (text, kind, stage) => {
    expect(readStatus(text)).toEqual({ kind, stage });
  });

  it.each([
    ['撤回要请', 'requested'], ['撤回要請', 'requested'], ['철회요청', 'requested'], ['Withdrawal Requested', 'requested'],
    ['撤回保留', 'held'], ['철회보류', 'held'], ['Withdrawal On Hold', 'held'], ['撤回索赔:撤回要请', 'requested'], ['撤回索赔:撤回保留', 'held'],
  ])('%s names only the withdraw state (%s): no kind', (text, withdraw) => {
    expect(readStatus(text)).toEqual({ withdraw });
  });

  it('a kind with a withdraw stage keeps the kind, at the request stage', () => {
    expect(readStatus('退货:撤回要请')).toEqual({ kind: 'return', stage: 'requested', withdraw: 'requested' });
  });

  it.each([
    ['반품요청 (처리 지연)', 'return', 'requested'], ['退货:处理要求(延迟)', 'return', 'requested'],
    ['取消中 (2026/11/20)', 'cancel', 'inProgress'], ['취소중 (환불 진행중)', 'cancel', 'inProgress'],
    ['取消:退款进行中（取消中）', 'cancel', 'inProgress'], ['Return Complete (refund completed on 2026-11-21)', 'return', 'completed'],
    ['返品中(返品完了)', 'return', 'inProgress'],
  ])('%s: a note that cannot change the verdict (a date, "delayed", the same stage, any past the request) is passed over', (text, kind, stage) => {
    expect(readStatus(text)).toEqual({ kind, stage });
  });

  it.each(['撤回要請 (2026/11/20)', '撤回要请（延迟）', '撤回索赔:撤回要请(2026/11/20)', 'Withdrawal Request (Delayed)', '철회요청 (처리 지연)'])(
    '%s: a withdraw-only status with a harmless note still names the withdraw state',
    (text) => expect(readStatus(text)).toEqual({ withdraw: 'requested' }),
  );

  it('a note naming the withdraw state adds it', () => {
    expect(readStatus('キャンセル要請 （撤回要請中）')).toEqual({ kind: 'cancel', stage: 'requested', withdraw: 'requested' });
    expect(readStatus('返品要請（撤回保留）')).toEqual({ kind: 'return', stage: 'requested', withdraw: 'held' });
    expect(readStatus('退货:撤回要请（撤回保留）')).toBeUndefined();
  });

  it.each([
    '退货申请(退货完成)', '返品要請(返品中)', 'Return Request (Return Complete)', 'キャンセル要請（払い戻し待ち）',
    'Cancel Request (Rejected)', '取消要求(已拒绝)', '취소요청 (거부)', '交換申請 (再配送中)',
  ])('%s: a note on a request that could change the verdict keeps the status unknown', (text) => {
    expect(readStatus(text)).toBeUndefined();
  });

  it.each(['Non-receipt : Under Investigation', 'Non-receipt: Pending', 'Non-receipt：調査中', 'Non-receipt (Under Investigation)', 'Non-receipt (Reported)', 'Non-receipt - Reported'])(
    '%s: a wording that is also a kind, then more, is a report at a stage still to read, not the refund the bare wording names',
    (text) => expect(readStatus(text)).toBeUndefined(),
  );

  it.each([
    ['キャンセル要請 : 3日経過', 'cancel', 'requested'], ['Return Request : 2021/07/28 10:00', 'return', 'requested'], ['未收取申告 (2026/11/20)', 'nonReceipt', 'requested'],
  ])('%s: a note after a colon on any other wording is read as any note', (text, kind, stage) => {
    expect(readStatus(text)).toEqual({ kind, stage });
  });

  it.each([
    ['キャンセル要請2026/11/21', 'cancel', 'requested'], ['返品:処理要請 3日経過', 'return', 'requested'],
    ['返品:払い戻し待ち2026/11/20 14:05', 'return', 'received'], ['退货 ： 处理要求 [R04]', 'return', 'requested'],
    ['退货 ： 已收件/退款请求 [R05]', 'return', 'received'], ['다시배송중 - 재발송 송장 등록됨', 'exchange', 'inProgress'],
    ['취소중 – 환불 진행 중', 'cancel', 'inProgress'], ['返品要請 R04', 'return', 'requested'], ['반품요청 ?', 'return', 'requested'],
    ['Cancel Request (3 days elapsed)', 'cancel', 'requested'], ['Cancel Request D+5', 'cancel', 'requested'],
    ['반품요청 재신청', 'return', 'requested'], ['NEW Return Request', 'return', 'requested'],
    ['取消:取消要求 剩余3天', 'cancel', 'requested'], ['延迟 取消:取消要求', 'cancel', 'requested'], ['Non-receipt : Partly refunded', 'nonReceipt', 'completed'],
  ])('%s: a harmless note after a line break, a space, a dash or brackets is passed over', (text, kind, stage) => {
    expect(readStatus(text)).toEqual({ kind, stage });
  });

  it('a note saying what the withdraw state the status names means is passed over; one saying otherwise is not', () => {
    expect(readStatus('반품:철회요청 (고객 응답 대기 ~2026/11/25)')).toEqual({ kind: 'return', stage: 'requested', withdraw: 'requested' });
    expect(readStatus('교환:철회보류 (고객 거절)')).toEqual({ kind: 'exchange', stage: 'requested', withdraw: 'held' });
    expect(readStatus('退货 ： 撤回要请 [W1]')).toEqual({ kind: 'return', stage: 'requested', withdraw: 'requested' });
    expect(readStatus('철회요청 (고객 응답 대기)')).toEqual({ withdraw: 'requested' });
    for (const refused of ['退货:撤回要请 (客户拒绝)', '교환:철회요청 (고객 거절)', 'Return:Withdrawal Request (Refused)', '返品:撤回要請 (期限切れ)']) {
      expect(readStatus(refused), refused).toBeUndefined();
    }
  });

  it.each([
    'キャンセル要請 返品中', '返品要請 - Rejected', 'Return Request expired', '취소요청 - 반려', '交換申請 [再配送中]', '返品中止', 'キャンセル要請取消',
    'Cancel Request (Refunded)', 'Cancel Request (Accepted)', 'Return Request Approved', 'Exchange Request (Re-sent)', 'キャンセル要請（返金済）',
    'キャンセル要請 取り下げ', '返品要請(承認済)', '交換申請(発送済)', '취소요청 (환불됨)', '반품요청 (승인)', '교환 신청 (재발송)', '取消要求 (已退款)',
    '退货申请 (已同意)', '退货:处理要求 (已处理)', '交换:申请交换 (已发货)', '취소 요청 (발송 전 확인 필요)',
  ])('%s: any other note on a request, or words run on without a break, keep the status unknown', (text) => {
    expect(readStatus(text)).toBeUndefined();
  });

  it.each([
    ['キャンセル:払い戻し待ち', 'cancel', 'inProgress'], ['미수취(부분)환불완료', 'nonReceipt', 'completed'],
    ['未受取(部分)返金完了', 'nonReceipt', 'completed'], ['Non-receipt (Partial) Refund Complete', 'nonReceipt', 'completed'],
  ])('%s: %s, %s', (text, kind, stage) => {
    expect(readStatus(text)).toEqual({ kind, stage });
  });

  it.each(['', '退货:神秘阶段', '神秘状态 (取消中)', '(处理中)', '处理中', '取消:退款完成', '払い戻し待ち', 'Shipped', '退货:', ':处理要求'])('%s is unknown, never guessed', (text) => {
    expect(readStatus(text)).toBeUndefined();
  });
});

describe('readStatus: a cell listing the claim’s statuses with their days', () => {
  it('is the latest line’s status, whatever order the lines come in', () => {
    expect(readStatus('교환 신청 2026/11/06 교환 승인 2026/11/08 다시 배송 중 2026/11/10')).toEqual({ kind: 'exchange', stage: 'inProgress' });
    expect(readStatus('返品完了 2026/11/19 14:02 返品中 2026/11/14 返品要請 2026/11/11')).toEqual({ kind: 'return', stage: 'completed' });
    expect(readStatus('退货:处理要求 2026年11月18日 退货:撤回要请 2026年11月20日')).toEqual({ kind: 'return', stage: 'requested', withdraw: 'requested' });
  });

  it('is unknown when a line cannot be read or the lines name different kinds', () => {
    expect(readStatus('반품요청 2026/11/11 반품 거절 2026/11/14')).toBeUndefined();
    expect(readStatus('キャンセル要請 2026/11/11 返品要請 2026/11/14')).toBeUndefined();
    // Two statuses on the latest day: which came last is not known.
    expect(readStatus('返品中 2026/11/13 返品要請 2026/11/13')).toBeUndefined();
    // An earlier withdraw request, then back to the request stage: cancelled or refused, a cooldown the
    // last line does not show.
    expect(readStatus('退货:撤回要请 2026/11/14 退货:处理要求 2026/11/16')).toBeUndefined();
  });

  it('a request then its refusal is the refusal; a history printed in two languages is read line by line', () => {
    expect(readStatus('退货:撤回要请 2026/11/14 退货:撤回保留 2026/11/17')).toEqual({ kind: 'return', stage: 'requested', withdraw: 'held' });
    expect(readStatus('返品要請 2026/11/10 返品:撤回要請 2026/11/14 返品:撤回保留 2026/11/17')).toEqual({ kind: 'return', stage: 'requested', withdraw: 'held' });
    expect(readStatus('返品中 / Return Processing 2026/11/11 返品完了 / Return Complete 2026/11/14')).toEqual({ kind: 'return', stage: 'completed' });
  });
});

describe('readStatus: a status printed in two languages', () => {
  it('is read when both halves say the same, in either order, however joined', () => {
    for (const text of ['返品要請 / Return Request', '返品要請Return Request', '返品要請（Return Request）', 'Return Request / 返品要請', '반품요청 (Return Request)']) {
      expect(readStatus(text), text).toEqual({ kind: 'return', stage: 'requested' });
    }
    expect(readStatus('キャンセル:撤回保留 / Cancel: Withdrawal Hold')).toEqual({ kind: 'cancel', stage: 'requested', withdraw: 'held' });
  });

  it('is unknown when the halves name two statuses', () => {
    expect(readStatus('返品中 / Return Request')).toBeUndefined();
    expect(readStatus('Return Request（キャンセル要請）')).toBeUndefined();
  });
});

describe('readStatus: wordings as a Chinese seller’s screen may vary them', () => {
  it.each([
    // Traditional characters for the manual's Simplified words.
    ['退貨:處理要求', { kind: 'return', stage: 'requested' }],
    ['取消:退款進行中', { kind: 'cancel', stage: 'inProgress' }],
    ['交換:撤回保留', { kind: 'exchange', stage: 'requested', withdraw: 'held' }],
    // A mark before the wording, and notes of delay and elapsed days.
    ['[新] 取消:取消要求', { kind: 'cancel', stage: 'requested' }],
    ['★ 退货:处理要求', { kind: 'return', stage: 'requested' }],
    ['[NEW] 返品要請', { kind: 'return', stage: 'requested' }],
    ['退货:处理要求 (已延迟)', { kind: 'return', stage: 'requested' }],
    ['取消：取消要求（已延迟）/ 5天', { kind: 'cancel', stage: 'requested' }],
    ['[新] 退貨：處理要求 （第3天）', { kind: 'return', stage: 'requested' }],
    ['退货:撤回要请 （等待买家回应）', { kind: 'return', stage: 'requested', withdraw: 'requested' }],
    // A bracket naming a withdraw state before the wording is no mark to pass over.
    ['【撤回保留】退货:处理要求', undefined],
    ['[撤回要请] 退货:处理要求', undefined],
    ['退貨:撤回要請（等待買家回應）', { kind: 'return', stage: 'requested', withdraw: 'requested' }],
    // The status's code before its wording.
    ['RT01 退货:处理要求', { kind: 'return', stage: 'requested' }],
    ['CN01取消:取消要求', { kind: 'cancel', stage: 'requested' }],
    ['RT04 · 退货:已收件/退款请求', { kind: 'return', stage: 'received' }],
    ['5 返品中', { kind: 'return', stage: 'inProgress' }],
    // A sub-stage joined by a dash is the finer stage; a stage in brackets after a later one is a note.
    ['退货:退货中-退货保留', { kind: 'return', stage: 'onHold' }],
    ['返品中(返品完了)', { kind: 'return', stage: 'inProgress' }],
    // A change shown in the cell: the status after it is the status now, in either order.
    ['变更后：退货:退货中 2026/11/20 14:02 / 变更前：退货:撤回保留', { kind: 'return', stage: 'inProgress' }],
    ['变更前： 退货:撤回要请 / 变更后： 退货:处理要求', { kind: 'return', stage: 'requested' }],
  ])('%s', (text, meaning) => {
    expect(readStatus(text)).toEqual(meaning);
  });

  it.each(['[新] 撤回保留', '退货:审核中(Qoo10)', '[退货] 处理要求', 'CLM_STAT_21', 'WD02 撤回保留', '[完了] 返品要請', '[Hold] Return Request'])('%s names no claim it can read', (text) => {
    expect(readStatus(text)?.kind).toBeUndefined();
  });
});
