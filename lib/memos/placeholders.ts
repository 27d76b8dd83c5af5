/**
 * The placeholder syntax shared by rendering and editing: `{name}` is a placeholder, `{{` and `}}` are
 * literal braces. One tokenizer serves both, so what the editor lists is exactly what rendering fills.
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
// {注文番号} is reported instead of reaching the buyer as literal text. The length cap keeps a stray
// brace from swallowing a paragraph.
const MAX_NAME = 40;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) tokens.push({ type: 'text', text: buffer });
    buffer = '';
  };
  let i = 0;
  // The placeholder `name` from the brace at i to the one at `close`.
  const take = (name: string, close: number) => {
    flush();
    tokens.push({ type: 'placeholder', name, raw: text.slice(i, close + 1) });
    i = close + 1;
  };
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if ((c === '{' && next === '{') || (c === '}' && next === '}')) {
      buffer += c;
      i += 2;
      continue;
    }
    // A known name in full-width braces (｛orderNo｝, as a Japanese keyboard types them) is that placeholder:
    // left as text, the buyer would read the braces and the name.
    if (c === '｛') {
      const close = text.indexOf('｝', i + 1);
      const name = close < 0 ? '' : text.slice(i + 1, close).trim();
      if (isPlaceholder(name)) {
        take(name, close);
        continue;
      }
    }
    if (c === '{') {
      const close = text.indexOf('}', i + 1);
      const inner = close < 0 ? '' : text.slice(i + 1, close);
      if (close >= 0 && inner.length <= MAX_NAME && !/[{\n\r]/.test(inner)) {
        take(inner, close);
        continue;
      }
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
