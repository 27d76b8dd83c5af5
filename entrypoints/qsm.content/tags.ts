/** The overlay's own elements in QSM's page, apart from badges.ts so that the views module brings none of its code along. */
export const HOST_TAG = 'qwa-badge';
/** The message helper's host: not a claim badge, so it never counts as one. */
export const MEMO_TAG = 'qwa-memo';
