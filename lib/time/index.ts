/**
 * Calendar days in Japan time. QSM prints every date in JST and every rule counts JST calendar days,
 * so nothing here looks at the machine's own time zone.
 *
 * A calendar day plus or minus days is zone-free arithmetic, done on UTC dates. Turning an instant into
 * a Japanese day (and back) needs Japan's offset: UTC+9, unchanged since 1951 (no DST). It is a constant
 * here, checked against @date-fns/tz's zone data in test/time, because asking Intl for it costs the
 * content script ~30 ms on its first call on a page (npm run bench), more than all its other work.
 */

export const JST = 'Asia/Tokyo';

/** A JST calendar day written 'YYYY-MM-DD'. */
export type IsoDay = string;

import { pageDates } from './pageDates';

export { foreignZoneOf, notedInZone, pageDates, printsDay, readsSlashOrder, westernYears, withSlashOrderOf } from './pageDates';

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * A day as QSM prints it: 'YYYY/MM/DD', sometimes followed by a time; ISO dashes and dots are accepted
 * too, and the calendar's own words (2026年11月20日, 2026년 11월 20일). Groups: year, month, day.
 */
export const PAGE_DATE_PATTERN = String.raw`(\d{4})\s*(?:[/\-.]|年|년)\s*(\d{1,2})\s*(?:[/\-.]|月|월)\s*(\d{1,2})(?:\s*[日일])?(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?!:?\d)(?!\s*[AaPp]\.?[Mm]))?`;
export const PAGE_DATE = new RegExp(PAGE_DATE_PATTERN);

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function iso(y: number, m: number, d: number): IsoDay {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** True for a real calendar day written exactly 'YYYY-MM-DD' ('2021-02-29' and '2021/08/04' are not). */
export function isIsoDay(value: unknown): value is IsoDay {
  if (typeof value !== 'string') return false;
  const m = ISO_DAY.exec(value);
  return !!m && validDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Reads a day as QSM prints it ('2021/08/04', '2021/8/4 13:05', '2021-08-04'); undefined when it is not a real day. */
export function parsePageDay(text: unknown): IsoDay | undefined {
  if (typeof text !== 'string') return undefined;
  const day = pageDates(text.replace(/[０-９／－：]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))).trim();
  // The whole text is the date: a match from its start to its end (one pattern for the date, not a second
  // anchored one to compile on a tab's first reading).
  const m = PAGE_DATE.exec(day);
  if (!m || m.index || m[0].length < day.length) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validDay(y, mo, d) ? iso(y, mo, d) : undefined;
}

/** The day as a UTC midnight (ms): a neutral point for calendar arithmetic. */
const utcMidnight = (day: IsoDay) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const dayOfUtc = (ms: number): IsoDay => new Date(ms).toISOString().slice(0, 10);

/** Japan's offset from UTC. */
export const JST_OFFSET_MS = 9 * 3_600_000;

// The last day asked for: a scan judges a thousand rows at one instant, and a clock tick every badge.
let lastDayNumber = NaN;
let lastDay: IsoDay = '';

/** The JST calendar day that the instant `now` falls on. */
export function jstDay(now: Date): IsoDay {
  const shifted = now.getTime() + JST_OFFSET_MS;
  const dayNumber = Math.floor(shifted / DAY_MS);
  if (dayNumber !== lastDayNumber) {
    lastDay = dayOfUtc(shifted); // an invalid date throws here, as it always did, and is not remembered
    lastDayNumber = dayNumber;
  }
  return lastDay;
}

/** `day` moved by `days` calendar days. */
export function addJstDays(day: IsoDay, days: number): IsoDay {
  return dayOfUtc(utcMidnight(day) + days * DAY_MS);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** The instant `day` starts in Japan (2021-08-09 → 2021-08-08T15:00:00Z). */
export function startOfJstDayInstant(day: IsoDay): Date {
  return new Date(utcMidnight(day) - JST_OFFSET_MS);
}

/** The instant `day` ends in Japan: the first moment of the next JST day (2021-08-04 → 2021-08-04T15:00:00Z). */
export function endOfJstDay(day: IsoDay): Date {
  return startOfJstDayInstant(addJstDays(day, 1));
}
