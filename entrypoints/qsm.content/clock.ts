/**
 * One shared clock per page: every badge's countdown reads `now` from it, and one interval drives it,
 * paused while the tab is hidden (nobody is looking; the countdown catches up on return). One number and
 * its listeners: no store library, as the content script loads on every QSM page (issue #3: 30 KB).
 */
export interface ClockState {
  now: number;
}

export interface Clock {
  /** Called on every tick, with the time; until the page's content script stops. */
  subscribe(listener: (state: ClockState) => void): void;
}

export function startClock(signal: AbortSignal, periodMs = 1000): Clock {
  const listeners = new Set<(state: ClockState) => void>();
  let timer: ReturnType<typeof setInterval> | undefined;
  const tick = () => {
    const state = { now: Date.now() };
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
  return { subscribe: (listener) => void listeners.add(listener) };
}
