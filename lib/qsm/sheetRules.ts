/**
 * The style sheet rules of a document nobody shows (DOMParser's: no computed style), for hidden.ts. The
 * content script reads only pages the browser shows, where the computed style answers: its build
 * (scripts/content-module.mjs) puts noSheetRules.ts in this file's place.
 */

/** What hidden.ts asks of an element's style, as a computed style answers it ('' for nothing set). */
export interface SheetStyle {
  display: string;
  visibility: string;
  position: string;
  clip: string;
  clipPath: string;
}
interface SheetRule extends SheetStyle {
  selector: string;
}
const STYLE_KEYS = ['display', 'visibility', 'position', 'clip', 'clipPath'] as const;
const rulesOf = new WeakMap<Document, { sheets: number; rules: SheetRule[] }>();

/** The style a document's rules give `el`: the last matching rule deciding each property. */
export function sheetStyle(el: Element): SheetStyle {
  const style: SheetStyle = { display: '', visibility: '', position: '', clip: '', clipPath: '' };
  const doc = el.ownerDocument;
  for (const rule of doc ? sheetRules(doc) : []) {
    if (el.matches(rule.selector)) STYLE_KEYS.forEach((key) => rule[key] && (style[key] = rule[key]));
  }
  return style;
}

const VISIBILITY_BY_ATTRIBUTE = /visibility\s*:\s*(hidden|visible|collapse)/i;

/**
 * Whether `el` is hidden by a visibility it inherits or sets, in a document nobody shows: the nearest
 * element that sets one decides, by its style attribute or by `visibility` (its rules').
 */
export function sheetHidden(el: Element, visibility: (el: Element) => string): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const set = VISIBILITY_BY_ATTRIBUTE.exec(e.getAttribute('style') ?? '')?.[1] || visibility(e);
    if (set) return set.toLowerCase() !== 'visible';
  }
  return false;
}

/** The top-level rules of a document's style sheets that set display, visibility or a clip (not a media query's). */
function sheetRules(doc: Document): SheetRule[] {
  const sheets = doc.styleSheets;
  const known = rulesOf.get(doc);
  if (known && known.sheets === sheets.length) return known.rules;
  const rules: SheetRule[] = [];
  for (const sheet of Array.from(sheets)) {
    let list: CSSRuleList | undefined;
    try {
      list = sheet.cssRules;
    } catch {
      continue; // another origin's sheet cannot be read
    }
    for (const rule of Array.from(list ?? [])) {
      const { selectorText, style } = rule as CSSStyleRule;
      if (!selectorText || !style || (!style.display && !style.visibility && !style.clip && !style.clipPath)) continue;
      // A selector the DOM cannot match (a vendor pseudo-class) is left out rather than throw later.
      try {
        doc.createDocumentFragment().querySelector(selectorText);
      } catch {
        continue;
      }
      rules.push({ selector: selectorText, display: style.display, visibility: style.visibility, position: style.position, clip: style.clip, clipPath: style.clipPath });
    }
  }
  rulesOf.set(doc, { sheets: sheets.length, rules });
  return rules;
}
