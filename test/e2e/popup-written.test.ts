// A popup window QSM's script opens empty and writes a detail into (issue #3: "all frames … so a detail in
// a popup window … is found too"). Playwright's routing does not serve such a window's parent the way a
// server does (its content script never runs there), so here QSM's address is a local HTTPS server: the
// real host name, mapped to this machine, with a certificate made for the test (../shared/toolchain.md).
import { chromium, type BrowserContext } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:https';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EXTENSION_SWITCHES } from './browser';
import { detailFixtures, writeFixtureInto } from './fixtures';

const LIST = '/GMKT.INC.Gsm.Web/Claim/ClaimManagement.aspx';
const pending = detailFixtures.find((f) => f.file === 'detail-zh-return-pending.html')!;
const page = `<!DOCTYPE html><html><head><title>交易信息</title></head><body>
<button id="open">open</button>
<script>
  document.getElementById('open').addEventListener('click', () => {
    const w = window.open('', 'detail', 'width=1000,height=700');
    ${writeFixtureInto('w.document', pending)}
  });
</script></body></html>`;

const dir = mkdtempSync(join(tmpdir(), 'qwa-https-'));
let server: Server;
let context: BrowserContext;
const extensionErrors: string[] = [];

beforeAll(async () => {
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=qsm.qoo10.jp', '-addext', 'subjectAltName=DNS:qsm.qoo10.jp', '-keyout', key, '-out', cert], { stdio: 'ignore' });
  server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (request, response) => {
    // The browser's own favicon request aside, QSM's list page is all there is.
    if (request.url === LIST) response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    ignoreHTTPSErrors: true,
    args: [...EXTENSION_SWITCHES, `--host-resolver-rules=MAP qsm.qoo10.jp 127.0.0.1:${port}`],
  });
  context.on('page', (p) => p.on('pageerror', (error) => error.stack?.includes('chrome-extension://') && extensionErrors.push(error.message)));
  if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
});

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

it('a popup window opened empty and written by QSM’s script gets its badge there', async () => {
  const list = await context.newPage();
  await list.goto(`https://qsm.qoo10.jp${LIST}`);
  const [popup] = await Promise.all([context.waitForEvent('page'), list.locator('#open').click()]);
  const badge = popup.locator('qwa-badge');
  await expect.poll(() => badge.count()).toBe(1);
  expect(await badge.getAttribute('data-qwa-state')).toBe('pending');
  expect(await badge.getAttribute('data-qwa-order')).toBe(pending.detail.orderNo);
  // The list page itself shows no claim: nothing there.
  expect(await list.locator('qwa-badge').count()).toBe(0);
  expect(extensionErrors).toEqual([]);
});
