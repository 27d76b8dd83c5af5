/**
 * The buyer message a popup card offers to copy (issue #5): the template lib/memos suggests for the claim,
 * in the buyer's language (the order country), filled from what the record knows. It is composed only when
 * the seller presses the button, and refused with the reason when a value is missing or the personal-data
 * guard objects. Pure apart from the clock value it is given.
 */
import { INTL_LOCALE, createT, type UiLanguage } from '../lib/i18n';
import {
  BUILT_IN_TEMPLATES, checkMessage, memoLanguageForCountry, renderMemo, suggestSituation, type MemoValues,
} from '../lib/memos';
import { sellerBraces, type MemoLibrary } from '../lib/memos/library';
import { MEMO_LANGUAGE_KEY, MEMO_VALUE_KEY } from '../lib/i18n/memoWords';
import { memoDeadline } from '../lib/memos/deadline';
import { currentWithdrawState } from '../lib/rules';
import type { BuyerMessage, OrderCardData } from './popupModel';

const LANGUAGE_KEY = MEMO_LANGUAGE_KEY;

const VALUE_KEY = MEMO_VALUE_KEY;
/** The shipment facts the message helper on a QSM page lets the seller type. */
const SHIPMENT: readonly string[] = ['shippedOn', 'carrier', 'trackingNo'];

/** What the seller supplies once (shop name, signature); the record never holds them. */
export type SellerValues = Pick<MemoValues, 'shopName' | 'signature'>;

/**
 * The values a record gives a template. The deadline is the one the verdict gives (lib/memos/deadline):
 * the live one while a request is pending, before one is sent the one it would get (request day + 6,
 * domain.md §3.4), which is what the message sent with the request must name.
 */
export function memoValuesOf(card: OrderCardData, now: number, seller: SellerValues = {}): MemoValues {
  const r = card.record;
  const deadline = memoDeadline(card.verdict, now);
  const values: MemoValues = {
    orderNo: card.orderNo,
    itemCode: r?.itemCode,
    carrier: r?.carrier,
    trackingNo: r?.trackingNo,
    shippedOn: r?.shippedOn,
    deadline,
    ...seller,
  };
  return Object.fromEntries(Object.entries(values).filter(([, v]) => typeof v === 'string' && v.trim())) as MemoValues;
}

/**
 * The one fitting message for a card seen in QSM; a quick check has no record to fill it from. With the
 * seller's `library` (lib/memos/library), its language choice and first template for the situation win
 * over the built-ins.
 */
export function buyerMessagesFor(card: OrderCardData, lang: UiLanguage, now: number, seller: SellerValues = {}, library?: MemoLibrary): BuyerMessage[] {
  if (!card.record) return [];
  const t = createT(lang);
  const language = library ? library.languageFor(card.record.orderCountry) : memoLanguageForCountry(card.record.orderCountry);
  const withdraw = card.snapshot.withdraw;
  // The withdraw state as the rules read it (dates decide): a request the buyer refused since is a refusal.
  const withdrawState = withdraw && currentWithdrawState(withdraw);
  const situation = suggestSituation({ kind: card.snapshot.kind, withdrawState, verdictState: card.verdict.state, verdictReason: card.verdict.reason });
  // A claim the seller cannot ask to withdraw in QSM gets no message asking the buyer to.
  if (!situation) return [];
  const template = library
    ? library.templatesFor(situation, language)[0]
    : BUILT_IN_TEMPLATES.find((m) => m.situation === situation && m.language === language);
  if (!template) return [];
  const list = (names: string[]) => new Intl.ListFormat(INTL_LOCALE[lang], { type: 'conjunction' }).format(names.map((n) => (Object.hasOwn(VALUE_KEY, n) ? t(VALUE_KEY[n as keyof MemoValues]) : n)));
  // What is missing, and where the seller can supply it: the shop name in the options (an empty signature
  // is the shop name, so that alone is asked for), a field in braces rewritten there, shipment facts in
  // the message helper on the order's QSM page, which the popup has no fields for.
  const whyNot = (needed: string[]): string => {
    const braced: string[] = sellerBraces({ shopName: seller.shopName ?? '', signature: seller.signature ?? '' }).filter((f) => needed.includes(f));
    const rest = needed.filter((n) => !braced.includes(n) && !(n === 'signature' && needed.includes('shopName') && !seller.signature?.trim()));
    const parts = [
      ...(rest.length ? [t('popup.copy.missing', { names: list(rest) })] : []),
      ...(rest.includes('shopName') || rest.includes('signature') ? [t('popup.copy.hint.seller')] : []),
      ...(rest.some((n) => SHIPMENT.includes(n)) ? [t('popup.copy.hint.shipment')] : []),
      ...(braced.length ? [t('memo.seller.braces', { names: list(braced) })] : []),
    ];
    return parts.join(lang === 'ja' || lang === 'zh_CN' ? '' : ' ');
  };
  return [
    {
      id: template.id,
      label: t('popup.copy.label', { language: t(LANGUAGE_KEY[language]) }),
      title: template.name,
      compose() {
        const values = memoValuesOf(card, now, seller);
        const rendered = renderMemo(template, values);
        if (!rendered.ok) return { ok: false, why: whyNot([...rendered.missing, ...rendered.unknown]) };
        if (checkMessage(rendered.body, values).blocked) return { ok: false, why: t('popup.copy.blocked') };
        return { ok: true, text: rendered.body };
      },
    },
  ];
}
