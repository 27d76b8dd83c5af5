/**
 * Fills a template. A memo goes to a buyer, so a hole is an error, never text: every unfilled or
 * unknown placeholder is named, and the result is ok only when none is left.
 */
import { DATE_PLACEHOLDERS, formatMemoDate } from './dates';
import { isPlaceholder, tokenize } from './placeholders';
import type { MemoTemplate, MemoValues, RenderResult } from './types';

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
    // Inserted as is: a value is never scanned for placeholders again.
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
