/**
 * The deadlines as a calendar file (issue #5 §4): the buyer's last day to answer, the day a new request
 * is allowed, the day a claim turns delayed — all-day events on their JST day, with stable UIDs so a
 * re-import updates rather than duplicates.
 */
import { createEvents, type EventAttributes } from 'ics';
import type { ClaimRecord } from '../history';
import { createT, type UiLanguage } from '../i18n';
import { planReminders } from '../reminders/plan';
import { addJstDays } from '../time';

const ALL_KINDS = { reminders: { deadline: true, cooldownEnd: true, delayed: true }, deadlineLeadHours: 24 };
const dayArray = (day: string) => day.split('-').map(Number) as [number, number, number];

export function deadlinesIcs(records: readonly ClaimRecord[], lang: UiLanguage, now: number): string {
  const t = createT(lang);
  const events: EventAttributes[] = planReminders(records, now, ALL_KINDS)
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
  return value;
}
