// JST calendar days, whatever the machine's time zone (domain.md §1, §3.9).
import { describe, expect, it } from 'vitest';
import { addJstDays, daysBetween, endOfJstDay, isIsoDay, JST_OFFSET_MS, jstDay, parsePageDay, startOfJstDayInstant, pageDates, PAGE_DATE_PATTERN, westernYears, foreignZoneOf, notedInZone } from '../../lib/time';

describe('lib/time', () => {
  it('knows real ISO days only', () => {
    expect(['2024-02-29', '2021-08-04', '1999-12-31'].every(isIsoDay)).toBe(true);
    expect(['2023-02-29', '2021-13-01', '2021-00-10', '2021-08-32', '2021/08/04', '', '20210804', 5, null].some(isIsoDay)).toBe(false);
  });

  it('reads days as QSM prints them', () => {
    expect(parsePageDay('2021/08/04')).toBe('2021-08-04');
    expect(parsePageDay(' 2021/8/4 13:05 ')).toBe('2021-08-04');
    expect(parsePageDay('2021/08/04 13:05:59')).toBe('2021-08-04');
    expect(parsePageDay('２０２１／０８／０４')).toBe('2021-08-04');
    expect(parsePageDay('2021-08-04')).toBe('2021-08-04');
    // Written out with the calendar's own words: a page in Japanese or Korean may do so.
    expect(parsePageDay('2021年8月4日')).toBe('2021-08-04');
    expect(parsePageDay('2021년 08월 04일 13:05')).toBe('2021-08-04');
    expect(parsePageDay('2021年13月4日')).toBeUndefined();
    expect(parsePageDay('2021/13/45')).toBeUndefined();
    expect(parsePageDay('2021/02/29')).toBeUndefined();
    expect(parsePageDay('see 2021/08/04')).toBeUndefined();
    expect(parsePageDay('')).toBeUndefined();
    expect(parsePageDay(undefined)).toBeUndefined();
  });

  it('takes the Japanese calendar day of an instant', () => {
    expect(jstDay(new Date('2021-08-03T14:59:59.999Z'))).toBe('2021-08-03');
    expect(jstDay(new Date('2021-08-03T15:00:00Z'))).toBe('2021-08-04');
    expect(jstDay(new Date('2021-12-31T15:00:00Z'))).toBe('2022-01-01');
  });

  it('adds calendar days across month, year and leap-day ends', () => {
    expect(addJstDays('2021-07-29', 6)).toBe('2021-08-04');
    expect(addJstDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addJstDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addJstDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addJstDays('2021-03-01', -1)).toBe('2021-02-28');
    expect(daysBetween('2021-07-29', '2021-08-04')).toBe(6);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
  });

  it('ends a JST day at 15:00 UTC', () => {
    expect(endOfJstDay('2021-08-04').toISOString()).toBe('2021-08-04T15:00:00.000Z');
    expect(startOfJstDayInstant('2021-08-09').toISOString()).toBe('2021-08-08T15:00:00.000Z');
    expect(endOfJstDay('2024-02-29').toISOString()).toBe('2024-02-29T15:00:00.000Z');
  });
});

describe('Japan’s offset', () => {
  it('is the zone data’s own offset for Asia/Tokyo on every day from 1952 to 2100 (@date-fns/tz)', async () => {
    const { tzOffset, TZDate } = await import('@date-fns/tz');
    for (let ms = Date.UTC(1952, 0, 1); ms < Date.UTC(2100, 0, 1); ms += 86_400_000 * 7 + 3_600_000) {
      expect(tzOffset('Asia/Tokyo', new Date(ms))).toBe(JST_OFFSET_MS / 60_000);
    }
    for (const iso of ['1970-01-01', '2000-02-29', '2021-03-28', '2026-11-22', '2099-12-31']) {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      expect(startOfJstDayInstant(iso).getTime()).toBe(new TZDate(y, m - 1, d, 'Asia/Tokyo').getTime());
      expect(jstDay(new Date(new TZDate(y, m - 1, d, 23, 59, 'Asia/Tokyo').getTime()))).toBe(iso);
    }
  });
});

