/** What the personal-data guard reports (domain.md §4: never put a customer's personal data in a memo). */
export type PersonalDataKind = 'email' | 'phone' | 'postal' | 'url' | 'card' | 'address';

/** `text.slice(start, end)` is exactly the flagged text (UTF-16 indices, end exclusive). */
export interface PersonalDataHit {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

/** A possible hit; when two overlap, the lower rank wins, then the longer one. */
export interface Candidate extends PersonalDataHit {
  rank: number;
}

/** Every match of a global regex, with its span. */
export function spans(re: RegExp, text: string): { start: number; end: number; match: RegExpExecArray }[] {
  const out: { start: number; end: number; match: RegExpExecArray }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, match: m });
  }
  return out;
}

// Numbers are judged whole: a number glued to letters or digits, or continuing after a separator
// ('2026-11-26', 'CUP-1234', '1,980'), is part of something else and never matches from its middle.
export const NUM_BEFORE = '(?<![0-9A-Za-z+])(?<![0-9A-Za-z][-./,:])';
// A number followed by a date, time, currency or counter unit ('2026年', '1,980円', '3개') is a quantity.
export const NUM_AFTER = '(?![0-9A-Za-z])(?![-./,:][0-9A-Za-z])(?! ?[年月日時分秒円元원년월일시분초個件点枚개])';

// Labels of the seller's own reference numbers (order, cart, tracking, item). A borderline shape right
// after one of them ('品番 123-4567') is that reference, not a postal code or a phone number.
const REFERENCE_WORDS = [
  '注文番号', 'カート番号', '追跡番号', '送り状番号', '伝票番号', '問い合わせ番号', '問合せ番号', '商品コード', '品番', '型番',
  // The item's own numbers: its model, lot or part number ('型式：123-4567').
  '型式', 'ロット番号', 'ロット', '部品番号', '商品番号', '管理番号', '製造番号', '型号', '批号', '모델명', '(?<![A-Za-z])(?:[Mm]odel|[Ll]ot|[Pp]art) ?(?:[Nn]o\\.?|#|:)',
  '订单号', '订购号码', '购物车号码', '运单号', '运送单号', '物流单号', '快递单号', '商品代码', '주문번호', '장바구니번호', '송장번호', '운송장번호',
  '상품코드', '[Oo]rder ?(?:[Nn]o\\.?|[Nn]umber|#)?', '[Cc]art ?(?:[Nn]o\\.?|#)?', '[Tt]racking ?(?:[Nn]o\\.?|[Nn]umber|#)?',
  '[Ii]tem ?(?:[Cc]ode|[Nn]o\\.?)', 'SKU',
].join('|');
export const NOT_AFTER_REFERENCE = `(?<!(?:${REFERENCE_WORDS})[ :#.]{0,3})`;
