/**
 * Reads the claim detail under root (domain.md §8): the first detail the seller sees; a page showing
 * several orders' details at once is 'unrecognized-layout'; a page that looks like a claim detail but
 * whose labels are not known says so ('unrecognized-layout'), any other page is 'not-a-claim-page'.
 */
import { looksLikeClaimDetail } from './claimLike';
import { readDetail, type NoClaim } from './detail';
import { wordsOf } from './labels';
import { scanLabels } from './scan';
import type { DetailRead } from './types';

/** Which known labels a claim-like page lacks, for the unrecognized-layout message (labels only, no values). */
function describeMissing(root: ParentNode): string {
  const found = new Set(scanLabels(root).hits.map((h) => h.field));
  const missing = (['orderNo', 'status', 'claimedOn'] as const).filter((f) => !found.has(f));
  const lookedFor = missing.map((f) => `${f} (${wordsOf(f).join(' / ')})`).join('; ');
  return `known labels found: ${[...found].join(', ') || 'none'}; not found: ${lookedFor || 'none'}`;
}

/** Why no claim was read, in words for whoever reports a page: labels and structure only, no values. */
function explain(noClaim: NoClaim): string {
  switch (noClaim.why) {
    case 'login': return 'QSM login page (signed out or session expired)';
    case 'list': return 'claim list page with no claim detail open';
    case 'no-labels': return 'no claim detail labels on this page';
    case 'other-status': return 'an order number beside a status that names no claim';
    case 'several': return `${noClaim.count} claim details of different orders on one page; read each detail on its own`;
    case 'unknown-labels': return `looks like a claim detail, but its labels were not recognised: ${describeMissing(noClaim.root)}`;
    case 'unreadable': return `claim detail found but not readable (${noClaim.problems.join(', ') || 'incomplete'}); ${describeMissing(noClaim.root)}`;
    case 'error': return `reader error: ${noClaim.error instanceof Error ? noClaim.error.name : 'unknown'}`;
  }
}

export const readOrderDetail = (root: ParentNode): DetailRead => readDetail(root, looksLikeClaimDetail, explain);
