// QSM tabs open when the extension is installed or updated get the content script from the background
// (lib/install); the real-browser case is test/e2e/update.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refreshOpenQsmTabs } from '../../lib/install';

type Tab = { id?: number; url: string; discarded?: boolean; status?: string };
const QSM = 'https://qsm.qoo10.jp/*';

function setUp(tabs: Tab[], fail: number[] = []) {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3, name: 'x', version: '1', content_scripts: [{ matches: [QSM], js: ['content-scripts/qsm.js'], all_frames: true }],
  });
  const query = vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => tabs as never);
  const executeScript = vi.fn(async ({ target }: { target: { tabId: number } }) => {
    if (fail.includes(target.tabId)) throw new Error('No tab with id');
    return [];
  });
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
  return { query, executeScript };
}

afterEach(() => {
  vi.restoreAllMocks();
  delete (fakeBrowser as unknown as { scripting?: unknown }).scripting;
});

describe('refreshOpenQsmTabs', () => {
  it('runs the content script in every frame of each open QSM tab', async () => {
    const { query, executeScript } = setUp([{ id: 3, url: 'https://qsm.qoo10.jp/a' }, { id: 7, url: 'https://qsm.qoo10.jp/b' }]);
    expect(await refreshOpenQsmTabs()).toBe(2);
    expect(query).toHaveBeenCalledWith({ url: [QSM] });
    expect(executeScript.mock.calls.map(([o]) => o)).toEqual([
      { target: { tabId: 3, allFrames: true }, files: ['content-scripts/qsm.js'] },
      { target: { tabId: 7, allFrames: true }, files: ['content-scripts/qsm.js'] },
    ]);
  });

  it('leaves a discarded or loading tab to the manifest, and goes on past a tab that closed meanwhile', async () => {
    const { executeScript } = setUp(
      [
        { id: 1, url: 'https://qsm.qoo10.jp/a', discarded: true },
        { id: 2, url: 'https://qsm.qoo10.jp/b' },
        { id: 4, url: 'https://qsm.qoo10.jp/c', status: 'complete' },
        { id: 5, url: 'https://qsm.qoo10.jp/d', status: 'loading' },
      ],
      [2],
    );
    expect(await refreshOpenQsmTabs()).toBe(1);
    expect(executeScript.mock.calls.map(([o]) => o.target.tabId)).toEqual([2, 4]);
  });

  it('refreshes every tab at once: one that never answers (frozen) holds up no other', async () => {
    const { executeScript } = setUp([{ id: 1, url: 'https://qsm.qoo10.jp/a' }, { id: 2, url: 'https://qsm.qoo10.jp/b' }]);
    let answerFirst!: () => void;
    executeScript.mockImplementationOnce(() => new Promise((r) => (answerFirst = () => r([]))));
    const refreshed = refreshOpenQsmTabs();
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledTimes(2));
    answerFirst();
    expect(await refreshed).toBe(2);
  });

  it('does nothing where the browser offers no scripting API', async () => {
    const { query } = setUp([{ id: 3, url: 'https://qsm.qoo10.jp/a' }]);
    delete (fakeBrowser as unknown as { scripting?: unknown }).scripting;
    expect(await refreshOpenQsmTabs()).toBe(0);
    expect(query).not.toHaveBeenCalled();
  });
});
