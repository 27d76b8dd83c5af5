// The toolbar popup in the real browser (issue #5): the order a detail page showed is found by its
// number, an unseen order can be checked by hand, a reminder's popup.html?order=… opens on its card,
// and the keyboard reaches the card from the search box. The built extension, as shipped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openPopup, storedValue, type ExtensionBrowser } from './browser';
import { detailFixtures, pathOf, serveFixtures } from './fixtures';
import { addJstDays, jstDay } from '../../lib/time';
import { DEFAULT_SETTINGS } from '../../lib/settings';

let b: ExtensionBrowser;
const seen = detailFixtures.find((f) => f.file === 'detail-zh-return-pending.html')!;
const ORDER = seen.detail.orderNo!;
const STATE = seen.badge!;
/** Ten digits no fixture uses. */
const UNSEEN = '1099000017';

const card = (popup: Page) => popup.locator('[data-testid="order-result"]');
const search = (popup: Page) => popup.locator('[data-testid="order-search"]');

beforeAll(async () => {
  b = await launchWithExtension();
  serveFixtures(b);
});
afterAll(async () => {
  await b?.close();
});

// The tests below run in order and build on this one.
it(`remembers the order a QSM detail page shows (${seen.file}: "${STATE}")`, async () => {
  const page = await b.open(pathOf(seen));
  const badge = page.locator('qwa-badge');
  await expect.poll(() => badge.getAttribute('data-qwa-state')).toBe(STATE);
  expect(await badge.getAttribute('data-qwa-order')).toBe(ORDER);
  await expect.poll(() => storedValue(b, `claim:${ORDER}`), { timeout: 10_000 }).toMatchObject({ orderNo: ORDER });
  await page.close();
});

describe('finding a remembered order', () => {
  for (const [label, typed] of [
    ['as printed', ORDER],
    ['with spaces', `${ORDER.slice(0, 4)} ${ORDER.slice(4, 7)} ${ORDER.slice(7)}`],
    ['in full-width digits', ORDER.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))],
    ['in part', ORDER.slice(3, 9)],
  ] as const) {
    it(`shows the page's verdict as a card when the number is typed ${label}`, async () => {
      const popup = await openPopup(b);
      await search(popup).fill(typed);
      await expect.poll(() => card(popup).count()).toBe(1);
      expect(await card(popup).getAttribute('data-qwa-state')).toBe(STATE);
      expect(await card(popup).getAttribute('data-qwa-order')).toBe(ORDER);
      // With the live countdown to the buyer's deadline.
      expect(await card(popup).locator('[data-testid="qwa-countdown"]').textContent()).toMatch(/\d\d:\d\d:\d\d/);
      await popup.close();
    });
  }

  it('opens on the order a reminder names (popup.html?order=…)', async () => {
    const popup = await openPopup(b, ORDER);
    expect(await search(popup).inputValue()).toBe(ORDER);
    await expect.poll(() => card(popup).count()).toBe(1);
    expect(await card(popup).getAttribute('data-qwa-state')).toBe(STATE);
    expect(await card(popup).getAttribute('data-qwa-order')).toBe(ORDER);
    await popup.close();
  });

  it('lists the buyer\'s deadline under "due soon", and the row opens the card', async () => {
    const popup = await openPopup(b);
    // The buyer's deadline (the claim may also be listed as delayed).
    const row = popup.locator(`[data-testid="due-row"][data-qwa-order="${ORDER}"][data-qwa-due="deadline"]`);
    await expect.poll(() => row.count()).toBe(1);
    // Its row opens the card.
    await row.click();
    await expect.poll(() => card(popup).getAttribute('data-qwa-order')).toBe(ORDER);
    expect(await search(popup).inputValue()).toBe(ORDER);
    await popup.close();
  });

  it('reaches the first card’s controls with Tab from the search box', async () => {
    const popup = await openPopup(b);
    await search(popup).focus();
    await popup.keyboard.type(ORDER);
    await expect.poll(() => card(popup).count()).toBe(1);
    await popup.keyboard.press('Tab');
    const focused = await popup.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { tag: el?.tagName, inCard: el?.closest('[data-testid="order-result"]')?.getAttribute('data-qwa-order') ?? null };
    });
    expect(focused.inCard).toBe(ORDER);
    expect(['BUTTON', 'A', 'SELECT', 'INPUT']).toContain(focused.tag);
    // Enter in the search jumps to the card as well.
    await search(popup).focus();
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.closest('[data-testid="order-result"]')?.getAttribute('data-qwa-order') ?? null))
      .toBe(ORDER);
    await popup.close();
  });
});

