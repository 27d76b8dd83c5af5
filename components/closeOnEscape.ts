/**
 * The keydown handler of each of our panels: Escape closes it and goes no further. The badge's host lets
 * Escape through to QSM's page (entrypoints/qsm.content/badges.ts), which would close its own layer on it
 * too. Not while an input method composes: there Escape cancels the conversion. Not while `open` is false:
 * that Escape is QSM's.
 */
export const closeOnEscape = (close: () => void, open = true) => (e: KeyboardEvent) => {
  if (e.key !== 'Escape' || e.isComposing || !open) return;
  e.stopPropagation();
  stopItsKeyup();
  close();
};

/**
 * The keyup of the Escape that closed a panel is ours too, wherever the focus went as it closed: a page
 * may act on either. Another key let go first (Shift) leaves it waiting; a new key pressed means that
 * keyup went elsewhere (the window lost the focus), and the next Escape's is QSM's again.
 */
function stopItsKeyup(): void {
  const done = () => {
    removeEventListener('keyup', onKeyup, true);
    removeEventListener('keydown', onKeydown, true);
  };
  const onKeyup = (up: KeyboardEvent) => {
    if (up.key !== 'Escape') return;
    up.stopPropagation();
    done();
  };
  const onKeydown = (down: KeyboardEvent) => down.repeat || done();
  addEventListener('keyup', onKeyup, true);
  addEventListener('keydown', onKeydown, true);
}
