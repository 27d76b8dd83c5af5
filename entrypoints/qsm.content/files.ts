/**
 * The content script's ES modules in the package (built by wxt.config.ts, web-accessible to QSM's pages):
 * the overlay, imported at once by the content script (loader.ts, CONTENT_SCRIPT_FILE); the badge's words
 * in the seller's language, imported by the overlay (lib/i18n/contentCatalog.ts); and the Preact views with
 * their words, imported the first time one is shown (components/panels.ts).
 */
import { UI_LANGUAGES, type UiLanguage } from '../../lib/i18n/languages';

/** The content script itself, a classic script the manifest names (not a module, not web-accessible). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/qsm.js';
export const OVERLAY_FILE = 'content-scripts/qsm-overlay.js';
export const PANELS_FILE = 'content-scripts/qsm-panels.js';
/** A language's badge words, imported by the overlay; its other words, imported with the views. */
export const catalogFile = (lang: UiLanguage) => `content-scripts/messages/${lang}.js` as const;
export const viewsCatalogFile = (lang: UiLanguage) => `content-scripts/messages/views-${lang}.js` as const;
const contentModules = () => [OVERLAY_FILE, PANELS_FILE, ...UI_LANGUAGES.map(catalogFile), ...UI_LANGUAGES.map(viewsCatalogFile)];
/** Every module, for the build and the manifest: pure, so the content script, which asks for none, builds without it. */
export const CONTENT_MODULES = /* @__PURE__ */ contentModules();