describe('checking an order the extension has never seen', () => {
  it('offers the quick check, and judges a return whose withdraw request went out 2 days ago as pending', async () => {
    const popup = await openPopup(b);
    await search(popup).fill(UNSEEN);
    const form = popup.locator('[data-testid="quick-check"]');
    await form.waitFor();
    expect(await card(popup).count()).toBe(0);
    expect(await form.textContent()).toContain(UNSEEN);

    const today = jstDay(new Date());
    await form.locator('select[name=kind]').selectOption('return');
    await form.locator('select[name=stage]').selectOption('requested');
    await form.locator('input[name=claimedOn]').fill(addJstDays(today, -4));
    await form.locator('select[name=withdrawState]').selectOption('requested');
    await form.locator('input[name=withdrawOn]').fill(addJstDays(today, -2));
    await form.locator('button[type=submit]').click();

    await expect.poll(() => card(popup).count()).toBe(1);
    expect(await card(popup).getAttribute('data-qwa-state')).toBe('pending');
    expect(await card(popup).getAttribute('data-qwa-order')).toBe(UNSEEN);
    // The card takes focus, so a keyboard user lands on the answer.
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('order-result');
    // A quick check is not remembered.
    expect(await storedValue(b, `claim:${UNSEEN}`)).toBeUndefined();
    await popup.close();
  });

  it('asks for the missing date instead of guessing', async () => {
    const popup = await openPopup(b, UNSEEN);
    const form = popup.locator('[data-testid="quick-check"]');
    await form.waitFor();
    await form.locator('select[name=withdrawState]').selectOption('held');
    await form.locator('button[type=submit]').click();
    await popup.locator('[role=alert]').waitFor();
    expect(await card(popup).count()).toBe(0);
    expect(await popup.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('withdrawOn');
    await popup.close();
  });
});

it('breaks Korean lines between words, not inside them (the card, "due soon", the options page)', async () => {
  await b.setStorage({ settings: { ...DEFAULT_SETTINGS, uiLanguage: 'ko' } });
  // Each line break inside a text that falls between two Hangul syllables ("다시 요⏎청").
  const brokenWords = (page: Page) =>
    page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        let top: number | undefined;
        for (let i = 0; i < n.data.length; i++) {
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          if (top !== undefined && rect.top > top + 2 && /[\uac00-\ud7a3]{2}/.test(n.data.slice(i - 1, i + 1))) found.push(n.data);
          top = rect.top;
        }
      }
      return found;
    });
  const popup = await openPopup(b, ORDER);
  await expect.poll(() => card(popup).count()).toBe(1);
  await expect.poll(() => popup.locator('html').getAttribute('lang')).toBe('ko');
  expect(await brokenWords(popup)).toEqual([]);
  await popup.close();
  const options = await b.context.newPage();
  await options.route(`chrome-extension://${b.extensionId}/**`, (route) => route.continue());
  await options.setViewportSize({ width: 800, height: 900 });
  await options.goto(`chrome-extension://${b.extensionId}/options.html`);
  await options.locator('[data-testid="reminders-note"]').waitFor();
  expect(await brokenWords(options)).toEqual([]);
  await options.close();
  await b.setStorage({ settings: DEFAULT_SETTINGS });
});

it('forgets the order once the seller clears the history in the options page', async () => {
  const options = await b.context.newPage();
  await options.route(`chrome-extension://${b.extensionId}/**`, (route) => route.continue());
  await options.goto(`chrome-extension://${b.extensionId}/options.html`);
  const count = options.locator('[data-testid="history-count"]');
  await expect.poll(() => count.textContent()).not.toMatch(/\b0\b/);
  options.once('dialog', (dialog) => void dialog.accept()); // "clear every remembered order?"
  await options.locator('[data-testid="history-clear"]').click();
  // Cleared by the background, in its turn after any QSM page's write (lib/history/writes.ts).
  await expect.poll(() => storedValue(b, `claim:${ORDER}`)).toBeUndefined();
  await expect.poll(() => count.textContent()).toMatch(/\b0\b/);
  await options.close();
  const popup = await openPopup(b);
  await search(popup).fill(ORDER);
  await popup.locator('[data-testid="quick-check"]').waitFor();
  expect(await card(popup).count()).toBe(0);
  await popup.close();
});

it('made no network request and logged no error', () => {
  expect(b.strayRequests).toEqual([]);
  expect(b.extensionErrors).toEqual([]);
});
