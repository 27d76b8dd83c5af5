/** Every fixture read and checked against test/fixtures/qsm/index.json, so the index stays true. */
import { describe, expect, it } from 'vitest';
import {
  findDetailRoots,
  findStatusAnchor,
  isClaimGridPage,
  isLoginUrl,
  isOrderListPage,
  isPopupPage,
  isQsmPage,
  looksLikeClaimDetail,
  readClaimList,
  readClaimListWithCells,
  readOrderDetail,
} from '../../lib/qsm';
import { evaluateWithdraw } from '../../lib/rules';
import { pathToFileURL } from 'node:url';
import { FIXTURES, fixture, fixtureIndex, fixtureText } from './helpers';

const now = new Date(fixtureIndex.now);
const { fixtures } = fixtureIndex;

describe('fixture index', () => {
  it('lists at least 12 detail pages, 3 grids, the non-claim pages, and a unique URL for each', () => {
    expect(fixtures.filter((f) => f.page === 'detail' || f.page === 'grid+detail').length).toBeGreaterThanOrEqual(12);
    expect(fixtures.filter((f) => f.grid).length).toBeGreaterThanOrEqual(3);
    expect(new Set(fixtures.map((f) => f.url)).size).toBe(fixtures.length);
    expect(new Set(fixtures.map((f) => f.detail.language).filter(Boolean))).toEqual(new Set(['zh', 'ja', 'en', 'ko']));
    for (const f of fixtures) expect(isQsmPage(f.url), f.url).toBe(true);
  });

  it("each URL is recognised by the page detector for its kind", () => {
    for (const f of fixtures) {
      if (f.page === 'login') expect(isLoginUrl(f.url)).toBe(true);
      if (f.grid) expect(isClaimGridPage(f.url)).toBe(true);
      if (f.file.startsWith('popup-')) expect(isPopupPage(f.url)).toBe(true);
      if (f.file.startsWith('order-list')) expect(isOrderListPage(f.url)).toBe(true);
    }
  });

  it('the 1,000-row grid is exactly what make-grid-1000.mjs writes', async () => {
    const script = pathToFileURL(`${FIXTURES}make-grid-1000.mjs`).href;
    const made = (await import(/* @vite-ignore */ script)) as { gridHtml: () => string };
    expect(made.gridHtml()).toBe(fixtureText('grid-ja-1000.html'));
  });
});

describe.each(fixtures)('$file', (f) => {
  const doc = fixture(f.file);

  it('reads as the index says', () => {
    const read = readOrderDetail(doc);
    expect(read.ok).toBe(f.detail.ok);
    if (!read.ok) {
      expect(read.reason).toBe(f.detail.reason);
      expect(read.detail.length).toBeGreaterThan(0);
      return;
    }
    expect(read.language).toBe(f.detail.language);
    expect(read.claim.orderNo).toBe(f.detail.orderNo);
    expect(read.claim.orderNo).toMatch(/^\d{9,10}$/);
    expect(read.claim.kind).toBe(f.detail.kind);
    expect(read.claim.stage).toBe(f.detail.stage);
    expect(read.claim.withdraw?.state ?? null).toBe(f.detail.withdrawState);
    expect(read.claim.withdraw?.deadlineShown).toBe(f.detail.deadlineShown);
    if (f.detail.carrier) expect(read.claim.carrier).toBe(f.detail.carrier);
  });

  it(`shows the badge the index says (${f.badge ?? 'none'}) at ${fixtureIndex.now}`, () => {
    const read = readOrderDetail(doc);
    const badge = read.ok ? evaluateWithdraw(read.claim, now).state : read.reason === 'unrecognized-layout' ? 'unreadable' : null;
    expect(badge).toBe(f.badge);
  });

  it('is found (or not) as a claim detail, with a badge anchor inside it', () => {
    const roots = findDetailRoots(doc);
    expect(roots.length).toBe(f.detail.ok ? 1 : 0);
    expect(looksLikeClaimDetail(doc)).toBe(f.detail.ok || f.detail.reason === 'unrecognized-layout');
    for (const root of roots) {
      const anchor = findStatusAnchor(root);
      expect(anchor && root.contains(anchor)).toBe(true);
    }
  });

  it('reads its grid rows as the index says', () => {
    const cells = readClaimListWithCells(doc);
    expect(cells.found).toBe(!!f.grid);
    if (!f.grid) return;
    const { rows, problems } = readClaimList(doc);
    expect(rows.length).toBe(f.grid.rows);
    expect(problems.length).toBe(f.grid.problems);
    const states: Record<string, number> = {};
    for (const claim of rows) {
      const state = evaluateWithdraw(claim, now).state;
      states[state] = (states[state] ?? 0) + 1;
    }
    expect(states).toEqual(f.grid.states);
    for (const row of cells.rows) expect(row.tr.contains(row.statusCell)).toBe(true);
  });
});
