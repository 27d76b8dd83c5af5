/** Postal codes and card numbers: shapes that need a marker, a label or a checksum to be told apart. */
import { digitsOf, foldForScan } from './normalize';
import { NOT_AFTER_REFERENCE, NUM_AFTER as A, NUM_BEFORE as B, spans, type Candidate } from './types';

// 〒 is part of how a Japanese postal code is written, so it is part of the hit.
const MARKED = new RegExp(`〒 ?\\d{3}-?\\d{4}${A}`, 'g');
// A label makes the other countries' codes safe to flag: KR 5 digits, CN 6, US 5(-4), JP 7.
const LABELS = [
  '郵便番号', '邮政编码', '邮编', '우편번호', 'ZIP ?[Cc]ode', 'Zip ?[Cc]ode', 'zip ?code', 'ZIP', 'Zip', 'zip',
  '[Pp]ostal ?[Cc]ode', 'POSTAL ?CODE', '[Pp]ost ?[Cc]ode', 'Postcode', 'POSTCODE',
].join('|');
const LABELLED = new RegExp(
  `(?<=(?<![A-Za-z])(?:${LABELS})[ :.]{0,4})(?<![0-9])(?:\\d{3}-\\d{4}|\\d{7}|\\d{5}(?:-\\d{4})?|\\d{6})${A}`,
  'g',
);
// The bare Japanese 3-4 form. '2026-11' (4-2) and '1-2' cannot match; '100-1000円' is a price range.
const BARE = new RegExp(
  `${B}${NOT_AFTER_REFERENCE}(?<![¥$￥₩€£])\\d{3}-\\d{4}${A}(?! ?(?:円|元|원|ドル|yen|won|個|件|点|枚|本|台|箱|回|名|人|%|％|km|kg|g\\b|ml|cm|mm|W\\b|V\\b|mAh|pcs|PCS))`,
  'g',
);

export function postalCandidates(folded: string): Candidate[] {
  const out: Candidate[] = [];
  for (const re of [MARKED, LABELLED, BARE]) {
    for (const { start, end } of spans(re, folded)) out.push({ kind: 'postal', start, end, rank: 4 });
  }
  return out;
}

// Cards are printed 4-4-4-4 (16, or 19 with a 3-digit tail; spaces, hyphens or dots) or 4-6-5 / 4-6-4
// (Amex, Diners) with one kind of separator, or run together. A 12-digit tracking number is too short to be one.
// A grouped card stands alone: more groups around it ('1027 5821 8339 4471 8820 1936') are a list of
// other numbers, such as two tracking numbers, that happen to line up.
// Carriers' tracking numbers run to 13 digits and more and some pass the card checksum ('送り状番号
// 4312345678903'), so a number right after an explicit tracking-number label is that number. Only such
// a label: the looser reference words postal codes and phones use (a bare 'order', 'cart') are just how
// a card paid with is mentioned ('Card used for this order: 4111 …', 'Pre-order #5555 …').
const TRACKING_LABELS = [
  '追跡番号', '送り状番号', '伝票番号', '伝票No\\.?', '問い合わせ番号', 'お問合せ番号', '問合せ番号', '运单号', '运送单号', '物流单号', '快递单号', '(?<!订)单号',
  '송장 ?번호', '운송장 ?번호',
  '(?<![A-Za-z])[Tt]racking ?(?:[Nn]o\\.?|[Nn]umber|#)', 'TRACKING ?(?:NO\\.?|NUMBER|#)',
].join('|');
const NOT_AFTER_TRACKING = `(?<!(?:${TRACKING_LABELS})[ :#.]{0,3})`;
// A card is judged whole as any number is, except that a label may sit right against it: 'VISA:4111…',
// 'Card:4111…', 'No.4111 …' are cards, where 'CUP-1234' or 'v1.2' are parts of something else.
const CARD_BEFORE = '(?<![0-9A-Za-z+])(?<![0-9][-./,:])(?<![A-Za-z][-/,])';
const ALONE_BEFORE = '(?<![0-9][- ])';
const ALONE_AFTER = '(?![- ][0-9])';
const GROUPED = new RegExp(`${CARD_BEFORE}${NOT_AFTER_TRACKING}${ALONE_BEFORE}\\d{4}([- .])\\d{4}\\1\\d{4}\\1\\d{4}(?:\\1\\d{3})?${A}${ALONE_AFTER}`, 'g');
const AMEX = new RegExp(`${CARD_BEFORE}${NOT_AFTER_TRACKING}${ALONE_BEFORE}\\d{4}([- ])\\d{6}\\1\\d{4,5}${A}${ALONE_AFTER}`, 'g');
const RUN = new RegExp(`${CARD_BEFORE}${NOT_AFTER_TRACKING}\\d{13,19}${A}`, 'g');

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/**
 * A valid 13-digit barcode (EAN-13: a JAN, or a Korean 880 or Chinese 690s product's): a product, not a
 * card. Visa's are the only 13-digit cards, and start with 4: of those, only Japan's 45/49 are taken as
 * barcodes, as before.
 */
