/**
 * The message helper (issue #4 §3): beside each QSM message box, ready messages from the background
 * (templates and the personal-data guard live there, not in this script), put into QSM's box the way
 * typing would (QSM's own scripts hear input and change), never past the box's maxlength.
 */
import { browser } from 'wxt/browser';
import type { MemoChoice } from '../../components/MemoHelper';
import type { UiLanguage } from '../../lib/i18n';
import type { MemoFacts, MemoPreview, MemoPreviewRequest } from '../../lib/memos/preview';
import type { MessageBox, OrderClaim } from '../../lib/qsm';
import { POLICY, type WithdrawVerdict } from '../../lib/rules';
import { addJstDays, jstDay } from '../../lib/time';
import { panelView, type Draw } from './badges';

/** What the message may say of this order: the claim's facts and the deadline that applies. */
export function memoFacts(claim: Partial<OrderClaim>, verdict: WithdrawVerdict | undefined, now: number): MemoFacts {
  // Before a request is sent, the deadline to quote is the one a request sent today gets (day + 6).
  const deadline = verdict?.responseDeadline ?? addJstDays(jstDay(new Date(now)), POLICY.buyerWindowDays - 1);
  return {
    orderNo: claim.orderNo,
    itemCode: claim.itemCode,
    carrier: claim.carrier,
    trackingNo: claim.trackingNo,
    shippedOn: claim.shippedOn,
    orderCountry: claim.orderCountry,
    kind: claim.kind,
    withdrawState: claim.withdraw?.state,
    verdictState: verdict?.state,
    deadline,
  };
}

async function requestPreview(facts: MemoFacts, choice: MemoChoice): Promise<MemoPreview | null> {
  const request: MemoPreviewRequest = { type: 'qwa:memo-preview', facts, ...choice };
  const answer: unknown = await browser.runtime.sendMessage(request);
  return answer && typeof answer === 'object' && 'body' in answer ? (answer as MemoPreview) : null;
}

export function memoDraw(box: MessageBox, facts: MemoFacts, lang: UiLanguage): Draw {
  const props = {
    lang,
    maxLength: box.textarea.maxLength >= 0 ? box.textarea.maxLength : undefined,
    request: (choice: MemoChoice) => requestPreview(facts, choice),
    onCopy: async (text: string) => {
      await navigator.clipboard.writeText(text);
      return true;
    },
  };
  const view = panelView((p) => p.h(p.MemoHelper, { ...props, onInsert: (preview: MemoPreview) => void p.fillMessageBox(box, preview) }));
  return () => ({ attrs: { 'data-qwa-memo': box.kind, 'data-qwa-order': facts.orderNo }, view, live: false });
}
