/**
 * Reading text out of QSM cells. Everything goes through textContent and attributes: no layout reads,
 * and page text never becomes markup.
 */
import { PAGE_DATE, pageDates, parsePageDay, readsSlashOrder } from '../time';
import { isHiddenElement } from './hidden';

/**
 * Full-width ASCII (Ａ-Ｚ, ０-９, ：, ＊…) and the ideographic space folded to ASCII: the part of NFKC that
 * QSM's labels need. String.normalize would load ICU's normaliser, the content script's costliest first
 * step on a page (npm run bench).
 */
const foldChar = (c: string) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0));
export function foldWidth(text: string): string {
  const folded = text.replace(/[\uff01-\uff5e\u3000]/g, foldChar);
  // Half-width katakana as older systems print them (ｷｬﾝｾﾙ要請, ｶｰﾄ番号): normalised only where present,
  // a voiced mark joining its letter (ｺﾞ → ゴ).
  return /[\uff61-\uff9f]/.test(folded) ? folded.replace(/[\uff61-\uff9f]+/g, (run) => run.normalize('NFKC')) : folded;
}

/** Collapses every kind of space QSM uses (incl. &nbsp; and the full-width space) to one ASCII space. */
export function clean(text: string): string {
  return text.replace(/[\s\u200b\ufeff]+/g, ' ').trim();
}

// A wording printed in two languages: Japanese, Chinese or Korean beside English, in either order, joined by
// nothing, a space, a slash, a line break or brackets ("注文番号（Order No.）", "Return Request / 返品要請").
const CJK = '[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]';
const GLUE = '[\\s/／|｜:：()（）[\\]［］?？*＊ⓘ]*';
const SCRIPT_CHANGE = new RegExp(`(?<=${CJK}${GLUE})(?=[A-Za-z])|(?<=[A-Za-z.)）\\]]${GLUE})(?=${CJK})`, 'g');
const HAS_CJK = new RegExp(CJK);
function trimGlue(half: string): string {
  const t = half.replace(/^[\s/／|｜:：)）\]］]+|[\s/／|｜:：(（[［]+$/g, '');
  // The bracket around the whole second half ("（Order No.）") closes with no opening left in it.
  const count = (re: RegExp) => (t.match(re) ?? []).length;
  return count(/[)）\]］]/g) > count(/[(（[［]/g) ? t.replace(/[)）\]］]\s*$/, '') : t;
}

/** The two halves of a wording printed in two languages, at each change of script; none for one language. */
export function bilingualHalves(text: string): Array<[string, string]> {
  if (!/[A-Za-z]/.test(text) || !HAS_CJK.test(text)) return [];
  return Array.from(text.matchAll(SCRIPT_CHANGE), (m) => [trimGlue(text.slice(0, m.index)), trimGlue(text.slice(m.index))]);
}

/**
 * The comparable form of a label, button or heading: labels come with trailing colons (: or ：),
 * required-field asterisks, help icons ((?), ⓘ, ①), brackets around buttons (【…】), full-width letters,
 * stray spaces and a time after a day (日時, 일시), none of which change what the label means.
 */
export function labelKey(text: string): string {
  return text
    .replace(/[ⓘ①]/g, '') // help icons
    .replace(/[\uff01-\uff5e\u3000\uff61-\uff9f]+/g, foldWidth)
    .toLowerCase()
    // Spaces (and zero-width ones such as a soft hyphen, &shy;), colons, asterisks and brackets, in one pass.
    .replace(/[\s\u200b-\u200d\u2060\ufeff\u00ad*:?.※【】]+/g, '')
    // A day and its time ("要請日時", "보류일시") name the day.
    .replace(/\(\)|\[\]|(?<=[日일])[時시]/g, '');
}

/**
 * A grid cell's text. textContent is one call into the page: the content script runs in an isolated
 * world, where walking a cell's child nodes from script (firstChild, nodeType, nodeValue) makes each text
 * node a wrapper of its own and costs more than reading the whole text (npm run bench).
 */
export function cellText(cell: Element | null | undefined): string {
  return cell ? clean(cell.textContent ?? '') : '';
}

// The traditional characters of a status wording, as a Chinese seller's system may print them
// ("退貨:處理要求", "取消:退款進行中"), folded to the manual's simplified ones. Both sides of every status
// comparison are folded, so Japanese wordings that share a character (交換, 要請) still match.
const TRADITIONAL: Record<string, string> = {
  貨: '货', 處: '处', 進: '进', 換: '换', 請: '请', 認: '认', 賣: '卖', 確: '确', 遲: '迟', 運: '运', 還: '还', 轉: '转',
  買: '买', 單: '单', 號: '号', 發: '发', 實: '实', 審: '审', 核: '核', 畢: '毕', 結: '结', 絕: '绝', 應: '应', 戶: '户', 購: '购', 關: '关',
};
const TRADITIONAL_CHARS = new RegExp(`[${Object.keys(TRADITIONAL).join('')}]`, 'g');
const foldTraditional = (text: string) => text.replace(TRADITIONAL_CHARS, (c) => TRADITIONAL[c] ?? c);

