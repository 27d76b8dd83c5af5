/** Street addresses: the CJK structures, English street lines, and whatever follows an address label. */
import { CN_PROVINCES, JP_PREFECTURES, cjkAddressCandidates } from './addressCjk';
import { spans, type Candidate } from './types';

// '123 Main St', '221B Baker Street', '1600 Amphitheatre Parkway', then an optional unit and
// ', City, ST 12345'. Name words are capitalised: lower-case 'road' or 'way' is ordinary English.
const SUFFIX =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Parkway|Pkwy|Place|Pl|Terrace|Way|Highway|Hwy|Square|Sq|Circle|Cir|Trail|Crescent|Alley|Loop|Plaza';
const UNIT = '(?:Apt|Apartment|Suite|Ste|Unit|Room|Rm|Floor|Fl)\\.? ?#?\\d{1,5}[A-Za-z]?|#\\d{1,5}[A-Za-z]?';
// A number a unit or a version follows is a product's ('2 TB External Drive', '1 Day Circle Lens', 'USB 3.0
// Flash Drive'), not a house's.
const EN = new RegExp(
  `(?<![A-Za-z0-9])(?<!\\d\\.)\\d{1,5}[A-Za-z]? (?!(?:TB|GB|MB|Day|Days|Week|Month|Pack|Piece|Pieces|Set|Color|Colors|Size|Inch)\\b)(?:(?:[A-Z][A-Za-z'-]*|\\d{1,3}(?:st|nd|rd|th))\\.? ){1,3}(?:${SUFFIX})\\b` +
    `(?:\\.?,? (?:${UNIT})(?![A-Za-z0-9]))?(?:,? [A-Z][a-z]+(?: [A-Z][a-z]+){0,2},? [A-Z]{2} \\d{5}(?:-\\d{4})?(?![0-9]))?`,
  'g',
);
const EN_UNIT = /(?<![A-Za-z0-9])(?:(?:Apt|Apartment|Suite|Ste)\.? ?#?\d{1,5}[A-Za-z]?|P\.? ?O\.? Box \d{1,6})(?![A-Za-z0-9])/g;

// After "住所：" / "地址：" / "주소:" / "Address:" the rest of the line is taken as the address, up to
// where a sentence obviously resumes. Only used where no structural match explains the text.
const ADDRESS_WORDS = '住所|ご住所|お届け先|届け先|送付先|配送先|宛先|地址|收货地址|收件地址|住址|주소|배송지|Address|ADDRESS|address';
const LABELLED = new RegExp(`(?<=(?<![A-Za-z])(?:${ADDRESS_WORDS}) ?: ?)[^\\n。]{4,80}`, 'gu');
const RESUMES = /[ぁ-ゖ]{2,}|[、，。；！？]|[.!?](?:\s|$)| {2,}|\s(?:TEL|Tel|tel|Phone|phone|電話|电话|연락처)/u;
const ADDRESSY = /\d|丁目|番地|号|동|호|번지/u;
// Digits that are no part of an address: the marketplace's own name, a date or a time on the same line
// ('お届け先：Qoo10にご登録のご住所', '배송지: 11/28 재발송').
const NOT_ADDRESS_DIGITS = /qoo10|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|(?<![\d/-])\d{1,2}\/\d{1,2}(?![\d/-])|\d{1,2}:\d{2}|\d{1,4}[年月日]/giu;

// Leading words a CJK match can pick up, since Han characters run on without spaces.
const AREA_START = new RegExp(`${JP_PREFECTURES}|(?:${CN_PROVINCES})(?:省|市|自治区|特别行政区)?`, 'u');
const LEADING_WORDS =
  /^(?:ご住所|住所|送付先|お届け先|届け先|配送先|宛先|所在地|收货地址|收件地址|地址|住址|寄到|送到|发到|寄往|是|为|在|于)+/u;

/** Moves a CJK match's start past words that are not part of the address ('送付先', '地址是'). */
function trimStart(folded: string, c: Candidate): Candidate {
  const text = folded.slice(c.start, c.end);
  const head = text.slice(0, Math.max(0, text.search(/\d/)));
  const area = AREA_START.exec(head);
  if (area && area.index > 0) return { ...c, start: c.start + area.index };
  const lead = LEADING_WORDS.exec(text)?.[0].length ?? 0;
  return lead > 0 && lead < text.length ? { ...c, start: c.start + lead } : c;
}

export function addressCandidates(folded: string): Candidate[] {
  const out = cjkAddressCandidates(folded).map((c) => trimStart(folded, c));
  for (const re of [EN, EN_UNIT]) for (const { start, end } of spans(re, folded)) out.push({ kind: 'address', start, end, rank: 5 });
  for (const { start, match } of spans(LABELLED, folded)) {
    const line = match[0];
    const cut = line.search(RESUMES);
    const text = (cut >= 0 ? line.slice(0, cut) : line).replace(/[\s,;:]+$/u, '');
    if (text.trim().length >= 4 && ADDRESSY.test(text.replace(NOT_ADDRESS_DIGITS, ''))) out.push({ kind: 'address', start, end: start + text.length, rank: 6 });
  }
  return out;
}
