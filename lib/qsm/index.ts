/**
 * Reading QSM's claim pages (domain.md §6–§8): pure DOM reading, no browser API, no rendering.
 * Labels and statuses are data (labels.ts, statuses.ts) in ja / zh / en / ko.
 */
export type {
  QsmLanguage,
  OrderClaim,
  DetailRead,
  GridRead,
  DetailFacts,
  GridRow,
  GridReadWithCells,
} from './types';
export { readDetail, readOrderDetailPartial } from './detail';
export { readOrderDetail } from './orderDetail';
export { withSharedScans } from './scan';
export { readClaimList, readClaimListWithCells, findClaimGrid } from './grid';
export { detailMarker, findDetailRoots, findStatusAnchor, isLoginDocument, hasClaimGrid } from './roots';
export { looksLikeClaimDetail } from './claimLike';
export { mentionsClaim } from './mentionsClaim';
export { diagnosticOutline } from './outline';
export { findMessageBoxes, fillMessageBox, type MessageBox } from './messageBoxes';
export { isQsmPage, isClaimGridPage, isPopupPage, isOrderListPage, isLoginUrl, mayHoldClaims, type UrlLike } from './pages';
export { readStatus, type StatusMeaning } from './statuses';
export { FIELD_LABELS, markOf, type Field, type Mark } from './labels';
export { isHiddenElement, isHiddenWithin } from './hidden';
