// The pages written from domain.md alone (test/fixtures/qsm/independent/), loaded in Chromium with the
// built extension as QSM pages: each claim gets one badge whose state is what the rules say of what the
// page shows, today (the pages keep their own dates, so the states follow the clock).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { evaluateWithdraw } from '../../lib/rules';
import type { DetailRead, OrderClaim } from '../../lib/qsm';
import { launchWithExtension, type ExtensionBrowser } from './browser';

const DIR = 'test/fixtures/qsm/independent';
// `badges`: a page showing several orders' details is no one claim, but each detail gets its own badge.
const pagesOf = <T>(kind: string): Array<{ file: string; expected: T; badges?: string[] }> =>
  JSON.parse(readFileSync(`${DIR}/${kind}/expected.json`, 'utf8')).pages;
const details = pagesOf<DetailRead>('detail');
const grids = pagesOf<{ rows: OrderClaim[]; problemCount: number }>('grid');
// Each served where QSM shows claims; the login page at QSM's root, as an expired session shows it.
const pathOf = (kind: string, file: string) => `/GMKT.INC.Gsm.Web/Claim/ClaimManagement.aspx?independent=${kind}/${file}`;
const stateToday = (claim: OrderClaim) => evaluateWithdraw(claim, new Date()).state;

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
  for (const kind of ['detail', 'grid']) {
    for (const { file } of pagesOf(kind)) b.pages.set(pathOf(kind, file), readFileSync(`${DIR}/${kind}/${file}`, 'utf8'));
  }
});
afterAll(async () => {
  await b?.close();
});

describe('detail pages written from the page model alone', () => {
  for (const { file, expected, badges } of details) {
    const shows = badges
      ? `a badge in each of its ${badges.length} orders’ details`
      : expected.ok ? 'one badge with the rules’ state today' : expected.reason === 'unrecognized-layout' ? 'the “could not read” marker' : 'no badge';
    it(`${file}: ${shows}`, async () => {
      await b.clearStorage(); // the states assume nothing is known of these orders yet
      const page = await b.open(pathOf('detail', file));
      const detailBadge = page.locator('qwa-badge:not(#__grid_ClaimGrid qwa-badge)');
      if (badges) {
        await expect.poll(() => detailBadge.count()).toBe(badges.length);
        expect(await detailBadge.evaluateAll((hosts) => hosts.map((h) => h.getAttribute('data-qwa-order')))).toEqual(badges);
        expect(await page.locator('qwa-badge[data-qwa-unreadable]').count()).toBe(0);
      } else if (expected.ok) {
        await expect.poll(() => detailBadge.count()).toBe(1);
        expect(await detailBadge.getAttribute('data-qwa-order')).toBe(expected.claim.orderNo);
        expect(await detailBadge.getAttribute('data-qwa-state')).toBe(stateToday(expected.claim));
      } else if (expected.reason === 'unrecognized-layout') {
        await expect.poll(() => page.locator('qwa-badge').count()).toBe(1);
        expect(await page.locator('qwa-badge').getAttribute('data-qwa-unreadable')).toBe('true');
        expect(await page.locator('qwa-badge').getAttribute('data-qwa-state')).toBe('unknown');
      } else {
        await page.waitForTimeout(600);
        expect(await page.locator('qwa-badge').count()).toBe(0);
      }
      await page.close();
    });
  }
});

describe('claim grids written from the page model alone', () => {
  for (const { file, expected } of grids) {
    it(`${file}: each readable row’s badge says what the rules say today, once`, async () => {
      await b.clearStorage();
      const page = await b.open(pathOf('grid', file));
      await expect.poll(() => page.locator('#__grid_ClaimGrid qwa-badge').count()).toBeGreaterThanOrEqual(expected.rows.length);
      const shown = await page.evaluate(() =>
        Array.from(document.querySelectorAll('#__grid_ClaimGrid .objbox tr'), (tr) =>
          Array.from(tr.querySelectorAll('qwa-badge'), (h) => `${h.getAttribute('data-qwa-order')}:${h.getAttribute('data-qwa-state')}`),
        ).filter((hosts) => hosts.length),
      );
      expect(shown.every((hosts) => hosts.length === 1)).toBe(true);
      const states = shown.map(([host]) => host!);
      const readable = expected.rows.map((row) => `${row.orderNo}:${stateToday(row)}`);
      for (const state of readable) expect(states).toContain(state);
      // A row that cannot be read still gets its badge: "unknown", never a guess.
      const others = states.filter((s) => !readable.includes(s));
      expect(others.every((s) => s.endsWith(':unknown'))).toBe(true);
      expect(others.length).toBeLessThanOrEqual(expected.problemCount);
      await page.close();
    });
  }

  it('the extension reported no error on any of these pages', () => {
    expect(b.extensionErrors).toEqual([]);
  });
});
