// Every stage of every kind (domain.md §2, §3.1–3.2).
import { describe, expect, it } from 'vitest';
import { evaluateWithdraw, type ClaimKind, type ClaimStage } from '../../lib/rules';
import { claim, jst } from './helpers';

const now = jst('2026-11-22 12:00');

const expected: Record<ClaimKind, Record<ClaimStage, [string, string]>> = {
  cancel: {
    requested: ['eligible', 'request-stage'], // 取消要求
    inProgress: ['ineligible', 'claim-in-progress'], // 取消中, 取消:退款进行中
    onHold: ['ineligible', 'claim-in-progress'],
    received: ['ineligible', 'claim-in-progress'],
    completed: ['ineligible', 'claim-closed'], // 取消完成
  },
  return: {
    requested: ['eligible', 'request-stage'], // 退货申请, 退货:处理要求
    inProgress: ['ineligible', 'claim-in-progress'], // 退货中
    onHold: ['ineligible', 'claim-in-progress'], // 退货保留
    received: ['ineligible', 'claim-in-progress'], // 已收件/退款请求, 退货:退款进行中
    completed: ['ineligible', 'claim-closed'], // 退货完成
  },
  exchange: {
    requested: ['eligible', 'request-stage'], // 申请交换/卖家确认
    inProgress: ['ineligible', 'claim-in-progress'], // 再次运送中
    onHold: ['ineligible', 'claim-in-progress'],
    received: ['ineligible', 'claim-in-progress'],
    completed: ['ineligible', 'claim-closed'],
  },
  nonReceipt: {
    requested: ['ineligible', 'non-receipt'],
    inProgress: ['ineligible', 'non-receipt'],
    onHold: ['ineligible', 'non-receipt'],
    received: ['ineligible', 'non-receipt'],
    completed: ['ineligible', 'non-receipt'],
  },
};

describe('stages', () => {
  for (const [kind, stages] of Object.entries(expected) as [ClaimKind, Record<ClaimStage, [string, string]>][]) {
    for (const [stage, [state, reason]] of Object.entries(stages) as [ClaimStage, [string, string]][]) {
      it(`${kind} ${stage} → ${state} (${reason})`, () => {
        const v = evaluateWithdraw({ kind, stage }, now);
        expect(v).toMatchObject({ state, reason, canRequest: state === 'eligible', warnings: [] });
        expect(v.responseDeadline).toBeUndefined();
        expect(v.nextRequestOn).toBeUndefined();
      });
    }
  }

  it('a claim past its request stage stays ineligible even with a withdraw record (QSM cannot act on it)', () => {
    const v = evaluateWithdraw(claim({ stage: 'onHold' }, { state: 'requested', requestedOn: '2026-11-20' }), now);
    expect(v).toMatchObject({ state: 'ineligible', reason: 'claim-in-progress' });
  });

  it('a non-receipt report is never withdrawable in QSM, whatever its withdraw record says', () => {
    const v = evaluateWithdraw(claim({ kind: 'nonReceipt' }, { state: 'held', heldOn: '2026-11-20' }), now);
    expect(v).toMatchObject({ state: 'ineligible', reason: 'non-receipt' });
  });

  it('a request with no withdraw record, or state none, is eligible', () => {
    expect(evaluateWithdraw(claim({ kind: 'cancel' }, { state: 'none' }), now).state).toBe('eligible');
    expect(evaluateWithdraw(claim({ kind: 'exchange' }), now).state).toBe('eligible');
  });
});
