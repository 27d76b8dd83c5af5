/** Which catalog words name a claim's kind and stage (domain.md §2), for every page that lists claims. */
import type { ClaimKind, ClaimStage } from '../rules/types';
import type { MessageKey } from './messages/types';

const KIND_KEY: Record<ClaimKind, MessageKey> = {
  cancel: 'popup.kind.cancel',
  return: 'popup.kind.return',
  exchange: 'popup.kind.exchange',
  nonReceipt: 'popup.kind.nonReceipt',
};

/** The stages each kind goes through in QSM, in order. */
export const STAGES_OF: Record<ClaimKind, readonly ClaimStage[]> = {
  cancel: ['requested', 'inProgress', 'completed'],
  return: ['requested', 'inProgress', 'onHold', 'received', 'completed'],
  exchange: ['requested', 'inProgress', 'completed'],
  nonReceipt: ['requested', 'inProgress', 'completed'],
};

const STAGE_KEY: Record<ClaimKind, Partial<Record<ClaimStage, MessageKey>>> = {
  cancel: { requested: 'popup.stage.cancel.requested', inProgress: 'popup.stage.cancel.inProgress', completed: 'popup.stage.cancel.completed' },
  return: {
    requested: 'popup.stage.return.requested',
    inProgress: 'popup.stage.return.inProgress',
    onHold: 'popup.stage.return.onHold',
    received: 'popup.stage.return.received',
    completed: 'popup.stage.return.completed',
  },
  exchange: { requested: 'popup.stage.exchange.requested', inProgress: 'popup.stage.exchange.inProgress', completed: 'popup.stage.exchange.completed' },
  nonReceipt: {
    requested: 'popup.stage.nonReceipt.requested',
    inProgress: 'popup.stage.nonReceipt.inProgress',
    completed: 'popup.stage.nonReceipt.completed',
  },
};

export function kindKey(kind: ClaimKind): MessageKey {
  return Object.hasOwn(KIND_KEY, kind) ? KIND_KEY[kind] : 'badge.unknown';
}

/** A stage in the kind's own words; on hold / received of a kind without them read as its "in progress". */
export function stageKey(kind: ClaimKind, stage: ClaimStage): MessageKey {
  if (!Object.hasOwn(STAGE_KEY, kind)) return 'badge.unknown';
  const words = STAGE_KEY[kind];
  return words[stage] ?? (stage === 'onHold' || stage === 'received' ? words.inProgress : undefined) ?? 'badge.unknown';
}
