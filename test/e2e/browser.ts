/**
 * Debian's Chromium with the built extension, QSM's real address served from fixtures, and every
 * other request refused and recorded (the extension must make none).
 */
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CONTENT_MODULES } from '../../entrypoints/qsm.content/files';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const QSM = 'https://qsm.qoo10.jp';
/** The content script's modules (the overlay, the Preact views), imported from the extension's files. */
const MODULE_PATHS = CONTENT_MODULES.map((file) => `/${file}`);

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Pages served under https://qsm.qoo10.jp, keyed by path and query. */
  pages: Map<string, string>;
  /** Requests to anywhere but QSM, and any request the extension's own pages or worker make. */
  strayRequests: string[];
  /** Console errors and uncaught errors coming from the extension's code. */
  extensionErrors: string[];
  clearStorage(): Promise<void>;
  /** Writes into the extension's storage, as the options page would. */
  setStorage(items: Record<string, unknown>): Promise<void>;
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The address of the frame a request comes from. A popup window's first navigation is asked for before
 * its frame exists (Playwright throws then): it is the page's, opening the window, not the extension's.
 */
function frameUrl(request: Request): string {
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}

/** Chromium with the built extension loaded, and none of its own traffic or first-run screens. */
export const EXTENSION_SWITCHES: readonly string[] = [
  `--disable-extensions-except=${EXTENSION_DIR}`,
  `--load-extension=${EXTENSION_DIR}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `args`: extra Chromium switches, e.g. ['--lang=en'] (the browser's language, which the extension follows). */
export async function launchWithExtension(args: readonly string[] = []): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'qwa-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [...EXTENSION_SWITCHES, ...args],
  });
  const pages = new Map<string, string>();
  const strayRequests: string[] = [];
  const extensionErrors: string[] = [];

  await context.route('**/*', (route) => {
    const request = route.request();
    const url = new URL(request.url());
    // The content script's modules are the extension's own files (the views loaded when first shown): no
    // network request.
    if (url.protocol === 'chrome-extension:' && MODULE_PATHS.includes(url.pathname)) return route.continue();
    const fromExtension = !!request.serviceWorker() || frameUrl(request).startsWith('chrome-extension://');
    if (url.origin !== QSM || fromExtension) {
      strayRequests.push(request.url());
      return route.abort();
    }
    const body = pages.get(url.pathname + url.search);
    // QSM's own images and scripts: the page asked for them, not the extension.
    if (body === undefined) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });

  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;

  const watch = (page: Page) => {
    const ours = (text: string | undefined) => !!text?.includes('chrome-extension://');
    page.on('console', (msg) => {
      if (msg.type() === 'error' && (ours(msg.location().url) || ours(msg.text()))) extensionErrors.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => {
      if (ours(err.stack)) extensionErrors.push(`${page.url()}: ${err.message}`);
    });
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
    async clearStorage() {
      type Chrome = { chrome: { storage: { local: { clear(): Promise<void> } } } };
      await worker!.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.clear());
    },
    async setStorage(items) {
      type Chrome = { chrome: { storage: { local: { set(items: unknown): Promise<void> } } } };
      await worker!.evaluate((values) => (globalThis as unknown as Chrome).chrome.storage.local.set(values), items);
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The extension's toolbar popup, opened in a tab: popup.html, or popup.html?order=… as a reminder notification opens it. */
export async function openPopup(b: ExtensionBrowser, order?: string): Promise<Page> {
  const page = await b.context.newPage();
  // The popup's own packaged files are no network request: let them past the context's refusing route
  // (a page route is asked first); anything else it asks for still lands in strayRequests.
  await page.route(`chrome-extension://${b.extensionId}/**`, (route) => route.continue());
  await page.goto(`chrome-extension://${b.extensionId}/popup.html${order === undefined ? '' : `?order=${encodeURIComponent(order)}`}`);
  await page.locator('[data-testid="order-search"]').waitFor();
  return page;
}

/** What the extension has stored under `key` (read through its service worker), or undefined. */
export async function storedValue(b: ExtensionBrowser, key: string): Promise<unknown> {
  type Chrome = { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } };
  const [worker] = b.context.serviceWorkers();
  return worker!.evaluate((k) => (globalThis as unknown as Chrome).chrome.storage.local.get(k).then((got) => got[k]), key);
}