/**
 * The comparable form of a status ("退货 : 处理要求" = "退货:处理要求"); the colon stays, it separates kind
 * and stage. Brackets, quotes and an arrow around a wording ("【撤回保留】", "→ 취소완료") only set it off.
 */
export function statusKey(text: string): string {
  // A hyphen inside an English wording is spelling ("CANCEL-REQUEST", "Return-Processing").
  const key = foldTraditional(foldWidth(text)).toLowerCase().replace(/[\s\u200b-\u200d\u2060\ufeff\u00ad【】「」『』〔〕“”"'[\]→⇒]+|(?<=[a-z])-(?=[a-z])/g, '');
  // Round brackets only around the whole wording: "미수취 (부분) 환불 완료" keeps its own.
  return /^\([^()]*\)$/.test(key) ? key.slice(1, -1) : key;
}

// Struck-through text (s, del, strike) is what a cell said before: an old status beside the new one.
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'TEXTAREA', 'OPTION', 'S', 'DEL', 'STRIKE']);

const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'LABEL', 'MARK', 'NOBR', 'Q',
  'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR',
]);

// An icon font draws a word as its glyph ("hourglass_top", "open_in_new"): hidden from screen readers, it
// shows the seller an icon, not the word. A dash or a date so hidden is still what the seller sees.
const ICON_WORD = /^\s*[a-z][a-z0-9]*(_[a-z0-9]+)*\s*$/;
const isIcon = (el: Element) => el.getAttribute('aria-hidden') === 'true' && ICON_WORD.test(el.textContent ?? '');

/** Text of a value cell without the notes and links QSM prints after a value ("运送追踪", "* …"). */
export function visibleText(node: Node, isNote: (el: Element) => boolean, inlineGap = ' '): string {
  let out = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out += child.nodeValue ?? '';
    else if (child.nodeType === 1) {
      const el = child as Element;
      const name = el.tagName.toUpperCase();
      if (SKIPPED_TAGS.has(name) || isNote(el) || isIcon(el) || isHiddenElement(el, node)) continue;
      // Each element's text is set apart: a date and its time, a status and its note, two numbers. Read
      // with no inline gap, inline markup runs on as the seller sees it: a number a span per part, or
      // broken over two lines of a narrow cell ("11874<br>20931").
      const gap = INLINE_TAGS.has(name) || (name === 'BR' && !inlineGap) ? inlineGap : ' ';
      out += gap + visibleText(el, isNote, inlineGap) + gap;
    }
  }
  return out;
}

/** A value that says nothing: empty, or a dash, QSM's "nothing here" (a cancel's ship date and carrier). */
export const isNoValue = (text: string): boolean => !/[^\s\-‐–—―ー－−]/.test(text);

/** A note starts with an asterisk or a reference mark: "2021/08/09 * 如果在期限内…". */
export function cutNote(text: string): string {
  return clean(clean(text).split(/(?:^|\s)[*＊※]/)[0] ?? '');
}

const FIELD_CONTROL = 'select, textarea, input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=image]):not([type=checkbox])';

/**
 * The selected option as the server rendered it (the `selected` attribute): a seller flipping the
 * withdraw select from N to Y while still writing must not read as a request already sent. An option
 * whose value is empty is a prompt ("選択してください", "-- Select --"): nothing is chosen.
 */
export function selectedOptionText(select: Element): string {
  const options = Array.from(select.querySelectorAll('option'));
  const chosen = options.find((o) => o.hasAttribute('selected')) ?? options[(select as HTMLSelectElement).selectedIndex ?? 0] ?? options[0];
  if (!chosen || chosen.getAttribute('value') === '') return '';
  return clean(chosen.textContent ?? '') || (chosen.getAttribute('value') ?? '');
}

/** A cell whose value is an editable box or select: a search form's field, or the withdraw form. */
export function isEditable(cell: Element): boolean {
  const box = cell.querySelector('input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=image]), select, textarea');
  return !!box && !box.hasAttribute('readonly') && !box.hasAttribute('disabled');
}

/** A control's value, or undefined when the cell holds no control worth reading. */
function controlValue(cell: Element): string | undefined {
  const control = cell.querySelector(FIELD_CONTROL);
  if (!control) return undefined;
  const tag = control.tagName.toUpperCase();
  if (tag === 'SELECT') return selectedOptionText(control);
  if (tag === 'TEXTAREA') return clean((control as HTMLTextAreaElement).value ?? control.textContent ?? '');
  if ((control.getAttribute('type') ?? '').toLowerCase() === 'radio') {
    const checked = cell.querySelector('input[type=radio][checked]');
    return checked ? clean(checked.getAttribute('value') ?? '') : '';
  }
  return clean((control as HTMLInputElement).value ?? control.getAttribute('value') ?? '');
}

