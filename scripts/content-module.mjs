// The content script's ES modules (entrypoints/qsm.content/files.ts), bundled on their own with the
// content script's browser API (entrypoints/qsm.content/browser.ts). Used by wxt.config.ts for the package
// and by the benchmark for its timed copy of the overlay, so both are built alike.
//
// Each module's first line asks V8 to compile every function at once (explicit compile hints, Chrome
// 136+): a module the content script imports is streamed and compiled off the page's main thread, and
// what was compiled goes into the code cache Chromium keeps for the extension's files, so the next tab
// starts from compiled code. Lazily compiled, each function would be compiled on the main thread the
// first time a scan runs it, on every tab's first QSM page (npm run bench).
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The bundled module's text; `entry` is relative to the project's root. */
export async function buildContentModule(entry) {
  const { outputFiles } = await build({
    entryPoints: [resolve(ROOT, entry)],
    banner: { js: COMPILE_HINT },
    alias: { 'wxt/browser': resolve(ROOT, 'entrypoints/qsm.content/browser.ts') },
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
  return outputFiles[0].text;
}
