/**
 * What the overlay needs of a content script's context (start.ts's OverlayContext), in place of WXT's
 * wrapper (loader.ts says why): an end signal, timers that stop with it, and a way to hear of its end. A
 * copy of the content script ends when a newer copy starts in its page (an update: Firefox runs the new
 * copy in open tabs, the background does in Chrome) or when the extension's API is gone (removed, or
 * updated with no new copy here).
 */
import { browser } from 'wxt/browser';
import type { OverlayContext } from './start';

/**
 * The message a starting copy sends the copies already in its page, as WXT's contexts do (so a copy of
 * the extension built with WXT's wrapper, before an update, stops too): one copy per page, the newest.
 */
const STARTED = `${browser.runtime.id}:qsm:wxt:content-script-started`;

export function overlayContext(): OverlayContext {
  const ending = new AbortController();
  const { signal } = ending;
  const end = () => ending.abort();
  // The extension was updated or removed: its API is gone, and so is this copy.
  const gone = () => browser.runtime?.id == null && (end(), true);
  const id = Math.random().toString(36).slice(2);
  const newer = (e: Event) => {
    const detail = (e as CustomEvent<{ contentScriptName?: string; messageId?: string }>).detail;
    if (detail?.contentScriptName === 'qsm' && detail.messageId !== id) end();
  };
  document.dispatchEvent(new CustomEvent(STARTED, { detail: { contentScriptName: 'qsm', messageId: id } }));
  document.addEventListener(STARTED, newer, { signal });
  return {
    signal,
    setTimeout(handler, timeout) {
      const stop = () => clearTimeout(timer);
      const timer = window.setTimeout(() => {
        signal.removeEventListener('abort', stop);
        if (!signal.aborted && !gone()) handler();
      }, timeout);
      signal.addEventListener('abort', stop);
      return timer;
    },
    onInvalidated(cb) {
      signal.addEventListener('abort', cb);
      return () => signal.removeEventListener('abort', cb);
    },
  };
}
