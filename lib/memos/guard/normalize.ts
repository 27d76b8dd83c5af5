/**
 * A scanning copy of the text with full-width forms folded to ASCII. Every fold maps one UTF-16 unit
 * to one, so an index in the copy is the same index in the original and hits can point into the
 * seller's own text (NFKC would not keep lengths: 'ｶﾞ' becomes one character).
 */

// Dash-like characters people type between digits: the long vowel mark (ー, ｰ), hyphens, en/em
// dashes, the minus sign. Only between digits: ー is also part of katakana words such as マンション.
const DASHES = new Set(['ー', 'ｰ', '‐', '‑', '‒', '–', '—', '―', '−', '﹣']);
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/;

const isAsciiDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

export function foldForScan(text: string): string {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const c = text.charAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out.push(String.fromCharCode(code - 0xfee0));
    else if (SPACES.test(c)) out.push(' ');
    else out.push(c);
  }
  for (let i = 1; i < out.length - 1; i++) {
    if (DASHES.has(out[i] ?? '') && isAsciiDigit(out[i - 1]) && isAsciiDigit(out[i + 1])) out[i] = '-';
  }
  return out.join('');
}

/** The ASCII digits of a matched number, without its separators. */
export const digitsOf = (s: string): string => s.replace(/\D/g, '');
