export type ClaimKind = 'cancel' | 'return' | 'exchange' | 'nonReceipt';
export type ClaimStage = 'requested' | 'inProgress' | 'onHold' | 'received' | 'completed';

export interface WithdrawInfo {
  state: 'none' | 'requested' | 'held' | 'cancelled';
  requestedOn?: string; // 'YYYY-MM-DD' (JST) the latest withdraw request was sent (要请日)
  heldOn?: string; // the day the buyer refused (保留日)
  cancelledOn?: string; // the day the seller cancelled its own request
  deadlineShown?: string; // the buyer response deadline as the page prints it (客户回应期限)
}

export interface ClaimSnapshot {
  kind: ClaimKind;
  stage: ClaimStage;
  claimedOn?: string;
  withdraw?: WithdrawInfo;
}

export type VerdictState = 'eligible' | 'pending' | 'cooldown' | 'ineligible' | 'unknown';

export type VerdictReason =
  | 'request-stage'
  | 'awaiting-buyer'
  | 'auto-withdraw-due'
  | 'cooldown-after-refusal'
  | 'cooldown-after-cancel'
  | 'claim-in-progress'
  | 'claim-closed'
  | 'non-receipt'
  | 'invalid-input';

export interface WithdrawVerdict {
  state: VerdictState;
  reason: string;
  canRequest: boolean; // true exactly when state === 'eligible'
  responseDeadline?: string; // pending: last day the buyer may answer, 'YYYY-MM-DD' JST
  autoWithdrawOn?: string; // pending: the day QSM withdraws the claim if the buyer stays silent
  deadlineEndsAt?: Date; // pending: the instant the response deadline ends (end of that day in JST)
  nextRequestOn?: string; // cooldown: first JST day a new request may be sent
  delayed: boolean; // a cancel/return/non-receipt request left unconfirmed past the threshold
  warnings: string[]; // e.g. 'deadline-mismatch' when deadlineShown differs from the computed deadline
}
