/**
 * The seller's memo setup (issue #4): shop name, signature, the buyers' default language, and the
 * seller's own templates (custom ones and edited copies of built-ins). Versioned from the first release:
 * a stored value or an exported file names its `version`, and MEMO_SETUP_MIGRATIONS brings any older
 * one to the current shape step by step. Reading a stored value is lenient (whatever can be read is
 * kept, the rest is reported so the store can back it up); reading an import file is strict
 * (transfer.ts). Pure: no browser API.
 */
import { builtInTemplateId } from './templates';
import { MEMO_LANGUAGES, MEMO_SITUATIONS, type MemoLanguage, type MemoSituation, type MemoTemplate } from './types';

/** Bump with a new step in MEMO_SETUP_MIGRATIONS whenever MemoSetup changes shape. */
export const MEMO_SETUP_VERSION = 1;

/** 'auto': the buyer's language follows the order's country (domain.md §4). */
export type MemoDefaultLanguage = 'auto' | MemoLanguage;

export interface MemoSetup {
  version: number;
  shopName: string;
  /** The closing line; empty means the shop name (sellerValues). */
  signature: string;
  defaultLanguage: MemoDefaultLanguage;
  /**
   * The seller's templates, `builtIn: false`. One whose id is a built-in's id ('builtin:<situation>:<language>')
   * is the seller's edited copy of that built-in and replaces it; any other id is the seller's own.
   */
  templates: MemoTemplate[];
  /** Built-in ids the seller deleted; "restore defaults" empties it. Unknown ids (a newer release's) are kept. */
  hiddenBuiltIns: string[];
}

export function emptyMemoSetup(): MemoSetup {
  return { version: MEMO_SETUP_VERSION, shopName: '', signature: '', defaultLanguage: 'auto', templates: [], hiddenBuiltIns: [] };
}

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * MEMO_SETUP_MIGRATIONS[n] turns a version n-1 value into version n. A step only adds or renames: it
 * spreads the old value so that nothing it does not know about is dropped.
 */
export const MEMO_SETUP_MIGRATIONS: Readonly<Record<number, (previous: Raw) => Raw>> = {
  // v0 → v1. Development builds stored the setup without a version, sometimes with the templates as an
  // object keyed by id; the first release stores them as a list.
  1: (v0) => ({
    ...v0,
    version: 1,
    templates: isObject(v0.templates) ? Object.entries(v0.templates).map(([id, t]) => (isObject(t) ? { id, ...t } : t)) : v0.templates,
  }),
  // 2: (v1) => ({ ...v1, newField: default }),
};

/** The version a stored value or file names: no version is the pre-release shape v0, anything unreadable is NaN. */
export function versionOf(raw: Raw): number {
  if (raw.version === undefined) return 0;
  return typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version >= 0 ? raw.version : Number.NaN;
}

/** Runs the steps from the value's own version up to `target` (each step sets the version it reaches). */
export function upgradeRaw(raw: Raw, target = MEMO_SETUP_VERSION, steps = MEMO_SETUP_MIGRATIONS): Raw {
  let value = raw;
  for (let v = versionOf(value) + 1; v <= target; v++) {
    const step = steps[v];
    value = step ? step(value) : value;
    value = { ...value, version: v };
  }
  return value;
}

export const isMemoLanguage = (value: unknown): value is MemoLanguage => MEMO_LANGUAGES.includes(value as MemoLanguage);
export const isMemoSituation = (value: unknown): value is MemoSituation => MEMO_SITUATIONS.includes(value as MemoSituation);
export const isDefaultLanguage = (value: unknown): value is MemoDefaultLanguage => value === 'auto' || isMemoLanguage(value);

/** True for 'builtin:…' ids, whether or not the built-in exists in this release. */
export const isBuiltInId = (id: string): boolean => id.startsWith('builtin:');

/**
 * A template read from storage or a file, or a reason it cannot be: the fields must be there with the
 * right types, and an edited built-in must keep the built-in's situation and language.
 */
export function readTemplate(raw: unknown): { ok: true; template: MemoTemplate } | { ok: false } {
  if (!isObject(raw)) return { ok: false };
  const { id, situation, language, name, subject, body } = raw;
  if (typeof id !== 'string' || !id.trim() || id.length > 200) return { ok: false };
  if (!isMemoSituation(situation) || !isMemoLanguage(language)) return { ok: false };
  if (typeof name !== 'string' || typeof subject !== 'string' || typeof body !== 'string') return { ok: false };
  if (isBuiltInId(id) && id !== builtInTemplateId(situation, language)) return { ok: false };
  return { ok: true, template: { id, situation, language, name, subject, body, builtIn: false } };
}

export type SetupStatus =
  /** Nothing stored yet. */
  | 'empty'
  /** Stored in the current version and read whole. */
  | 'current'
  /** An older version, read whole and brought to the current shape. */
  | 'migrated'
  /** Part of the stored value could not be read; what could be read is kept. Back the value up before writing. */
  | 'repaired'
  /** Written by a newer release; read as far as this one understands. Back the value up before writing. */
  | 'newer';

export interface SetupReading {
  setup: MemoSetup;
  status: SetupStatus;
}

/** True when writing over the stored value would lose something this release could not read. */
export const needsBackup = (status: SetupStatus): boolean => status === 'repaired' || status === 'newer';

/**
 * Whatever is stored, as a usable setup. Never throws and never invents templates: an unreadable
 * template is left out and the reading says 'repaired', so the caller keeps the raw value aside.
 */
export function readMemoSetup(stored: unknown, target = MEMO_SETUP_VERSION, steps = MEMO_SETUP_MIGRATIONS): SetupReading {
  if (stored === undefined || stored === null) return { setup: emptyMemoSetup(), status: 'empty' };
  if (!isObject(stored)) return { setup: emptyMemoSetup(), status: 'repaired' };
  const version = versionOf(stored);
  let damaged = Number.isNaN(version);
  let raw: Raw = stored;
  if (!damaged && version < target) {
    try {
      raw = upgradeRaw(stored, target, steps);
    } catch {
      damaged = true; // read what the old shape has in common with the current one
    }
  }

  const setup = emptyMemoSetup();
  setup.version = target;
  const text = (key: 'shopName' | 'signature') => {
    if (raw[key] === undefined) return '';
    if (typeof raw[key] === 'string') return raw[key];
    damaged = true;
    return '';
  };
  setup.shopName = text('shopName');
  setup.signature = text('signature');
  if (isDefaultLanguage(raw.defaultLanguage)) setup.defaultLanguage = raw.defaultLanguage;
  else if (raw.defaultLanguage !== undefined) damaged = true;

  if (Array.isArray(raw.templates)) {
    const seen = new Set<string>();
    for (const item of raw.templates) {
      const read = readTemplate(item);
      if (!read.ok || seen.has(read.template.id)) {
        damaged = true;
        continue;
      }
      seen.add(read.template.id);
      setup.templates.push(read.template);
    }
  } else if (raw.templates !== undefined) damaged = true;

  if (Array.isArray(raw.hiddenBuiltIns)) {
    for (const id of raw.hiddenBuiltIns) {
      if (typeof id === 'string' && isBuiltInId(id)) {
        if (!setup.hiddenBuiltIns.includes(id)) setup.hiddenBuiltIns.push(id);
      } else damaged = true;
    }
  } else if (raw.hiddenBuiltIns !== undefined) damaged = true;

  const status: SetupStatus = version > target ? 'newer' : damaged ? 'repaired' : version < target ? 'migrated' : 'current';
  return { setup, status };
}
