/**
 * Folding a fresh page reading into what is known of the order (domain.md §8: a grid row shows less
 * than a detail, so the fuller, newer reading wins), and the event log of issue #3: QSM never shows
 * when the seller cancelled its own request, yet the 5-day cooldown runs from that day.
 */
import type { OrderClaim } from '../qsm';
import type { WithdrawInfo } from '../rules';
import { jstDay } from '../time';
import { RECORD_VERSION, type ClaimRecord, type WithdrawAction } from './types';

/** A pressed button that no reading confirms within this time is forgotten (the seller pressed Cancel on QSM's confirm box). */
export const PENDING_ACTION_TTL_MS = 30 * 60 * 1000;

const ORDER_FACTS = ['cartNo', 'itemCode', 'orderCountry', 'shippedOn', 'carrier', 'trackingNo', 'claimedOn'] as const;

/** Does the withdraw block now read as the pressed button would leave it? */
function confirms(action: WithdrawAction, before: WithdrawInfo | undefined, after: WithdrawInfo | undefined): boolean {
  if (action === 'cancel') return before?.state === 'requested' && after?.state !== 'requested';
  if (after?.state !== 'requested') return false;
  return before?.state !== 'requested' || (!!after.requestedOn && after.requestedOn !== before.requestedOn);
}

function mergeWithdraw(known: WithdrawInfo | undefined, read: WithdrawInfo | undefined, fromDetail: boolean): WithdrawInfo | undefined {
  if (fromDetail) return read;
  if (!read) return known; // a grid status naming only the claim says nothing of the withdraw block
  if (!known || known.state !== read.state) return read;
  return { ...known, ...Object.fromEntries(Object.entries(read).filter(([, v]) => v !== undefined)) } as WithdrawInfo;
}

export function mergeReading(known: ClaimRecord | undefined, read: OrderClaim, source: 'detail' | 'grid', now: number): ClaimRecord {
  const fromDetail = source === 'detail';
  const record: ClaimRecord = {
    v: RECORD_VERSION,
    ...known,
    orderNo: read.orderNo,
    kind: read.kind,
    stage: read.stage,
    withdraw: mergeWithdraw(known?.withdraw, read.withdraw, fromDetail),
    events: known?.events ?? [],
    lastSeenAt: now,
    ...(fromDetail ? { detailSeenAt: now } : {}),
  };
  ORDER_FACTS.forEach((key) => read[key] !== undefined && (record[key] = read[key] as never));

  const pending = known?.pending;
  if (pending) {
    delete record.pending;
    if (confirms(pending.action, known?.withdraw, record.withdraw)) {
      record.events = [...record.events, { action: pending.action, on: jstDay(new Date(pending.at)), at: pending.at }];
    } else if (now - pending.at < PENDING_ACTION_TTL_MS) {
      record.pending = pending; // QSM may still be posting back; wait for the next reading
    }
  }
  return record;
}

/** The seller pressed one of QSM's withdraw buttons; the next reading decides whether it happened. */
export function noteAction(known: ClaimRecord, action: WithdrawAction, now: number): ClaimRecord {
  return { ...known, pending: { action, at: now } };
}

const sameEvent = (a: { action: WithdrawAction; at: number }, b: { action: WithdrawAction; at: number }) => a.action === b.action && a.at === b.at;

/**
 * `record`, about to be written, with what another tab or frame wrote of the same order meanwhile
 * (`stored`): a record is written whole, and a reading that began before a withdraw button was pressed
 * or confirmed elsewhere (a detail's popup while the claim list behind it refreshes) must not write the
 * seller's action away; the cooldown runs from it.
 */
export function keepStoredActions(stored: ClaimRecord | undefined, record: ClaimRecord): ClaimRecord {
  if (!stored) return record;
  const events = [...record.events];
  stored.events.forEach((e) => events.some((x) => sameEvent(x, e)) || events.push(e));
  const pending = stored.pending;
  // A press this reading did not know of, and that no event confirms yet.
  const keepPending = !!pending && (record.pending?.at ?? 0) < pending.at && !events.some((e) => sameEvent(e, pending));
  if (events.length === record.events.length && !keepPending) return record;
  return { ...record, events: events.sort((a, b) => a.at - b.at), ...(keepPending && { pending }) };
}
