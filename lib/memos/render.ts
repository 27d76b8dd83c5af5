/**
 * Fills a template. A memo goes to a buyer, so a hole is an error, never text: every unfilled or
 * unknown placeholder is named, and the result is ok only when none is left. A seller's value holding
 * text in braces counts as unfilled too (see fill).
 */
import { DATE_PLACEHOLDERS, formatMemoDate } from './dates';
import { holdsBraces, isPlaceholder, tokenize } from './placeholders';
import { SELLER_VALUES, type MemoTemplate, type MemoValues, type RenderResult } from './types';

interface Problems {
  missing: string[];
  unknown: string[];
}

function fill(text: string, values: MemoValues, language: MemoTemplate['language'], problems: Problems): string {
  let out = '';
  for (const token of tokenize(text)) {
    if (token.type === 'text') {
      out += token.text;
      continue;
    }
    const { name } = token;
    if (!isPlaceholder(name)) {
      if (!problems.unknown.includes(name)) problems.unknown.push(name);
      out += token.raw; // kept for the preview; the result is not ok
      continue;
    }
    const raw: unknown = values[name];
    // Values come from page readings and form fields; anything that is not text counts as unfilled.
    const value = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : '';
    if (!value) {
      if (!problems.missing.includes(name)) problems.missing.push(name);
      out += token.raw;
      continue;
    }
    // Inserted as is: a value is never scanned for placeholders again. So the shop name or signature the
    // seller wrote with braces ('{shopName} 店長') would reach every buyer with them: it is not fit to send,
    // like a typed shipment value with braces (./preview), yet shown, so the seller sees where they come from.
    if (SELLER_VALUES.includes(name) && holdsBraces(value) && !problems.missing.includes(name)) problems.missing.push(name);
    out += DATE_PLACEHOLDERS.includes(name) ? formatMemoDate(value, language) : value;
  }
  return out;
}

export function renderMemo(template: Pick<MemoTemplate, 'subject' | 'body' | 'language'>, values: MemoValues): RenderResult {
  const problems: Problems = { missing: [], unknown: [] };
  const subject = fill(template.subject, values, template.language, problems);
  const body = fill(template.body, values, template.language, problems);
  if (problems.missing.length || problems.unknown.length) return { ok: false, subject, body, ...problems };
  return { ok: true, subject, body };
}
