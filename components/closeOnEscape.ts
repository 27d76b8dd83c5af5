/**
 * The keydown handler of each of our panels: Escape closes it and goes no further. The badge's host lets
 * Escape through to QSM's page (entrypoints/qsm.content/badges.ts), which would close its own layer on it
 * too. Not while an input method composes: there Escape cancels the conversion. Not while `open` is false:
 * that Escape is QSM's.
 */
export const closeOnEscape = (close: () => void, open = true) => (e: KeyboardEvent) => {
  if (e.key !== 'Escape' || e.isComposing || !open) return;
  e.stopPropagation();
  // Its keyup is ours too, wherever the focus went as the panel closed: a page may act on either.
  addEventListener('keyup', (up) => up.key === 'Escape' && up.stopPropagation(), { capture: true, once: true });
  close();
};
