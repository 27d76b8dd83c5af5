/**
 * Reads one claim detail ("交易信息", domain.md §8) into an OrderClaim. Never throws and never guesses:
 * what cannot be read is named, and a page that is not a claim detail says so.
 */
import { CLAIM_MARKER_FIELDS, WITHDRAW_FIELDS, ZONED_FIELDS, isNote, type Field, type Mark } from './labels';
import { NUMBER_FIELDS, putFact, putStatus, toClaim, type Facts } from './facts';
import { detailMarker, findDetailRoots, hasClaimGrid, isLoginDocument, ownOrderNoHit } from './roots';
import { claimStatusHit, inOtherClaim, otherClaims, statusValue } from './otherClaims';
import { byDocumentOrder, kept, scanLabels, scanMarks, type LabelHit, type LabelScan, type MarkHit } from './scan';
import { isHiddenWithin } from './hidden';
import { cellValue, findDate, findNumber, isEditable, isNoValue, numberValue } from './text';
import { notedInZone, withSlashOrderOf } from '../time';
import { QSM_LANGUAGES, type DetailFacts, type DetailRead, type QsmLanguage } from './types';
import { isOtherStatus, readStatus } from './statuses';
import { readWithdraw } from './withdraw';
import { latestListedRefusal } from './withdrawHistory';

const DATE_FIELDS: ReadonlySet<Field> = new Set(['orderDate', 'shippedOn', 'claimedOn', 'completedOn', 'withdrawRequestedOn', 'withdrawHeldOn', 'responseDeadline', 'responseDeadlinePreview']);
const before = (a: Element, b: Element) => !!(a.compareDocumentPosition(b) & 4);
const blank = (hit: LabelHit) => !hit.valueCell || isNoValue(cellValue(hit.valueCell, isNote));
const dayIn = (hit: LabelHit) => (hit.valueCell && findDate(cellValue(hit.valueCell, isNote))?.day) || '';
const ROUND_DAYS: ReadonlySet<Field> = new Set(['withdrawRequestedOn', 'withdrawHeldOn']);

/**
 * The order number is the detail's own (ownOrderNoHit); otherwise the first label of each field wins (a
 * memo form further down may repeat 订购号码), except that a printed value beats an editable box (a search
 * form's 处理状态 select), and a later withdraw day beats an earlier one (the block's rounds, one under
 * another). A second claim-date label inside the withdraw block, in a table with the
 * block's fields, is that block's request date: ja/en/ko may print 要請日 / Request Date there. Not the
 * claim's only one (a claim table after the block, a row sharing the block's labels), not one in a table
 * of its own (an earlier claim's history), never zh's 要求日 (the block's is 要请日, §7).
 */
const BLOCK_FIELDS: ReadonlySet<Field> = new Set([...WITHDRAW_FIELDS, 'claimedOn', 'sellerMessage', 'memoTitle', 'memoBody']);

