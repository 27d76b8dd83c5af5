/**
 * Phone numbers: Japanese, Korean, Chinese and international forms. Length and grouping decide, so
 * the seller's own numbers stay clear: order numbers (10 digits, never starting with 0), cart numbers
 * (9), tracking numbers (12, often 4-4-4) and item codes are not phones.
 */
import { digitsOf } from './normalize';
import { NOT_AFTER_REFERENCE, NUM_AFTER as A, NUM_BEFORE as B, spans, type Candidate } from './types';

// '+81-90-1234-5678', '(+81) 90-…', '+81 (0)90-…', '+1 (415) 555-0132', '+8613800138000'. Groups
// after the first have 2+ digits so a count after the number ('… 5678 2個') is not taken in. The 00
// access code ('0081-…') is left out: '0014 1000000000' is a tracking number and an order number.
const INTL = new RegExp(
  `${B}(?:\\(\\+\\d{1,3}\\)|\\+\\d{1,3})(?:[-. ]?\\(0\\))?(?:[-. ]?\\(\\d{1,4}\\))?[-. ]?\\d{1,12}(?:[-. ]\\d{2,12}){0,5}${A}`,
  'g',
);
// Numbers starting with a trunk 0, grouped: '03-1234-5678', '(03)1234-5678', '03(1234)5678',
// '0120-123-456', '010-1234-5678', '0755-12345678'. validDomestic() checks the grouping.
const DOMESTIC = new RegExp(
  `${B}(?:\\(0\\d{1,4}\\) ?\\d{1,8}(?:[-. ]\\d{3,4})?|0\\d{1,4}\\(\\d{1,4}\\)\\d{3,4}|0\\d{1,4}[-. ]\\d{1,8}(?:[-. ]\\d{3,4})?)${A}`,
  'g',
);
// Ungrouped mobiles only: JP 070/080/090/050/020 and KR 010 (11 digits from 0[1-9]0), CN 1[3-9] + 9.
// A bare 10-digit number is left to context words: it is the shape of an order number.
const BARE = new RegExp(`${B}(?:0[1-9]0\\d{8}|1[3-9]\\d{9})${A}`, 'g');
const CN_MOBILE = new RegExp(`${B}1[3-9]\\d([- ])\\d{4}\\1\\d{4}${A}`, 'g');
// Japan's, Korea's and China's country codes written without the '+': '81-90-1234-5678', '82-10-1234-5678',
// '86-13800138000'. Hyphens only, and a national number of a phone's length after the code (9 or 10 digits,
// 11 for a Chinese mobile): spaced, '81 5800 2022 5992' is an amount beside a tracking number.
const CODE_NO_PLUS = new RegExp(`${B}(?:8[12]-\\(?0?[1-9]\\d{0,3}\\)?-\\d{3,4}-\\d{4}|86-1[3-9]\\d(?:\\d{8}|-\\d{4}-\\d{4}))${A}`, 'g');
const nationalDigits = (number: string) => digitsOf(number).length - 2 - (/^8[12]-\(?0/.test(number) ? 1 : 0);
// North American 3-3-4, its groups set apart by one kind of mark; by spaces only after a bracketed area
// code ('(415) 555 0132'): three spaced numbers alone are as often sizes or a product code ('250 300 1000').
const US = new RegExp(`${B}${NOT_AFTER_REFERENCE}(?:\\([2-9]\\d{2}\\) ?\\d{3}[-. ]\\d{4}|[2-9]\\d{2}([-.])\\d{3}\\1\\d{4})${A}`, 'g');

// Words that announce a phone number; after them any 6–15 digit number is taken as one.
const PHONE_WORDS = [
  'TEL', 'Tel', 'tel', 'FAX', 'Fax', 'fax', 'Phone', 'phone', 'PHONE', 'Mobile', 'mobile', 'Cell', 'cell',
  '電話番号', '電話', '携帯番号', '携帯電話', '携帯', '連絡先', '手机号码', '手机号', '手机', '电话号码', '电话',
  '联系电话', '联系方式', '연락처', '전화번호', '전화', '휴대폰 번호', '휴대폰', '핸드폰', '휴대전화',
].join('|');
const AFTER_WORD = new RegExp(
  `(?<=(?<![A-Za-z])(?:${PHONE_WORDS})(?: ?(?:No|NO|no|番号|号码|번호))?[ :.#]{0,4})\\+?\\(?\\d[\\d\\-. ()]{4,24}\\d(?![0-9])`,
  'g',
);

function validDomestic(number: string): boolean {
  const groups = number.split(/\D+/).filter(Boolean);
  const [g0 = '', g1 = '', g2 = ''] = groups;
  const total = groups.join('').length;
  if (g0.charAt(1) === '0') return false; // 00… is an international call prefix, not a trunk 0
  if (groups.length === 2) return total >= 10 && total <= 12 && g1.length >= 6; // 03-12345678, 0755-12345678
  if (groups.length !== 3) return false;
  if (total === 9) return g0 === '02'; // Seoul 02-123-4567
  if (total === 10) return g2.length === 4 || (g2.length === 3 && g0.length === 4); // 03-1234-5678, 0120-123-456
  if (total === 11) {
    // 090-1234-5678, 010-1234-5678, and a Chinese or Korean landline with a 3-digit area code (021-1234-5678,
    // 031-1234-5678): no tracking or order number is grouped so.
    const threeFourFour = g0.length === 3 && g1.length === 4 && g2.length === 4;
    return threeFourFour || (g0 === '0800' && g1.length === 3 && g2.length === 4);
  }
  return false; // 12 digits in three groups is a tracking number (0123-4567-8901)
}

/**
 * Space-grouped digits next to more space-separated digits ('4000 7000 0200 100000') are a list of
 * numbers — a tracking number, then an amount — that only happen to line up like a phone number.
 */
function inSpacedList(folded: string, start: number, end: number): boolean {
  if (!folded.slice(start, end).includes(' ')) return false;
  return /\d $/.test(folded.slice(Math.max(0, start - 2), start)) || /^ \d/.test(folded.slice(end, end + 2));
}

/** After a phone word, a trailing space-separated group may be the next number in the sentence. */
function trimAfterWord(number: string): string {
  let n = number.replace(/[\s(.-]+$/, '');
  const max = n.startsWith('+') ? 15 : 12;
  while (digitsOf(n).length > max && /\s\d+$/.test(n)) n = n.replace(/\s+\d+$/, '');
  return n;
}

export function phoneCandidates(folded: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number) => out.push({ kind: 'phone', start, end, rank: 3 });
  for (const { start, end, match } of spans(INTL, folded)) {
    const number = match[0].replace('(0)', '').replace(/^\(?\+/, '');
    const n = digitsOf(number).length;
    if (n >= 8 && n <= 15 && !number.startsWith('0')) push(start, end);
  }
  for (const { start, end, match } of spans(DOMESTIC, folded)) {
    if (validDomestic(match[0]) && !inSpacedList(folded, start, end)) push(start, end);
  }
  for (const re of [BARE, CN_MOBILE, US]) {
    for (const { start, end } of spans(re, folded)) if (!inSpacedList(folded, start, end)) push(start, end);
  }
  for (const { start, end, match } of spans(CODE_NO_PLUS, folded)) {
    const n = nationalDigits(match[0]);
    if (match[0].startsWith('86') ? n === 11 : n === 9 || n === 10) push(start, end);
  }
  for (const { start, match } of spans(AFTER_WORD, folded)) {
    const number = trimAfterWord(match[0]);
    const n = digitsOf(number).length;
    if (n >= 6 && n <= 15) push(start, start + number.length);
  }
  return out;
}
