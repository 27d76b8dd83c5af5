/**
 * The message helper on a QSM page asks for a ready message; this answers it (in the background, so
 * the templates and the personal-data guard stay out of the content script that loads on every page).
 * Pure: templates and the seller's values come in as arguments.
 */
import { suggestSituation } from './choose';
import { checkMemo, looksLikeCardNumber, type PersonalDataHit } from './guard';
import { sellerBraces, type MemoLibrary } from './library';
import { holdsBraces } from './placeholders';
import { renderMemo } from './render';
import { jstDay, parsePageDay } from '../time';
import { MEMO_LANGUAGES, MEMO_SITUATIONS, SHIPMENT_VALUES, type MemoLanguage, type MemoSituation, type MemoValues, type ShipmentValues } from './types';

/** What the page knows of the order; nothing personal. */
export interface MemoFacts {
  orderNo?: string;
  itemCode?: string;
  carrier?: string;
  trackingNo?: string;
  shippedOn?: string;
  orderCountry?: string;
  kind?: string;
  /** As the rules read it off the dates (lib/rules currentWithdrawState), not the page's label. */
  withdrawState?: string;
  verdictState?: string;
  verdictReason?: string;
  /** The buyer's deadline as the verdict gives it (./deadline); none when no request can be sent. */
  deadline?: string;
}

export interface MemoPreviewRequest {
  type: 'qwa:memo-preview';
  facts: MemoFacts;
  situation?: MemoSituation;
  language?: MemoLanguage;
  templateId?: string;
  /** Shipment facts the seller typed for this message; they fill only what the page did not show. */
  typed?: ShipmentValues;
}

export interface MemoPreview {
  /** None when the seller chose none and the rules call for none (./choose). */
  situation?: MemoSituation;
  /**
   * Why the rules call for no message, when the seller chose none: no withdraw request can be sent for
   * the claim ('no-request'), or the buyer's deadline passed without an answer ('deadline-over').
   */
  notSuggested?: 'no-request' | 'deadline-over';
  language: MemoLanguage;
  templateId?: string;
  /** The templates to choose from for this situation and language. */
  choices: { id: string; name: string }[];
  subject: string;
  body: string;
  ok: boolean;
  missing: string[];
  unknown: string[];
  hits: PersonalDataHit[];
  /** The same in the subject, which goes into QSM's title field (positions in `subject`). */
  subjectHits?: PersonalDataHit[];
  /**
   * Shipment facts the seller typed that are not used, and why: a value holding a placeholder ('{orderNo}'
   * would reach the buyer as those very characters, since a value is never filled in again), a ship
   * date after today (JST), or a card number typed as the tracking number (a tracking number is exempt
   * from the guard's card check). Such a value counts as not given; the seller is told why instead.
   */
  rejected?: Partial<Record<keyof ShipmentValues, TypedProblem>>;
  /**
   * The seller's values (shop name, signature) this message needs that hold text in braces: stored before
   * the options refused them, they would reach the buyer as typed. Told apart from "missing", since they
   * are set, only not fit to send.
   */
  sellerBraces?: string[];
  /**
   * Why the deadline the message needs could not be named: no withdraw request can be sent for the claim
   * ('no-request'), its withdraw state is not known ('unknown-claim', e.g. an order not seen yet), or the
   * request's deadline passed without an answer ('deadline-over').
   */
  noDeadline?: 'no-request' | 'unknown-claim' | 'deadline-over';
}

export type TypedProblem = 'placeholder' | 'future' | 'card';

const filled = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);

/** What is wrong with a value the seller typed, if anything. */
function problemOf(key: keyof ShipmentValues, value: string, today: string): TypedProblem | undefined {
  if (holdsBraces(value)) return 'placeholder';
  if (key === 'trackingNo' && looksLikeCardNumber(value)) return 'card';
  const day = key === 'shippedOn' ? parsePageDay(value) : undefined;
  return day && day > today ? 'future' : undefined;
}

/**
 * The page's shipment facts, completed by what the seller typed where the page showed none. The page's
 * own values are QSM's; a typed one is used only when fit to send (problemOf).
 */
