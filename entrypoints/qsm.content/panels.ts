/**
 * The content script's Preact views: the verdict panel, the message helper and the "could not read"
 * marker, with the diagnostic outline the marker copies and the filling of QSM's message box. They are
 * loaded the first time one is shown (a badge opened, a message box or an unreadable page found), not
 * with the content script: Preact and these views are a third of the overlay, and most QSM pages a seller
 * opens need none of them. Built as an ES module of its own (content-scripts/qsm-panels.js, see
 * wxt.config.ts) and loaded from the extension's files (components/panels.ts). It has its own copy of
 * lib/i18n, which the loader points at the views' words of the seller's language (start.ts).
 */
export { h, render } from 'preact';
export { setMessageSource } from '../../lib/i18n';
export { MemoHelper } from '../../components/MemoHelper';
export { UnreadableBadge } from '../../components/UnreadableBadge';
export { VerdictPanel } from '../../components/VerdictPanel';
export { diagnosticOutline } from '../../lib/qsm/outline';
// Whether a page where no detail was found still looks like one (the "could not read" marker's question).
export { looksLikeClaimDetail } from '../../lib/qsm/claimLike';
// The message helper beside each of QSM's message boxes, found on a page holding a textarea, with the
// finding of the boxes and the filling of the one the seller chose.
export { memoFinds } from './memos';
