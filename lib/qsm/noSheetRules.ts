/**
 * sheetRules.ts for the content script, which reads only pages the browser shows: their computed style
 * answers (hidden.ts), and the style-sheet reading for documents nobody shows is not shipped.
 */
import type { SheetStyle } from './sheetRules';

export const sheetStyle = (_el: Element): SheetStyle => ({ display: '', visibility: '', position: '', clip: '', clipPath: '' });
