/** What the QSM page reader hands to the rest of the extension. */
import type { ClaimSnapshot } from '../rules';

export type QsmLanguage = 'ja' | 'zh' | 'en' | 'ko';
export const QSM_LANGUAGES: readonly QsmLanguage[] = ['ja', 'zh', 'en', 'ko']; // ja first: QSM's default

export interface OrderClaim extends ClaimSnapshot {
  orderNo: string; // digits only
  cartNo?: string;
  orderCountry?: string;
  itemCode?: string;
  shippedOn?: string; // 'YYYY-MM-DD' (JST)
  carrier?: string;
  trackingNo?: string;
}

export type DetailRead =
  | { ok: true; claim: OrderClaim; language: QsmLanguage }
  | { ok: false; reason: 'not-a-claim-page' | 'unrecognized-layout'; detail: string };

export interface GridRead {
  rows: OrderClaim[];
  problems: string[]; // one per row that could not be read
}

/**
 * Whatever one detail showed, even when it is not enough for a claim (e.g. a status that names only the
 * withdraw state leaves `kind` unknown): the content script merges this with what it already knows.
 */
export interface DetailFacts {
  facts: Partial<OrderClaim>;
  language: QsmLanguage;
  /** Missing or unreadable pieces, named without any of the page's values (e.g. 'invalid-date:claimedOn'). */
  problems: string[];
}

/** One data row of the claim grid, with the cells a content script needs to mount a badge beside. */
export interface GridRow {
  tr: Element;
  /** Where the row's badge goes: its status cell, or its order number's when several orders share the status cell (rowspan). */
  statusCell: Element;
  /** The badge goes beside a number (an order's or an item's), not into the status cell: after it, never before. */
  beside?: true;
  /** 1-based data row number (the grid's sizing row is not counted). */
  rowNumber: number;
  facts: Partial<OrderClaim>;
  /** Present when the row was read completely; otherwise `problem` says why not. */
  claim?: OrderClaim;
  problem?: string;
  /** Fields left out of a row that was read, e.g. 'invalid-date:claimedOn' (no values). */
  warnings?: string[];
}

export interface GridReadWithCells {
  /** False when the page has no claim grid at all. */
  found: boolean;
  rows: GridRow[];
  problems: string[];
}
