/**
 * The views module (message helpers, the "could not read" marker) is loaded only where it has something
 * to find, and the claim badges never wait for it (review of session 12).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setPanelLoader } from '../../components/panels';
import { MEMO_TAG } from '../../entrypoints/qsm.content/tags';
import { Overlay } from '../../entrypoints/qsm.content/overlay';

const detail = (no: string) =>
  `<table><tr><th>注文番号</th><td>${no}</td><th>処理状態</th><td>返品要請</td></tr><tr><th>要請日</th><td>2026/11/16</td></tr>` +
  `<tr><th>撤回要請</th><td><select><option value="N" selected>N</option><option value="Y">Y</option></select></td></tr>` +
  `<tr><th>販売者メッセージ</th><td><textarea></textarea></td></tr></table><input type="submit" value="返品の撤回要請">`;
const states = () => [...document.querySelectorAll('qwa-badge')].map((h) => h.getAttribute('data-qwa-state'));

describe('the overlay and the views module', () => {
  afterEach(() => setPanelLoader(() => import('../../entrypoints/qsm.content/panels')));

  it('draws a detail’s badge before the views module has loaded, and the message helper once it has', async () => {
    document.body.innerHTML = detail('1038452888');
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    setPanelLoader(async () => {
      await gate;
      return import('../../entrypoints/qsm.content/panels');
    });
    const overlay = new Overlay(document, { lang: 'ja' });
    await overlay.scan();
    expect(states()).toEqual(['eligible']);
    expect(document.querySelector(MEMO_TAG)).toBeNull();
    release();
    await overlay.viewsDrawn;
    expect(document.querySelectorAll(MEMO_TAG)).toHaveLength(1);
    expect(states()).toEqual(['eligible']);
  });

  it('loads no views module on a page with nothing for it', async () => {
    document.body.innerHTML = '<table><tr><th>商品名</th><td>Tシャツ</td></tr></table>';
    let loaded = false;
    setPanelLoader(async () => {
      loaded = true;
      return import('../../entrypoints/qsm.content/panels');
    });
    const overlay = new Overlay(document, { lang: 'ja' });
    await overlay.scan();
    await overlay.viewsDrawn;
    expect(loaded).toBe(false);
  });

  it('gives a message box inside a detail it could not read no other order’s facts (review of session 15)', async () => {
    // An inquiry card (another order, 回答済み: no claim) with a reply box, printed inside the claim's own
    // table before the claim's order number: its detail root is nested in the claim's and found first.
    document.body.innerHTML =
      `<table><tr><th>処理状態</th><td>返品要請</td></tr><tr><td colspan="4"><table><tr><th>注文番号</th><td>1111111111</td><th>処理状態</th><td>回答済み</td></tr>` +
      `<tr><th>販売者メッセージ</th><td id="inquiry-box"><textarea></textarea></td></tr></table></td></tr>` +
      `<tr><th>注文番号</th><td>1038452888</td></tr><tr><th>要請日</th><td>2026/11/16</td></tr>` +
      `<tr><th>撤回要請</th><td><select><option value="N" selected>N</option><option value="Y">Y</option></select></td></tr>` +
      `<tr><th>販売者メッセージ</th><td id="claim-box"><textarea></textarea></td></tr></table><input type="submit" value="返品の撤回要請">`;
    const overlay = new Overlay(document, { lang: 'ja' });
    await overlay.scan();
    await overlay.viewsDrawn;
    const helpers = [...document.querySelectorAll(MEMO_TAG)].map((m) => `${m.parentElement?.id}:${m.getAttribute('data-qwa-order')}`);
    expect(helpers).toEqual(['claim-box:1038452888']);
  });
});