describe('calendar arithmetic', () => {
  it('agrees with date-fns on Japan’s calendar for any day and any shift', async () => {
    const fc = (await import('fast-check')).default;
    const { TZDate } = await import('@date-fns/tz');
    const { addDays, differenceInCalendarDays, format } = await import('date-fns');
    // Japan last observed DST in 1951; QSM's dates are all long after.
    const day = fc.date({ min: new Date('1955-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -800, max: 800 }), (iso, shift) => {
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
        const tokyo = new TZDate(y, m - 1, d, 'Asia/Tokyo');
        const moved = addDays(tokyo, shift);
        expect(addJstDays(iso, shift)).toBe(format(moved, 'yyyy-MM-dd'));
        expect(daysBetween(iso, addJstDays(iso, shift))).toBe(differenceInCalendarDays(moved, tokyo));
        expect(jstDay(new Date(moved.getTime()))).toBe(format(moved, 'yyyy-MM-dd'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('Japanese era years', () => {
  it('reads 令和 and 平成 years as western years, 元年 as the first', () => {
    expect(westernYears('令和 8年11月 2日(月) 15時30分')).toBe('2026年11月 2日(月) 15時30分');
    expect(westernYears('令和元年5月1日')).toBe('2019年5月1日');
    expect(westernYears('平成31年4月30日')).toBe('2019年4月30日');
    expect(parsePageDay('令和８年１１月２０日')).toBe('2026-11-20');
    expect(parsePageDay('令和8年2月29日')).toBeUndefined(); // 2026 has no 29 February
  });
});

describe('dates written other ways', () => {
  it.each([
    ['Nov 26, 2026 11:59 PM (JST)', '2026/11/26 11:59 PM (JST)'],
    ['November 20th, 2026', '2026/11/20'],
    ['19 Nov 2026 21:47', '2026/11/19 21:47'],
    ['11/13/2026', '2026/11/13'], // month first: 13 is no month
    ['14/11/2026', '2026/11/14'], // day first: 14 is no month
    ['11/11/2026', '2026/11/11'],
    ['11/06/2026', '11/06/2026'], // 6 November or 11 June: not guessed
    ['26.11.18 (수) 오전 8:31', '2026/11/18 (수) 오전 8:31'], // a Korean screen's two-digit year, dotted
    ['26/11/14', '26/11/14'], // slashes: yy/MM/dd or dd/MM/yy, not guessed
    ['18.11.26', '18.11.26'], // no year this decade first
    ['25.11.26', '25.11.26'], // 2025-11-26, or 25 November 2026: not guessed
    ['v25.11.3', 'v25.11.3'], // a version, a price, a time: no date
    ['¥25.11.30', '¥25.11.30'],
    ['23.05.07', '23.05.07'],
    // A UTC instant is Japan's day and time 9 hours on.
    ['2026-11-19T16:05:00Z', '2026/11/20 01:05:00'],
    ['2026-11-18T14:59:59.000Z', '2026/11/18 23:59:59'],
    ['2026-11-18T15:00:00Z', '2026/11/19 00:00:00'],
    ['2026-11-19T07:00:00+08:00', '2026/11/19 08:00:00'],
    ['25 Nov 2026 14:59:59 (UTC)', '2026/11/25 23:59:59'],
    ['November 18th, 2026 11:30 PM (UTC)', '2026/11/19 08:30:00'],
    ['令和 8年11月 2日', '2026年11月 2日'],
    // An instant said to be UTC twice is moved once; other ways of writing a UTC time are moved too.
    ['2026-11-19T06:00:00Z (UTC)', '2026/11/19 15:00:00'],
    ['2026-11-19 16:05:00 UTC', '2026/11/20 01:05:00'],
    ['2026年11月19日 16:05 (UTC)', '2026/11/20 01:05:00'],
    ['Nov 19, 2026, 4:05 PM UTC', '2026/11/20 01:05:00'],
    ['11/19/2026, 4:05:00 PM UTC', '2026/11/20 01:05:00'],
    ['2026/11/19(木) 16:05 UTC', '2026/11/20 01:05:00'],
    ['2026-11-19 16:05:00Z', '2026/11/20 01:05:00'],
    // A time given in another zone: an offset from UTC, Beijing's time (UTC+8).
    ['2026/11/16 23:59 UTC+8', '2026/11/17 00:59:00'],
    ['2026/11/19 23:30 (北京时间)', '2026/11/20 00:30:00'],
    ['2026/11/17 23:10 (北京時間)', '2026/11/18 00:10:00'],
    ['2026-11-18 22:50（UTC+08:00）', '2026/11/18 23:50:00'],
    ['2026/11/18 20:00 GMT-5', '2026/11/19 10:00:00'],
    ['Nov 18, 2026, 11:40 PM Beijing time', '2026/11/19 00:40:00'],
    // A seller's time-zone tool prints QSM's times in its own zone, by abbreviation; US Central's CST
    // and China's share one: not read.
    ['Nov 18, 2026 7:05 AM PST', '2026/11/19 00:05:00'],
    ['2026/11/20 09:30 EDT', '2026/11/20 22:30:00'],
    ['2026/11/20 23:30 (HKT)', '2026/11/21 00:30:00'],
    ['2026/11/20 23:30 CST', '2026/11/20 23:30 CST'],
    ['2026/11/20 10:00 Estimated', '2026/11/20 10:00 Estimated'],
    ['2026/11/20 10:00 est.', '2026/11/20 10:00 est.'],
    ['2026/11/20 22:00 cet', '2026/11/20 22:00 cet'],
    ['13-Nov-2026', '2026/11/13'],
    ['Sat, 21 Nov 2026', 'Sat, 2026/11/21'],
    // A zone word before another date names that date's zone: a copy in Beijing's time after Japan's.
    ['2026/11/19 23:58:12 北京时间 2026/11/19 22:58:12', '2026/11/19 23:58:12 北京时间 2026/11/19 22:58:12'],
    ['2026/11/25 14:59:59 (UTC) 2026/11/25 23:59:59', '2026/11/25 23:59:59 2026/11/25 23:59:59'],
    ['2026/11/19 20:00 UTC 2026/11/20 05:00 JST', '2026/11/20 05:00:00 2026/11/20 05:00 JST'],
    ['2026/11/18 23:30 (BEIJING TIME)', '2026/11/19 00:30:00'],
    // Japan's own time named after UTC is left as it is; a day that cannot exist is not rolled over.
    ['2026/11/19 16:00 GMT+9', '2026/11/19 16:00 GMT+9'],
    ['2026/11/19 16:00 (UTC+09:00)', '2026/11/19 16:00 (UTC+09:00)'],
    ['2026/11/19 16:00 UTC/GMT+9', '2026/11/19 16:00 UTC/GMT+9'],
    ['2026-02-30T10:00:00Z', '2026-02-30T10:00:00Z'],
    ['2026/11/31 16:00 (UTC)', '2026/11/31 16:00 (UTC)'],
  ])('%s', (text, written) => {
    expect(pageDates(text)).toBe(written);
  });

  it('a label or header names another zone than Japan’s: offsets, Beijing’s, abbreviations in capitals', () => {
    expect(foreignZoneOf('要求日 (北京时间)')).toBe('北京时间');
    expect(foreignZoneOf('Request Date (PST)')).toBe('PST');
    expect(foreignZoneOf('Shipping Date (UTC+8)')).toBe('UTC+8');
    expect(foreignZoneOf('Request Date (UTC+9)')).toBeUndefined();
    expect(foreignZoneOf('Delivery (est.)')).toBeUndefined();
    expect(foreignZoneOf('要求日 (JST)')).toBeUndefined();
    // Noted right after the time, before a note of the value's own.
    expect(notedInZone('2026/11/18 23:30 (第2次)', '北京时间')).toBe('2026/11/18 23:30 (北京时间) (第2次)');
    expect(notedInZone('2026/11/18', '北京时间')).toBe('2026/11/18');
    // An ISO time with no zone of its own is the label's; one with Z or an offset keeps its own.
    expect(pageDates(notedInZone('2026-11-19T16:05:00', 'UTC'))).toBe('2026/11/20 01:05:00');
    expect(pageDates(notedInZone('2026-11-19T23:30:00.000', '北京时间'))).toBe('2026/11/20 00:30:00.000');
    expect(pageDates(notedInZone('2026-11-19T16:05', 'PST'))).toBe('2026/11/20 09:05:00');
    expect(pageDates(notedInZone('2026-11-19T16:05:00Z', 'UTC+8'))).toBe('2026/11/20 01:05:00');
    expect(pageDates(notedInZone('2026-11-19T16:05:00+09:00', 'UTC'))).toBe('2026/11/19 16:05:00');
    // An offset after a space, or a lowercase z, is the value's own: not the label's zone (left as printed).
    expect(notedInZone('2026-11-19T16:05:00 +08:00', 'UTC')).toBe('2026-11-19T16:05:00 +08:00');
    expect(notedInZone('2026-11-19T16:05:00z', '北京时间')).toBe('2026-11-19T16:05:00z');
  });

  it('reads them as JST days, and an ambiguous or 12-hour date as what it can only be', () => {
    expect(parsePageDay('2026-11-19T16:05:00Z')).toBe('2026-11-20');
    expect(parsePageDay('Nov 26, 2026')).toBe('2026-11-26');
    expect(parsePageDay('11/06/2026')).toBeUndefined();
    expect(parsePageDay('2026-02-30T10:00:00Z')).toBeUndefined();
    // A 12-hour time is not taken for a 24-hour one, with or without its seconds.
    for (const text of ['2026/11/20 11:30 PM', '2026/11/20 11:30:00 PM', '2026/11/20 11:59:59 P.M.']) {
      expect(new RegExp(PAGE_DATE_PATTERN).exec(text)?.[0]).toBe('2026/11/20');
    }
    expect(new RegExp(PAGE_DATE_PATTERN).exec('2026/11/20 23:59:59 (JST)')?.[0]).toBe('2026/11/20 23:59:59');
  });
});
