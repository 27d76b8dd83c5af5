/**
 * The personal-data guard: QSM tells sellers never to put a customer's personal data in a memo
 * (domain.md §4). It flags e-mail addresses, phone numbers, postal codes, URLs, card numbers and
 * street addresses in Japanese, Chinese, Korean and English text, full-width forms included, and
 * leaves alone what sellers legitimately write: order, cart, tracking and item numbers, dates, times,
 * prices and the template's placeholders.
 */
import { addressCandidates } from './address';
import { contactCandidates } from './contact';
import { digitsOf, foldForScan } from './normalize';
import { cardCandidates, postalCandidates } from './numbers';
import { phoneCandidates } from './phone';
import type { Candidate, PersonalDataHit } from './types';

export type { PersonalDataHit, PersonalDataKind } from './types';
export { looksLikeCardNumber } from './numbers';

/**
 * One hit per stretch of text. The more specific kind wins (an e-mail's domain is not also a URL, a
 * URL's digits are not also a phone), then the longer match. An address that runs into a phone number
 * or e-mail written after it keeps the part before.
 */
function resolve(folded: string, candidates: Candidate[]): PersonalDataHit[] {
  const order = [...candidates].sort((a, b) => a.rank - b.rank || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: PersonalDataHit[] = [];
  for (const c of order) {
    let end = c.end;
    const clashes = taken.filter((t) => t.start < end && c.start < t.end);
    if (clashes.length) {
      const cut = Math.min(...clashes.map((t) => t.start));
      if (c.kind !== 'address' || cut <= c.start) continue;
      end = c.start + folded.slice(c.start, cut).replace(/[\s,;:、，]+$/u, '').length;
      if (end - c.start < 4 || !/\d/.test(folded.slice(c.start, end))) continue;
    }
    taken.push({ kind: c.kind, start: c.start, end });
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** What the text is known to quote, never personal data. */
export interface KnownText {
  /** The order's own numbers (its tracking number, when known). */
  references?: readonly (string | undefined)[];
  /**
   * The seller's own shop name. Shop names may be shaped like a domain ('Lumi.jp', 'gadget.store'): where
   * the text quotes the name, such a domain is a name, not a link. A web address with a scheme, a path or
   * a query ('bit.ly/3AbCdE') is still one.
   */
  names?: readonly (string | undefined)[];
}

/** Where `folded` quotes one of the names, as [start, end) spans. */
function quoted(folded: string, names: readonly (string | undefined)[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const name of names) {
    const own = typeof name === 'string' ? foldForScan(name).trim() : '';
    for (let at = own ? folded.indexOf(own) : -1; at >= 0; at = folded.indexOf(own, at + own.length)) out.push([at, at + own.length]);
  }
  return out;
}

export function findPersonalData(text: string, known: KnownText = {}): PersonalDataHit[] {
  if (typeof text !== 'string' || text === '') return [];
  const folded = foldForScan(text);
  const references = known.references?.filter((r): r is string => typeof r === 'string') ?? [];
  // The order's own tracking number is no phone either: Japan Post's 11 digits run together
  // ('13012345678', even '09012345678') are shaped like a mobile.
  const own = new Set(references.map((r) => digitsOf(foldForScan(r))).filter((d) => d.length >= 8));
  const phones = phoneCandidates(folded).filter((c) => !own.has(digitsOf(folded.slice(c.start, c.end))));
  const names = quoted(folded, known.names ?? []);
  const urls = contactCandidates(folded).filter(
    (c) => c.kind !== 'url' || !/^[A-Za-z0-9.-]+$/.test(folded.slice(c.start, c.end)) || !names.some(([start, end]) => start <= c.start && c.end <= end),
  );
  return resolve(folded, [
    ...urls,
    ...cardCandidates(folded, references),
    ...phones,
    ...postalCandidates(folded),
    ...addressCandidates(folded),
  ]);
}

/** For the memo editor: what to highlight, and whether sending should be held back. */
export function checkMemo(text: string, known: KnownText = {}): { hits: PersonalDataHit[]; blocked: boolean } {
  const hits = findPersonalData(text, known);
  return { hits, blocked: hits.length > 0 };
}
