/** The withdraw policy: pure functions, no DOM, no browser API. */
export type {
  ClaimKind,
  ClaimStage,
  WithdrawInfo,
  ClaimSnapshot,
  VerdictState,
  VerdictReason,
  WithdrawVerdict,
} from './types';
export { evaluateWithdraw, currentWithdrawState, responseDeadlineOf } from './evaluate';
export { POLICY, CLAIM_KINDS, CLAIM_STAGES } from './policy';
