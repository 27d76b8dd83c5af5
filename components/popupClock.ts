/**
 * The popup's one clock: every countdown on every card and row reads `now` from this store, and one
 * interval drives it. The store is made by the entry point (tests make one and set `now` by hand).
 */
import { useEffect, useState } from 'preact/hooks';
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface ClockState {
  now: number;
}

export type ClockStore = StoreApi<ClockState>;

export function createClock(now = Date.now()): ClockStore {
  return createStore<ClockState>(() => ({ now }));
}

/** Ticks the store every `periodMs`; returns the stop function. */
export function runClock(clock: ClockStore, periodMs = 1000): () => void {
  const tick = () => clock.setState({ now: Date.now() });
  tick();
  const timer = setInterval(tick, periodMs);
  return () => clearInterval(timer);
}

/** The clock's time, re-rendering the caller on every tick. */
export function useNow(clock: ClockStore): number {
  const [now, setNow] = useState(() => clock.getState().now);
  useEffect(() => {
    setNow(clock.getState().now);
    return clock.subscribe((state) => setNow(state.now));
  }, [clock]);
  return now;
}
