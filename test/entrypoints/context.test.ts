// The content script's own context (entrypoints/qsm.content/context.ts): one copy of the overlay per page,
// the newest, and nothing of a copy runs once it has ended.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { overlayContext } from '../../entrypoints/qsm.content/context';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('overlayContext', () => {
  it('ends the copy already in the page when a newer one starts, and only that one', () => {
    const older = overlayContext();
    const ended = vi.fn();
    older.onInvalidated(ended);
    const newer = overlayContext();
    expect(older.signal.aborted).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(newer.signal.aborted).toBe(false);
    overlayContext();
    expect(newer.signal.aborted).toBe(true);
  });

  it('ends on the start message a copy built with WXT’s wrapper sends (before an update), and stops one such', () => {
    const name = `${fakeBrowser.runtime.id}:qsm:wxt:content-script-started`;
    const ours = overlayContext();
    // WXT 0.21's content-script context: the same event on the document, with its own message id.
    document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'qsm', messageId: 'wxt-copy' } }));
    expect(ours.signal.aborted).toBe(true);
    const heard = vi.fn();
    document.addEventListener(name, heard);
    overlayContext();
    expect(heard.mock.calls[0]![0].detail).toMatchObject({ contentScriptName: 'qsm' });
    document.removeEventListener(name, heard);
  });

  it('runs a timer’s handler while the copy lives, never after its end', () => {
    vi.useFakeTimers();
    const ctx = overlayContext();
    const [first, second] = [vi.fn(), vi.fn()];
    ctx.setTimeout(first, 100);
    vi.advanceTimersByTime(100);
    expect(first).toHaveBeenCalledTimes(1);
    ctx.setTimeout(second, 100);
    overlayContext(); // a newer copy
    vi.advanceTimersByTime(100);
    expect(second).not.toHaveBeenCalled();
  });

  it('ends when the extension’s API is gone (removed, or updated with no new copy here)', () => {
    vi.useFakeTimers();
    const ctx = overlayContext();
    const [ended, handler] = [vi.fn(), vi.fn()];
    ctx.onInvalidated(ended);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    ctx.setTimeout(handler, 50);
    vi.advanceTimersByTime(50);
    expect(handler).not.toHaveBeenCalled();
    expect(ended).toHaveBeenCalledTimes(1);
    expect(ctx.signal.aborted).toBe(true);
  });

  it('lets a listener of its end go', () => {
    const ctx = overlayContext();
    const ended = vi.fn();
    ctx.onInvalidated(ended)();
    overlayContext();
    expect(ctx.signal.aborted).toBe(true);
    expect(ended).not.toHaveBeenCalled();
  });
});
