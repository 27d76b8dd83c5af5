/**
 * Dates and countdowns for people. Every QSM date is a Japan (JST) day, so formatting pins the zone to
 * Asia/Tokyo and never reads the host's zone, except in localTimeZone(), which exists to ask for it.
 * No date-fns here: Intl is built in, which keeps the content script small.
 */
import { INTL_LOCALE, type UiLanguage } from './languages';
import { translate } from './translate';

export const JAPAN_TIME_ZONE = 'Asia/Tokyo';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const JST_OFFSET_MINUTES = 9 * 60; // Japan has had no DST since 1951.
// Japanese sellers know "JST"; Intl prints it only in Japanese, so it is fixed for every language.
const JAPAN_ZONE_NAMES = new Set([JAPAN_TIME_ZONE, 'Japan']);

// Building an Intl.DateTimeFormat is slow and a grid of badges re-renders every second: cache them.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

function partsOf(f: Intl.DateTimeFormat, date: Date): (type: Intl.DateTimeFormatPartTypes) => string {
  const parts = f.formatToParts(date);
  return (type) => parts.find((p) => p.type === type)?.value ?? '';
}

/** Wall-clock fields of `date` in `timeZone`, as fixed-width digits. Throws RangeError for an unknown zone. */
function wallClock(date: Date, timeZone: string) {
  const part = partsOf(
    formatter('en-US', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    }),
    date,
  );
  return { y: part('year'), mo: part('month'), d: part('day'), h: part('hour'), mi: part('minute'), s: part('second') };
}

/** Minutes `timeZone` is ahead of UTC at `date` (Asia/Shanghai → 480). Throws RangeError for an unknown zone. */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const w = wallClock(date, timeZone);
  const asUtc = Date.UTC(+w.y, +w.mo - 1, +w.d, +w.h, +w.mi, +w.s);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

/**
 * Whether a seller in `timeZone` reads a different clock than Japan at `at`. Offsets, not names:
 * Asia/Seoul is the same clock as Tokyo, and a DST zone may match in one season only.
 */
export function differsFromJapanTime(timeZone: string, at: Date): boolean {
  try {
    return zoneOffsetMinutes(at, timeZone) !== JST_OFFSET_MINUTES;
  } catch {
    return false; // An unknown zone name: no second line is better than a wrong one.
  }
}

/** The seller's own IANA zone, Asia/Tokyo when the runtime cannot tell. */
export function localTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || JAPAN_TIME_ZONE;
  } catch {
    return JAPAN_TIME_ZONE;
  }
}

/** A JST day for reading: en "Wed, Aug 4, 2021", ja "2021年8月4日(水)", zh "2021年8月4日 周三", ko "2021년 8월 4일 (수)". */
export function formatJstDay(isoDay: string, lang: UiLanguage): string {
  const m = ISO_DAY.exec(isoDay);
  if (!m) return isoDay;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Noon JST (03:00 UTC) is the same calendar day in every zone, whatever Intl does at the edges.
  const noon = new Date(Date.UTC(y, mo - 1, d, 3));
  if (noon.getUTCMonth() !== mo - 1 || noon.getUTCDate() !== d) return isoDay; // 2021-02-30
  const part = partsOf(
    formatter(INTL_LOCALE[lang], {
      timeZone: JAPAN_TIME_ZONE, year: 'numeric', month: lang === 'en' ? 'short' : 'numeric', day: 'numeric', weekday: 'short',
    }),
    noon,
  );
  // The order and punctuation come from the catalog, so every browser's ICU gives the same text.
  return translate(lang, 'date.day', { year: part('year'), month: part('month'), day: part('day'), weekday: part('weekday') });
}

/** An instant as QSM writes times, in `timeZone`, with the zone's short name: "2021/08/05 00:00 JST". */
export function formatInstant(date: Date, lang: UiLanguage, timeZone: string): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return '';
  let zone = timeZone;
  let w: ReturnType<typeof wallClock>;
  try {
    w = wallClock(date, zone);
  } catch {
    zone = JAPAN_TIME_ZONE; // An unknown zone name falls back to Japan time, which is always right to show.
    w = wallClock(date, zone);
  }
  const name = JAPAN_ZONE_NAMES.has(zone)
    ? 'JST'
    : partsOf(formatter(INTL_LOCALE[lang], { timeZone: zone, timeZoneName: 'short' }), date)('timeZoneName') || zone;
  return `${w.y}/${w.mo}/${w.d} ${w.h}:${w.mi} ${name}`;
}

/**
 * The seller's zone named in the seller's language ("中国标准时间", "米国太平洋標準時"), as the line giving
 * their own time says it; the zone's id ("Asia/Shanghai") where the language has no name for it.
 */
export function formatZoneName(timeZone: string, lang: UiLanguage, date: Date): string {
  try {
    const name = partsOf(formatter(INTL_LOCALE[lang], { timeZone, timeZoneName: 'long' }), date)('timeZoneName');
    return name && !/^(?:GMT|UTC)[+\-−]/.test(name) ? name : timeZone;
  } catch {
    return timeZone;
  }
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A live countdown: "2d 03:14:05" (ja 2日, zh 2天, ko 2일), "03:14:05" under a day, a word at or below zero. */
export function formatCountdown(ms: number, lang: UiLanguage): string {
  if (!(ms > 0)) return translate(lang, 'countdown.ended');
  // Rounded up, so the last second reads 00:00:01 and 00:00:00 never shows before the end.
  const total = Math.ceil(ms / 1000);
  const days = Math.floor(total / 86400);
  const clock = `${pad2(Math.floor((total % 86400) / 3600))}:${pad2(Math.floor((total % 3600) / 60))}:${pad2(total % 60)}`;
  return days > 0 ? `${translate(lang, 'countdown.days', { days })} ${clock}` : clock;
}

const UNITS = [['days', 86_400], ['hours', 3_600], ['minutes', 60]] as const;

/**
 * The grid chip's countdown in words, from its largest unit: "2d", then "23h", then "59m" (the last
 * minute reads 1m), so a chip stays narrow in QSM's one-line cells; with `units` 2, its tooltip: "2d 3h",
 * "3h 14m". Never seconds: a tooltip that changed every second would flicker under the seller's pointer,
 * and a thousand chips would be rewritten every second.
 */
export function formatCountdownShort(ms: number, lang: UiLanguage, units = 1): string {
  if (!(ms > 0)) return translate(lang, 'countdown.ended');
  let left = Math.ceil(ms / 1000);
  const from = UNITS.findIndex(([, seconds]) => left >= seconds || seconds === 60);
  return UNITS.slice(from, from + units)
    .map(([unit, seconds], i) => {
      const count = Math.floor(left / seconds);
      left %= seconds;
      return translate(lang, `countdown.${unit}`, { [unit]: i ? count : Math.max(1, count) });
    })
    .join(' ');
}
