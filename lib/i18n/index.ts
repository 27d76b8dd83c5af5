/** UI language, message catalogs and date formatting. Pure: no browser API, no Preact. */
export { type UiLanguage, UI_LANGUAGES, INTL_LOCALE, isUiLanguage, pickUiLanguage } from './languages';
export type { Message, MessageKey, Catalog, PluralMessage } from './messages/types';
export { type MessageParams, type Translate, MESSAGES, translate, createT, placeholdersOf } from './translate';
export { badgeLabelKey, reasonKey } from './verdictKeys';
export {
  JAPAN_TIME_ZONE,
  formatCountdown,
  formatJstDay,
  formatInstant,
  localTimeZone,
  zoneOffsetMinutes,
  differsFromJapanTime,
} from './format';
