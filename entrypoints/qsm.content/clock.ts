/**
 * One shared clock per page: every badge's countdown reads `now` from it, and one interval drives it,
 * paused while the tab is hidden (nobody is looking; the countdown catches up on return). One number and
 * its listeners: no store library, as the content script loads on every QSM page (issue #3: 30 KB).
 */
export interface ClockState {
  now: number;
}

export interface Clock {
  getState(): ClockState;
  /** Called on every tick; the returned function stops it. */
  subscribe(listener: (state: ClockState) => void): () => void;
}

export function startClock(signal: AbortSignal, periodMs = 1000): Clock {
  let state: ClockState = { now: Date.now() };
  const listeners = new Set<(state: ClockState) => void>();
  let timer: ReturnType<typeof setInterval> | undefined;
  const tick = () => {
    state = { now: Date.now() };
    for (const listener of listeners) listener(state);
  };
  const sync = () => {
    clearInterval(timer);
    timer = undefined;
    if (document.visibilityState === 'hidden' || signal.aborted) return;
    tick();
    timer = setInterval(tick, periodMs);
  };
  document.addEventListener('visibilitychange', sync, { signal });
  signal.addEventListener('abort', () => clearInterval(timer));
  sync();
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
