/**
 * Dates in a buyer's memo, written the way each language writes them. The day is a JST calendar day
 * (domain.md §1), so it is formatted at noon JST in the Asia/Tokyo zone: the same words whatever zone
 * the seller's machine is in.
 */
import { JST, parsePageDay } from '../time';
import type { MemoLanguage } from './types';

const LOCALE: Record<MemoLanguage, string> = { ja: 'ja-JP', en: 'en-US', zh: 'zh-CN', ko: 'ko-KR' };

function noonJst(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, 3)); // 12:00 JST = 03:00 UTC
}

/**
 * '2026-11-26' → ja 2026年11月26日（木）, zh 2026年11月26日（周四）, ko 2026년 11월 26일 (목),
 * en Thursday, November 26, 2026. QSM's own '2026/11/26' is accepted too. Anything else is returned
 * unchanged: a seller may have typed free text, which is theirs to word.
 */
export function formatMemoDate(value: string, language: MemoLanguage): string {
  const day = parsePageDay(value);
  if (!day) return value;
  const at = noonJst(day);
  const locale = LOCALE[language];
  if (language === 'en') {
    return new Intl.DateTimeFormat(locale, {
      timeZone: JST,
      weekday: 'long',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    }).format(at);
  }
  // CJK: Intl writes the date itself; the weekday goes in brackets the way shops print it, which
  // Intl's own weekday patterns ('2026年11月26日木曜日', '2026년 11월 26일 목요일') do not do.
  const date = new Intl.DateTimeFormat(locale, { timeZone: JST, year: 'numeric', month: 'long', day: 'numeric' }).format(at);
  const weekday = new Intl.DateTimeFormat(locale, { timeZone: JST, weekday: 'short' }).format(at);
  return language === 'ko' ? `${date} (${weekday})` : `${date}（${weekday}）`;
}

/** The values that hold days and get formatted per language. */
export const DATE_PLACEHOLDERS: readonly string[] = ['shippedOn', 'deadline'];