function isBarcode(digits: string): boolean {
  if (digits.length !== 13 || (digits[0] === '4' && !/^4[59]/.test(digits))) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (i % 2 ? 3 : 1);
  return (10 - (sum % 10)) % 10 === Number(digits[12]);
}

// The first digits card issuers use: Visa, Mastercard, American Express, JCB, Diners Club, Discover, UnionPay.
const ISSUER = /^(?:4|5[1-5]|2[2-7]|3[47]|35|3[068]|6011|6[245])/;

/**
 * A value typed as a tracking number that is a card number: 14 to 19 digits (spaces, hyphens or dots
 * between them) that pass the card checksum and start as an issuer's cards do. A carrier's long number
 * may pass the checksum, so only what also starts as a card is refused.
 */
export function looksLikeCardNumber(text: string): boolean {
  const folded = foldForScan(text).trim();
  if (!/^\d[\d .-]*\d$/.test(folded)) return false;
  const digits = digitsOf(folded);
  return digits.length >= 14 && digits.length <= 19 && ISSUER.test(digits) && luhn(digits) && !isBarcode(digits);
}

// A phone's IMEI is 15 digits that pass the card checksum, often starting 35 as JCB's cards do: a seller
// of phones quotes the returned one's. Run together right after its label (or a serial number's), those
// 15 digits are that number. Only those: a card's 16 digits, or its groups, after such a label are a card.
const DEVICE_LABEL = new RegExp(
  `(?:${[
    'imei(?: ?[12]| ?(?:no\\.?|number|#)|番号|号|번호)?', 'meid', '製造番号', 'シリアル(?:番号|ナンバー|no\\.?)?', '串号', '序列号',
    '시리얼 ?번호', '일련 ?번호', '(?<![a-z])serial ?(?:no\\.?|number|#)?', '(?<![a-z])s/?n',
  ].join('|')})[ :#.]{0,3}$`,
  'i',
);
const isDeviceNumber = (folded: string, start: number, digits: string) =>
  digits.length === 15 && DEVICE_LABEL.test(folded.slice(Math.max(0, start - 24), start));

/**
 * `references`: the order's own numbers the text quotes (its tracking number, wherever a seller's template
 * puts it): the same digits are that number, not a card.
 */
export function cardCandidates(folded: string, references: readonly string[] = []): Candidate[] {
  const own = new Set(references.map((r) => digitsOf(foldForScan(String(r)))).filter((d) => d.length >= 13));
  const out: Candidate[] = [];
  for (const re of [GROUPED, AMEX, RUN]) {
    for (const { start, end, match } of spans(re, folded)) {
      const digits = digitsOf(match[0]);
      if (re === RUN && isDeviceNumber(folded, start, digits)) continue;
      if (luhn(digits) && !isBarcode(digits) && !own.has(digits)) out.push({ kind: 'card', start, end, rank: 2 });
    }
  }
  return out;
}
