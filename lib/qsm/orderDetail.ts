/**
 * Reads the claim detail under root (domain.md §8): the first detail the seller sees; a page showing
 * several orders' details at once is 'unrecognized-layout'; a page that looks like a claim detail but
 * whose labels are not known says so ('unrecognized-layout'), any other page is 'not-a-claim-page'.
 */
import { looksLikeClaimDetail } from './claimLike';
import { readDetail } from './detail';
import type { DetailRead } from './types';

export const readOrderDetail = (root: ParentNode): DetailRead => readDetail(root, looksLikeClaimDetail);
