/**
 * The deadlines as a calendar file (issue #5 §4): the buyer's last day to answer, the day a new request
 * is allowed, the day a claim turns delayed — all-day events on their JST day, with stable UIDs so a
 * re-import updates rather than duplicates.
 */
import { createEvents, type EventAttributes } from 'ics';
import type { ClaimRecord } from '../history';
import { createT, type UiLanguage } from '../i18n';
import { EVERY_REMINDER, planReminders } from '../reminders/plan';
import { addJstDays } from '../time';

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

export function deadlinesIcs(records: readonly ClaimRecord[], lang: UiLanguage, now: number): string {
  const t = createT(lang);
  const events: EventAttributes[] = planReminders(records, now, EVERY_REMINDER)
    .filter((r) => r.dueAt > now - 86_400_000)
    .map((r) => ({
      uid: `${r.id}@qsm-withdraw-assistant`,
      title: t(`export.event.${r.kind}`, { orderNo: r.orderNo }),
      start: dayArray(r.day),
      end: dayArray(addJstDays(r.day, 1)),
      url: 'https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/Claim/ClaimManagement.aspx',
      productId: 'qsm-withdraw-assistant',
      calName: t('export.calendar.name'),
      transp: 'TRANSPARENT',
    }));
  if (!events.length) return 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:qsm-withdraw-assistant\r\nEND:VCALENDAR\r\n';
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('calendar could not be written');
  return foldByOctets(value);
}
