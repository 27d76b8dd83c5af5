/** UI language, message catalogs and date formatting. Pure: no browser API, no Preact. */
export { type UiLanguage, UI_LANGUAGES, INTL_LOCALE, isUiLanguage, pickUiLanguage } from './languages';
export type { Message, MessageKey, Catalog, PluralMessage } from './messages/types';
// No catalogs from here: pages take them from ./bundled, the content script its language's from its own module.
export {
  type MessageParams, type MessageSource, type Translate, setMessageSource, translate, createT, placeholdersOf,
} from './translate';
export { badgeLabelKey, badgeShortKey, reasonKey } from './verdictKeys';
export {
  JAPAN_TIME_ZONE,
  formatCountdown,
  formatCountdownShort,
  formatJstDay,
  formatInstant,
  formatZoneName,
  localTimeZone,
  zoneOffsetMinutes,
  differsFromJapanTime,
} from './format';
