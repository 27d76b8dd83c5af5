/** Picking a language and a situation for a claim, so the seller starts from the right template. */
import type { MemoLanguage, MemoSituation } from './types';

// QSM advises writing in the order's site country's language (domain.md §4). The page may print an
// ISO code ('JP'), a three-letter code or a country name in any of QSM's four languages.
// The Chinese templates are in Simplified Chinese: right for mainland China, and readable, though not
// the script they write (Traditional), for buyers in Taiwan, Hong Kong and Macau; the seller can switch
// such a message to English. Singapore's Qoo10 site is in English, so its buyers get English.
const COUNTRY_LANGUAGE: Record<string, MemoLanguage> = {
  JP: 'ja', JPN: 'ja', JAPAN: 'ja', 日本: 'ja', 日本国: 'ja', 일본: 'ja',
  KR: 'ko', KOR: 'ko', KOREA: 'ko', 'SOUTH KOREA': 'ko', 韓国: 'ko', 韩国: 'ko', 韓國: 'ko', 大韓民国: 'ko', 大韩民国: 'ko', 한국: 'ko', 대한민국: 'ko',
  CN: 'zh', CHN: 'zh', CHINA: 'zh', 中国: 'zh', 中國: 'zh', 中華人民共和国: 'zh', 中华人民共和国: 'zh', 중국: 'zh', 중화인민공화국: 'zh',
  中国大陆: 'zh', 中國大陸: 'zh', 中国大陸: 'zh', 'MAINLAND CHINA': 'zh', 'CHINA MAINLAND': 'zh', 중국본토: 'zh',
  TW: 'zh', TWN: 'zh', TAIWAN: 'zh', 台湾: 'zh', 台灣: 'zh', 臺灣: 'zh', 中国台湾: 'zh', 대만: 'zh',
  HK: 'zh', HKG: 'zh', 'HONG KONG': 'zh', 'HONG KONG SAR': 'zh', 香港: 'zh', 中国香港: 'zh', 香港特別行政區: 'zh', 香港特别行政区: 'zh', 홍콩: 'zh',
  MO: 'zh', MAC: 'zh', MACAU: 'zh', MACAO: 'zh', 澳门: 'zh', 澳門: 'zh', マカオ: 'zh',
  SG: 'en', SGP: 'en', SINGAPORE: 'en', 新加坡: 'en', シンガポール: 'en', 싱가포르: 'en',
};

/**
 * The buyer's language for an order country: JP → ja, KR → ko, CN/TW/HK/MO → zh (Simplified), SG and
 * any other country → en. Unknown (undefined, blank, a dash or "N/A") → ja, since Qoo10 JP's buyers are
 * mostly in Japan.
 * Accepts 'JP', ' jp ', 'JPN', 'Japan', '日本', 'JP(日本)'.
 */
export function memoLanguageForCountry(orderCountry: string | undefined): MemoLanguage {
  if (typeof orderCountry !== 'string') return 'ja';
  const text = orderCountry.normalize('NFKC').trim().toUpperCase().replace(/\s+/g, ' ');
  // Nothing shown: blank, QSM's dash, or a stand-in for no value.
  if (!/\p{L}/u.test(text) || /^(?:N\/A|NONE|UNKNOWN|不明|未知)$/.test(text)) return 'ja';
  const exact = COUNTRY_LANGUAGE[text];
  if (exact) return exact;
  // 'JP(日本)', 'JP - Japan': the leading code decides.
  const code = /^[A-Z]{2,3}(?![A-Z])/.exec(text)?.[0];
  if (code && COUNTRY_LANGUAGE[code]) return COUNTRY_LANGUAGE[code];
  for (const part of text.split(/[^\p{L}]+/u)) {
    const lang = COUNTRY_LANGUAGE[part];
    if (lang) return lang;
  }
  return 'en';
}

/**
 * The template a claim calls for, following the rules' verdict (lib/rules) when there is one. While the
 * buyer may still answer a request it reminds; after a refusal the seller asks again; otherwise the
 * claim's kind picks the first request. No suggestion (the seller may still pick one):
 * - a claim the rules do not let the seller ask to withdraw in QSM ('ineligible': a non-receipt report,
 *   a claim under way or closed, domain.md §3.2): no message should ask the buyer to withdraw what the
 *   seller cannot send a request for;
 * - a request whose deadline passed in silence ('auto-withdraw-due', §3.5): a reminder would name a day
 *   gone by, and the buyer did not withdraw anything, so a thank-you "for withdrawing" would be untrue.
 * `withdrawState` is the one the rules read off the dates (lib/rules currentWithdrawState), not the
 * page's label: a page still showing a request the buyer has since refused calls for asking again, also
 * once the cooldown is over. `kind` takes lib/rules' ClaimKind; with no verdict, a non-receipt or unknown
 * kind falls back to the FAQ's typical case (domain.md §4), which the seller can change.
 */
export function suggestSituation(claim: { kind: string; withdrawState?: string; verdictState?: string; verdictReason?: string }): MemoSituation | undefined {
  const withdraw = claim.withdrawState;
  const judged = claim.verdictState !== undefined && claim.verdictState !== 'unknown';
  if (claim.verdictState === 'ineligible' || claim.verdictReason === 'auto-withdraw-due') return undefined;
  if (claim.verdictState === 'pending' || (!judged && withdraw === 'requested')) return 'deadline-reminder';
  if (withdraw === 'held' || claim.verdictReason === 'cooldown-after-refusal') return 'ask-again';
  switch (String(claim.kind).toLowerCase()) {
    case 'return':
      return 'return-withdraw';
    case 'exchange':
      return 'exchange-withdraw';
    default:
      return 'cancel-shipped';
  }
}
