// The Firefox build (.output/firefox-mv2) in Debian's firefox-esr, on fixtures served under QSM's real
// address (issue "Firefox as a first-class target"). Run with `npm run test:firefox`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { fixtureHtml, fixtureIndex, pathOf, type FixtureEntry } from '../e2e/fixtures';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox';
import { NOT_SENT, PATH, PENDING } from '../e2e/withdrawPages';

const SHOTS = 'test-results/screenshots-firefox';
const detailFixtures = fixtureIndex.fixtures.filter((f) => f.page !== 'grid');
const gridFixtures = fixtureIndex.fixtures.filter((f) => f.grid);
let b: FirefoxWithExtension;

/** Polls `read` until it returns `want` (or the time is up) and returns the last value it read. */
async function until<T>(read: () => Promise<T>, want: T, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (JSON.stringify(value) === JSON.stringify(want) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}
const count = (page: Page, selector: string) => page.$$eval(selector, (els) => els.length);
const shot = (page: Page, entry: FixtureEntry) => page.screenshot({ path: `${SHOTS}/${entry.file.replace(/\.html$/, '')}.png` });

// The unit run (vitest.config.ts, test/**/*.test.ts) also collects this file; only vitest.firefox.config.ts runs it.
describe.skipIf(process.env.QWA_E2E_FIREFOX !== '1')('Firefox (firefox-esr + .output/firefox-mv2)', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    b = await launchFirefoxWithExtension();
    for (const entry of fixtureIndex.fixtures) b.pages.set(pathOf(entry), fixtureHtml(entry));
  });
  afterAll(async () => {
    await b?.close();
  });

  it('installs the add-on under its stable gecko id', () => {
    expect(b.extensionId).toBe('qsm-withdraw-assistant@qwa.example');
  });

  describe('detail pages', () => {
    for (const d of detailFixtures) {
      const { badge } = d;
      it(`${d.file}: ${badge ? `a "${badge}" badge` : 'no badge'}`, async () => {
        const page = await b.open(pathOf(d));
        // On a grid page with a detail layer open, the detail's badge sits inside the layer, beside the grid's.
        const detail = badge === 'unreadable' ? 'qwa-badge[data-qwa-unreadable]' : 'qwa-badge:not(#__grid_ClaimGrid qwa-badge)';
        if (badge) {
          expect(await until(() => count(page, 'qwa-badge'), 1 + (d.grid?.rows ?? 0))).toBe(1 + (d.grid?.rows ?? 0));
          expect(await count(page, detail)).toBe(1);
          const host = (await page.$(detail))!;
          const [state, order] = await host.evaluate((h) => [h.getAttribute('data-qwa-state'), h.getAttribute('data-qwa-order')]);
          expect(state).toBe(badge === 'unreadable' ? 'unknown' : badge);
          if (badge !== 'unreadable') expect(order).toBe(d.detail.orderNo);
          // A real click (BiDi input actions) on the badge's button, inside its open shadow root.
          const button = await host.$('>>> button');
          expect(button).not.toBeNull();
          await button!.click();
          // The panel comes from the views module, which the content script imports on the first opening.
          const panel = () => host.evaluate((h) => !!h.shadowRoot?.querySelector('[role=dialog]'));
          if (badge !== 'unreadable') expect(await until(panel, true)).toBe(true);
          await shot(page, d);
        } else {
          await new Promise((r) => setTimeout(r, 600));
          expect(await count(page, 'qwa-badge')).toBe(0);
        }
        await page.close();
      });
    }
  });

  describe('claim grids', () => {
    for (const g of gridFixtures) {
      const { rows, states } = g.grid!;
      it(`${g.file}: one badge per row (${rows}), states as the rules say`, async () => {
        // The states in index.json assume nothing is known of these orders yet: a fresh install forgets.
        await b.reinstall();
        const page = await b.open(pathOf(g));
        expect(await until(() => count(page, '#__grid_ClaimGrid .objbox qwa-badge'), rows, 20_000)).toBe(rows);
        const counted = await page.evaluate(() => {
          const tally: Record<string, number> = {};
          for (const tr of document.querySelectorAll('#__grid_ClaimGrid .objbox tr')) {
            const hosts = tr.querySelectorAll('qwa-badge');
            if (hosts.length > 1) tally.duplicates = (tally.duplicates ?? 0) + 1;
            const state = hosts[0]?.getAttribute('data-qwa-state');
            if (state) tally[state] = (tally[state] ?? 0) + 1;
          }
          return tally;
        });
        expect(counted).toEqual(states);
        await shot(page, g);
        await page.close();
      });
    }

    it('shows each row’s chip whole in dhtmlx’s one-line clipped cells, first in the cell, rows as tall as before', async () => {
      const g = gridFixtures.find((x) => x.file === 'grid-zh.html')!;
      const page = await b.open(pathOf(g));
      expect(await until(() => count(page, '#__grid_ClaimGrid .objbox qwa-badge'), g.grid!.rows)).toBe(g.grid!.rows);
      const drawn = () => page.$$eval('#__grid_ClaimGrid .objbox qwa-badge', (hosts) => hosts.filter((h) => h.shadowRoot?.querySelector('button')).length);
      expect(await until(drawn, g.grid!.rows)).toBe(g.grid!.rows);
      const seen = await page.evaluate(() => {
        // Row heights with the badges, and with them out of the layout for a moment (within one task).
        const table = document.querySelector('#__grid_ClaimGrid .objbox table')!;
        const hosts = [...table.querySelectorAll<HTMLElement>('qwa-badge')];
        const heights = () => [...table.querySelectorAll('tr')].map((tr) => tr.getBoundingClientRect().height);
        const shown = heights();
        const displays = hosts.map((host) => host.style.display);
        hosts.forEach((host) => (host.style.display = 'none'));
        const without = heights();
        hosts.forEach((host, i) => (host.style.display = displays[i]!));
        const bad = hosts.filter((host) => {
          const cell = host.closest('td')!.getBoundingClientRect();
          const chip = host.shadowRoot!.querySelector('button')!.getBoundingClientRect();
          const whole = chip.width > 0 && chip.left >= cell.left && chip.right <= cell.right && chip.top >= cell.top && chip.bottom <= cell.bottom;
          return !whole || host.parentElement!.firstChild !== host;
        }).length;
        return { with: shown, without, bad };
      });
      expect(seen.bad).toBe(0);
      expect(seen.with).toEqual(seen.without);
      await page.close();
    });

    it('lets QSM sort its grid by a column header as if no badge were there, and puts the badges back', async () => {
      const g = gridFixtures.find((x) => x.file === 'grid-zh.html')!;
      const rows = g.grid!.rows;
      const page = await b.open(pathOf(g));
      expect(await until(() => count(page, '#__grid_ClaimGrid .objbox qwa-badge'), rows)).toBe(rows);
      // dhtmlx's "str" sort, in the page's own world: it reads each cell's value as its markup.
      await page.evaluate(() => {
        document.querySelector('#__grid_ClaimGrid .xhdr')!.addEventListener('click', (event) => {
          const cell = (event.target as Element).closest('td')!;
          const column = [...cell.parentElement!.children].indexOf(cell);
          const body = document.querySelector('#__grid_ClaimGrid .objbox tbody')!;
          const trs = [...body.querySelectorAll('tr')].slice(1);
          trs.sort((a, b) => (a.children[column]!.innerHTML < b.children[column]!.innerHTML ? -1 : 1)).forEach((tr) => body.append(tr));
        });
      });
      const header = (await page.$$('#__grid_ClaimGrid .xhdr td'))[1]!;
      await header.click();
      const statuses = await page.$$eval('#__grid_ClaimGrid .objbox tr', (trs) => trs.slice(1).map((tr) => tr.children[1]!.textContent!.trim()));
      expect(statuses).toEqual([...statuses].sort());
      expect(await until(() => count(page, '#__grid_ClaimGrid .objbox qwa-badge'), rows)).toBe(rows);
      await page.close();
    });

    it('shows the chips of the rows the seller scrolls to, not those far away', async () => {
      const g = gridFixtures.find((x) => x.grid!.rows >= 1000)!;
      const page = await b.open(pathOf(g));
      expect(await until(() => count(page, '#__grid_ClaimGrid .objbox qwa-badge'), g.grid!.rows, 20_000)).toBe(g.grid!.rows);
      // Rows (by their place in the table: dhtmlx's sizing row is 0) whose chip is drawn.
      const drawnRows = () =>
        page.$$eval('#__grid_ClaimGrid .objbox tr', (trs) => trs.flatMap((tr, i) => (tr.querySelector('qwa-badge')?.shadowRoot?.querySelector('button') ? [i] : [])));
      expect(await until(async () => (await drawnRows()).includes(1), true)).toBe(true);
      expect(Math.max(...(await drawnRows()))).toBeLessThan(100);
      await page.$eval('#__grid_ClaimGrid .objbox', (box) => {
        box.scrollTop = (box.querySelectorAll('tr')[500] as HTMLElement).offsetTop;
      });
      expect(await until(async () => (await drawnRows()).includes(520), true)).toBe(true);
      const after = await drawnRows();
      for (const row of [500, 510, 540]) expect(after).toContain(row);
      expect(after.filter((row) => row > 700)).toEqual([]);
      await page.close();
    });

    it('keeps exactly one badge per row while a script re-renders the grid', async () => {
      const g = gridFixtures.find((x) => x.page === 'grid' && x.grid!.rows < 100)!;
      const rows = g.grid!.rows;
      const page = await b.open(pathOf(g));
      expect(await until(() => count(page, 'qwa-badge'), rows)).toBe(rows);
      for (let i = 0; i < 3; i++) {
        // Rebuild the body table from its own markup, as dhtmlx does on paging.
        await page.evaluate(() => {
          const table = document.querySelector('#__grid_ClaimGrid .objbox table')!;
          const copy = table.cloneNode(true) as HTMLTableElement;
          copy.querySelectorAll('qwa-badge').forEach((h) => h.remove());
          table.replaceWith(copy);
        });
        expect(await until(() => count(page, 'qwa-badge'), rows)).toBe(rows);
      }
      await page.evaluate(() => document.querySelector('#__grid_ClaimGrid .objbox tr:last-child')!.remove());
      expect(await until(() => count(page, 'qwa-badge'), rows - 1)).toBe(rows - 1);
      const perRow = await page.$$eval('#__grid_ClaimGrid .objbox tr', (trs) => trs.map((tr) => tr.querySelectorAll('qwa-badge').length));
      expect(Math.max(...perRow)).toBe(1);
      await page.close();
    });
  });

  describe('the add-on installed again with QSM tabs open', () => {
    // Firefox runs a newly installed copy's content script in the QSM tabs already open (an update does the
    // same); the old copy's badges stay in the page, dead (their clicks reach nothing). The seller must see
    // one live badge per claim: the new copy's, in place of the old copy's (marked here to tell them apart).
    it('leaves one working badge per claim in a tab that was open, not the old copy’s beside the new', async () => {
      const g = gridFixtures.find((x) => x.page === 'grid' && x.grid!.rows < 100)!;
      const d = detailFixtures.find((f) => f.file === 'detail-zh-return-pending.html')!;
      const [grid, detail] = [await b.open(pathOf(g)), await b.open(pathOf(d))];
      const rows = g.grid!.rows;
      expect(await until(() => count(grid, 'qwa-badge'), rows)).toBe(rows);
      expect(await until(() => count(detail, 'qwa-badge'), 1)).toBe(1);
      for (const page of [grid, detail]) await page.$$eval('qwa-badge', (hosts) => hosts.forEach((h) => h.setAttribute('data-old-copy', '')));
      await b.reinstall();
      for (const [page, want] of [[grid, rows], [detail, 1]] as const) {
        expect(await until(() => count(page, 'qwa-badge:not([data-old-copy])'), want)).toBe(want);
        expect(await count(page, 'qwa-badge')).toBe(want);
      }
      // The badge left is the new copy's: its panel opens.
      await detail.$eval('qwa-badge', (h) => (h.shadowRoot!.querySelector('button') as HTMLButtonElement).click());
      expect(await until(() => detail.$eval('qwa-badge', (h) => !!h.shadowRoot!.querySelector('[role=dialog]')), true)).toBe(true);
      await grid.close();
      await detail.close();
    });
  });

  describe('the event log', () => {
    // The content script sends the press to the background, which writes the claim records (Firefox's
    // event page as Chrome's worker); the next reading confirms it and the 5-day cooldown follows.
    it('turns a confirmed cancel into a 5-day cooldown', async () => {
      b.pages.set(PATH, PENDING);
      const page = await b.open(PATH);
      const state = () => page.$eval('qwa-badge', (h) => h.getAttribute('data-qwa-state')).catch(() => null);
      expect(await until(state, 'pending')).toBe('pending');
      await page.click('#btn');
      b.pages.set(PATH, NOT_SENT);
      await page.reload();
      expect(await until(state, 'cooldown')).toBe('cooldown');
      expect(await page.$eval('qwa-badge', (h) => h.getAttribute('data-qwa-reason'))).toBe('cooldown-after-cancel');
      await page.close();
    });
  });

  describe('the message helper', () => {
    // The content script asks the background for the message (runtime.sendMessage, Firefox's own API:
    // the content script carries no polyfill) and inserts what comes back into QSM's box.
    it('prepares the message in the background and shows it beside the seller-message box', async () => {
      const d = detailFixtures.find((f) => f.file === 'detail-zh-return-not-sent.html')!;
      const page = await b.open(pathOf(d));
      expect(await until(() => count(page, 'qwa-memo'), 2)).toBe(2);
      const open = (await page.$('qwa-memo >>> [data-testid=memo-open]'))!;
      await open.click();
      const preview = async () => (await page.$('qwa-memo >>> [data-testid=memo-preview]'))?.evaluate((el) => el.textContent ?? '') ?? '';
      expect(await until(async () => (await preview()).includes('1038452888'), true)).toBe(true);
      const situation = (await page.$('qwa-memo >>> [data-testid=memo-situation]'))!;
      expect(await situation.evaluate((el) => (el as HTMLSelectElement).value)).toBe('return-withdraw');
      await page.close();
    });
  });

  describe('the add-on as a guest on QSM', () => {
    it('works on a page whose content security policy allows no script or style of its own making', async () => {
      const g = gridFixtures.find((x) => x.file === 'grid-zh.html')!;
      const path = `${pathOf(g)}&csp=strict`;
      b.pages.set(path, fixtureHtml(g).replace(/<head([^>]*)>/i, `<head$1><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'">`));
      const page = await b.open(path);
      expect(await until(() => count(page, 'qwa-badge'), g.grid!.rows)).toBe(g.grid!.rows);
      const radius = () => page.$eval('#__grid_ClaimGrid .objbox qwa-badge', (h) => (h.shadowRoot ? getComputedStyle(h.shadowRoot.querySelector('button')!).borderTopLeftRadius : ''));
      expect(await until(radius, '8px')).toBe('8px');
      await page.close();
    });

    it('made no network request and logged no error', () => {
      expect(b.strayRequests).toEqual([]);
      expect(b.networkRequests).toEqual([]);
      expect(b.extensionErrors).toEqual([]);
    });

    // Runs last: proves the watch above can see what it claims to, with a throwaway add-on.
    it('control: a background fetch, a content script fetch and a content script error are all caught', async () => {
      await b.installTemporary({
        'manifest.json': JSON.stringify({
          manifest_version: 2,
          name: 'qwa-e2e-control',
          version: '1.0',
          permissions: ['https://qsm.qoo10.jp/*'],
          browser_specific_settings: { gecko: { id: 'control@qwa-e2e.test' } },
          background: { scripts: ['background.js'] },
          content_scripts: [{ matches: ['https://qsm.qoo10.jp/__qwa_control__*'], js: ['content.js'] }],
        }),
        'background.js': "fetch('https://canary.invalid/from-background').catch(() => {});",
        'content.js': "fetch(location.origin + '/from-content-script').catch(() => {}); console.error('qwa control error');",
      });
      b.pages.set('/__qwa_control__', '<!doctype html><title>control</title><p>control</p>');
      const page = await b.open('/__qwa_control__');
      await until(() => Promise.resolve(b.networkRequests.length >= 2 && b.extensionErrors.length >= 1), true);
      expect(b.networkRequests).toEqual(expect.arrayContaining(['CONNECT canary.invalid:443', 'CONNECT qsm.qoo10.jp:443']));
      expect(b.extensionErrors.join('\n')).toContain('qwa control error');
      await page.close();
    });
  });
});
