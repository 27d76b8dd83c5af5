/**
 * QSM tabs already open when the extension is installed or updated. Chrome runs a manifest content script
 * only in pages loaded after that; in the tabs already open, the old copy's badges stay, cut off from the
 * extension (no storage, no messages), until QSM re-renders its grid and they are gone with no new ones.
 * So the background runs the content script in those tabs itself; the new copy stops the old one (WXT's
 * content-script context) and takes its badges away (BadgeLayer). Firefox runs it there by itself.
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/** Runs the manifest's content scripts in the open tabs they match; how many tabs got them. */
export async function refreshOpenQsmTabs(): Promise<number> {
  if (import.meta.env.FIREFOX || !browser.scripting?.executeScript) return 0;
  let refreshed = 0;
  for (const script of browser.runtime.getManifest().content_scripts ?? []) {
    if (!script.matches?.length || !script.js?.length) continue;
    const tabs = await browser.tabs.query({ url: script.matches });
    for (const tab of tabs) {
      // A discarded tab loads its page (and the content script with it) when the seller comes back to it.
      if (tab.id === undefined || tab.discarded) continue;
      try {
        await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: !!script.all_frames }, files: script.js as ScriptPublicPath[] });
        refreshed++;
      } catch {
        // The tab closed or left QSM meanwhile: nothing to refresh.
      }
    }
  }
  return refreshed;
}
