// The badge's words on QSM's pages (issue #3 §6): the browser's language, the options' choice, and a
// change of choice while a QSM page is open; the panel speaks the badge's language. The overlay imports
// the catalog of the language it shows (entrypoints/qsm.content/start.ts).
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeLabelKey, type UiLanguage } from '../../lib/i18n';
import { MESSAGES } from '../../lib/i18n/bundled';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { detailFixtures, pathOf, serveFixtures } from './fixtures';

let b: ExtensionBrowser;
const pending = detailFixtures.find((d) => d.badge === 'pending' && d.page === 'detail')!;
const label = (lang: UiLanguage) => String(MESSAGES[lang][badgeLabelKey('pending')]);
const pillText = (page: Page) =>
  page.evaluate(() => document.querySelector('qwa-badge')?.shadowRoot?.querySelector('button')?.textContent ?? '');
const chooseLanguage = (uiLanguage: UiLanguage | 'auto') => b.setStorage({ settings: { ...DEFAULT_SETTINGS, uiLanguage } });

beforeAll(async () => {
  b = await launchWithExtension(['--lang=en']);
  serveFixtures(b);
});
afterAll(async () => {
  await b?.close();
});

it('follows the browser’s language (English here) when the seller chose none', async () => {
  await b.clearStorage();
  const page = await b.open(pathOf(pending));
  await expect.poll(() => pillText(page)).toContain(label('en'));
  await page.close();
});

it('follows the options’ choice, and a new choice reaches an open page without a reload', async () => {
  await b.clearStorage();
  await chooseLanguage('ja');
  const page = await b.open(pathOf(pending));
  await expect.poll(() => pillText(page)).toContain(label('ja'));
  await chooseLanguage('zh_CN');
  await expect.poll(() => pillText(page)).toContain(label('zh_CN'));
  // Two choices in quick succession: the last one is shown, whichever catalog arrives first.
  await chooseLanguage('en');
  await chooseLanguage('ko');
  await expect.poll(() => pillText(page)).toContain(label('ko'));
  await page.waitForTimeout(300);
  expect(await pillText(page)).toContain(label('ko'));
  await page.close();
});

it('opens the panel in the badge’s language', async () => {
  await b.clearStorage();
  await chooseLanguage('ja');
  const page = await b.open(pathOf(pending));
  await expect.poll(() => pillText(page)).toContain(label('ja'));
  await page.locator('qwa-badge button').first().click();
  const panelText = () => page.evaluate(() => document.querySelector('qwa-badge')?.shadowRoot?.textContent ?? '');
  // The reason for a request awaiting the buyer, in Japanese, up to its first date.
  await expect.poll(panelText).toContain(String(MESSAGES.ja['reason.awaiting-buyer']).split('{')[0]);
  // No catalog key shows in place of a word.
  expect(await panelText()).not.toMatch(/\b(?:reason|badge|panel|countdown|warning)\.[a-z-]+/);
  await page.close();
});

it('made no network request and logged no error', () => {
  expect(b.strayRequests).toEqual([]);
  expect(b.extensionErrors).toEqual([]);
});
