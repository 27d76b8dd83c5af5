import type { LocaleMessages } from '../../lib/i18n/localeMessages';

/**
 * chrome.i18n.getMessage over a messages.json, as Chromium does it (checked in Debian's Chromium):
 * names ignore case, '' for a missing name, a run of n ≥ 2 '$' reads as n - 1, and a lone '$' drops
 * itself and the character after it. `asked` records every name, to prove none is unknown.
 */
export function fakeGetMessage(messages: LocaleMessages) {
  const byName = new Map(Object.entries(messages).map(([name, { message }]) => [name.toLowerCase(), message]));
  const asked: string[] = [];
  const getMessage = (name: string): string => {
    asked.push(name);
    const message = byName.get(name.toLowerCase());
    return message === undefined ? '' : message.replace(/\$(\$+|[^]?)/g, (_, rest: string) => (rest.startsWith('$') ? rest : ''));
  };
  return { getMessage, asked, has: (name: string) => byName.has(name.toLowerCase()) };
}
