// The message helper (issue #4 §3): on a detail page, pick a ready message and insert it into QSM's
// seller-message box; on the memo form, the body and title; personal data blocks it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { detailFixtures, pathOf, serveFixtures } from './fixtures';

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
  serveFixtures(b);
  await b.setStorage({ memos: { version: 1, shopName: 'QWA商店', signature: '', defaultLanguage: 'auto', templates: [], hiddenBuiltIns: [] } });
});
afterAll(async () => {
  await b?.close();
});

const fixture = (file: string) => detailFixtures.find((f) => f.file === file)!;

it('inserts a filled Japanese message into the seller-message box and QSM reads it back', async () => {
  const page = await b.open(pathOf(fixture('detail-zh-return-not-sent.html')));
  const helper = page.locator('qwa-memo').first();
  await helper.locator('[data-testid=memo-open]').click();
  await expect.poll(() => helper.locator('[data-testid=memo-preview]').textContent()).toContain('1038452888');
  expect(await helper.locator('[data-testid=memo-situation]').inputValue()).toBe('return-withdraw');
  expect(await helper.locator('[data-testid=memo-language]').inputValue()).toBe('ja');
  await helper.locator('[data-testid=memo-insert]').click();
  const box = page.locator('textarea[name=txtSellerMemo]');
  await expect.poll(() => box.inputValue()).toContain('QWA商店');
  expect(await box.inputValue()).toContain('1038452888');
  expect(await box.inputValue()).not.toMatch(/\{\w+\}/);
  await page.close();
});

it('fills the memo form’s title and body, and QSM’s own listener hears it', async () => {
  const page = await b.open(pathOf(fixture('memo-form-zh.html')));
  const helper = page.locator('qwa-memo');
  await helper.locator('[data-testid=memo-open]').click();
  await helper.locator('[data-testid=memo-language]').selectOption('zh');
  await expect.poll(() => helper.locator('[data-testid=memo-preview]').textContent()).toMatch(/1038452888/);
  await helper.locator('[data-testid=memo-insert]').click();
  await expect.poll(() => page.locator('textarea[name=body]').inputValue()).toMatch(/1038452888/);
  expect(await page.locator('input[name=title]').inputValue()).not.toBe('');
  expect(await page.evaluate(() => (window as unknown as { qsmHeard?: number }).qsmHeard)).toBeGreaterThan(0);
  await page.close();
});

it('refuses to insert while the seller’s signature holds personal data', async () => {
  await b.setStorage({ memos: { version: 1, shopName: 'QWA商店', signature: 'QWA商店 shop@example.com', defaultLanguage: 'auto', templates: [], hiddenBuiltIns: [] } });
  const page = await b.open(pathOf(fixture('detail-zh-return-not-sent.html')));
  const helper = page.locator('qwa-memo').first();
  await helper.locator('[data-testid=memo-open]').click();
  await expect.poll(() => helper.locator('[data-testid=memo-hit]').count()).toBeGreaterThan(0);
  expect(await helper.locator('[data-testid=memo-insert]').isDisabled()).toBe(true);
  expect(await page.locator('textarea[name=txtSellerMemo]').inputValue()).toBe('');
  await page.close();
});

it('puts a helper beside a message box QSM enables (the withdraw block’s, once Y is chosen), and takes it from one it disables', async () => {
  const page = await b.open(pathOf(fixture('detail-zh-return-not-sent.html')));
  const besideWithdrawBox = () => page.evaluate(() => !!document.querySelector('textarea[name=txtWithdrawMemo]')!.parentElement!.querySelector('qwa-memo'));
  await expect.poll(besideWithdrawBox).toBe(true);
  // As QSM's page script does it: the box disabled while 撤回索赔要请 is N, enabled when Y is chosen.
  await page.evaluate(() => document.querySelector('textarea[name=txtWithdrawMemo]')!.setAttribute('disabled', 'disabled'));
  await expect.poll(besideWithdrawBox).toBe(false);
  await page.evaluate(() => document.querySelector('textarea[name=txtWithdrawMemo]')!.removeAttribute('disabled'));
  await expect.poll(besideWithdrawBox).toBe(true);
  // The claim block's box kept its one helper throughout.
  expect(await page.evaluate(() => document.querySelector('textarea[name=txtSellerMemo]')!.parentElement!.querySelectorAll('qwa-memo').length)).toBe(1);
  await page.close();
});

it('made no network request and logged no error', () => {
  expect(b.strayRequests).toEqual([]);
  expect(b.extensionErrors).toEqual([]);
});
