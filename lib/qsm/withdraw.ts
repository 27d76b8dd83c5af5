/**
 * The withdraw block (撤回索赔信息) → WithdrawInfo (domain.md §8). Dates decide; buttons confirm:
 * - not sent: select N + send button 【退货的撤回要请】; a deadline beside the form is a PREVIEW of the
 *   deadline if sent today, never deadlineShown;
 * - pending: a request date (要请日) without a later hold date, or the select reads Y as the server
 *   rendered it (not in a select the seller can change beside a send button they can press: a send QSM
 *   refused keeps the seller's Y), or the cancel button 【取消撤回要请】;
 * - held: a hold date (保留日) not older than the request date; "客户回应期限(重新请求)" is again a preview.
 * The page never shows 'cancelled' (after 【取消撤回要请】 the block returns to "not sent"): only the
 * extension's own event log can know that.
 */
import type { WithdrawInfo } from '../rules';
import { POLICY } from '../rules/policy';
import { WITHDRAW_FIELDS, type Field, type Mark } from './labels';
import { addJstDays, printsDay } from '../time';
import { dateProblem, findDate, foldWidth, isNoValue } from './text';

export type FieldText = (field: Field) => string | undefined; // undefined: label absent; '': empty value

const YES = new Set(['y', 'yes', 'はい', '예', '是']);
const NOT_APPLICABLE = /^\s*(不适用|不適用|該当なし|対象外|n\/a|not applicable|해당\s*없음)\s*$/i;
const NONE = /^\s*(なし|無し|无|없음|none)\s*$/i;
const NO = new Set(['n', 'no', 'いいえ', '아니오', '아니요', '否']);

/** A date field read as a JST day, or a problem named when the page printed an impossible date. */
function dayOf(read: FieldText, field: Field, problems: string[]): string | undefined {
  const text = read(field);
  if (!text) return undefined;
  const date = findDate(text);
  // Nothing printed as a day ("-", "なし", "未要請(0回)"): no day yet, and no problem.
  if (!date && !printsDay(foldWidth(text))) return undefined;
  const problem = dateProblem(date);
  if (problem) problems.push(`${problem}:${field}`);
  return date?.day;
}

/**
 * Undefined when the page has no withdraw block at all (so the content script can keep what it knew;
 * {state:'none'} would claim knowledge the page did not give). `choosing`: the select is one the seller
 * can still change, beside a send button they can press: a Y there may be their own choice, re-rendered
 * after a send QSM refused.
 */
export function readWithdraw(read: FieldText, marks: Mark[], problems: string[], choosing = false, sendOpen = false): WithdrawInfo | undefined {
  const has = (type: Mark['type']) => marks.some((m) => m.type === type);
  const labelled = WITHDRAW_FIELDS.some((f) => read(f) !== undefined);
  const told = labelled || has('send') || has('cancel') || has('reRequest');
  // A block whose every field is empty or a dash, with no button (greyed out: "不适用" on a non-receipt)
  // says nothing of a request: no state, rather than "not sent".
  const says = (f: Field) => !isNoValue(read(f) ?? '') && !NOT_APPLICABLE.test(read(f)!);
  if (labelled && !has('send') && !has('cancel') && !has('reRequest') && !WITHDRAW_FIELDS.some(says)) return undefined;
  // A block's heading over nothing the reader knows (its labels and buttons in other words): the block is
  // there, but what it says is not known. "Nothing sent" would be a guess.
  if (!told && has('withdraw-heading')) problems.push('withdraw-block-unreadable');
  if (!told) return undefined;

  const requestedOn = dayOf(read, 'withdrawRequestedOn', problems);
  const heldOn = dayOf(read, 'withdrawHeldOn', problems);
  const selectedYes = YES.has((read('withdrawSelect') ?? '').toLowerCase());
  const dates = { ...(requestedOn && { requestedOn }), ...(heldOn && { heldOn }) };

  // A refusal shown without its hold date (reason + re-request button) is still a refusal: 'held' with
  // no heldOn makes the verdict "unknown", where reading it as pending would be wrong.
  const refusedUndated = !heldOn && !!read('refusalReason') && has('reRequest') && !has('cancel');
  // A request's day kept beside N, its deadline gone and no cancel button: the seller cancelled it (the
  // block is back to "not sent"; QSM shows no day of the cancel). A send button that can be pressed says
  // the 5-day cooldown is over; one that cannot says it runs, from a day only the event log knows.
  // Only a deadline printed as a dash ("-"): an empty cell may be filled by a script, a form not read
  // may be a live deadline. A refusal before the request (a re-request) does not end it.
  const printedDeadline = read('responseDeadline');
  const deadlineDay = printedDeadline && findDate(printedDeadline)?.day;
  // Cancelled too: a request's day kept beside the send form itself (N in a select the seller can change,
  // a send button they can press) with a deadline not that request's (§3.4: its day + 6), the form's preview.
  // (lib/rules' responseDeadlineOf, written out: imported here it cost 0.04 KB gzip on every QSM page.)
  const cancelled =
    !!requestedOn && !(heldOn && heldOn >= requestedOn) && NO.has((read('withdrawSelect') ?? '').toLowerCase()) && !has('cancel') &&
    !!printedDeadline &&
    (isNoValue(printedDeadline) || NONE.test(printedDeadline) || (choosing && !!deadlineDay && deadlineDay != addJstDays(requestedOn, POLICY.buyerWindowDays - 1)));
  let state: WithdrawInfo['state'];
  if (cancelled) state = sendOpen ? 'none' : 'cancelled';
  else if (heldOn && !(requestedOn && requestedOn > heldOn)) state = 'held'; // a later request date = sent again
  else if (refusedUndated) state = 'held';
  // Y in a select the seller can change, beside a send button they can press, no cancel button and no
  // day: their choice, re-rendered after a send QSM refused (a message left empty), not a request sent.
  // A dated deadline with no form to send (its Y/N or its button, beside which it is a preview) is a live
  // one: a request out whose day the page did not show, judged by that deadline (§3.10).
  else if (requestedOn || has('cancel') || (selectedYes && !choosing) || (deadlineDay && !has('send') && read('withdrawSelect') == null)) state = 'requested';
  else state = 'none';
  if (refusedUndated) problems.push('missing:withdrawHeldOn');

  // Buttons only confirm; when they disagree with the dates the dates win and the mismatch is named.
  if ((state === 'none' && has('cancel')) || (state === 'requested' && has('send') && !has('cancel')) || (state === 'held' && has('cancel'))) {
    problems.push('withdraw-buttons-disagree');
  }
  if (state !== 'requested') return { state, ...dates };

  // Only the live deadline label; the "(重新请求)" one is a preview and never read here.
  const printed = read('responseDeadline');
  const deadline = printed ? findDate(printed) : undefined;
  const problem = printed ? dateProblem(deadline) : undefined;
  if (problem) problems.push(`${problem}:responseDeadline`);
  return { state, ...dates, ...(deadline?.day && { deadlineShown: deadline.printed }) };
}
