/**
 * Where the content script's Preact views come from (entrypoints/qsm.content/panels.ts): loaded once, on
 * first use. The overlay loads the module from the extension's files (entrypoints/qsm.content/start.ts);
 * tests import it directly.
 */
export type Panels = typeof import('../entrypoints/qsm.content/panels');

let load: () => Promise<Panels> = () => Promise.reject(new Error('no panel loader set'));
let loading: Promise<Panels> | undefined;

export function setPanelLoader(loader: () => Promise<Panels>): void {
  load = loader;
  loading = undefined;
}

/** The views, loaded on the first call; a failed load is tried again on the next one. */
export function loadPanels(): Promise<Panels> {
  return (loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
}
