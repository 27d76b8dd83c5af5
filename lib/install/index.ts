/**
 * QSM tabs already open when the extension is installed or updated. Chrome runs a manifest content script
 * only in pages loaded after that; in the tabs already open, the old copy's badges stay, cut off from the
 * extension (no storage, no messages), until QSM re-renders its grid and they are gone with no new ones.
 * So the background runs the content script in those tabs itself; the new copy stops the old one
 * (entrypoints/qsm.content/context.ts) and takes its badges away (BadgeLayer). Firefox runs it there by itself.
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/** Runs the manifest's content scripts in the open tabs they match; how many tabs got them. */
export async function refreshOpenQsmTabs(): Promise<number> {
  if (import.meta.env.FIREFOX || !browser.scripting?.executeScript) return 0;
  const runs: Array<Promise<unknown>> = [];
  for (const script of browser.runtime.getManifest().content_scripts ?? []) {
    if (!script.matches?.length || !script.js?.length) continue;
    for (const tab of await browser.tabs.query({ url: script.matches })) {
      // A discarded tab loads its page (and the script with it) when the seller comes back to it; a tab
      // still loading gets the script from the manifest when its page is ready, and twice would be a copy
      // too many.
      if (tab.id === undefined || tab.discarded || tab.status === 'loading') continue;
      // All at once: each run lasts until the script has started in every frame, and one slow (or frozen)
      // tab must not hold up the others.
      runs.push(browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: !!script.all_frames }, files: script.js as ScriptPublicPath[] }));
    }
  }
  // A tab that closed or left QSM meanwhile has nothing to refresh.
  return (await Promise.allSettled(runs)).filter((run) => run.status === 'fulfilled').length;
}