function shipment(facts: MemoFacts, typed: unknown, today: string): { values: ShipmentValues; rejected: Partial<Record<keyof ShipmentValues, TypedProblem>> } {
  const own = typed && typeof typed === 'object' ? (typed as Record<string, unknown>) : {};
  const values: ShipmentValues = {};
  const rejected: Partial<Record<keyof ShipmentValues, TypedProblem>> = {};
  for (const key of SHIPMENT_VALUES) {
    const page = filled(facts[key]);
    const mine = page ? undefined : filled(own[key]);
    const problem = mine && problemOf(key, mine, today);
    if (problem) rejected[key] = problem;
    values[key] = page ?? (problem ? undefined : mine);
  }
  return { values, rejected };
}

export function isMemoPreviewRequest(value: unknown): value is MemoPreviewRequest {
  return !!value && typeof value === 'object' && (value as { type?: unknown }).type === 'qwa:memo-preview' && typeof (value as { facts?: unknown }).facts === 'object';
}

/**
 * The personal-data guard on a filled message: the order's tracking number is its own, not a card number,
 * whatever its digits; the shop's name is its own, even shaped like a domain.
 */
export const checkMessage = (text: string, values: MemoValues) => checkMemo(text, { references: [values.trackingNo], names: [values.shopName] });

/** The seller's templates (built-ins, edited copies, own ones) and the seller's values; `now` dates the typed ship date. */
export function previewMemo(request: MemoPreviewRequest, library: MemoLibrary, seller: { shopName: string; signature: string }, now: number): MemoPreview {
  const { facts } = request;
  const situation = MEMO_SITUATIONS.includes(request.situation!)
    ? request.situation!
    : suggestSituation({ kind: facts.kind ?? '', withdrawState: facts.withdrawState, verdictState: facts.verdictState, verdictReason: facts.verdictReason });
  const language = MEMO_LANGUAGES.includes(request.language!) ? request.language! : library.languageFor(facts.orderCountry);
  const candidates = situation ? library.templatesFor(situation, language) : [];
  const template = candidates.find((t) => t.id === request.templateId) ?? candidates[0];
  const base = {
    situation,
    language,
    choices: candidates.map((t) => ({ id: t.id, name: t.name })),
    ...(!situation ? { notSuggested: facts.verdictReason === 'auto-withdraw-due' ? ('deadline-over' as const) : ('no-request' as const) } : {}),
  };
  if (!template) return { ...base, subject: '', body: '', ok: false, missing: [], unknown: [], hits: [] };

  const typed = shipment(facts, request.typed, jstDay(new Date(now)));
  const deadlineOver = facts.verdictReason === 'auto-withdraw-due';
  const values: MemoValues = {
    orderNo: facts.orderNo,
    itemCode: facts.itemCode,
    ...typed.values,
    // A deadline gone by in silence (§3.5): QSM withdraws the claim by itself, and a message naming that
    // day, or asking for an answer by it, would tell the buyer something untrue.
    deadline: deadlineOver ? undefined : facts.deadline,
    shopName: seller.shopName,
    signature: seller.signature,
  };
  const rendered = renderMemo(template, values);
  const personal = (text: string) => checkMessage(text, values).hits;
  const [hits, subjectHits] = [personal(rendered.body), personal(rendered.subject)];
  // Only what this message needs: a rejected value it does not use keeps nothing from being sent.
  const needed = rendered.ok ? [] : rendered.missing;
  const rejected = Object.fromEntries(Object.entries(typed.rejected).filter(([name]) => needed.includes(name)));
  const braced: string[] = sellerBraces(seller).filter((field) => needed.includes(field));
  return {
    ...base,
    templateId: template.id,
    subject: rendered.subject,
    body: rendered.body,
    ok: rendered.ok && hits.length === 0 && subjectHits.length === 0,
    // A rejected value is told as rejected, not as missing.
    missing: needed.filter((name) => !Object.hasOwn(rejected, name) && !braced.includes(name)),
    unknown: rendered.ok ? [] : rendered.unknown,
    hits,
    ...(subjectHits.length ? { subjectHits } : {}),
    ...(Object.keys(rejected).length ? { rejected } : {}),
    ...(braced.length ? { sellerBraces: braced } : {}),
    ...(!rendered.ok && rendered.missing.includes('deadline') ? { noDeadline: deadlineOver ? 'deadline-over' : facts.verdictState === 'ineligible' ? 'no-request' : 'unknown-claim' } : {}),
  };
}
