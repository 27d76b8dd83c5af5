/**
 * Debian's firefox-esr driven over WebDriver BiDi by puppeteer-core, with the Firefox build
 * (.output/firefox-mv2) installed as a temporary add-on (BiDi webExtension.install; ESR honours
 * xpinstall.signatures.required=false). QSM's real address is answered from fixtures by each page's
 * request interception, and every other request a page makes is refused and recorded.
 *
 * Page interception does not see requests from the add-on's background page, nor a content script's own
 * fetch (it runs with the add-on's principal). So all of Firefox's network goes through a local proxy that
 * refuses everything and records what reaches it: with Firefox's own traffic switched off, anything there
 * came from the add-on.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve('.output/firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const QSM = 'https://qsm.qoo10.jp';

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id Firefox installed (browser_specific_settings.gecko.id). */
  extensionId: string;
  /** Pages served under https://qsm.qoo10.jp, keyed by path and query. */
  pages: Map<string, string>;
  /** Requests a page made to anywhere but QSM (refused). */
  strayRequests: string[];
  /** Requests that reached the network, i.e. the recording proxy ("CONNECT host:443", "GET url"). */
  networkRequests: string[];
  /** Console errors and uncaught errors whose source is a moz-extension:// script. */
  extensionErrors: string[];
  open(path: string): Promise<Page>;
  /** One of the add-on's pages ("popup.html"), once its script has drawn it; needs extensionPages. */
  openExtensionPage(path: string): Promise<Page>;
  /** Uninstalls and installs the add-on again: Firefox drops its storage.local on uninstall. */
  reinstall(): Promise<void>;
  /** Installs a throwaway add-on from files (for control checks); returns its id. */
  installTemporary(files: Record<string, string>): Promise<string>;
  close(): Promise<void>;
}

/** An HTTP proxy that records each request and CONNECT, and refuses them all. */
async function recordingProxy(seen: string[]): Promise<Server> {
  const proxy = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  return proxy;
}

export interface LaunchOptions {
  /** More Firefox preferences (a test's own: classic scrollbars, popups opened by script). */
  prefs?: Record<string, string | number | boolean>;
  /**
   * The add-on's pages (popup.html, options.html) at moz-extension://<extensionUuid>/: WebDriver BiDi
   * navigates there only with system access, and the address needs the install's UUID fixed beforehand.
   */
  extensionPages?: boolean;
}

/** The add-on's internal UUID (its moz-extension:// host) when launched with extensionPages. */
export const EXTENSION_UUID = '5b2d0c1e-7f3a-4e6b-9c8d-0a1b2c3d4e5f';

export async function launchFirefoxWithExtension(options: LaunchOptions = {}): Promise<FirefoxWithExtension> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`${EXTENSION_DIR} is missing: run \`npm run build:firefox\` first.`);
  }
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: run \`node scripts/firefox/ensure-firefox.mjs\`.`);
  const networkRequests: string[] = [];
  const proxy = await recordingProxy(networkRequests);
  const { port } = proxy.address() as AddressInfo;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    args: options.extensionPages ? ['--remote-allow-system-access'] : [],
    // Release builds ignore services.settings.server unless this is set; without it, Remote Settings
    // polls firefox.settings.services.mozilla.com every few seconds.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.http.http3.enable': false,
      ...(options.extensionPages ? { 'extensions.webextensions.uuids': JSON.stringify({ 'qsm-withdraw-assistant@qwa.example': EXTENSION_UUID }) } : {}),
      ...options.prefs,
    },
  });
  const install = (dir: string) => browser.installExtension(dir);
  let extensionId = await install(EXTENSION_DIR);
  const scratch: string[] = [];

  const pages = new Map<string, string>();
  const strayRequests: string[] = [];
  const extensionErrors: string[] = [];
  const ours = (text: string | undefined) => !!text?.includes('moz-extension://');

  return {
    browser,
    get extensionId() {
      return extensionId;
    },
    pages,
    strayRequests,
    networkRequests,
    extensionErrors,
    async open(path) {
      const page = await browser.newPage();
      page.on('console', (msg) => {
        if (msg.type() === 'error' && (ours(msg.location().url) || ours(msg.text()))) extensionErrors.push(`${page.url()}: ${msg.text()}`);
      });
      page.on('pageerror', (err) => {
        const { stack, message } = err as Error;
        if (ours(stack)) extensionErrors.push(`${page.url()}: ${message}`);
      });
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin !== QSM) {
          strayRequests.push(request.url());
          return void request.abort();
        }
        const body = pages.get(url.pathname + url.search);
        // QSM's own images and scripts: the page asked for them, not the add-on.
        if (body === undefined) return void request.respond({ status: 404, body: '' });
        return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      });
      await page.goto(QSM + path);
      return page;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      page.on('console', (msg) => {
        if (msg.type() === 'error') extensionErrors.push(`${path}: ${msg.text()}`);
      });
      page.on('pageerror', (err) => extensionErrors.push(`${path}: ${(err as Error).message}`));
      // The page moves to the add-on's process, and puppeteer loses the navigation (its frame "detached")
      // while the page itself loads and answers: wait for the page, not for the navigation.
      void page.goto(`moz-extension://${EXTENSION_UUID}/${path}`).catch(() => undefined);
      const end = Date.now() + 10_000;
      const drawn = () => page.evaluate(() => location.protocol === 'moz-extension:' && !!document.getElementById('app')?.firstElementChild).catch(() => false);
      while (!(await drawn())) {
        if (Date.now() > end) throw new Error(`${path} did not load`);
        await new Promise((r) => setTimeout(r, 100));
      }
      return page;
    },
    async reinstall() {
      await browser.uninstallExtension(extensionId);
      extensionId = await install(EXTENSION_DIR);
    },
    async installTemporary(files) {
      const dir = mkdtempSync(join(tmpdir(), 'qwa-ff-addon-'));
      scratch.push(dir);
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      return install(dir);
    },
    async close() {
      await browser.close();
      await new Promise((done) => proxy.close(done));
      for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
    },
  };
}
