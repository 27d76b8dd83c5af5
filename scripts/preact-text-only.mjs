// Preact's support for `dangerouslySetInnerHTML`, turned into text. The project never sets HTML from a
// string (no innerHTML, no dangerouslySetInnerHTML: page text is rendered as text), and with this no
// code in the package can: Preact's one assignment to innerHTML writes textContent instead, so a
// `dangerouslySetInnerHTML` added by mistake would show its markup as words, never run it. `web-ext lint`
// (and Mozilla's review) then finds no innerHTML assignment in the package (test/e2e/package.test.ts).
import { readFileSync } from 'node:fs';

const PREACT_DIST = /[\\/]preact[\\/]dist[\\/]preact\.m?js$/;
// Preact's minified diff: `(t.innerHTML=h.__html)`, its names changing with each release.
const ASSIGNMENT = /(\b[\w$]+)\.innerHTML=([\w$]+)\.__html/g;

/** Preact's code with its innerHTML assignment made a textContent one; throws if there is none to make. */
export function textOnly(code, file = 'preact') {
  if (!code.match(ASSIGNMENT)) throw new Error(`${file}: Preact's innerHTML assignment not found; update scripts/preact-text-only.mjs`);
  return code.replace(ASSIGNMENT, '$1.textContent=$2.__html');
}

/** For esbuild (the content script's modules, scripts/content-module.mjs). */
export const esbuildTextOnly = {
  name: 'preact-text-only',
  setup(b) {
    b.onLoad({ filter: PREACT_DIST }, ({ path }) => ({ contents: textOnly(readFileSync(path, 'utf8'), path), loader: 'js' }));
  },
};

/** For Vite (the popup, options and background pages, wxt.config.ts). */
export const viteTextOnly = () => ({
  name: 'preact-text-only',
  enforce: 'pre',
  transform(code, id) {
    return PREACT_DIST.test(id.split('?')[0]) ? { code: textOnly(code, id), map: null } : undefined;
  },
});