function fieldCells(hits: readonly LabelHit[], marks: MarkHit[]): Map<Field, LabelHit> {
  const blockStarts = [
    ...hits.filter((h) => WITHDRAW_FIELDS.includes(h.field)).map((h) => h.cell),
    ...marks.filter((m) => m.mark.type === 'withdraw-heading').map((m) => m.el),
  ];
  // The block after the claim's status: an earlier claim's block may come before it (its dates are stale).
  // The claim's printed status, not a search form's select.
  const statusHit = claimStatusHit(hits) ?? hits.find((h) => h.field === 'status' && h.valueCell && !!readStatus(statusValue(h.valueCell)));
  const status = statusHit?.cell;
  const starts = byDocumentOrder(blockStarts, (el) => el);
  const blockStart = (status && starts.find((el) => before(status, el))) ?? starts[0];
  // Within the block: no other field printed between its start and the label (a claim table after the
  // block), but the block's own message to the buyer. The hits are in document order: other fields
  // before each one are counted once (a detail may print hundreds of history tables).
  const firstInBlock = blockStart ? hits.findIndex((h) => before(blockStart, h.cell)) : -1;
  const othersBefore: number[] = [];
  hits.forEach((h, i) => othersBefore.push((othersBefore[i - 1] ?? 0) + (i > 0 && !BLOCK_FIELDS.has(hits[i - 1]!.field) ? 1 : 0)));
  const withinBlock = (i: number) => firstInBlock >= 0 && i >= firstInBlock && othersBefore[i] === othersBefore[firstInBlock];
  const placed = hits.map((hit, i) => {
    // Past the block's start, and not past a status printed after the block (a block laid out first).
    const inBlock =
      hit.field === 'claimedOn' && !!blockStart && withinBlock(i) && !(status && before(blockStart, status) && before(status, hit.cell)) &&
      !hit.langs.includes('zh') && hits.findIndex((h) => h.field === 'claimedOn') < i &&
      hits.some((h) => WITHDRAW_FIELDS.includes(h.field) && h.cell.closest('table') === hit.cell.closest('table'));
    return { hit, field: inBlock ? ('withdrawRequestedOn' as const) : hit.field };
  });
  const stale = staleBlocks(placed);
  const fields = new Map<Field, LabelHit>();
  const own = ownOrderNoHit(hits);
  if (own) fields.set('orderNo', own);
  // An earlier claim of the order printed before this one (closed, with no status of its own): the claim
  // date and type printed beside the status are this claim's; so is the item code (an order's items
  // listed before it, the claim naming its item).
  const statusTable = status?.closest('table');
  const besideStatus = new Set<Field>();
  for (const { hit, field } of placed) {
    if ((field === 'claimedOn' || field === 'claimKind' || field === 'itemCode') && statusTable && hit.cell.closest('table') === statusTable && !besideStatus.has(field)) {
      besideStatus.add(field);
      fields.set(field, hit);
    }
  }
  // A block after the status is this claim's: withdraw fields printed before the status are an earlier claim's.
  const fieldsAfter = !!status && hits.some((h) => WITHDRAW_FIELDS.includes(h.field) && before(status, h.cell));
  const earlier = (cell: Element) => fieldsAfter && before(cell, status!);
  // Another claim's part of the page (a cart's other order, a claim history): nothing in it is this claim's.
  const others = otherClaims(hits);
  for (const { hit, field } of placed) {
    if (inOtherClaim(others, hit.cell)) continue;
    if ((stale.has(hit.cell.closest('table')) || earlier(hit.cell)) && WITHDRAW_FIELDS.includes(field)) continue;
    if ((own && field === 'orderNo') || besideStatus.has(field)) continue;
    const had = fields.get(field);
    // A label repeated: a printed value wins over an editable box, and a value over an empty cell or "-".
    // The block's rounds printed one under another (a request, its refusal, the next request): the latest
    // day is the current round's, whichever order they come in.
    const editable = had?.valueCell && isEditable(had.valueCell) && hit.valueCell && !isEditable(hit.valueCell);
    if (!had || editable || (blank(had) && !blank(hit)) || (ROUND_DAYS.has(field) && dayIn(hit) > dayIn(had))) fields.set(field, hit);
  }
  // The live deadline is the one in the row of that round's request day, else the first printed after it:
  // not an earlier round's, nor the send form's preview below it.
  const sent = fields.get('withdrawRequestedOn')?.cell;
  const deadlines = sent ? placed.filter((p) => p.field === 'responseDeadline' && !blank(p.hit)) : [];
  const deadline = deadlines.find((p) => p.hit.cell.parentElement === sent!.parentElement) ?? deadlines.find((p) => before(sent!, p.hit.cell));
  if (deadline) fields.set('responseDeadline', deadline.hit);
  return fields;
}

/**
 * A page may keep an earlier request's block beside the current one (a request the seller cancelled, then
 * a new one): the block with the latest request day is the current one, the others' withdraw fields are
 * not read (requestedOn is the latest request's day).
 */
function staleBlocks(placed: Array<{ hit: LabelHit; field: Field }>): Set<Element | null> {
  const sent = placed.filter((p) => p.field === 'withdrawRequestedOn' && p.hit.valueCell);
  const day = (p: (typeof sent)[number]) => findDate(cellValue(p.hit.valueCell!, isNote))?.day ?? '';
  const newest = sent.map(day).sort().at(-1) ?? '';
  // Only a block with a request day strictly older than the newest is an earlier one; a tie, or a block
  // with no day (a form not sent yet), decides nothing.
  const stale = new Set(sent.filter((p) => day(p) && day(p) < newest).map((p) => p.hit.cell.closest('table')));
  for (const p of sent) if (day(p) === newest) stale.delete(p.hit.cell.closest('table'));
  return stale;
}

