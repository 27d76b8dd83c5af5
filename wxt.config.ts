import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PANELS_FILE } from './components/panels';
import { MESSAGES } from './lib/i18n/bundled';
import { buildLocaleMessages } from './lib/i18n/localeMessages';

const DEFAULT_MESSAGES = '_locales/en/messages.json';
/** The panels module: bundled on its own, with the content script's browser API, as a module it can import. */
async function panelsModule(): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [resolve(__dirname, 'entrypoints/qsm.content/panels.ts')],
    alias: { 'wxt/browser': resolve(__dirname, 'entrypoints/qsm.content/browser.ts') },
    bundle: true,
    format: 'esm',
    target: 'es2020',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'error',
  });
  return outputFiles[0]!.text;
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // Terser packs the content script about 1 KB gzip smaller than Vite's default (esbuild): room under
    // #3's 30 KB budget for the readers' next wordings.
    build: { minify: 'terser', terserOptions: { ecma: 2020, compress: { passes: 2 } } },
  }),
  hooks: {
    // Content scripts get the browser's own API (entrypoints/qsm.content/browser.ts), not the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const native = resolve(__dirname, 'entrypoints/qsm.content/browser.ts');
      const alias = (config.resolve ??= {}).alias ?? {};
      config.resolve.alias = Array.isArray(alias)
        ? [{ find: 'wxt/browser', replacement: native }, ...alias]
        : { ...alias, 'wxt/browser': native };
    },
    // The content script reads its texts through getMessage instead of bundling the catalogs, so the
    // default locale's messages.json gets every catalog message; public/ keeps the hand-written source.
    // The content script's views module is built here too: an ES module, which WXT builds for no entrypoint.
    'build:publicAssets': async (_wxt, files) => {
      const i = files.findIndex((file) => file.relativeDest.replaceAll('\\', '/') === DEFAULT_MESSAGES);
      const source = files[i];
      if (!source || !('absoluteSrc' in source)) throw new Error(`public/${DEFAULT_MESSAGES} is missing`);
      const base = JSON.parse(readFileSync(source.absoluteSrc, 'utf8'));
      files[i] = { relativeDest: source.relativeDest, contents: JSON.stringify(buildLocaleMessages(MESSAGES, base), null, 2) };
      files.push({ relativeDest: PANELS_FILE, contents: await panelsModule() });
    },
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(PANELS_FILE);
    },
  },
  // The manifest asks only for what is used; host access is QSM alone; Firefox's keys go to Firefox only.
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: ['https://qsm.qoo10.jp/*'],
    // The content script imports its views module from the extension's files, which needs the file to be
    // web-accessible: in Chrome to QSM's pages only (MV2 cannot say which pages; Firefox gives each install
    // its own address). Not under Chrome's per-session address (use_dynamic_url): Chrome 130 refuses a
    // content script's import from it (crbug.com/363027634).
    web_accessible_resources:
      browser === 'firefox' ? [PANELS_FILE] : [{ resources: [PANELS_FILE], matches: ['https://qsm.qoo10.jp/*'] }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'qsm-withdraw-assistant@qwa.example',
              // 140 is the first Firefox that reads data_collection_permissions (web-ext lint warns below it).
              strict_min_version: '140.0',
              // Collects and transmits nothing. WXT 0.21.0's manifest type does not list this key yet.
              ...{ data_collection_permissions: { required: ['none'] } },
            },
            // Firefox for Android reads data_collection_permissions from 142.
            ...{ gecko_android: { strict_min_version: '142.0' } },
          },
        }
      : {}),
  }),
});
