/**
 * One shared clock per page: every badge's countdown reads `now` from this store, and one interval
 * drives it, paused while the tab is hidden (nobody is looking; the countdown catches up on return).
 */
import { createStore } from 'zustand/vanilla';

export interface ClockState {
  now: number;
}

export function startClock(signal: AbortSignal, periodMs = 1000) {
  const clock = createStore<ClockState>(() => ({ now: Date.now() }));
  let timer: ReturnType<typeof setInterval> | undefined;
  const tick = () => clock.setState({ now: Date.now() });
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
  return clock;
}
