/**
 * Folding a fresh page reading into what is known of the order (domain.md §8: a grid row shows less
 * than a detail, so the fuller, newer reading wins), and the event log of issue #3: QSM never shows
 * when the seller cancelled its own request, yet the 5-day cooldown runs from that day.
 */
import type { OrderClaim } from '../qsm';
import type { WithdrawInfo } from '../rules';
import { jstDay } from '../time';
import { RECORD_VERSION, type ClaimEvent, type ClaimRecord, type WithdrawAction } from './types';

/** A pressed button that no reading able to tell confirms within this time is forgotten (the seller pressed Cancel on QSM's confirm box). */
export const PENDING_ACTION_TTL_MS = 30 * 60 * 1000;

export const ORDER_FACTS = ['cartNo', 'itemCode', 'orderCountry', 'shippedOn', 'carrier', 'trackingNo', 'claimedOn'] as const;

type Press = { action: WithdrawAction; at: number };
const sameEvent = (a: Press, b: Press) => a.action === b.action && a.at === b.at;
/** A press a reading confirmed, on its JST day. */
const eventOf = (press: Press): ClaimEvent => ({ action: press.action, on: jstDay(new Date(press.at)), at: press.at });

/** Does the withdraw block now read as the pressed button would leave it? */
function confirms(action: WithdrawAction, before: WithdrawInfo | undefined, after: WithdrawInfo | undefined): boolean {
  if (action === 'cancel') return before?.state === 'requested' && after?.state !== 'requested';
  if (after?.state !== 'requested') return false;
  return before?.state !== 'requested' || (!!after.requestedOn && after.requestedOn !== before.requestedOn);
}

function mergeWithdraw(known: WithdrawInfo | undefined, read: WithdrawInfo | undefined, fromDetail: boolean): WithdrawInfo | undefined {
  if (fromDetail) return read;
  if (!read) return known; // a grid status naming only the claim says nothing of the withdraw block
  // A grid row tells a new request without its day: the refusal known before it stays, so a request the
  // seller sent before that refusal is not taken for this one (snapshotOf).
  if (!known || known.state !== read.state) return read.state === 'requested' && known?.heldOn ? { heldOn: known.heldOn, ...read } : read;
  // A day the row prints that is not the known one is another round (a request sent again from another
  // computer, a new refusal): none of the known round's days is this one's.
  if ((['requestedOn', 'heldOn', 'deadlineShown'] as const).some((k) => read[k] && read[k] !== known[k])) return read;
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
    ...(fromDetail && { detailSeenAt: now }),
    ...((fromDetail || read.withdraw) && { withdrawSeenAt: now }),
  };
  ORDER_FACTS.forEach((key) => read[key] !== undefined && (record[key] = read[key] as never));

  const pending = known?.pending;
  if (pending) {
    delete record.pending;
    const waiting = now - pending.at < PENDING_ACTION_TTL_MS;
    // A send outlives QSM's post-back for the rest of its JST day (the list behind QSM's closed popup is
    // refreshed later): a request first seen on a later day was sent some other way (from another computer),
    // not by the press whose confirm box the seller dismissed; its day is not the press's. A cancel waits on.
    const live = waiting || pending.action === 'cancel' || eventOf(pending).on === jstDay(new Date(now));
    if (live && confirms(pending.action, known?.withdraw, record.withdraw)) {
      // Once: another tab may have confirmed it already (keepStoredActions).
      if (!record.events.some((e) => sameEvent(e, pending))) record.events = [...record.events, eventOf(pending)];
    } else if (waiting || (live && !(fromDetail || read.withdraw))) {
      // QSM may still be posting back; or this reading cannot tell (a list row naming the claim alone, read
      // after QSM closed the detail's popup on a cancel): wait for one that can, the detail's.
      record.pending = pending;
    }
  }
  return record;
}

/**
 * `record`, a claim list's reading about to be written, with a detail's reading written meanwhile that the
 * list's scan did not know of (it read the store before the detail's write landed): folded in as if the
 * list had read it first, so the detail's fuller facts (its request day) are not written away (§8: the
 * fuller, newer reading wins). A detail read after the list's row is newer as well, and wins whole.
 */
export function withStoredDetail(stored: ClaimRecord, record: ClaimRecord): ClaimRecord {
  const fromDetail = record.detailSeenAt === record.lastSeenAt;
  if (fromDetail || !stored.detailSeenAt || stored.detailSeenAt <= (record.detailSeenAt ?? 0)) return record;
  const detailIsNewer = stored.detailSeenAt > record.lastSeenAt;
  // The list's withdraw state is newer than the detail's only if its row named it: a row naming the claim
  // alone carries on what the list knew before the detail (withdrawSeenAt says when that was read).
  const rowIsNewer = (record.withdrawSeenAt ?? 0) >= stored.detailSeenAt;
  const merged: ClaimRecord = {
    ...record,
    detailSeenAt: stored.detailSeenAt,
    withdraw: rowIsNewer ? mergeWithdraw(stored.withdraw, record.withdraw, false) : stored.withdraw,
  };
  if (detailIsNewer) Object.assign(merged, { kind: stored.kind, stage: stored.stage, lastSeenAt: stored.lastSeenAt });
  if (!merged.withdraw) delete merged.withdraw;
  // The detail's facts fill what the list's row leaves out, and are the newer ones when it was read later.
  ORDER_FACTS.forEach((key) => stored[key] !== undefined && (detailIsNewer || merged[key] === undefined) && (merged[key] = stored[key] as never));
  return merged;
}

/** The seller pressed one of QSM's withdraw buttons; the next reading decides whether it happened. */
export function noteAction(known: ClaimRecord, action: WithdrawAction, now: number): ClaimRecord {
  return { ...known, pending: { action, at: now } };
}

/**
 * `record`, about to be written at `now`, with what another tab or frame wrote of the same order meanwhile
 * (`stored`): a record is written whole, and a reading that began before a withdraw button was pressed
 * or confirmed elsewhere (a detail's popup while the claim list behind it refreshes) must not write the
 * seller's action away; the cooldown runs from it.
 */
export function keepStoredActions(stored: Pick<ClaimRecord, 'events' | 'pending' | 'withdraw'> | undefined, record: ClaimRecord, now: number): ClaimRecord {
  if (!stored) return record;
  const events = [...record.events];
  const add = (e: ClaimEvent) => events.some((x) => sameEvent(x, e)) || events.push(e);
  stored.events.forEach(add);
  // A press of this record's that an event elsewhere confirmed is no longer waiting.
  let pending = record.pending && !events.some((e) => sameEvent(e, record.pending!)) ? record.pending : undefined;
  const theirs = stored.pending;
  // A press made since this reading began, not forgotten yet (mergeReading's time limit) nor confirmed.
  if (theirs && (pending?.at ?? 0) < theirs.at && now - theirs.at < PENDING_ACTION_TTL_MS && !events.some((e) => sameEvent(e, theirs))) {
    // This reading may be the one that shows it went through (the list refreshed after the press).
    if (confirms(theirs.action, stored.withdraw, record.withdraw)) add(eventOf(theirs));
    else pending = theirs;
  }
  if (events.length === record.events.length && pending === record.pending) return record;
  const kept: ClaimRecord = { ...record, events: events.sort((a, b) => a.at - b.at) };
  if (pending) kept.pending = pending;
  else delete kept.pending;
  return kept;
}
