import type { ClaimKind, ClaimStage, WithdrawInfo } from '../rules';

/** Bump with a migration in migrate.ts whenever ClaimRecord changes shape. */
export const RECORD_VERSION = 1;

/** QSM's three withdraw buttons: 【退货的撤回要请】 send, 【取消撤回要请】 cancel, 【再次要请撤回】 send again. */
export const WITHDRAW_ACTIONS = ['send', 'cancel', 'resend'] as const;
export type WithdrawAction = (typeof WITHDRAW_ACTIONS)[number];

/** A seller action that a later reading of the page confirmed, with its JST day. */
export interface ClaimEvent {
  action: WithdrawAction;
  on: string; // 'YYYY-MM-DD' JST
  at: number; // epoch ms of the click
}

/**
 * What the extension remembers of one order. Nothing personal: no names, addresses, phone numbers,
 * buyer IDs or messages — only the claim's facts and the seller's own actions.
 */
export interface ClaimRecord {
  v: typeof RECORD_VERSION;
  orderNo: string;
  cartNo?: string;
  itemCode?: string;
  orderCountry?: string;
  shippedOn?: string;
  carrier?: string;
  trackingNo?: string;
  kind: ClaimKind;
  stage: ClaimStage;
  claimedOn?: string;
  withdraw?: WithdrawInfo;
  events: ClaimEvent[];
  /** A button the seller pressed that no reading has confirmed yet. */
  pending?: { action: WithdrawAction; at: number };
  lastSeenAt: number;
  /** When a full detail page was last read; a grid row shows less. */
  detailSeenAt?: number;
  /**
   * When a reading last told the withdraw state (a detail, or a list row naming it): a list row naming the
   * claim alone carries on what was known, which a detail read meanwhile may have overtaken (withStoredDetail).
   */
  withdrawSeenAt?: number;
}
