/**
 * Dates written other ways than QSM's YYYY/MM/DD, rewritten to it before they are read: Japanese era
 * years, English month names, a slash date whose year comes last when only one reading is possible, and
 * an instant given in another zone (an ISO time with Z or an offset, a time marked "(UTC)", "UTC+8" or
 * "(北京时间)"), which is moved to Japan's day and time first: every day the rules count is a JST day.
 */

// Japanese era years (令和8年 = 2026, 令和元年 = 2019): the year before each era's first.
const ERA_YEARS: Record<string, number> = { 令和: 2018, 平成: 1988 };

/** Japanese era years written as western years: '令和 8年11月 2日' → '2026年11月 2日'. */
export function westernYears(text: string): string {
  return text.replace(/(令和|平成)\s*(元|\d{1,2})\s*年/g, (_, era: string, n: string) => `${ERA_YEARS[era]! + (n === '元' ? 1 : Number(n))}年`);
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}/${pad(m)}/${pad(d)}`;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
// "Nov 26, 2026", "November 20th, 2026"; "26 Nov 2026", "20 November 2026", "13-Nov-2026".
const MONTH_FIRST = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'gi');
const DAY_FIRST = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+|-)${MONTH}(?:,?\s+|-)(\d{4})\b`, 'gi');
// "11/13/2026" or "14/11/2026": read only when one part cannot be a month, or both are the same.
const YEAR_LAST = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;
// "26.11.18": a Korean screen's two-digit year first, dotted (24–39: this decade's claims), standing alone
// (not a version "v25.11.3" or a price "¥25.11.30"). Not when the last part could be the year too
// ("25.11.26": 25 November 2026 day first). A slash date with two-digit parts ("26/11/14") is not guessed.
const SHORT_YEAR = /(?<![\w./¥$€£₩-])(2[4-9]|3\d)\.\s?(\d{1,2})\.\s?(\d{1,2})(?![\w.]*\d)/g;
// "2026-11-19T16:05:00Z", "2026-11-19T16:05:00.000+08:00" (a "(UTC)" after it says the same again).
const INSTANT = /\b(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})\b(?:\s*\(?\s*(?:UTC|GMT)\s*\)?(?![/+-]))?/g;
// A date and time marked with its zone: UTC ("2026/11/25 14:59:59 (UTC)", "2026-11-19 16:05 UTC",
// "2026/11/19(木) 16:05Z", "2026/11/18, 11:30 PM UTC": a month name or a year-last date, once written as
// YYYY/MM/DD), an offset from it ("UTC+8", "(GMT+08:00)") or Beijing's time ("(北京时间)", UTC+8). Japan's
// own ("UTC/GMT+9") is left as it is. "北京时间" before the next date is that date's ("… 23:58 北京时间
// 2026/11/19 22:58", a copy in Beijing's time), unless a bracket closes it.
const ZONE_NOTED =
  /(\d{4})\s*[/.\-年]\s*(\d{1,2})\s*[/.\-月]\s*(\d{1,2})\s*日?\s*(?:[(（][^)）]{1,3}[)）])?,?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?\s*[(（]?\s*(?:(?:(?:UTC|GMT)(?:\s*\/\s*GMT)?(?:\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?)?|Z)(?![A-Za-z\d+-])(?:\s*[)）])?|(北京时间|北京時間|beijing\s*time|(?:PST|PDT|MST|MDT|CDT|EST|EDT|HKT|SGT|AEST|AEDT|CET|CEST)(?![A-Za-z]))(?:\s*[)）]|(?!\s*\d)))/gi;
// Zones named by their abbreviation, in minutes from UTC: Beijing's, and those a seller's own tools print
// (a time-zone extension rewriting QSM's times: "Nov 18, 2026 7:05 AM PST"). "CST" is China's or the US
// Central's: not read.
const NAMED_ZONES: Record<string, number> = {
  pst: -480, pdt: -420, mst: -420, mdt: -360, cdt: -300, est: -300, edt: -240, hkt: 480, sgt: 480, aest: 600, aedt: 660, cet: 60, cest: 120,
};
const namedZone = (name: string) => NAMED_ZONES[name.toLowerCase()] ?? 8 * 60; // else Beijing's (北京时间)

