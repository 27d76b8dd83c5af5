import { describe, expect, it } from 'vitest';
import { deadlinesIcs, historyCsv } from '../../lib/export';
import { foldByOctets } from '../../lib/export/ics';
import type { ClaimRecord } from '../../lib/history';

const at = (jst: string) => new Date(`${jst}+09:00`).getTime();
const now = at('2026-11-22T12:00:00');
const base = { v: 1 as const, events: [], lastSeenAt: at('2026-11-22T09:05:00') };
const records: ClaimRecord[] = [
  { ...base, orderNo: '1038000001', cartNo: '210000001', kind: 'return', stage: 'requested', claimedOn: '2026-11-18', withdraw: { state: 'requested', requestedOn: '2026-11-20' } },
  { ...base, orderNo: '1038000002', kind: 'cancel', stage: 'requested', withdraw: { state: 'held', heldOn: '2026-11-21' }, lastSeenAt: at('2026-11-21T09:00:00') },
  { ...base, orderNo: '1038000003', kind: 'exchange', stage: 'inProgress' , lastSeenAt: at('2026-11-20T09:00:00')},
];

describe('historyCsv', () => {
  it('writes one row per order with JST dates and the verdict, in the seller’s language', () => {
    const csv = historyCsv(records, 'ja', now);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^注文番号,カート番号,クレーム,処理状態,/);
    // Claimed 11/18 and still a request on 11/22: delayed (day 5).
    expect(lines[1]).toBe('1038000001,210000001,返品,返品要請,2026-11-18,購入者の回答待ち,2026-11-20,,,購入者の回答待ち,2026-11-26,2026-11-27,,はい,2026-11-22 09:05');
    expect(lines[2]).toContain('2026-11-26'); // next request allowed (refused 11/21 + 5)
    // After the buyer's last day (11/26) has ended unanswered, the verdict column says what the badge says.
    const due = historyCsv(records.slice(0, 1), 'ja', at('2026-11-27T10:00:00'));
    expect(due).toContain(',自動撤回待ち,');
    // Nothing is left to confirm then (QSM withdraws the claim): not "delayed", as the popup and the toolbar count.
    expect(due.split('\r\n')[1]).not.toContain('はい');
  });

  it('names the withdraw step the dates give, as the verdict beside it does, not a "requested" row written after a cancel', () => {
    const cancelled: ClaimRecord = { ...records[0]!, withdraw: { state: 'requested', requestedOn: '2026-11-20', cancelledOn: '2026-11-21' } };
    const line = historyCsv([cancelled], 'en', now).split('\r\n')[1]!;
    expect(line).not.toMatch(/waiting for the buyer/i);
    expect(line).toContain(',cancelled by you,');
    // The day of the seller's own cancel, which QSM never shows: its cooldown runs from it.
    expect(line).toContain(',2026-11-20,,2026-11-21,');
    expect(historyCsv([cancelled], 'en', now).split('\r\n')[0]).toContain(',Buyer refused (JST),You cancelled the request (JST),');
  });

  it('quotes what needs quoting and writes English headers for an English seller', () => {
    const csv = historyCsv([{ ...records[2]!, cartNo: '21,"0' }], 'en', now);
    expect(csv.split('\r\n')[0]).toMatch(/^Order No\.,Cart No\.,Claim,Stage,Claim date \(JST\)/);
    expect(csv).toContain('"21,""0"');
  });
});

