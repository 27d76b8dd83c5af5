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
import { minify } from 'terser';
import { esbuildTextOnly } from './preact-text-only.mjs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The content script reads only pages the browser shows: no style-sheet reading for unshown documents (lib/qsm/sheetRules.ts). */
const pagesTheBrowserShows = {
  name: 'pages-the-browser-shows',
  setup(b) {
    b.onResolve({ filter: /\/sheetRules$/ }, () => ({ path: resolve(ROOT, 'lib/qsm/noSheetRules.ts') }));
  },
};

/**
 * The bundled module's text; `entry` is relative to the project's root. esbuild bundles it and terser
 * minifies it: terser's compression takes about 0.9 KB gzip more off the overlay than esbuild's
 * minifier, and it loads on every QSM page (issue #3: 30 KB).
 */
export async function buildContentModule(entry) {
  // The compile hint goes first: V8 reads it on the first line.
  return `${COMPILE_HINT}\n${await bundle(entry, 'esm')}`;
}

/**
 * Property names the overlay keeps to itself, which terser shortens in the overlay module (about 0.2 KB
 * gzip on every QSM page, issue #3: 30 KB). Each is only ever written as code (`hit.valueCell`,
 * `{ valueCell }`): never read from a string (`scan[name]`), and no DOM or built-in property, nor a field
 * of anything that leaves the overlay: what the views module (built apart) is handed or hands back (a
 * verdict of lib/rules/types.ts, a claim, a record, Found, Drawn, ReadDetail, Panels), what is stored or
 * sent in a message. The build stops when one of them turns up as a string in the overlay's code; the
 * browser tests (test/e2e) run the overlay as built.
 */
const OVERLAY_OWN_PROPERTIES = [
  // The readers' own shapes (lib/qsm): label hits and scans, grid rows' placing, other claims' regions.
  'valueCell', 'cell', 'hits', 'headings', 'lists', 'tables', 'marker', 'langs', 'zone', 'kindNamed', 'withdrawUndated',
  'meaning', 'printed', 'partial', 'placed', 'joined', 'others', 'statuses', 'numberOf', 'counts', 'total', 'regions',
  'inside', 'outside', 'newer', 'field', 'facts', 'problems', 'problem', 'statusCell', 'rowNumber', 'mark', 'read', 'found', 'changed', 'withViews', 'mayHoldBoxes', 'partials', 'record', 'judged', 'hit', 'statusless', 'slashOrder', 'columns',
  // The overlay's and the badges' own state (entrypoints/qsm.content, components/claimBadge.ts).
  'mounted', 'nearBadges', 'rowBadge', 'seeRowsNear', 'sweep', 'drop', 'quietly', 'layer', 'pill', 'closeOnScroll', 'seen',
  'viewAnchors', 'generation', 'running', 'again', 'verdictAt',
  'models', 'createHost', 'passed', 'doc', 'saving', 'viewsDrawn', 'refresh', 'see', 'onVisible', 'visibilityChanged', 'scan', 'show',
  'details', 'whole',
];

/** The overlay module (entrypoints/qsm.content/start.ts, or the benchmark's timed copy of it): as buildContentModule, its own property names shortened. */
export async function buildOverlayModule(entry) {
  return `${COMPILE_HINT}\n${await bundle(entry, 'esm', OVERLAY_OWN_PROPERTIES)}`;
}

/**
 * The content script itself (entrypoints/qsm.content/loader.ts): a classic script, which a manifest's
 * content script must be. No compile hint: a classic script is compiled on the page's main thread, and
 * compiling it whole there cost more than it saved (see the README's Performance).
 */
export async function buildContentScript(entry) {
  return bundle(entry, 'iife');
}

async function bundle(entry, format, ownProperties = []) {
  const { outputFiles } = await build({
    entryPoints: [resolve(ROOT, entry)],
    alias: { 'wxt/browser': resolve(ROOT, 'entrypoints/qsm.content/browser.ts') },
    plugins: [pagesTheBrowserShows, esbuildTextOnly],
    bundle: true,
    format,
    // Chrome 136+ and Firefox 128+ (the compile hint, module content scripts) run ES2022 as written.
    target: 'es2022',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // Production Preact and no development branches, as esbuild's minifier would have it.
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    write: false,
    logLevel: 'error',
  });
  const { code } = await minify(outputFiles[0].text, {
    ecma: 2020,
    module: format === 'esm',
    // The unsafe_* rewrites assume what this code never does (a function's prototype, an object's own
    // valueOf): about 0.06 KB gzip less; a third pass, a few bytes more.
    compress: {
      passes: 3, unsafe: true, unsafe_comps: true, unsafe_math: true, unsafe_methods: true, unsafe_arrows: true,
      // The overlay reads no property for its side effect (no layout forced by a bare offsetWidth): a read
      // whose value goes unused may go. Not the views module, whose Preact is not ours to vouch for.
      pure_getters: ownProperties.length > 0,
    },
    // Japanese, Chinese and Korean words as themselves, not \uXXXX escapes: about 0.3 KB less gzip.
    // Extension files and module scripts are read as UTF-8 in both browsers.
    format: { ascii_only: false, comments: false },
    ...(ownProperties.length && { mangle: { properties: { regex: new RegExp(`^(?:${ownProperties.join('|')})$`) } } }),
  });
  // A shortened name still written as a string is read from one somewhere: that code would now miss it.
  const named = ownProperties.find((name) => new RegExp(`["'\`]${name}["'\`]`).test(code));
  if (named) throw new Error(`${entry}: the property name "${named}" is also a string in the code: it cannot be shortened (OVERLAY_OWN_PROPERTIES)`);
  return code;
}
