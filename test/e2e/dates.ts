/**
 * Fixtures are written as of a fixed day; the browser runs on the real clock. Shifting every
 * 'YYYY/MM/DD' in a page by whole days keeps each page's distance to "today" (JST) what the fixture
 * meant, so the built extension is tested as shipped, with no clock hook in it.
 */
import { addJstDays, daysBetween, isIsoDay, jstDay } from '../../lib/time';

export function shiftPageDates(html: string, fixtureNow: Date, realNow = new Date()): string {
  const shift = daysBetween(jstDay(fixtureNow), jstDay(realNow));
  if (shift === 0) return html;
  return html.replace(/\b(\d{4})([/-])(\d{1,2})\2(\d{1,2})\b/g, (whole, y: string, sep: string, m: string, d: string) => {
    const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    // An impossible date in a fixture is there on purpose: it stays impossible.
    return isIsoDay(iso) ? addJstDays(iso, shift).replaceAll('-', sep) : whole;
  });
}
