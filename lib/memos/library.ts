/**
 * The seller's template library over the built-ins: which templates a situation and language offer,
 * the values the seller supplies, and the edits the options page makes. Every edit returns a new
 * setup. Pure: no browser API.
 */
import { memoLanguageForCountry } from './choose';
import { checkMemo } from './guard';
import type { PersonalDataHit } from './guard';
import { holdsBraces, isPlaceholder, placeholdersIn } from './placeholders';
import { isBuiltInId, type MemoSetup } from './setup';
import { BUILT_IN_TEMPLATES } from './templates';
import type { MemoLanguage, MemoSituation, MemoTemplate, MemoValues } from './types';

export type TemplateOrigin = 'builtIn' | 'edited' | 'own';

const builtInById = new Map(BUILT_IN_TEMPLATES.map((t) => [t.id, t]));

export function originOf(template: Pick<MemoTemplate, 'id'>, setup: MemoSetup): TemplateOrigin {
  if (!builtInById.has(template.id)) return 'own';
  return setup.templates.some((t) => t.id === template.id) ? 'edited' : 'builtIn';
}

/**
 * The templates offered for a situation and language, the one to suggest first: the built-in's slot
 * holds the seller's edited copy when there is one (and nothing when the seller deleted it), then come
 * the seller's own templates in the order they were added.
 */
export function templatesFor(setup: MemoSetup, situation: MemoSituation, language: MemoLanguage): MemoTemplate[] {
  const fits = (t: MemoTemplate) => t.situation === situation && t.language === language;
  const out: MemoTemplate[] = [];
  for (const builtIn of BUILT_IN_TEMPLATES) {
    if (!fits(builtIn) || setup.hiddenBuiltIns.includes(builtIn.id)) continue;
    out.push(setup.templates.find((t) => t.id === builtIn.id) ?? builtIn);
  }
  for (const own of setup.templates) if (fits(own) && !builtInById.has(own.id)) out.push(own);
  return out;
}

/** What the seller supplies to every memo; a template signs with {signature}, which falls back to the shop name. */
export function sellerValues(setup: Pick<MemoSetup, 'shopName' | 'signature'>): { shopName: string; signature: string } {
  const shopName = setup.shopName.trim();
  return { shopName, signature: setup.signature.trim() || shopName };
}

/** The buyer's language for an order: the seller's fixed choice, or the order country's (domain.md §4). */
export function memoLanguageFor(setup: Pick<MemoSetup, 'defaultLanguage'>, orderCountry: string | undefined): MemoLanguage {
  return setup.defaultLanguage === 'auto' ? memoLanguageForCountry(orderCountry) : setup.defaultLanguage;
}

/** What a page needs to pick a seller's template (the popup's "Copy message", the on-page panel). */
export interface MemoLibrary {
  languageFor(orderCountry: string | undefined): MemoLanguage;
  templatesFor(situation: MemoSituation, language: MemoLanguage): MemoTemplate[];
}

export function memoLibrary(setup: MemoSetup): MemoLibrary {
  return {
    languageFor: (orderCountry) => memoLanguageFor(setup, orderCountry),
    templatesFor: (situation, language) => templatesFor(setup, situation, language),
  };
}

// ---- Checking a template before it is saved or imported.

export type TemplateField = 'name' | 'subject' | 'body';

export interface TemplateProblems {
  emptyName: boolean;
  emptyBody: boolean;
  /** Placeholders renderMemo would not know, e.g. '{orderno}'. */
  unknown: string[];
  /** Personal data found by checkMemo, per field (QSM: never put a customer's personal data in a memo). */
  personalData: (PersonalDataHit & { field: TemplateField; text: string })[];
}

export function templateProblems(template: Pick<MemoTemplate, TemplateField>): TemplateProblems {
  const unknown = [...new Set([...placeholdersIn(template.subject), ...placeholdersIn(template.body)])].filter((n) => !isPlaceholder(n));
  const fields: TemplateField[] = ['name', 'subject', 'body'];
  const personalData = fields.flatMap((field) =>
    checkMemo(template[field]).hits.map((hit) => ({ ...hit, field, text: template[field].slice(hit.start, hit.end) })),
  );
  return { emptyName: !template.name.trim(), emptyBody: !template.body.trim(), unknown, personalData };
}

