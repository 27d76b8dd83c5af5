import type { en } from './en';

/** Plural forms chosen with Intl.PluralRules by the `count` parameter; `other` is always required. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;

/** English is the source of truth: every key it has, every other catalog must have. */
export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, Message>;
