/**
 * The event log's first half (issue #3): QSM never shows when the seller cancelled its own withdraw
 * request, yet the 5-day cooldown runs from that day. So when the seller presses one of QSM's withdraw
 * buttons we note it; the next reading of the page confirms it (lib/history mergeReading) or drops it.
 * We only listen: no preventDefault, no stopPropagation, QSM's own handlers run as always.
 */
import { sendPress, type WithdrawAction } from '../../lib/history';
import { findDetailRoots, markOf, readOrderDetailPartial } from '../../lib/qsm';

const ACTION_OF_MARK = { send: 'send', cancel: 'cancel', reRequest: 'resend' } as const;

function pressedAction(target: Element): { action: WithdrawAction; button: Element } | undefined {
  const button = target.closest('button, input[type=button], input[type=submit], a, [role=button]');
  if (!button) return undefined;
  const text = button instanceof HTMLInputElement ? button.value : (button.textContent ?? '');
  const mark = markOf(text);
  const action = mark && mark.type in ACTION_OF_MARK ? ACTION_OF_MARK[mark.type as keyof typeof ACTION_OF_MARK] : undefined;
  return action && { action, button };
}

async function record(doc: Document, button: Element, action: WithdrawAction, at: number) {
  const root = findDetailRoots(doc).find((r) => r.contains(button));
  const orderNo = root && readOrderDetailPartial(root).facts.orderNo;
  // Sent at once, noted by the background: QSM's post-back may unload the page right after the press.
  if (orderNo) await sendPress(orderNo, action, at);
}

export function watchWithdrawButtons(doc: Document, signal: AbortSignal): void {
  doc.addEventListener(
    'click',
    (event) => {
      try {
        const target = event.composedPath()[0];
        if (!(target instanceof Element)) return;
        const pressed = pressedAction(target);
        if (pressed) void record(doc, pressed.button, pressed.action, Date.now()).catch(() => undefined);
      } catch {
        // Never into QSM's page.
      }
    },
    { capture: true, passive: true, signal },
  );
}