/**
 * What a cell holding only an image says: the image's own name (alt, or a role="img" element's aria-label),
 * as a screen reader gives it: a flag for the order country, an icon for a status. A title is a tooltip,
 * not a name.
 */
export function imageName(cell: Element): string {
  const image = cell.firstElementChild ? cell.querySelector('img[alt], [role=img][aria-label]') : null;
  return image && !isHiddenElement(image) ? clean(image.getAttribute(image.hasAttribute('alt') ? 'alt' : 'aria-label') ?? '') : '';
}

/** The value a value cell shows: its control's value, else its text without trailing notes, else its image's name. */
export function cellValue(cell: Element, isNote: (el: Element) => boolean, inlineGap = ' '): string {
  return controlValue(cell) ?? (cutNote(visibleText(cell, isNote, inlineGap)) || imageName(cell));
}

/** QSM's order, cart and item numbers are 9–10 digits (the manual); a shorter run is part of one. */
const WHOLE_NUMBER = 9;

/**
 * A number cell's value: read as any value first (an order number and a cart number beside it stay
 * apart); when that holds no whole number, with inline markup run together: "<span>104211</span>
 * <span>6205</span>" is 1042116205 on screen. Digits the page itself spaces ("1043 2288 00") stay apart.
 */
export function numberValue(cell: Element, isNote: (el: Element) => boolean): string {
  const value = cellValue(cell, isNote);
  if ((findNumber(value)?.length ?? 0) >= WHOLE_NUMBER) return value;
  const joined = cellValue(cell, isNote, '');
  return findNumber(joined) ? joined : value;
}

/**
 * Remembers a pure function's answers: a 1,000-row grid repeats a few dozen dates and statuses, and
 * reading each once keeps the grid well under its time budget. Bounded, so a long session stays small.
 */
export function remembered<K, T>(fn: (key: K) => T, max = 2000): (key: K) => T {
  const seen = new Map<K, T>();
  return (key) => {
    if (seen.has(key)) return seen.get(key) as T;
    if (seen.size >= max) seen.clear();
    const value = fn(key);
    seen.set(key, value);
    return value;
  };
}

/**
 * The date as printed ('2021/08/09' or '2021/08/09 13:05') and the JST day it names: no day when it
 * cannot exist (2026/02/30), or when it is a system's stand-in for "no date yet" (0001/01/01, the
 * server's empty date; 1900/01/01): every Qoo10 claim is from this century.
 */
function findDateNow(text: string): { printed: string; day?: string; placeholder?: true } | undefined {
  const m = PAGE_DATE.exec(pageDates(foldWidth(text)));
  if (!m) return undefined;
  // Printed as the seller sees it: "2026 / 11 / 26" is a date in a span per part, read with spaces between.
  const printed = m[0].replace(/\s*([/.-])\s*/g, '$1');
  if (Number(m[1]) < 2000) return { printed, placeholder: true };
  return { printed, day: parsePageDay(printed) };
}
const findDateRemembered = remembered(findDateNow);
// A year-last slash date read by its page's order (withSlashOrderOf) is not remembered: another page may write it the other way.
export const findDate = (text: string) => (readsSlashOrder() && /\d\/\d{1,2}\/\d{4}/.test(foldWidth(text)) ? findDateNow(text) : findDateRemembered(text));

/** What a date that names no day is: nothing to say of a stand-in for "no date yet", else a problem. */
export const dateProblem = (date: ReturnType<typeof findDate>): string | undefined =>
  date?.day || date?.placeholder ? undefined : date ? 'invalid-date' : 'unreadable';

/** Order, cart and item numbers: the first run of 6+ digits (the manual's are 9–10 digits). */
export function findNumber(text: string): string | undefined {
  const m = /(\d{6,})(…|\.{2,})?/.exec(foldWidth(text));
  // A number cut short to fit its cell ("10432288…") is not the order's number.
  return m && !m[2] ? m[1] : undefined;
}

/**
 * A tracking number: the first token of letters, digits and hyphens (4+ chars) with a digit in it, e.g.
 * '1234-5678-9012', 'EE197818796KR'; a word such as a "Tracking" link or "None" is not one.
 */
export function findTrackingNo(text: string): string | undefined {
  return /(?=[A-Za-z-]*\d)[A-Za-z0-9][A-Za-z0-9-]{3,}/.exec(foldWidth(text))?.[0];
}

/** A value capped for messages: never more than a status-sized snippet. */
export function snippet(text: string, max = 40): string {
  const t = clean(text);
  return t.length > max ? `${t.slice(0, max)}…` : t;
}
