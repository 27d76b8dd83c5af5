/**
 * The four catalogs as a message source, for the pages, the background and the tests. The content
 * script must never import this file: it imports its language's catalog alone (see contentCatalog.ts).
 */
import type { UiLanguage } from './languages';
import { en } from './messages/en';
import { ja } from './messages/ja';
import { ko } from './messages/ko';
import type { Catalog } from './messages/types';
import { zh_CN } from './messages/zh_CN';
import type { MessageSource } from './translate';

export const MESSAGES: Readonly<Record<UiLanguage, Catalog>> = { en, ja, zh_CN, ko };

export const bundledMessages: MessageSource = (lang, key) => (Object.hasOwn(MESSAGES, lang) ? MESSAGES[lang][key] : undefined);
