/**
 * Whether a page's words name a claim at all: a claim label in a table, or a claim wording (処理状態,
 * 撤回, Claim Status, 클레임 …) in its text, a button's value or an image's name. The cheap question asked
 * of a page where no detail and no grid was found, before looksLikeClaimDetail (claimLike.ts), which the
 * content script loads with its views: most QSM pages name no claim, and need neither.
 */
import { CLAIM_MARKER_FIELDS, LOOSE_CLAIM_WORDS } from './labels';
import { scanLabels } from './scan';
import { labelKey } from './text';

const CLAIM_KEYS = LOOSE_CLAIM_WORDS.map(labelKey);

export function mentionsClaim(root: ParentNode): boolean {
  // A claim label in a table ("Status" beside "Return Request"), from the reading's shared scan.
  if (scanLabels(root).hits.some((h) => CLAIM_MARKER_FIELDS.includes(h.field))) return true;
  const start = (root as Document).body ?? root;
  let text = start.textContent ?? '';
  for (const el of Array.from(start.querySelectorAll('input[value], input[alt], img[alt]'))) text += ` ${el.getAttribute('value') ?? ''} ${el.getAttribute('alt') ?? ''}`;
  const key = labelKey(text);
  return CLAIM_KEYS.some((word) => key.includes(word));
}
