/**
 * Every stored record passes through here on its way in, so a seller's history survives every update,
 * and a damaged one (disk corruption, an older version's bug, a hand-edited import) harms itself alone.
 * Add a step per version: `if (raw.v === 1) Object.assign(raw, { v: 2, … })`.
 */
import { CLAIM_KINDS, CLAIM_STAGES, WITHDRAW_STATES } from '../rules/policy';
import { isIsoDay } from '../time';
import { ORDER_FACTS } from './merge';
import { RECORD_VERSION, WITHDRAW_ACTIONS, type ClaimRecord } from './types';

// Any: what storage gives is checked field by field here.
type Raw = Record<string, any>;

/**
 * An instant a Date holds as it is: a JST day is made of it, and NaN, 1e20 or text would throw there. A
 * number first: a Date made of {"toString":1} throws, and one such field would cost the record's presses.
 */
const isInstant = (ms: unknown) => typeof ms === 'number' && +new Date(ms) === ms;
/** A press as merge.ts reads it: one of QSM's buttons, and when. */
const isPress = (p: Raw | null | undefined) => WITHDRAW_ACTIONS.includes(p?.action) && isInstant(p!.at);

function isRecordShape(raw: Raw): boolean {
  return (
    typeof raw.orderNo === 'string' &&
    /^\d+$/.test(raw.orderNo) &&
    CLAIM_KINDS.includes(raw.kind) &&
    CLAIM_STAGES.includes(raw.stage) &&
    isInstant(raw.lastSeenAt) &&
    // The verdict is about the withdraw block: one of no known state tells nothing sound of the order,
    // whose next reading on QSM writes it afresh.
    (raw.withdraw == null || WITHDRAW_STATES.includes(raw.withdraw.state))
  );
}

/** The withdraw block's days. */
const WITHDRAW_DAYS = ['requestedOn', 'heldOn', 'cancelledOn', 'deadlineShown'] as const;

/**
 * A damaged part of a sound record is left out, and the rest still judged: an event or a press not
 * fully readable (the cooldown it tells would be a guess), an order fact that is not text (a cart
 * number that is not text would break the popup's search), a detail's sighting that is no time.
 */
function leaveOutDamage(raw: Raw): void {
  raw.events = ([] as Raw[]).concat(raw.events).filter((e) => isPress(e) && isIsoDay(e.on));
  if (!isPress(raw.pending)) delete raw.pending;
  // Not a time: the record is as if no detail was ever read (merge.ts compares it with a newer reading's).
  isInstant(raw.detailSeenAt) || delete raw.detailSeenAt;
  isInstant(raw.withdrawSeenAt) || delete raw.withdrawSeenAt;
  ORDER_FACTS.forEach((key) => typeof raw[key] === 'string' || delete raw[key]);
  // A withdraw day written as text that is no day is the rules' to judge: the verdict "unknown", never a
  // guess (lib/rules/validate.ts). One not even text ({"toString":1}) would throw wherever days are
  // compared (snapshot.ts, the rules, the popup): it is left out, as if the page had not printed it. The
  // rules then find a held or cancelled request's day missing ("unknown"), or take a request's day from
  // the seller's own press.
  if (raw.withdraw == null) delete raw.withdraw;
  else {
    const withdraw = (raw.withdraw = { ...raw.withdraw });
    WITHDRAW_DAYS.forEach((key) => typeof withdraw[key] === 'string' || delete withdraw[key]);
  }
}

/** The current shape of a stored record, or undefined for anything unreadable (it is then ignored, never trusted). */
export function migrateRecord(stored: unknown): ClaimRecord | undefined {
  // Should a stored value still defeat a check (the checks coerce nothing, but storage holds whatever an
  // import or an older build put there), it is as unreadable as any other: ignored, never thrown into the
  // page's scan, the popup or the reminders.
  try {
    // Nothing that is not an object of a record's fields spreads into one (null, text, a list).
    const raw: Raw = { ...(stored as object) };
    // v0: the pre-release shape had no version, nor an event list (leaveOutDamage gives it an empty one).
    raw.v ??= 1;
    if (raw.v !== RECORD_VERSION || !isRecordShape(raw)) return undefined;
    leaveOutDamage(raw);
    return raw as ClaimRecord;
  } catch {
    return undefined;
  }
}

/**
 * The seller's presses in a stored record too damaged to be read (its last sighting or its withdraw
 * state): the order's next reading writes the record afresh (storage.ts), and the cooldowns run from
 * these presses, which QSM never shows again. Only those fully readable, as for a sound record.
 */
export function pressesOf(stored: unknown): Pick<ClaimRecord, 'events' | 'pending'> | undefined {
  try {
    const raw: Raw = { ...(stored as object) };
    if (raw.events == null && raw.pending == null) return undefined;
    leaveOutDamage(raw);
    return { events: raw.events, ...(raw.pending && { pending: raw.pending }) };
  } catch {
    // As migrateRecord: a value that defeats a check. The write replaces the record whole.
    return undefined;
  }
}
