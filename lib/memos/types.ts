/** Buyer-message templates: what a memo is made of (domain.md §4). */

/** The situations a seller writes to a buyer about during a withdraw request; ids are a stable API. */
export type MemoSituation =
  | 'cancel-shipped'
  | 'return-withdraw'
  | 'exchange-withdraw'
  | 'ask-again'
  | 'deadline-reminder'
  | 'thanks-withdrawn';

export const MEMO_SITUATIONS: readonly MemoSituation[] = [
  'cancel-shipped',
  'return-withdraw',
  'exchange-withdraw',
  'ask-again',
  'deadline-reminder',
  'thanks-withdrawn',
];

/** The buyer's language; Qoo10 support answers in these four (domain.md §4). */
export type MemoLanguage = 'ja' | 'en' | 'zh' | 'ko';

export const MEMO_LANGUAGES: readonly MemoLanguage[] = ['ja', 'en', 'zh', 'ko'];

export interface MemoTemplate {
  /** 'builtin:<situation>:<language>' for the built-in ones. */
  id: string;
  situation: MemoSituation;
  language: MemoLanguage;
  /** What the seller sees in a template picker, in the template's own language. */
  name: string;
  /** QSM's memo form has a title and a body (domain.md §4). */
  subject: string;
  body: string;
  builtIn: boolean;
}

/** Everything a template may refer to; dates are ISO 'YYYY-MM-DD' JST days. */
export interface MemoValues {
  orderNo?: string;
  itemCode?: string;
  itemName?: string;
  carrier?: string;
  trackingNo?: string;
  shippedOn?: string;
  deadline?: string;
  shopName?: string;
  signature?: string;
}

/**
 * The shipment facts the seller may type in the message helper when the page does not show them: the
 * buyer's cancel request can block entering the tracking number (domain.md §4, the FAQ's typical case).
 * The seller's own data, not the buyer's; used for one message and never stored.
 */
export type ShipmentValues = Pick<MemoValues, 'shippedOn' | 'carrier' | 'trackingNo'>;
export const SHIPMENT_VALUES: readonly (keyof ShipmentValues)[] = ['shippedOn', 'carrier', 'trackingNo'];

/** What the seller sets once, in the options. */
export const SELLER_VALUES: readonly (keyof MemoValues)[] = ['shopName', 'signature'];

export type RenderResult =
  | { ok: true; subject: string; body: string }
  | {
      ok: false;
      subject: string;
      body: string;
      /** Placeholders with no value fit to send: none given, or a seller's value holding text in braces. */
      missing: string[];
      unknown: string[];
    };
