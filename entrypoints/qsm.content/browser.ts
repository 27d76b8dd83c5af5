/**
 * The content script's `wxt/browser` (scripts/content-module.mjs points it here for the content script and
 * its modules):
 * the browser's own extension API instead of webextension-polyfill. Everything the content script calls
 * (storage.local, storage.onChanged, runtime.getURL, runtime.sendMessage) already returns promises in
 * Chrome's MV3 and in Firefox, and the polyfill was a tenth of the code every QSM page loads (npm run
 * bench). The background, popup and options pages keep the polyfill.
 */
import type { Browser } from 'webextension-polyfill';

const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };

export const browser: Browser = scope.browser?.runtime?.id ? scope.browser : (scope.chrome as Browser);
