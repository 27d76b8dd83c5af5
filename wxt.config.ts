import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CONTENT_MODULES, CONTENT_SCRIPT_FILE, OVERLAY_FILE, PANELS_FILE, catalogFile, viewsCatalogFile } from './entrypoints/qsm.content/files';
import { badgeCatalog, viewsCatalog } from './lib/i18n/contentCatalog';
import { UI_LANGUAGES } from './lib/i18n/languages';
import { buildContentModule, buildContentScript, buildOverlayModule } from './scripts/content-module.mjs';
import { viteTextOnly } from './scripts/preact-text-only.mjs';

/**
 * The four catalogs as their files say now. Imported at the top, they would be the words the
 * configuration loaded with: a running watcher (npm run dev) keeps its first configuration's hooks.
 */
async function currentMessages(): Promise<typeof import('./lib/i18n/bundled').MESSAGES> {
  const { outputFiles } = await build({ entryPoints: [resolve('lib/i18n/bundled.ts')], bundle: true, format: 'esm', write: false, logLevel: 'error' });
  return (await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0]!.text).toString('base64')}`)).MESSAGES;
}

/** The content script and its modules (the overlay, the views, one catalog per language). */
async function contentScriptFiles(): Promise<Array<{ relativeDest: string; contents: string }>> {
  const MESSAGES = await currentMessages();
  const files = [
    { relativeDest: CONTENT_SCRIPT_FILE, contents: await buildContentScript('entrypoints/qsm.content/loader.ts') },
    { relativeDest: OVERLAY_FILE, contents: await buildOverlayModule('entrypoints/qsm.content/start.ts') },
    { relativeDest: PANELS_FILE, contents: await buildContentModule('entrypoints/qsm.content/panels.ts') },
  ];
  for (const lang of UI_LANGUAGES) {
    files.push({ relativeDest: catalogFile(lang), contents: `export default ${JSON.stringify(badgeCatalog(MESSAGES[lang]))};\n` });
    files.push({ relativeDest: viewsCatalogFile(lang), contents: `export default ${JSON.stringify(viewsCatalog(MESSAGES[lang]))};\n` });
  }
  return files;
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [viteTextOnly(), preact()],
    // Terser packs the pages' scripts a little smaller than Vite's default.
    build: { minify: 'terser', terserOptions: { ecma: 2020, compress: { passes: 2 } } },
  }),
  hooks: {
    // The content script and its modules (the overlay, the views, one catalog per language) are built here
    // (scripts/content-module.mjs), with the browser's own API (entrypoints/qsm.content/browser.ts), not
    // the polyfill: WXT builds no content-script entrypoint. A catalog is data only: the badge's words, and
    // the views' words.
    'build:publicAssets': async (_wxt, files) => {
      files.push(...(await contentScriptFiles()));
    },
    // npm run dev: WXT rebuilds what its own entrypoints import, and the content script's files are not
    // among them. A change to a source they may use writes them again and reloads the extension.
    'server:started': (wxt, server) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      server.watcher.on('change', (file: string) => {
        if (!/^(lib|components|entrypoints[\\/]qsm\.content)[\\/]/.test(relative(wxt.config.root, file))) return;
        clearTimeout(timer);
        timer = setTimeout(async () => {
          try {
            for (const { relativeDest, contents } of await contentScriptFiles()) {
              const dest = resolve(wxt.config.outDir, relativeDest);
              await mkdir(dirname(dest), { recursive: true });
              await writeFile(dest, contents);
            }
            server.reloadExtension();
            wxt.logger.success('Rebuilt the content script and its modules');
          } catch (error) {
            wxt.logger.error('The content script could not be rebuilt:', error);
          }
        }, 200);
      });
    },
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(...CONTENT_MODULES);
    },
  },
  // The manifest asks only for what is used; host access is QSM alone; Firefox's keys go to Firefox only.
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting (Chrome): the content script in QSM tabs already open when the extension is installed or
    // updated (lib/install); Firefox runs it there by itself. unlimitedStorage (Chrome): without it Chrome
    // stops storage.local at 10 MB, and a big shop keeping years of history would lose every new reading
    // (and with it a cancel's cooldown) without a word; Chrome asks the seller nothing for it. Firefox sets
    // no such cap, and would ask the seller about it on install.
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['unlimitedStorage', 'scripting'])],
    host_permissions: ['https://qsm.qoo10.jp/*'],
    // The content script (entrypoints/qsm.content/loader.ts), built in the hook above: on QSM pages in every
    // frame, also a layer's frame with no address of its own (QSM's script writes it, or gives it inline),
    // which belongs to the QSM page that made it.
    content_scripts: [
      { matches: ['https://qsm.qoo10.jp/*'], all_frames: true, match_about_blank: true, run_at: 'document_idle', js: [CONTENT_SCRIPT_FILE] },
    ],
    // The content script imports its modules from the extension's files, which needs them to be
    // web-accessible: in Chrome to QSM's pages only (MV2 cannot say which pages; Firefox gives each install
    // its own address). Not under Chrome's per-session address (use_dynamic_url): Chrome 130 refuses a
    // content script's import from it (crbug.com/363027634).
    web_accessible_resources:
      browser === 'firefox' ? [...CONTENT_MODULES] : [{ resources: [...CONTENT_MODULES], matches: ['https://qsm.qoo10.jp/*'] }],
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
