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

/** The catalogs loaded so far as a message source; a language not loaded has no messages (translate falls back). */
export function loadedCatalogs(catalogs: ReadonlyMap<UiLanguage, ContentCatalog>): MessageSource {
  return (lang, key) => catalogs.get(lang)?.[key];
}
