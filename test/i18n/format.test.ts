// Every expectation is a fixed string for a fixed instant, so it holds under any host TZ;
// `TZ=America/Los_Angeles npx vitest run test/i18n` checks that (the zone is read below to prove it).
import { describe, expect, it } from 'vitest';
import {
  differsFromJapanTime, formatCountdown, formatCountdownShort, formatInstant, formatJstDay, formatZoneName, localTimeZone, zoneOffsetMinutes,
} from '../../lib/i18n';

const ms = (d: number, h: number, m: number, s: number) => (((d * 24 + h) * 60 + m) * 60 + s) * 1000;

describe('formatCountdown', () => {
  it.each([
    ['en', '2d 03:14:05'],
    ['ja', '2日 03:14:05'],
    ['zh_CN', '2天 03:14:05'],
    ['ko', '2일 03:14:05'],
  ] as const)('%s with days', (lang, expected) => {
    expect(formatCountdown(ms(2, 3, 14, 5), lang)).toBe(expected);
  });

  it('drops the day part under a day and rounds up to the next second', () => {
    expect(formatCountdown(ms(0, 3, 14, 5), 'en')).toBe('03:14:05');
    expect(formatCountdown(ms(0, 23, 59, 59), 'ja')).toBe('23:59:59');
    expect(formatCountdown(ms(1, 0, 0, 0), 'en')).toBe('1d 00:00:00');
    expect(formatCountdown(1, 'en')).toBe('00:00:01');
  });

  it('says ended at or below zero, and for nonsense', () => {
    expect(formatCountdown(0, 'en')).toBe('ended');
    expect(formatCountdown(-5000, 'ja')).toBe('終了');
    expect(formatCountdown(-1, 'zh_CN')).toBe('已结束');
    expect(formatCountdown(Number.NaN, 'ko')).toBe('종료');
  });
});

describe('formatCountdownShort with two units (the grid chip’s tooltip)', () => {
  it.each([
    ['en', '2d 3h', '3h 14m', '14m', '2d 0h', '1h 0m'],
    ['ja', '2日 3時間', '3時間 14分', '14分', '2日 0時間', '1時間 0分'],
    ['zh_CN', '2天 3小时', '3小时 14分钟', '14分钟', '2天 0小时', '1小时 0分钟'],
    ['ko', '2일 3시간', '3시간 14분', '14분', '2일 0시간', '1시간 0분'],
  ] as const)('%s, in words, never seconds', (lang, days, hours, minutes, noHours, hour) => {
    expect(formatCountdownShort(ms(2, 3, 14, 5), lang, 2)).toBe(days);
    expect(formatCountdownShort(ms(0, 3, 14, 5), lang, 2)).toBe(hours);
    expect(formatCountdownShort(ms(0, 0, 14, 59), lang, 2)).toBe(minutes);
    expect(formatCountdownShort(ms(2, 0, 5, 0), lang, 2)).toBe(noHours);
    expect(formatCountdownShort(ms(0, 1, 0, 0), lang, 2)).toBe(hour);
  });

  it('reads the same for a whole minute, so a tooltip does not change under the pointer every second', () => {
    const shown = new Set(Array.from({ length: 60 }, (_, s) => formatCountdownShort(ms(0, 3, 14, s), 'en', 2)));
    expect([...shown]).toEqual(['3h 14m']);
    expect(formatCountdownShort(30_000, 'en', 2)).toBe('1m');
    expect(formatCountdownShort(0, 'en', 2)).toBe('ended');
  });
});

describe('formatCountdownShort (the grid chip)', () => {
  it.each([
    ['en', '2d', '3h', '14m'],
    ['ja', '2日', '3時間', '14分'],
    ['zh_CN', '2天', '3小时', '14分钟'],
    ['ko', '2일', '3시간', '14분'],
  ] as const)('%s shows the largest unit only', (lang, days, hours, minutes) => {
    expect(formatCountdownShort(ms(2, 3, 14, 5), lang)).toBe(days);
    expect(formatCountdownShort(ms(0, 3, 14, 5), lang)).toBe(hours);
    expect(formatCountdownShort(ms(0, 0, 14, 5), lang)).toBe(minutes);
  });

  it('counts whole units down as the full countdown does, and never shows zero before the end', () => {
    // The same day count as formatCountdown: "1d 00:00:00" is 1d, one second less is 23h.
    expect(formatCountdownShort(ms(1, 0, 0, 0), 'en')).toBe('1d');
    expect(formatCountdownShort(ms(1, 0, 0, 0) - 1000, 'en')).toBe('23h');
    expect(formatCountdownShort(ms(0, 1, 0, 0) - 1000, 'en')).toBe('59m');
    expect(formatCountdownShort(ms(0, 0, 0, 59), 'en')).toBe('1m');
    expect(formatCountdownShort(1, 'en')).toBe('1m');
  });

  it('says ended at or below zero, and for nonsense', () => {
    expect(formatCountdownShort(0, 'en')).toBe('ended');
    expect(formatCountdownShort(-1, 'ja')).toBe('終了');
    expect(formatCountdownShort(Number.NaN, 'ko')).toBe('종료');
  });
});

