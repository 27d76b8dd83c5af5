/**
 * The message helper (issue #4 §3): beside each QSM message box, ready messages from the background
 * (templates and the personal-data guard live there, not in this script), put into QSM's box the way
 * typing would (QSM's own scripts hear input and change), never past the box's maxlength. Part of the
 * views module (panels.ts), loaded only on a page holding a textarea: not what every QSM page loads.
 */
import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import { MemoHelper, type MemoChoice } from '../../components/MemoHelper';
import { drawMemoOpener } from '../../components/memoOpener';
import type { ClaimRecord } from '../../lib/history';
import { snapshotOf } from '../../lib/history/snapshot';
import type { UiLanguage } from '../../lib/i18n';
import type { MemoFacts, MemoPreview, MemoPreviewRequest } from '../../lib/memos/preview';
import type { OrderClaim } from '../../lib/qsm';
import { fillMessageBox, findMessageBoxes, type MessageBox } from '../../lib/qsm/messageBoxes';
import { memoDeadline } from '../../lib/memos/deadline';
import { currentWithdrawState, evaluateWithdraw, type WithdrawVerdict } from '../../lib/rules';
import type { BadgeView, Draw, Placement } from './badges';
import { MEMO_TAG } from './tags';

/** What the message may say of this order: the claim's facts, its verdict and the deadline that applies. */
export function memoFacts(claim: Partial<OrderClaim>, verdict: WithdrawVerdict, now: number): MemoFacts {
  return {
    orderNo: claim.orderNo,
    itemCode: claim.itemCode,
    carrier: claim.carrier,
    trackingNo: claim.trackingNo,
    shippedOn: claim.shippedOn,
    orderCountry: claim.orderCountry,
    kind: claim.kind,
    // As the rules read it: a page still showing a request the buyer refused is showing a refusal.
    withdrawState: claim.withdraw && currentWithdrawState(claim.withdraw),
    verdictState: verdict.state,
    verdictReason: verdict.reason,
    deadline: memoDeadline(verdict, now),
  };
}

async function requestPreview(facts: MemoFacts, choice: MemoChoice): Promise<MemoPreview | null> {
  const request: MemoPreviewRequest = { type: 'qwa:memo-preview', facts, ...choice };
  const answer: unknown = await browser.runtime.sendMessage(request);
  return answer && typeof answer === 'object' && 'body' in answer ? (answer as MemoPreview) : null;
}

/** The helpers' roots MemoHelper draws: each one the seller has opened. */
const opened = new WeakSet<HTMLElement>();

export function memoDraw(box: MessageBox, facts: MemoFacts, lang: UiLanguage): Draw {
  const props = {
    lang,
    maxLength: box.textarea.maxLength >= 0 ? box.textarea.maxLength : undefined,
    request: (choice: MemoChoice) => requestPreview(facts, choice),
    onCopy: async (text: string) => {
      await navigator.clipboard.writeText(text);
      return true;
    },
    onInsert: (preview: MemoPreview) => fillMessageBox(box, preview),
  };
  // Nothing is drawn into a root that left the page meanwhile, and a helper that cannot be drawn is left
  // out: never an error in the way of the other badges.
  const safely = (draw: () => void) => {
    try {
      draw();
    } catch {
      // QSM's page stays as it was.
    }
  };
  // Keyed by the order: the same root may be painted for another order (QSM's memo form reused for the
  // next one), and shipment facts typed for one order must not end up in a message about another.
  const helper = (root: HTMLElement, initiallyOpen?: boolean) => render(h(MemoHelper, { key: facts.orderNo, ...props, initiallyOpen }), root);
  // Closed, the button is drawn without Preact (components/memoOpener.ts) until the seller first opens it.
  const view: BadgeView = {
    paint: (root) =>
      safely(() => {
        if (!root.isConnected) return;
        if (opened.has(root)) return helper(root);
        drawMemoOpener(root, lang, () =>
          safely(() => {
            opened.add(root);
            root.replaceChildren();
            helper(root, true);
          }),
        );
      }),
    clear: (root) =>
      safely(() => {
        if (opened.delete(root)) render(null, root);
        else root.replaceChildren();
      }),
  };
  return () => ({ attrs: { 'data-qwa-memo': box.kind, 'data-qwa-order': facts.orderNo }, view, live: false });
}

/** A detail the overlay found, with what it read there and its verdict at the scan's time (none when it could not be read). */
export interface ReadDetail {
  root: Element;
  claim?: OrderClaim;
  verdict?: WithdrawVerdict;
}

/** Where the overlay puts a message helper, and how it is drawn. */
export interface MemoFind {
  anchor: Element;
  placement: Placement;
  tag: string;
  draw: Draw;
  key: string;
}

/**
 * A message helper beside each of the document's message boxes: facts from its detail, or from what is
 * known of the order a memo form names (`known`, completed by `loadRecords` for orders not read yet).
 */
export async function memoFinds(
  doc: Document,
  details: readonly ReadDetail[],
  known: Map<string, ClaimRecord>,
  loadRecords: (orderNos: string[]) => Promise<Map<string, ClaimRecord>>,
  now: number,
  lang: UiLanguage,
): Promise<MemoFind[]> {
  // Boxes inside the claim details the overlay read are found from those details' labels alone: a detail
  // in a layer over the claim list need not have the whole list's page scanned again (this module's reader
  // runs cold). A box anywhere else (QSM's memo form) is found from the whole page's.
  const roots = details.map((d) => d.root);
  const inDetails = Array.from(doc.querySelectorAll('textarea')).every((box) => roots.some((root) => root.contains(box)));
  const boxes = inDetails
    ? roots.flatMap((root) => findMessageBoxes(root)).filter((box, i, all) => all.findIndex((b) => b.textarea === box.textarea) === i)
    : findMessageBoxes(doc);
  const named = boxes.flatMap((box) => (box.orderNo && !known.has(box.orderNo) ? [box.orderNo] : []));
  for (const [orderNo, record] of named.length ? await loadRecords(named) : []) known.set(orderNo, record);
  const finds: MemoFind[] = [];
  for (const box of boxes) {
    const detail = details.find((d) => d.root.contains(box.cell));
    const record = box.orderNo ? known.get(box.orderNo) : undefined;
    // The facts of the detail holding the box; else of the order its memo form names, judged by the rules
    // as its badge and the popup's card are: a request already out has its own deadline, not today's + 6.
    const facts = detail?.claim && detail.verdict
      ? memoFacts(detail.claim, detail.verdict, now)
      : record
        ? memoFacts(record, evaluateWithdraw(snapshotOf(record), new Date(now)), now)
        : box.orderNo
          ? { orderNo: box.orderNo, ...(box.itemCode ? { itemCode: box.itemCode } : {}) }
          : undefined;
    if (!facts) continue;
    finds.push({ anchor: box.cell, placement: 'inline', tag: MEMO_TAG, draw: memoDraw(box, facts, lang), key: `memo:${JSON.stringify(facts)}:${lang}` });
  }
  return finds;
}