// A zone a label or header names, for the times under it: the same zones, Japan's own left out.
const FOREIGN_ZONE = /\b(?:UTC|GMT)(?:\s*\/\s*GMT)?(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?(?![\w+])|北京时间|北京時間|beijing\s*time/i;
// Abbreviations in capitals only: "(est.)" is an estimate.
const NAMED_ZONE = /\b(?:PST|PDT|MST|MDT|CDT|EST|EDT|HKT|SGT|AEST|AEDT|CET|CEST)\b/;
const JAPAN_ZONE = /(?:UTC|GMT)\s*\+\s*0?9\b/i;
/** The zone other than Japan's that `text` names ("发货日 (北京时间)" → "北京时间"), to note after a time it heads. */
export function foreignZoneOf(text: string): string | undefined {
  const zone = FOREIGN_ZONE.exec(text)?.[0] ?? NAMED_ZONE.exec(text)?.[0];
  return zone && !JAPAN_ZONE.test(zone) ? zone : undefined;
}

/** A time under a label or header naming another zone, noted with it; a zone the value names after it comes first. */
export function notedInZone(text: string, zone: string | undefined): string {
  // Not where the value names its zone itself ("23:20 (日本时间)", an ISO instant's Z or offset).
  if (!zone || OWN_ZONE.test(text) || ZONED_ISO.test(text)) return text;
  // An ISO time with no zone of its own is the label's ("2026-11-19T16:05:00" under "(UTC)"): written as a
  // date and a time, which the zone noted after it moves (a fraction of a second is left after the zone).
  // The zone goes right after the time, where a note of its own ("(第2次)") would keep it from the time.
  return text.replace(/(\d)T(?=\d\d:)/, '$1 ').replace(/\d:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?(?![A-Za-z]))?/, (time) => `${time} (${zone})`);
}
const ZONED_ISO = /\dT\d\d:\d\d[\d:.]*(?:Z|\s?[+-]\d)/i;
const OWN_ZONE = /\d:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?\s*[(（]?\s*(?:[A-Z]{2,3}[SD]?T\b|UTC|GMT|Z\b|日本|北京|일본|한국|[Bb]eijing|BEIJING|[Jj]apan|JAPAN|[Kk]orea)/;

/** Whether the parts name a real instant: Date.UTC would roll 2026/02/30 over to March. */
function real(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  return mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate() && h <= 23 && mi <= 59 && s <= 59;
}

// A day printed in some form, read or not: digits around a date separator ("11/14(土)", "14.11."), or a
// month's name beside a number ("Nov 14", "14 November"). "未要請(0回)" prints none.
const PRINTED_DAY = new RegExp(String.raw`\d\s*[/.\-月年년월]\s*\d|\b${MONTH}\s*\d|\d(?:st|nd|rd|th)?\s+${MONTH}\b`, 'i');
/** Whether `text` prints a day, whether or not it can be read as one. */
export const printsDay = (text: string): boolean => PRINTED_DAY.test(text);

const JST_MS = 9 * 3_600_000;
/** An instant (ms) as Japan's date and time, 'YYYY/MM/DD HH:mm:ss'. */
function inJapan(ms: number): string {
  const t = new Date(ms + JST_MS);
  return `${ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
}

// How the page being read writes a year-last slash date, when its other dates show it (withSlashOrderOf).
let slashOrder: 'month' | 'day' | undefined;

/**
 * Runs `read` with the year-last slash dates that could be either ("1/2/2026") read the way the rest of
 * `pageText` writes them: a page printing "12/31/2025" writes the month first (ASP.NET's en-US dates).
 * A page whose dates show both ways, or neither, leaves them unread.
 */
export function withSlashOrderOf<T>(pageText: string, read: () => T): T {
  const before = slashOrder;
  let [month, day] = [false, false];
  const folded = pageText.replace(/[０-９／]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  for (const [, a, b] of folded.matchAll(YEAR_LAST)) {
    month ||= Number(b) > 12 && Number(a) <= 12;
    day ||= Number(a) > 12 && Number(b) <= 12;
  }
  slashOrder = month === day ? undefined : month ? 'month' : 'day';
  try {
    return read();
  } finally {
    slashOrder = before;
  }
}

/** Whether a year-last slash date that could be either is read now by the page's own order. */
export const readsSlashOrder = () => slashOrder !== undefined;

/** `text` with every date it writes another way rewritten as YYYY/MM/DD (Japan's day). */
export function pageDates(text: string): string {
  if (!/\d/.test(text)) return text;
  let out = westernYears(text);
  // Most of a page's dates are QSM's own YYYY/MM/DD, with no letter: the patterns that need one (an ISO
  // instant's T, a month's name, a zone) are not tried on them, nor compiled on a tab's first reading.
  const lettered = /[a-z北]/i.test(out);
  if (lettered)
    out = out.replace(INSTANT, (all, y: string, mo: string, d: string, h: string, mi: string, s = '0', zone: string) => {
      if (!real(+y, +mo, +d, +h, +mi, +s)) return all;
      const offset = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2))) * 60_000;
      const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s) - offset;
      return Number.isNaN(ms) ? all : inJapan(ms);
    });
  // Nor is a dotted date's pattern, on dates with no dot.
  if (out.includes('.'))
    out = out.replace(SHORT_YEAR, (all, y: string, m: string, d: string) =>
      +m >= 1 && +m <= 12 && +d >= 1 && +d <= 31 && !(+d >= 24 && +d <= 39) ? ymd(2000 + +y, +m, +d) : all,
    );
  if (lettered) {
    out = out.replace(MONTH_FIRST, (_, m: string, d: string, y: string) => ymd(+y, monthOf(m), +d));
    out = out.replace(DAY_FIRST, (_, d: string, m: string, y: string) => ymd(+y, monthOf(m), +d));
  }
  out = out.replace(YEAR_LAST, (all, a: string, b: string, y: string) => {
    const [first, second] = [Number(a), Number(b)];
    if (first === second || second > 12 || slashOrder === 'month') return ymd(+y, first, second); // month first: 11/13/2026
    if (first > 12 || slashOrder === 'day') return ymd(+y, second, first); // day first: 14/11/2026
    return all; // 11/06/2026: 6 November or 11 June, not guessed
  });
  if (!lettered) return out;
  return out.replace(ZONE_NOTED, (all, y: string, mo: string, d: string, h: string, mi: string, s: string | undefined, half: string | undefined, sign?: string, oh?: string, om?: string, named?: string) => {
    // An abbreviation in capitals only: "10:00 est." is an estimate.
    if (named && /^[a-z]/i.test(named) && !/beijing/i.test(named) && named !== named.toUpperCase()) return all;
    const offset = named ? namedZone(named) : sign ? (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om ?? 0)) : 0;
    // 12 AM is midnight, 12 PM noon.
    const hour = half ? (Number(h) % 12) + (/p/i.test(half) ? 12 : 0) : Number(h);
    if (offset === JST_MS / 60_000 || !real(+y, +mo, +d, hour, +mi, Number(s ?? 0)) || (half && Number(h) > 12)) return all;
    const ms = Date.UTC(+y, +mo - 1, +d, hour, +mi, Number(s ?? 0)) - offset * 60_000;
    return Number.isNaN(ms) ? all : inJapan(ms);
  });
}