describe('historyCsv and spreadsheets', () => {
  const cartCell = (cartNo: string) => {
    const csv = historyCsv([{ ...records[2]!, cartNo }], 'en', now);
    return csv.slice(csv.indexOf('\r\n') + 2 + '1038000003,'.length, csv.indexOf(',Exchange'));
  };

  it('keeps a stored value that starts like a formula from running in a spreadsheet', () => {
    expect(cartCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(cartCell('+1+2')).toBe("'+1+2");
    expect(cartCell('-1+2')).toBe("'-1+2");
    expect(cartCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(cartCell('\tcmd')).toBe("'\tcmd");
    expect(cartCell('＝1+2')).toBe("'＝1+2");
  });

  it('quotes a cell holding a lone line break, so the row stays one row', () => {
    expect(cartCell('a\nb')).toBe('"a\nb"');
    expect(cartCell('a\rb')).toBe('"a\rb"');
  });

  it('leaves days and times as they are', () => {
    const line = historyCsv(records.slice(0, 1), 'en', now).split('\r\n')[1];
    expect(line).toMatch(/^1038000001,210000001,Return,Return requested,2026-11-18,.*,2026-11-22 09:05$/);
    expect(line).not.toContain("'");
  });
});

describe('deadlinesIcs', () => {
  it('makes all-day events on the JST days with stable ids', () => {
    const ics = deadlinesIcs(records, 'en', now);
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20261126/);
    expect(ics).toContain('UID:deadline:1038000001@qsm-withdraw-assistant');
    expect(ics).toMatch(/SUMMARY:Order 1038000001: buyer’s last day/);
    expect(ics).toMatch(/UID:cooldownEnd:1038000002@/);
    expect(ics).toContain('DTEND;VALUE=DATE:20261127');
    expect(ics).not.toContain('1038000003');
  });

  it('keeps the day a new request is allowed in the calendar on that day', () => {
    expect(deadlinesIcs(records, 'en', at('2026-11-26T08:00:00'))).toMatch(/UID:cooldownEnd:1038000002@/);
  });

  it('keeps one event per order and kind, so a deadline QSM later prints otherwise moves the event on re-import', () => {
    const computed = deadlinesIcs(records.slice(0, 1), 'en', now);
    const printed = deadlinesIcs([{ ...records[0]!, withdraw: { state: 'requested', requestedOn: '2026-11-20', deadlineShown: '2026/11/27' } }], 'en', now);
    const uids = (ics: string) => ics.match(/UID:[^\r]+/g);
    expect(uids(printed)).toEqual(uids(computed));
    expect(printed).toContain('DTSTART;VALUE=DATE:20261127');
  });

  it('for a seller outside Japan, times each event over its JST day, not the seller’s own day', () => {
    for (const zone of ['America/Los_Angeles', 'Europe/Berlin', 'Asia/Shanghai']) {
      const ics = deadlinesIcs(records.slice(0, 1), 'en', now, zone).replace(/\r\n[ \t]/g, '');
      // The buyer's last day, 11/26 in Japan: from 11/25 15:00 UTC to 11/26 15:00 UTC, whatever the zone.
      expect(ics).toContain('DTSTART:20261125T150000Z');
      expect(ics).toContain('DTEND:20261126T150000Z');
      expect(ics).not.toContain('VALUE=DATE');
    }
    // On Japan's clock (Seoul too) they stay all-day events.
    expect(deadlinesIcs(records.slice(0, 1), 'en', now, 'Asia/Seoul')).toContain('DTSTART;VALUE=DATE:20261126');
  });

  it('folds long lines at 75 octets between characters, so strict calendar apps read Japanese and Korean titles whole', () => {
    for (const lang of ['ja', 'ko', 'zh_CN', 'en'] as const) {
      const ics = deadlinesIcs(records, lang, now);
      const lines = ics.split('\r\n');
      for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      // Unfolded, every title is whole, in the seller's language: no character was cut in two.
      const unfolded = ics.replace(/\r\n /g, '');
      expect(unfolded).not.toContain('\ufffd');
      if (lang === 'ja') expect(unfolded).toContain('SUMMARY:注文番号 1038000001：撤回要請への購入者の回答期限日');
      if (lang === 'ko') expect(unfolded).toContain('SUMMARY:주문번호 1038000001: 철회요청에 대한 구매자 응답 마지막 날');
    }
  });

  it('folds a line of four-octet characters without cutting one', () => {
    const line = `SUMMARY:${'𠮷'.repeat(40)}`;
    const folded = foldByOctets(`BEGIN:VCALENDAR\r\n${line}\r\nEND:VCALENDAR\r\n`);
    expect(folded.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`BEGIN:VCALENDAR\r\n${line}\r\nEND:VCALENDAR\r\n`);
  });

  it('writes an empty calendar when nothing is due, with the one component a calendar must hold (RFC 5545 §3.6)', () => {
    const ics = deadlinesIcs([], 'zh_CN', now);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*\r\nEND:VCALENDAR\r\n$/);
    expect(ics).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Asia\/Tokyo\r\n[\s\S]*END:VTIMEZONE/);
    expect(ics).not.toContain('BEGIN:VEVENT');
  });
});
