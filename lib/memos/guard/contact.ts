/** E-mail addresses and URLs, found in the folded text (full-width ＠ and letters are ASCII there). */
import { spans, type Candidate } from './types';

// RFC 5322 atext: shops' buyers use plus-addressing and the odd apostrophe. Dots anywhere after the first
// character: Japanese mobile carriers long handed out addresses RFC 5322 forbids ('taro.@ezweb.ne.jp',
// 'taro..yamada@docomo.ne.jp'), and they are still in use.
const ATEXT = "A-Za-z0-9!#$%&'*+/=?^_`{|}~\\-"; // escaped '-': ATEXT is also followed by '.' in a class
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const EMAIL = new RegExp(
  `(?<![${ATEXT}.])[${ATEXT}][${ATEXT}.]*@(?:${LABEL}\\.)+[A-Za-z]{2,63}(?![A-Za-z0-9-])(?!\\.[A-Za-z0-9])`,
  'g',
);

const URL_CHAR = "[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]";
// Bare domains need a known top-level domain, or every 'ver.2' and 'e.g.' would be a URL. Left out on
// purpose: words that end sentences typed without a space ('Thanks.My order', 'done.In', 'call.me').
const TLDS = [
  'com', 'net', 'org', 'info', 'biz', 'jp', 'cn', 'kr', 'tw', 'hk', 'sg', 'uk', 'io', 'tv', 'app', 'dev',
  'shop', 'store', 'site', 'online', 'xyz', 'top', 'asia', 'ly', 'gl', 'cc', 'fm', 'ai', 'page', 'link', 'blog',
  'tokyo', 'osaka', 'club', 'live', 'tech', 'email', 'mobi', 'edu', 'gov', 'de', 'fr', 'au', 'ca', 'eu', 'ru',
  'vn', 'th', 'ph',
].join('|');
const SCHEME_URL = new RegExp(`(?<![A-Za-z0-9])(?:https?|ftp)://${URL_CHAR}+`, 'gi');
const WWW_URL = new RegExp(`(?<![A-Za-z0-9.@/_-])www\\.${LABEL}(?:\\.${LABEL})+(?:[/?#]${URL_CHAR}*)?`, 'gi');
const BARE_URL = new RegExp(
  `(?<![A-Za-z0-9.@/_%+-])(?:${LABEL}\\.)+(?:${TLDS})(?![A-Za-z0-9-])(?!\\.[A-Za-z0-9])(?:[/?#]${URL_CHAR}*)?`,
  'gi',
);

/** A URL ends before trailing sentence punctuation and before a ')' it did not open. */
function urlEnd(text: string, start: number, end: number): number {
  let e = end;
  for (;;) {
    const last = text.charAt(e - 1);
    const inner = text.slice(start, e - 1);
    if (/[.,;:!?'"]/.test(last)) e--;
    else if (last === ')' && (inner.match(/\(/g)?.length ?? 0) <= (inner.match(/\)/g)?.length ?? 0)) e--;
    else if (last === ']' && !inner.includes('[')) e--;
    else return e;
  }
}

export function contactCandidates(folded: string): Candidate[] {
  const urls: Candidate[] = [];
  for (const re of [SCHEME_URL, WWW_URL, BARE_URL]) {
    for (const { start, end } of spans(re, folded)) {
      const e = urlEnd(folded, start, end);
      const url = folded.slice(start, e);
      // A bare domain must still contain a dot after trimming ('example.' alone is a sentence end);
      // with a scheme, 'http://localhost:3000' is a URL all the same.
      if (e > start && (url.includes('.') || /^[a-z]+:\/\/[A-Za-z0-9]/i.test(url))) urls.push({ kind: 'url', start, end: e, rank: 1 });
    }
  }
  const schemeUrls = urls.filter((u) => /^[a-z]+:\/\//i.test(folded.slice(u.start, u.end)));
  const emails: Candidate[] = [];
  for (const { start, end } of spans(EMAIL, folded)) {
    // 'https://host/a@b.com' is one URL, not an address whose local part is '//host/a'.
    if (schemeUrls.some((u) => u.start < end && start < u.end)) continue;
    emails.push({ kind: 'email', start, end, rank: 0 });
  }
  return [...emails, ...urls];
}