export const canSave = (p: TemplateProblems): boolean => !p.emptyName && !p.emptyBody && !p.unknown.length && !p.personalData.length;

/**
 * Personal data in the shop name or signature: every memo would carry it, so it is refused like a
 * template's. A shop name shaped like a domain ('Lumi.jp') is the shop's name, in the signature too.
 */
export function sellerPersonalData(setup: Pick<MemoSetup, 'shopName' | 'signature'>): PersonalDataHit[] {
  const known = { names: [setup.shopName] };
  return [...checkMemo(setup.shopName, known).hits, ...checkMemo(setup.signature, known).hits];
}

export type SellerField = 'shopName' | 'signature';

/**
 * The seller's fields holding text in braces. They are inserted as is, never filled in again, so every
 * buyer would read '{shopName} 店長' as typed: refused, as a shipment value typed with braces is (./preview).
 */
export function sellerBraces(setup: Pick<MemoSetup, SellerField>): SellerField[] {
  return (['shopName', 'signature'] as const).filter((field) => holdsBraces(setup[field]));
}

// ---- Edits.

const sameText = (a: MemoTemplate, b: MemoTemplate) => a.name === b.name && a.subject === b.subject && a.body === b.body;

/**
 * Adds or replaces a template (by id). An edited built-in is stored as the seller's copy; saved back
 * unchanged it is dropped again, so later improvements of the built-in text reach the seller.
 */
export function saveTemplate(setup: MemoSetup, template: MemoTemplate): MemoSetup {
  const saved: MemoTemplate = { ...template, builtIn: false };
  const original = builtInById.get(saved.id);
  const index = setup.templates.findIndex((t) => t.id === saved.id);
  const templates = [...setup.templates];
  if (original && sameText(original, saved)) {
    if (index >= 0) templates.splice(index, 1);
  } else if (index >= 0) templates[index] = saved;
  else templates.push(saved);
  return { ...setup, templates, hiddenBuiltIns: setup.hiddenBuiltIns.filter((id) => id !== saved.id) };
}

/** Deletes the seller's template; a built-in (edited or not) is hidden until "restore defaults". */
export function deleteTemplate(setup: MemoSetup, id: string): MemoSetup {
  const templates = setup.templates.filter((t) => t.id !== id);
  const hide = isBuiltInId(id) && builtInById.has(id) && !setup.hiddenBuiltIns.includes(id);
  return { ...setup, templates, hiddenBuiltIns: hide ? [...setup.hiddenBuiltIns, id] : setup.hiddenBuiltIns };
}

/** Brings back every deleted built-in and undoes the edits to built-ins; the seller's own templates stay. */
export function restoreDefaults(setup: MemoSetup): MemoSetup {
  return { ...setup, templates: setup.templates.filter((t) => !builtInById.has(t.id)), hiddenBuiltIns: [] };
}

export function newTemplateId(): string {
  return `custom:${globalThis.crypto.randomUUID()}`;
}

/** An unsaved template for the editor: blank, or a copy of `from` under a new id and name. */
export function draftTemplate(
  situation: MemoSituation,
  language: MemoLanguage,
  id: string,
  from?: Pick<MemoTemplate, 'subject' | 'body'> & { name: string },
): MemoTemplate {
  return { id, situation, language, name: from?.name ?? '', subject: from?.subject ?? '', body: from?.body ?? '', builtIn: false };
}

/** Sample values for the editor's preview; the seller's own values come from the setup. */
export function sampleValues(setup: MemoSetup, sample: Pick<MemoValues, 'itemName' | 'carrier' | 'shippedOn' | 'deadline'>): MemoValues {
  const seller = sellerValues(setup);
  return {
    orderNo: '1038452888',
    itemCode: '1122334455',
    trackingNo: '4567-8901-2345',
    ...sample,
    ...(seller.shopName ? { shopName: seller.shopName } : {}),
    ...(seller.signature ? { signature: seller.signature } : {}),
  };
}