describe('formatJstDay', () => {
  it.each([
    ['en', 'Wed, Aug 4, 2021'],
    ['ja', '2021年8月4日（水）'],
    ['zh_CN', '2021年8月4日 周三'],
    ['ko', '2021년 8월 4일 (수)'],
  ] as const)('%s', (lang, expected) => {
    expect(formatJstDay('2021-08-04', lang)).toBe(expected);
  });

  it('keeps the calendar day at year ends and leap days', () => {
    expect(formatJstDay('2021-01-01', 'en')).toBe('Fri, Jan 1, 2021');
    expect(formatJstDay('2021-12-31', 'ja')).toBe('2021年12月31日（金）');
    expect(formatJstDay('2024-02-29', 'ko')).toBe('2024년 2월 29일 (목)');
  });

  it('returns what it cannot read unchanged', () => {
    expect(formatJstDay('2021/08/04', 'en')).toBe('2021/08/04');
    expect(formatJstDay('2021-02-30', 'en')).toBe('2021-02-30');
  });
});

describe('formatInstant and zones', () => {
  const deadlineEnd = new Date('2021-08-04T15:00:00Z'); // the end of 2021-08-04 in Japan

  it('writes Japan time as JST in every language', () => {
    for (const lang of ['en', 'ja', 'zh_CN', 'ko'] as const) {
      expect(formatInstant(deadlineEnd, lang, 'Asia/Tokyo')).toBe('2021/08/05 00:00 JST');
    }
  });

  it("writes the seller's own clock with its short zone name", () => {
    expect(formatInstant(deadlineEnd, 'en', 'Asia/Shanghai')).toBe('2021/08/04 23:00 GMT+8');
    expect(formatInstant(deadlineEnd, 'en', 'America/Los_Angeles')).toBe('2021/08/04 08:00 PDT');
    expect(formatInstant(deadlineEnd, 'en', 'Not/AZone')).toBe('2021/08/05 00:00 JST');
  });

  it('compares offsets at the instant, not zone names', () => {
    expect(zoneOffsetMinutes(deadlineEnd, 'Asia/Shanghai')).toBe(480);
    expect(differsFromJapanTime('Asia/Tokyo', deadlineEnd)).toBe(false);
    expect(differsFromJapanTime('Asia/Seoul', deadlineEnd)).toBe(false);
    expect(differsFromJapanTime('Asia/Shanghai', deadlineEnd)).toBe(true);
    expect(differsFromJapanTime('Not/AZone', deadlineEnd)).toBe(false);
    // Los Angeles: -7 h in summer, -8 h in winter; both differ from Japan.
    expect(zoneOffsetMinutes(new Date('2021-01-15T00:00:00Z'), 'America/Los_Angeles')).toBe(-480);
  });

  it('reads the host zone only through localTimeZone()', () => {
    expect(localTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});

describe('formatZoneName', () => {
  const at = new Date('2026-11-25T00:00:00Z');
  it.each([
    ['zh_CN', 'Asia/Shanghai', '中国标准时间'],
    ['ja', 'America/Los_Angeles', '米国太平洋標準時'],
    ['ko', 'Asia/Seoul', '한국 표준시'],
    ['en', 'Asia/Shanghai', 'China Standard Time'],
  ] as const)('names the seller’s zone in the seller’s language (%s, %s)', (lang, zone, name) => {
    expect(formatZoneName(zone, lang, at)).toBe(name);
  });

  it('keeps the zone’s id where the language has no name for it, and for a zone it does not know', () => {
    expect(formatZoneName('Etc/GMT-3', 'ja', at)).toBe('Etc/GMT-3');
    expect(formatZoneName('Mars/Olympus', 'ja', at)).toBe('Mars/Olympus');
  });
});
