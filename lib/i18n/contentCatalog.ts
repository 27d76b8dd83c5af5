/**
 * The words the content script shows on QSM's pages: each language's catalog less the messages only the
 * extension's own pages show (they bundle the four catalogs). The build writes one such catalog per
 * language as a module of its own (wxt.config.ts), and the content script imports only the seller's
 * language: not four catalogs on every QSM page, and no chrome.i18n.getMessage, whose first call in each
 * tab waits for the browser to hand over the whole message file (npm run bench).
 */
import type { UiLanguage } from './languages';
import type { Catalog } from './messages/types';
import type { MessageSource } from './translate';

/**
 * What only the popup, options and background show. The memo helper's language and value names are
 * popup words the content script shows too. test/e2e/package.test.ts checks the built content script
 * names no message left out.
 */
const PAGE_ONLY = /^(?:options|export|reminder)\.|^popup\.(?!memoLang\.|memoValue\.)/;
export const readByContentScript = (key: string): boolean => !PAGE_ONLY.test(key);

export type ContentCatalog = Partial<Catalog>;

export function contentCatalog(catalog: Catalog): ContentCatalog {
  return Object.fromEntries(Object.entries(catalog).filter(([key]) => readByContentScript(key)));
}

/**
 * What a badge says (its labels, countdowns and days): the words every QSM page loads. The panel, the
 * message helper and the "could not read" marker say the rest, loaded with the views
 * (entrypoints/qsm.content/start.ts): about 1.9 KB gzip less on every QSM page.
 */
const BADGE_WORDS = /^(?:badge|countdown|date)\./;
export const readByBadge = (key: string): boolean => BADGE_WORDS.test(key);
const partOf = (catalog: Catalog, badge: boolean): ContentCatalog =>
  Object.fromEntries(Object.entries(contentCatalog(catalog)).filter(([key]) => readByBadge(key) === badge));
export const badgeCatalog = (catalog: Catalog) => partOf(catalog, true);
export const viewsCatalog = (catalog: Catalog) => partOf(catalog, false);

/** The catalogs loaded so far as a message source; a language not loaded has no messages (translate falls back). */
export function loadedCatalogs(catalogs: ReadonlyMap<UiLanguage, ContentCatalog>): MessageSource {
  return (lang, key) => catalogs.get(lang)?.[key];
}
