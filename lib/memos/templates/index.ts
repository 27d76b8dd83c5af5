/** The built-in template catalog: one template per situation and language, with stable ids. */
import { MEMO_LANGUAGES, MEMO_SITUATIONS, type MemoLanguage, type MemoSituation, type MemoTemplate } from '../types';
import { EN } from './en';
import { JA } from './ja';
import { KO } from './ko';
import type { TemplateText } from './types';
import { ZH } from './zh';

const TEXT: Record<MemoLanguage, TemplateText> = { ja: JA, en: EN, zh: ZH, ko: KO };

/** 'builtin:cancel-shipped:ja': saved settings and history refer to templates by this id. */
export function builtInTemplateId(situation: MemoSituation, language: MemoLanguage): string {
  return `builtin:${situation}:${language}`;
}

export const BUILT_IN_TEMPLATES: readonly MemoTemplate[] = Object.freeze(
  MEMO_SITUATIONS.flatMap((situation) =>
    MEMO_LANGUAGES.map((language) =>
      Object.freeze({
        id: builtInTemplateId(situation, language),
        situation,
        language,
        ...TEXT[language][situation],
        builtIn: true,
      }),
    ),
  ),
);

export function builtInTemplate(situation: MemoSituation, language: MemoLanguage): MemoTemplate {
  const found = BUILT_IN_TEMPLATES.find((t) => t.situation === situation && t.language === language);
  if (!found) throw new Error(`no built-in template ${builtInTemplateId(situation, language)}`); // the catalog is complete
  return found;
}
