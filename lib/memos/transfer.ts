/**
 * Template export and import as a JSON file. Export writes the whole setup; import is strict: any file
 * that is not exactly a memo export this release can read is refused whole, with the reason, so a bad
 * file never changes anything. Pure: no browser API (the page reads and saves the file).
 */
import { jstDay } from '../time';
import { sellerPersonalData, templateProblems } from './library';
import { isBuiltInId, isDefaultLanguage, MEMO_SETUP_VERSION, readTemplate, upgradeRaw, versionOf, type MemoSetup } from './setup';
import { BUILT_IN_TEMPLATES } from './templates';
import type { MemoTemplate } from './types';

export const MEMO_EXPORT_FORMAT = 'qsm-withdraw-assistant/memos';
/** Larger files are refused before they are read. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export interface MemoExport {
  format: typeof MEMO_EXPORT_FORMAT;
  version: number;
  /** ISO instant. */
  exportedAt: string;
  shopName: string;
  signature: string;
  defaultLanguage: MemoSetup['defaultLanguage'];
  templates: Omit<MemoTemplate, 'builtIn'>[];
  hiddenBuiltIns: string[];
}

export function exportMemoSetup(setup: MemoSetup, now: Date): string {
  const file: MemoExport = {
    format: MEMO_EXPORT_FORMAT,
    version: MEMO_SETUP_VERSION,
    exportedAt: now.toISOString(),
    shopName: setup.shopName,
    signature: setup.signature,
    defaultLanguage: setup.defaultLanguage,
    templates: setup.templates.map(({ id, situation, language, name, subject, body }) => ({ id, situation, language, name, subject, body })),
    hiddenBuiltIns: setup.hiddenBuiltIns,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Named by the day in Japan, like every date the seller sees (not the UTC day, a day behind until 09:00 JST). */
export function exportFileName(now: Date): string {
  return `qsm-memos-${jstDay(now)}.json`;
}

export type ImportError =
  | { kind: 'tooLarge' }
  | { kind: 'notJson' }
  /** Valid JSON, but not a memo export (another tool's file, a history export…). */
  | { kind: 'foreign' }
  /** A version this release does not know (newer, or not a version at all). */
  | { kind: 'version'; version: string }
  /** A field is missing or has the wrong type. */
  | { kind: 'shape' }
  | { kind: 'placeholders'; template: string; names: string[] }
  | { kind: 'personalData'; template: string }
  | { kind: 'sellerPersonalData' };

export type ImportResult = { ok: true; setup: MemoSetup } | { ok: false; error: ImportError };

const refuse = (error: ImportError): ImportResult => ({ ok: false, error });
const builtInIds = new Set(BUILT_IN_TEMPLATES.map((t) => t.id));

export function parseMemoImport(text: string): ImportResult {
  if (typeof text !== 'string') return refuse({ kind: 'notJson' });
  if (text.length > MAX_IMPORT_BYTES || new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) return refuse({ kind: 'tooLarge' });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse({ kind: 'notJson' });
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return refuse({ kind: 'foreign' });
  const file = parsed as Record<string, unknown>;
  if (file.format !== MEMO_EXPORT_FORMAT) return refuse({ kind: 'foreign' });
  const version = versionOf(file);
  if (!(version >= 1 && version <= MEMO_SETUP_VERSION)) return refuse({ kind: 'version', version: (JSON.stringify(file.version) ?? '—').slice(0, 20) });

  let raw: Record<string, unknown>;
  try {
    raw = upgradeRaw(file);
  } catch {
    return refuse({ kind: 'shape' });
  }
  const { shopName, signature, defaultLanguage, templates, hiddenBuiltIns, exportedAt } = raw;
  if (typeof shopName !== 'string' || typeof signature !== 'string' || !isDefaultLanguage(defaultLanguage)) return refuse({ kind: 'shape' });
  if (exportedAt !== undefined && typeof exportedAt !== 'string') return refuse({ kind: 'shape' });
  if (!Array.isArray(templates)) return refuse({ kind: 'shape' });
  const hidden = hiddenBuiltIns ?? [];
  // A built-in this release does not have (another release's) stays hidden, as in the stored setup: else a
  // seller's own export could not be imported back.
  if (!Array.isArray(hidden) || !hidden.every((id) => typeof id === 'string' && isBuiltInId(id))) return refuse({ kind: 'shape' });
  if (new Set(hidden).size !== hidden.length) return refuse({ kind: 'shape' });

  const read: MemoTemplate[] = [];
  for (const item of templates) {
    const one = readTemplate(item);
    if (!one.ok) return refuse({ kind: 'shape' });
    const t = one.template;
    // An edited built-in must be one this release has; ids are unique.
    if ((isBuiltInId(t.id) && !builtInIds.has(t.id)) || read.some((r) => r.id === t.id)) return refuse({ kind: 'shape' });
    const problems = templateProblems(t);
    if (problems.emptyName || problems.emptyBody) return refuse({ kind: 'shape' });
    if (problems.unknown.length) return refuse({ kind: 'placeholders', template: t.name, names: problems.unknown });
    if (problems.personalData.length) return refuse({ kind: 'personalData', template: t.name });
    read.push(t);
  }
  if (sellerPersonalData({ shopName, signature }).length) return refuse({ kind: 'sellerPersonalData' });
  // Braces in the shop name or signature are taken as the stored setup takes them (an earlier release
  // saved them): else a seller's own export could not be imported back. The options page flags the
  // field at once, and no message that needs it can be sent until it is rewritten (./preview).

  return {
    ok: true,
    setup: { version: MEMO_SETUP_VERSION, shopName, signature, defaultLanguage, templates: read, hiddenBuiltIns: hidden as string[] },
  };
}
