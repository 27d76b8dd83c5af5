// Invariants of the personal-data guard over generated texts (fast-check).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findPersonalData } from '../../lib/memos';

const toFullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

// What a seller writes about an order and nothing else.
const orderNo = fc.tuple(fc.integer({ min: 1, max: 9 }), digits(9, 9)).map(([a, b]) => `${a}${b}`);
const cartNo = fc.tuple(fc.integer({ min: 1, max: 9 }), digits(8, 8)).map(([a, b]) => `${a}${b}`);
const tracking = digits(12, 12).chain((d) =>
  fc.constantFrom(d, `${d.slice(0, 4)}-${d.slice(4, 8)}-${d.slice(8)}`, `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`),
);
const date = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .chain((d) => {
    const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
    return fc.constantFrom(
      `${y}/${pad(m)}/${pad(day)}`,
      `${y}-${pad(m)}-${pad(day)}`,
      `${y}.${pad(m)}.${pad(day)}`,
      `${y}年${m}月${day}日`,
      `${y}년 ${m}월 ${day}일`,
      `${m}/${day}`,
      `${y}-${pad(m)}`,
      toFullWidth(`${y}/${pad(m)}/${pad(day)}`),
    );
  });
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .chain(([h, m]) => fc.constantFrom(`${h}:${pad(m)}`, `${pad(h)}:${pad(m)}`, `${h}時${m}分`, `${pad(h)}:${pad(m)}:00`));
const price = fc.integer({ min: 0, max: 9_999_999 }).chain((n) => {
  const grouped = n.toLocaleString('en-US');
  const cents = `${Math.floor(n / 100)}.${pad(n % 100)}`;
  return fc.constantFrom(`¥${grouped}`, `${grouped}円`, `￥${n}`, `${grouped}원`, `$${cents}`, `${cents}元`, `US$${cents}`);
});
const quantity = fc.integer({ min: 1, max: 99 }).chain((n) => fc.constantFrom(`${n}個`, `${n}개`, `${n}件`, `${n} items`, `×${n}`, `${n}-${n + 1}`));
const token = fc.oneof(orderNo, cartNo, tracking, date, time, price);
const separator = fc.constantFrom(' ', '　', '、', '，', ', ', ' / ', '\n', '：', '（', '）', 'の', '和', '및', ' and ');
const sellerText = fc
  .array(fc.tuple(token, separator), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([t, s]) => t + s).join(''));

// Text in the buyer's scripts: kana, CJK ideographs, Hangul syllables, CJK punctuation.
const cjkChar = fc.oneof(
  fc.integer({ min: 0x3041, max: 0x3096 }),
  fc.integer({ min: 0x30a1, max: 0x30fa }),
  fc.integer({ min: 0x4e00, max: 0x9fff }),
  fc.integer({ min: 0xac00, max: 0xd7a3 }),
  fc.constantFrom(0x3001, 0x3002, 0x300c, 0x300d),
).map((c) => String.fromCharCode(c));
const cjkText = fc.string({ unit: cjkChar, maxLength: 30 });

describe('findPersonalData invariants', () => {
  it('returns sorted, non-overlapping hits that lie within the text, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), sellerText), (text) => {
        const hits = findPersonalData(text);
        let previousEnd = 0;
        for (const h of hits) {
          expect(h.start).toBeGreaterThanOrEqual(previousEnd);
          expect(h.end).toBeGreaterThan(h.start);
          expect(h.end).toBeLessThanOrEqual(text.length);
          previousEnd = h.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds nothing in text made only of order, cart and tracking numbers, dates, times and prices', () => {
    fc.assert(
      fc.property(sellerText, (text) => {
        expect(findPersonalData(text)).toEqual([]);
      }),
      { numRuns: Number(process.env.MEMO_RUNS ?? 1000) },
    );
  });

  it('finds nothing in lists of such numbers, amounts and quantities joined by one separator', () => {
    const anyToken = fc.oneof(token, quantity, fc.nat({ max: 99_999_999 }).map(String), fc.constantFrom('CUP-BLUE4', '{orderNo}', '{deadline}'));
    fc.assert(
      fc.property(fc.array(anyToken, { minLength: 1, maxLength: 15 }), fc.constantFrom(' ', '  ', '\n', ', ', '、', '/', ' - ', '|', '\t', '　'), (tokens, sep) => {
        const text = tokens.join(sep);
        expect(findPersonalData(text).map((h) => text.slice(h.start, h.end))).toEqual([]);
      }),
      { numRuns: Number(process.env.MEMO_RUNS ?? 1000) },
    );
  });

  it('finds a valid e-mail address inside CJK text, exactly', () => {
    fc.assert(
      fc.property(cjkText, fc.emailAddress(), cjkText, fc.boolean(), (before, email, after, wide) => {
        const written = wide ? email.replace('@', '＠') : email;
        const text = before + written + after;
        expect(findPersonalData(text)).toEqual([{ kind: 'email', start: before.length, end: before.length + written.length }]);
      }),
      { numRuns: 500 },
    );
  });

  it('finds a Japanese mobile number among seller text, exactly, whatever its width and dashes', () => {
    fc.assert(
      fc.property(sellerText, fc.constantFrom('070', '080', '090'), digits(4, 4), digits(4, 4), fc.constantFrom('-', 'ー', '－', ''), fc.boolean(), (text, a, b, c, dash, wide) => {
        const raw = `${a}${dash}${b}${dash}${c}`;
        const phone = wide ? toFullWidth(raw) : raw;
        const full = `${text}\n電話 ${phone}\n`;
        const start = text.length + 4;
        expect(findPersonalData(full)).toEqual([{ kind: 'phone', start, end: start + phone.length }]);
      }),
      { numRuns: Number(process.env.MEMO_RUNS ?? 300) },
    );
  });
});
