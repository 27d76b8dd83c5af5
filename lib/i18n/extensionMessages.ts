/**
 * The catalogs as chrome.i18n messages: how a catalog key is named in _locales/en/messages.json
 * (localeMessages.ts writes that file at build time) and a message source that reads them back
 * through getMessage. Pure: getMessage is passed in, so this runs in tests without a browser.
 */
import type { UiLanguage } from './languages';
import type { Message, MessageKey, PluralMessage } from './messages/types';
import type { MessageSource } from './translate';

/** chrome.i18n.getMessage, or a stand-in: '' for a name the extension does not have. */
export type GetMessage = (name: string) => string;

/**
 * Lists the plural messages and their forms, "en__warning_delayed:one,other …", so that the source
 * asks only for names that exist: Firefox logs an error for every unknown name it is asked for.
 */
export const PLURAL_INDEX = 'i18n_plurals';

/** Message names allow only [A-Za-z0-9_@]: 'reason.request-stage' of ja → 'ja__reason_request_stage'. */
export function messageName(lang: UiLanguage, key: string, form?: string): string {
  const name = `${lang}__${key.replace(/[.-]/g, '_')}`;
  return form === undefined ? name : `${name}__${form}`;
}

function parsePluralIndex(index: string): Map<string, string[]> {
  const plurals = new Map<string, string[]>();
  for (const entry of index.split(' ')) {
    const [name, forms] = entry.split(':');
    if (name && forms) plurals.set(name, forms.split(','));
  }
  return plurals;
}

export function extensionMessageSource(getMessage: GetMessage): MessageSource {
  let plurals: Map<string, string[]> | undefined;
  // Badges re-render every second; each message is read from the browser once per page.
  const cache = new Map<string, Message | undefined>();

  function read(name: string): Message | undefined {
    plurals ??= parsePluralIndex(getMessage(PLURAL_INDEX));
    const forms = plurals.get(name);
    // getMessage answers '' for a missing message; translate() then falls back to English, then the key.
    if (!forms) return getMessage(name) || undefined;
    const message: Partial<PluralMessage> = {};
    for (const form of forms) {
      const text = getMessage(`${name}__${form}`);
      if (text) message[form as Intl.LDMLPluralRule] = text;
    }
    return message.other ? (message as PluralMessage) : undefined;
  }

  return (lang: UiLanguage, key: MessageKey) => {
    const name = messageName(lang, key);
    if (!cache.has(name)) cache.set(name, read(name));
    return cache.get(name);
  };
}
