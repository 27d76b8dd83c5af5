/**
 * Buyer messages (domain.md §4): built-in templates in the buyer's language, rendering with checked
 * placeholders, and a guard against personal data in what the seller sends. Pure: no DOM, no browser
 * API, no UI.
 */
export type { MemoSituation, MemoLanguage, MemoTemplate, MemoValues, RenderResult, ShipmentValues } from './types';
export { MEMO_SITUATIONS, MEMO_LANGUAGES, SHIPMENT_VALUES, SELLER_VALUES } from './types';
export { BUILT_IN_TEMPLATES, builtInTemplate, builtInTemplateId } from './templates';
export { PLACEHOLDERS, placeholdersIn } from './placeholders';
export { renderMemo } from './render';
export { formatMemoDate } from './dates';
export { memoLanguageForCountry, suggestSituation } from './choose';
export type { PersonalDataHit, PersonalDataKind } from './guard';
export { findPersonalData, checkMemo } from './guard';
export { previewMemo, checkMessage, isMemoPreviewRequest, type MemoFacts, type MemoPreview, type MemoPreviewRequest } from './preview';