/** A status label whose value is a claim's status (not an inquiry's "Answered", not an empty cell). */
const namesClaimStatus = (h: LabelHit) => h.field === 'status' && !!h.valueCell && !!readStatus(statusValue(h.valueCell));

/** The cart numbers the detail's cart-number labels print. */
function cartsOf(hits: readonly LabelHit[]): Set<string> {
  const carts = new Set<string>();
  for (const h of hits) {
    const cart = h.field === 'cartNo' && h.valueCell ? findNumber(numberValue(h.valueCell, isNote)) : undefined;
    if (cart) carts.add(cart);
  }
  return carts;
}

/** The language most labels were written in; ties go to QSM's default order (ja, zh, en, ko). */
function languageOf(hits: readonly LabelHit[]): QsmLanguage {
  const votes = new Map<QsmLanguage, number>();
  for (const hit of hits) for (const lang of hit.langs) votes.set(lang, (votes.get(lang) ?? 0) + 1 / hit.langs.length);
  return QSM_LANGUAGES.reduce((best, lang) => ((votes.get(lang) ?? 0) > (votes.get(best) ?? 0) ? lang : best), QSM_LANGUAGES[0]!);
}

/** When the status names only the withdraw state, the send button or a block heading may name the kind. */
function kindFromMarks(marks: Mark[]): Facts['kind'] {
  const kinds = new Set(marks.flatMap((m) => ('kind' in m && m.kind ? [m.kind] : [])));
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

/**
 * Everything one detail shows, even when it is not enough for a claim (`facts.kind` may be undefined).
 * `detailRoot` is one element from findDetailRoots, or a document holding one detail.
 */
export function readOrderDetailPartial(detailRoot: ParentNode): DetailFacts {
  try {
    return factsOf(detailRoot);
  } catch (error) {
    return { facts: {}, language: QSM_LANGUAGES[0]!, problems: [`reader-error:${error instanceof Error ? error.name : 'unknown'}`] };
  }
}

function factsOf(detailRoot: ParentNode): DetailFacts {
  const scan = scanLabels(detailRoot);
  // What a shown detail keeps hidden is not read: a page may render every withdraw state's panel and show
  // one. A detail hidden as a whole (a layer not opened yet), or a withdraw block folded away as a whole,
  // is read as it will show.
  const shown = (el: Element) => !isHiddenWithin(el, detailRoot);
  const visible = kept(scan.hits, (h) => shown(h.cell));
  const whole = !visible.some((h) => h.field === 'status') || !visible.some((h) => WITHDRAW_FIELDS.includes(h.field));
  const hits = whole ? scan.hits : visible;
  const marks = [...scan.headings, ...scanMarks(detailRoot)].filter((m) => whole || shown(m.el));
  // How the detail writes a year-last slash date, told by its own date fields (not a buyer's message).
  const dated = hits.flatMap((h) => (DATE_FIELDS.has(h.field) && h.valueCell ? [h.valueCell.textContent ?? ''] : []));
  return withSlashOrderOf(dated.join(' '), () => factsFrom(detailRoot, scan, hits, marks, whole, shown));
}

function factsFrom(detailRoot: ParentNode, scan: LabelScan, hits: readonly LabelHit[], all: MarkHit[], whole: boolean, shown: (el: Element) => boolean): DetailFacts {
  // Another claim's buttons and headings (an earlier claim's box with its cancel button) are not this
  // one's, where this claim shows a withdraw button of its own: else a button beside the other's box may
  // be this claim's, and leaving it out could read a request out as nothing sent. Asked here, under the
  // detail's way of reading slash dates, as the rest of the reading asks otherClaims.
  const others = otherClaims(hits);
  const own = all.filter((m) => !inOtherClaim(others, m.el));
  const marks = own.some((m) => ['send', 'cancel', 'reRequest'].includes(m.mark.type)) ? own : all;
  const cells = fieldCells(hits, marks);
  const read = (field: Field) => {
    const cell = cells.get(field);
    if (!cell) return undefined;
    if (!cell.valueCell) return '';
    if (NUMBER_FIELDS.has(field)) return numberValue(cell.valueCell, isNote);
    if (field === 'status') return statusValue(cell.valueCell);
    // A label naming another zone ("要求日 (北京时间)") moves its value's time to Japan's day.
    return notedInZone(cellValue(cell.valueCell, isNote), ZONED_FIELDS.has(field) ? cell.zone : undefined);
  };
  const facts: Facts = {};
  const problems: string[] = [];
  for (const field of ['orderNo', 'cartNo', 'orderCountry', 'itemCode', 'shippedOn', 'carrier', 'trackingNo', 'claimedOn', 'claimKind'] as const) {
    putFact(facts, field, read(field) ?? '', problems);
  }
  if (!cells.has('orderNo')) problems.push('missing:orderNo');
  // Two cart numbers each with its own status: two claims on one page. A verdict for one would be read
  // from the other's withdraw block as well; none is guessed.
  // The order's newer claim printed after the one read first: which is the current one is not guessed.
  if ((cartsOf(hits).size > 1 && hits.filter(namesClaimStatus).length > 1) || others.newer) {
    return { facts: { orderNo: facts.orderNo }, language: languageOf(hits), problems: [...problems, 'two-claims'] };
  }
  // Only a claim type printed beside the status is this claim's: one in another table may be an earlier claim's.
  const typeBeside = cells.get('claimKind')?.cell.closest('table') === cells.get('status')?.cell.closest('table');
  const markedKind = kindFromMarks(marks.map((m) => m.mark));
  const besideKind = (typeBeside && facts.kindNamed) || markedKind;
  const status = cells.has('status') ? putStatus(facts, read('status') ?? '', problems, besideKind) : (problems.push('missing:status'), undefined);
  // A claim-type label naming another kind than the status: one of the two is wrong, none is guessed.
  const kindsDisagree = !!status?.kind && !!facts.kindNamed && facts.kindNamed !== facts.kind && typeBeside;
  delete facts.kindNamed;
  if (kindsDisagree) return { facts: { orderNo: facts.orderNo }, language: languageOf(hits), problems: [...problems, 'kinds-disagree'] };
  if (status && !facts.kind) {
    facts.kind = markedKind;
    if (!facts.kind) problems.push('kind-unknown');
  }
  // A withdraw block laid out as a list (its labels heading columns) cannot be read. Where it could change
  // the verdict (a request the status says nothing more of), guessing "not sent" could invite a request
  // the buyer already refused, so nothing of the detail is judged.
  const decided = cells.has('withdrawSelect') || cells.has('withdrawRequestedOn') || cells.has('withdrawHeldOn');
  const open = facts.stage === 'requested' && facts.kind !== 'nonReceipt' && !facts.withdraw;
  if (open && !decided && scan.lists.some((row) => whole || shown(row))) {
    return { facts: { orderNo: facts.orderNo }, language: languageOf(hits), problems: [...problems, 'withdraw-block-as-list'] };
  }
  const select = cells.get('withdrawSelect')?.valueCell;
  // A link cannot carry `disabled`: its class says it ("btn disabled").
  const pressable = (el: Element) => !el.closest('[disabled], .disabled, [aria-disabled=true]');
  const sendOpen = marks.some((m) => m.mark.type === 'send' && pressable(m.el));
  const choosing = !!select && isEditable(select) && sendOpen;
  // A cancel button that cannot be pressed cancels nothing: ASP.NET renders every button, disabling those
  // that do not apply.
  const withdraw = readWithdraw(read, marks.flatMap((m) => (m.mark.type !== 'cancel' || pressable(m.el) ? [m.mark] : [])), problems, choosing, sendOpen);
  // A withdraw block the reader cannot read (a translated page's words) tells nothing: not judged either.
  if (open && problems.includes('withdraw-block-unreadable')) return { facts: { orderNo: facts.orderNo }, language: languageOf(hits), problems };
  // A withdraw day printed in a form the reader does not know ("11/20(金)", no year) leaves the state
  // open: "nothing sent" could invite a request the buyer refused days ago.
  // Only where the withdraw state decides: at the request stage of a cancel, return or exchange.
  const undated = problems.find((p) => /^(unreadable|invalid-date):withdraw(RequestedOn|HeldOn)$/.test(p));
  if (undated && facts.stage === 'requested' && facts.kind !== 'nonReceipt') return { facts: { orderNo: facts.orderNo }, language: languageOf(hits), problems: [...problems, 'withdraw-day-unreadable'] };
  // Back to "not sent" beside a list of earlier requests: a refusal the list shows may still hold a cooldown.
  const refused = withdraw?.state === 'none' ? latestListedRefusal(scan.lists.filter((row) => whole || shown(row)), facts.orderNo) : undefined;
  if (withdraw && refused) withdraw.heldOn = refused;
  // The block decides; a status naming the withdraw state only stands in when the block tells nothing more.
  if (withdraw && (withdraw.state !== 'none' || !facts.withdraw)) facts.withdraw = withdraw;
  else if (withdraw && facts.withdraw) problems.push('withdraw-status-disagrees');
  return { facts, language: languageOf(hits), problems };
}

/**
 * Why a page gave no claim, as a code; readOrderDetail (orderDetail.ts) writes each out for its `detail`.
 * The overlay reads no `detail`, and every QSM page loads it: the words stay out of its code (30 KB).
 */
export type NoClaim =
  | { why: 'login' | 'list' | 'no-labels' | 'other-status' }
  | { why: 'several'; count: number }
  | { why: 'unknown-labels'; root: ParentNode }
  | { why: 'unreadable'; root: ParentNode; problems: readonly string[] }
  | { why: 'error'; error: unknown };
export type ExplainNoClaim = (noClaim: NoClaim) => string;
const NOT_A_CLAIM: ReadonlySet<NoClaim['why']> = /* @__PURE__ */ new Set(['login', 'list', 'no-labels', 'other-status']);

/**
 * An order number beside the status of an inquiry ("Status: Answered" on a ticket to Qoo10 about a
 * claim), with no other claim label, button or heading: a page about something else, not a claim detail
 * that cannot be read.
 */
function statusOfSomethingElse(detailRoot: ParentNode): boolean {
  const { hits, headings } = scanLabels(detailRoot);
  const markers = hits.filter((h) => CLAIM_MARKER_FIELDS.includes(h.field) || h.field === 'reason');
  if (!markers.length || markers.some((h) => h.field !== 'status' || !h.valueCell)) return false;
  if (headings.length || scanMarks(detailRoot).length) return false;
  return markers.every((h) => isOtherStatus(cellValue(h.valueCell!, isNote)));
}

/**
 * readOrderDetail (orderDetail.ts), with the answer to "does a page with no detail found look like one?"
 * passed in: the content script asks it of the views module (claimLike.ts is not loaded on every page).
 */
export function readDetail(root: ParentNode, looksLikeClaimDetail: (root: ParentNode) => boolean, explain: ExplainNoClaim = () => ''): DetailRead {
  const no = (noClaim: NoClaim): DetailRead => ({ ok: false, reason: NOT_A_CLAIM.has(noClaim.why) ? 'not-a-claim-page' : 'unrecognized-layout', detail: explain(noClaim) });
  try {
    if (isLoginDocument(root)) return no({ why: 'login' });
    // A page may keep a hidden layer for another order (a template, a layer closed) before the one shown.
    const roots = findDetailRoots(root);
    let shown = roots.filter((r) => !isHiddenWithin(detailMarker(r), root));
    // Beside a claim, another order's card that is no claim (an inquiry: "Status: Answered") is no second detail.
    if (shown.length > 1) shown = shown.filter((r) => { const read = readDetail(r, looksLikeClaimDetail); return read.ok || read.reason !== 'not-a-claim-page'; });
    // Several orders' details shown at once (a cart's claimed orders): the page is not one claim, and
    // which of them the caller means is not guessed. Each detail reads on its own (the overlay reads each).
    if (shown.length > 1) return no({ why: 'several', count: shown.length });
    const detailRoot = shown[0] ?? roots[0];
    if (!detailRoot) {
      if (hasClaimGrid(root)) return no({ why: 'list' });
      if (looksLikeClaimDetail(root)) return no({ why: 'unknown-labels', root });
      return no({ why: 'no-labels' });
    }
    const { facts, language, problems } = readOrderDetailPartial(detailRoot);
    const claim = toClaim(facts);
    if (!claim && statusOfSomethingElse(detailRoot)) return no({ why: 'other-status' });
    if (!claim) return no({ why: 'unreadable', root: detailRoot, problems });
    return { ok: true, claim, language };
  } catch (error) {
    return no({ why: 'error', error });
  }
}
