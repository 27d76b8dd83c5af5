/**
 * The deadlines as a calendar file (issue #5 §4): the buyer's last day to answer, the day a new request
 * is allowed, the day a claim turns delayed — each its JST day, with stable UIDs so a re-import updates
 * rather than duplicates. For a seller on Japan's clock they are all-day events; elsewhere an all-day
 * event would be the seller's own day (a buyer's last day seen in Los Angeles would run 17 hours past
 * its end), so they are timed events from that JST day's first instant to the next's.
 */
import { createEvents, type EventAttributes } from 'ics';
import type { ClaimRecord } from '../history';
import { JAPAN_TIME_ZONE, createT, differsFromJapanTime, type UiLanguage } from '../i18n';
import { EVERY_REMINDER, planReminders } from '../reminders/plan';
import { addJstDays, startOfJstDayInstant } from '../time';

const dayArray = (day: string) => day.split('-').map(Number) as [number, number, number];

/** A character's length in UTF-8. */
const octetsOf = (char: string) => {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/** One content line folded between characters: 75 octets a line, a continuation's leading space included. */
function foldLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = octetsOf(char);
    if (octets + size > 75) {
      parts.push(part);
      part = ' ';
      octets = 1;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n');
}

/**
 * RFC 5545 §3.1 folds a content line at 75 octets, not characters, and never inside a character's
 * octets. ics folds at 75 characters, so a Japanese, Chinese or Korean title made lines of up to 225
 * octets, which strict calendar apps cut or refuse: its lines are unfolded and folded again.
 */
export function foldByOctets(calendar: string): string {
  return calendar.replace(/\r\n[ \t]/g, '').split('\r\n').map(foldLine).join('\r\n');
}

/** A JST day as its first instant and the next day's, in UTC. */
const jstDayInUtc = (day: string) =>
  ({
    start: startOfJstDayInstant(day).getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: startOfJstDayInstant(addJstDays(day, 1)).getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
  }) as const;

/**
 * A calendar must hold at least one component (RFC 5545 §3.6): one with nothing ahead holds Japan's time
 * zone, so strict calendar apps still read it.
 */
const EMPTY_CALENDAR = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:qsm-withdraw-assistant',
  'BEGIN:VTIMEZONE', 'TZID:Asia/Tokyo', 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0900', 'TZOFFSETTO:+0900', 'TZNAME:JST', 'END:STANDARD', 'END:VTIMEZONE',
  'END:VCALENDAR', '',
].join('\r\n');

/** `timeZone`: the seller's own zone (lib/i18n localTimeZone), which decides all-day or timed events. */
export function deadlinesIcs(records: readonly ClaimRecord[], lang: UiLanguage, now: number, timeZone = JAPAN_TIME_ZONE): string {
  const t = createT(lang);
  const abroad = differsFromJapanTime(timeZone, new Date(now));
  const events: EventAttributes[] = planReminders(records, now, EVERY_REMINDER)
    .filter((r) => r.dueAt > now - 86_400_000)
    .map((r) => ({
      // One event per order and kind, whatever its day: a deadline QSM later prints otherwise (§3.10), or
      // a new request's, moves the event on re-import instead of adding a second one.
      uid: `${r.kind}:${r.orderNo}@qsm-withdraw-assistant`,
      title: t(`export.event.${r.kind}`, { orderNo: r.orderNo }),
      ...(abroad ? jstDayInUtc(r.day) : { start: dayArray(r.day), end: dayArray(addJstDays(r.day, 1)) }),
      url: 'https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/Claim/ClaimManagement.aspx',
      productId: 'qsm-withdraw-assistant',
      calName: t('export.calendar.name'),
      transp: 'TRANSPARENT',
    }));
  if (!events.length) return EMPTY_CALENDAR;
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('calendar could not be written');
  return foldByOctets(value);
}
