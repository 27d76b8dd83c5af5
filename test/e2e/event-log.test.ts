// The event log (issue #3 §4): QSM never shows when the seller cancelled its own withdraw request, so
// the extension notes the button press, confirms it on the next reading, and applies the 5-day cooldown.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { addJstDays } from '../../lib/time';
import { NOT_SENT, PATH, PENDING, today } from './withdrawPages';

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

it('turns a confirmed cancel into a 5-day cooldown, and leaves QSM’s own button working', async () => {
  b.pages.set(PATH, PENDING);
  const tab = await b.open(PATH);
  const badge = tab.locator('qwa-badge');
  await expect.poll(() => badge.getAttribute('data-qwa-state')).toBe('pending');

  await tab.locator('#btn').click();
  expect(await tab.evaluate(() => (window as unknown as { qsmHandled?: boolean }).qsmHandled)).toBe(true);

  // QSM posts back and shows the block as "not sent" again.
  b.pages.set(PATH, NOT_SENT);
  await tab.reload();
  await expect.poll(() => badge.getAttribute('data-qwa-state')).toBe('cooldown');
  expect(await badge.getAttribute('data-qwa-reason')).toBe('cooldown-after-cancel');
  await badge.locator('button').first().click();
  await expect.poll(() => badge.locator('[role=dialog]').textContent()).toMatch(new RegExp(addJstDays(today, 5).slice(0, 4)));
  await tab.close();
});

it('records nothing when the page still shows the request afterwards', async () => {
  const path = PATH.replace('1038452999', '1038452998');
  b.pages.set(path, PENDING.replaceAll('1038452999', '1038452998'));
  const tab = await b.open(path);
  const badge = tab.locator('qwa-badge');
  await expect.poll(() => badge.getAttribute('data-qwa-state')).toBe('pending');
  await tab.locator('#btn').click();
  await tab.reload();
  await expect.poll(() => badge.getAttribute('data-qwa-state')).toBe('pending');
  await tab.close();
});

it('records a cancel whose post-back unloads the page at once (ASP.NET’s form around the whole page)', async () => {
  const path = PATH.replace('1038452999', '1038452997');
  const postBack = (html: string) =>
    html
      .replaceAll('1038452999', '1038452997')
      .replace('<body>', `<body><form method="post" action="${path}">`)
      .replace('</body>', '</form></body>')
      .replace('<button type="button" id="btn">', '<button type="submit" id="btn">');
  b.pages.set(path, postBack(PENDING));
  const tab = await b.open(path);
  const badge = tab.locator('qwa-badge');
  await expect.poll(() => badge.getAttribute('data-qwa-state')).toBe('pending');
  // QSM answers the post-back with the block "not sent" again: the page goes as soon as it is pressed.
  b.pages.set(path, postBack(NOT_SENT));
  await Promise.all([tab.waitForNavigation(), tab.locator('#btn').click()]);
  await expect.poll(() => badge.getAttribute('data-qwa-state')).toBe('cooldown');
  expect(await badge.getAttribute('data-qwa-reason')).toBe('cooldown-after-cancel');
  await tab.close();
});
