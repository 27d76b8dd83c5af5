/**
 * Debian's Chromium with the built extension, QSM's real address served from fixtures, and every
 * other request refused and recorded (the extension must make none).
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const QSM = 'https://qsm.qoo10.jp';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Pages served under https://qsm.qoo10.jp, keyed by path and query. */
  pages: Map<string, string>;
  /** Requests to anything that is not a served QSM page. */
  strayRequests: string[];
  /** Console errors and page errors mentioning the extension. */
  extensionErrors: string[];
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchWithExtension(): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'qwa-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const pages = new Map<string, string>();
  const strayRequests: string[] = [];
  const extensionErrors: string[] = [];

  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const body = url.origin === QSM ? pages.get(url.pathname + url.search) : undefined;
    if (body === undefined) {
      strayRequests.push(route.request().url());
      return route.abort();
    }
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });

  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;

  const watch = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') extensionErrors.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => extensionErrors.push(`${page.url()}: ${err.message}`));
  };
  context.on('page', watch);

  return {
    context,
    extensionId,
    pages,
    strayRequests,
    extensionErrors,
    async open(path) {
      const page = await context.newPage();
      await page.goto(QSM + path);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
