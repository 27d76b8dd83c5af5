// Which language and which template a claim calls for (domain.md §3, §4).
import { describe, expect, it } from 'vitest';
import { memoLanguageForCountry, suggestSituation } from '../../lib/memos';

describe('memoLanguageForCountry', () => {
  it.each([
    ['JP', 'ja'], [' jp ', 'ja'], ['JPN', 'ja'], ['Japan', 'ja'], ['日本', 'ja'], ['JP(日本)', 'ja'], ['ＪＰ', 'ja'],
    ['KR', 'ko'], ['Korea', 'ko'], ['韓国', 'ko'], ['한국', 'ko'],
    ['CN', 'zh'], ['TW', 'zh'], ['HK', 'zh'], ['MO', 'zh'], ['中国', 'zh'], ['Hong Kong', 'zh'],
    // Qoo10 Singapore is in English.
    ['SG', 'en'], ['SGP', 'en'], ['Singapore', 'en'], ['新加坡', 'en'], ['シンガポール', 'en'], ['싱가포르', 'en'], ['SG(新加坡)', 'en'],
    ['US', 'en'], ['FR', 'en'], ['United States', 'en'], ['MY', 'en'],
    [undefined, 'ja'], ['', 'ja'], ['   ', 'ja'],
  ] as const)('%j → %s', (country, language) => {
    expect(memoLanguageForCountry(country)).toBe(language);
  });
});

describe('suggestSituation', () => {
  it('starts from the claim kind', () => {
    expect(suggestSituation({ kind: 'cancel' })).toBe('cancel-shipped');
    expect(suggestSituation({ kind: 'return' })).toBe('return-withdraw');
    expect(suggestSituation({ kind: 'exchange' })).toBe('exchange-withdraw');
    expect(suggestSituation({ kind: 'nonReceipt' })).toBe('cancel-shipped');
    expect(suggestSituation({ kind: 'unknown' })).toBe('cancel-shipped');
  });

  it('asks again after a refusal, and reminds while a request is pending', () => {
    expect(suggestSituation({ kind: 'return', withdrawState: 'held' })).toBe('ask-again');
    expect(suggestSituation({ kind: 'return', withdrawState: 'held', verdictState: 'cooldown' })).toBe('ask-again');
    expect(suggestSituation({ kind: 'cancel', withdrawState: 'requested' })).toBe('deadline-reminder');
    expect(suggestSituation({ kind: 'exchange', verdictState: 'pending' })).toBe('deadline-reminder');
    expect(suggestSituation({ kind: 'exchange', withdrawState: 'none', verdictState: 'eligible' })).toBe('exchange-withdraw');
    expect(suggestSituation({ kind: 'cancel', withdrawState: 'cancelled', verdictState: 'cooldown' })).toBe('cancel-shipped');
  });

  it('suggests nothing asking the buyer to withdraw a claim the rules let no request be sent for', () => {
    // A non-receipt report, a return under way, a completed cancel: the seller must ask Qoo10 (domain.md §3.2).
    expect(suggestSituation({ kind: 'nonReceipt', withdrawState: 'none', verdictState: 'ineligible', verdictReason: 'non-receipt' })).toBeUndefined();
    expect(suggestSituation({ kind: 'return', verdictState: 'ineligible', verdictReason: 'claim-in-progress' })).toBeUndefined();
    expect(suggestSituation({ kind: 'cancel', withdrawState: 'held', verdictState: 'ineligible', verdictReason: 'claim-closed' })).toBeUndefined();
  });

  it('asks again when the rules say the buyer refused, though the page still shows the request', () => {
    expect(suggestSituation({ kind: 'exchange', withdrawState: 'requested', verdictState: 'cooldown', verdictReason: 'cooldown-after-refusal' })).toBe('ask-again');
  });

  it('suggests nothing once the deadline passed in silence: the buyer withdrew nothing to be thanked for', () => {
    // QSM withdraws the claim the day after the deadline (domain.md §3.5); a reminder would name a day gone by.
    expect(suggestSituation({ kind: 'return', withdrawState: 'requested', verdictState: 'pending', verdictReason: 'auto-withdraw-due' })).toBeUndefined();
    expect(suggestSituation({ kind: 'return', withdrawState: 'requested', verdictState: 'pending', verdictReason: 'awaiting-buyer' })).toBe('deadline-reminder');
  });
});

describe('memoLanguageForCountry: full country names (round 28’s review)', () => {
  it.each([
    ['日本国', 'ja'], ['大韓民国', 'ko'], ['大韩民国', 'ko'], ['韓國', 'ko'], ['中華人民共和国', 'zh'], ['中华人民共和国', 'zh'], ['중화인민공화국', 'zh'],
    ['中國', 'zh'], ['臺灣', 'zh'], ['中国台湾', 'zh'], ['中国香港', 'zh'], ['香港特別行政區', 'zh'], ['Hong Kong SAR', 'zh'],
    // session 23's review: mainland China written out
    ['中国大陆', 'zh'], ['中國大陸', 'zh'], ['Mainland China', 'zh'], ['China (Mainland)', 'zh'],
  ] as const)('%s → %s', (country, lang) => {
    expect(memoLanguageForCountry(country)).toBe(lang);
  });
});

describe('memoLanguageForCountry: no country shown', () => {
  it.each(['-', '—', '－', 'N/A', 'n/a', 'none', '不明'])('%s → ja, as a blank one', (country) => {
    expect(memoLanguageForCountry(country)).toBe('ja');
  });
});

it('NA is Namibia’s code, not "N/A": English', () => {
  expect(memoLanguageForCountry('NA')).toBe('en');
});
