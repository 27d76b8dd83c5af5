// One shared clock per page, paused while the tab is hidden (issue #3 §3).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startClock } from '../../entrypoints/qsm.content/clock';

let hidden = false;
beforeEach(() => {
  vi.useFakeTimers();
  hidden = false;
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => (hidden ? 'hidden' : 'visible'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('startClock', () => {
  it('ticks once a second for everyone who listens', () => {
    const stop = new AbortController();
    const clock = startClock(stop.signal);
    const a = vi.fn();
    const b = vi.fn();
    clock.subscribe(a);
    clock.subscribe(b);
    vi.advanceTimersByTime(3000);
    expect(a).toHaveBeenCalledTimes(3);
    expect(b).toHaveBeenCalledTimes(3);
    stop.abort();
  });

  it('stops while the tab is hidden and catches up when it is shown again', () => {
    const stop = new AbortController();
    const clock = startClock(stop.signal);
    const tick = vi.fn();
    clock.subscribe(tick);
    hidden = true;
    document.dispatchEvent(new Event('visibilitychange'));
    vi.advanceTimersByTime(10_000);
    expect(tick).not.toHaveBeenCalled();
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(tick).toHaveBeenCalledTimes(1);
    expect(tick).toHaveBeenLastCalledWith({ now: Date.now() });
    stop.abort();
  });

  it('stops for good when the extension is reloaded', () => {
    const stop = new AbortController();
    const clock = startClock(stop.signal);
    const tick = vi.fn();
    clock.subscribe(tick);
    stop.abort();
    vi.advanceTimersByTime(5000);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(tick).not.toHaveBeenCalled();
  });
});
