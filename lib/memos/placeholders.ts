/**
 * The placeholder syntax shared by rendering and editing: `{name}` is a placeholder (in half- or
 * full-width braces), `{{` and `}}` are literal braces. One tokenizer serves both, so what the editor
 * lists is exactly what rendering fills.
 */
import type { MemoValues } from './types';

export const PLACEHOLDERS: readonly (keyof MemoValues)[] = [
  'orderNo',
  'itemCode',
  'itemName',
  'carrier',
  'trackingNo',
  'shippedOn',
  'deadline',
  'shopName',
  'signature',
];

export type Token = { type: 'text'; text: string } | { type: 'placeholder'; name: string; raw: string };

// Anything between single braces on one line counts as a placeholder, so a typo like {orderno} or
// {注文番号} is reported instead of reaching the buyer as literal text. Braces count half- or full-width,
// alone or mixed (｛orderNo｝, {orderNo｝): a Japanese keyboard types them full-width, and left as text
// the buyer would read the braces and the name. Full-width or mixed braces around anything but an ASCII
// word are punctuation (｛重要｝). The length cap keeps a stray brace from swallowing a paragraph, and
// keeps the scan linear: no brace looks further than a name can reach.
const MAX_NAME = 40;
const OPENING = '{｛';
const CLOSING = '}｝';

/** Where the brace opened at `open` closes, or -1 when no name fits between (too long, a line break, another opening). */
function closingBrace(text: string, open: number): number {
  const end = Math.min(text.length, open + MAX_NAME + 2);
  for (let j = open + 1; j < end; j++) {
    const c = text[j]!;
    if (CLOSING.includes(c)) return j;
    if (OPENING.includes(c) || c === '\n' || c === '\r') return -1;
  }
  return -1;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) tokens.push({ type: 'text', text: buffer });
    buffer = '';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if ((c === '{' && next === '{') || (c === '}' && next === '}')) {
      buffer += c;
      i += 2;
      continue;
    }
    const close = OPENING.includes(c) ? closingBrace(text, i) : -1;
    if (close >= 0) {
      const inner = text.slice(i + 1, close);
      // An input method may add a space inside full-width braces (｛signature ｝); '{ orderNo }' typed
      // half-width stays as written, so it is reported rather than guessed.
      const halfWidth = c === '{' && text[close] === '}';
      const name = halfWidth ? inner : inner.trim();
      // Full-width braces are also Japanese punctuation (｛重要｝, ｛限定｝): around a word that could be no
      // placeholder's name (names are ASCII words) they stay the text the seller wrote; ｛ordreNo｝ is a typo.
      if (!halfWidth && !/^[A-Za-z_]\w*$/.test(name)) {
        buffer += c;
        i += 1;
        continue;
      }
      flush();
      tokens.push({ type: 'placeholder', name, raw: text.slice(i, close + 1) });
      i = close + 1;
      continue;
    }
    // A lone brace that opens nothing is plain text: it cannot be mistaken for a placeholder.
    buffer += c;
    i += 1;
  }
  flush();
  return tokens;
}

export function isPlaceholder(name: string): name is keyof MemoValues {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

/** Placeholder names used in `text`, in order of first use, each once ('{{x}}' is not one). */
export function placeholdersIn(text: string): string[] {
  const names: string[] = [];
  for (const token of tokenize(text)) {
    if (token.type === 'placeholder' && !names.includes(token.name)) names.push(token.name);
  }
  return names;
}

/**
 * Whether a value (text inserted as is, never filled in again) holds text in braces: the buyer would read
 * '{shopName}' or '{Tokyo}' as typed, and a message never reaches a buyer with '{…}' in it.
 */
export function holdsBraces(value: string): boolean {
  // As the templates read them (tokenize): full-width braces around anything but a name are punctuation.
  return /\{[^{}｛｝]*\}|[{｛]\s*[A-Za-z_]\w*\s*[}｝]/.test(value);
}
