/**
 * sheetRules.ts for the content script, which reads only pages the browser shows: their computed style
 * answers (hidden.ts), and the reading of documents nobody shows (their style sheets' rules, their style
 * attributes' visibility) is not shipped.
 */
import type { SheetStyle } from './sheetRules';

// Nothing set: no property reads as none, hidden or a clip (hidden.ts compares each with those words).
export const sheetStyle = (_el: Element) => ({}) as SheetStyle;
export const sheetHidden = (_el: Element, _visibility: (el: Element) => string): boolean => false;
