/** The content script's texts come from _locales (written at build time), not from bundled catalogs. */
import { browser } from 'wxt/browser';
import { extensionMessageSource } from '../../lib/i18n/extensionMessages';

// WXT types getMessage with public/'s names only; the catalog names are added at build time.
const i18n: { getMessage(name: string): string } = browser.i18n;

export const extensionMessages = extensionMessageSource((name) => i18n.getMessage(name));
