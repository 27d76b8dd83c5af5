import type { MemoSituation } from '../types';

/** One language's wording for every situation; the catalog turns these into MemoTemplates. */
export type TemplateText = Record<MemoSituation, { name: string; subject: string; body: string }>;
