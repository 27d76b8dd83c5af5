/**
 * A badge speaks the seller's language, whatever the page's: the drawn badge in its shadow root carries
 * the seller's language tag (a screen reader's voice, the browser's Han glyphs), and a new choice of
 * language reaches it with the new words.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Overlay } from '../../entrypoints/qsm.content/overlay';

const detail =
  '<table><tr><th>注文番号</th><td>1038452888</td><th>処理状態</th><td>返品要請</td></tr><tr><th>要請日</th><td>2026/11/16</td></tr>' +
  '<tr><th>撤回要請</th><td><select><option value="N" selected>N</option><option value="Y">Y</option></select></td></tr></table>';
// A dhtmlx grid: header and body tables, each after a sizing row (domain.md §8).
const sizing = '<tr><th style="height:0px"></th><th style="height:0px"></th><th style="height:0px"></th></tr>';
const grid =
  `<div id="__grid_ClaimGrid"><div class="xhdr"><table><tbody>${sizing}<tr><td>注文番号</td><td>処理状態</td><td>要請日</td></tr></tbody></table></div>` +
  `<div class="objbox"><table><tbody>${sizing}<tr><td>1038452889</td><td>返品:処理要請</td><td>2026/11/16</td></tr></tbody></table></div></div>`;
const langs = () =>
  [...document.querySelectorAll('qwa-badge')].map((h) => `${h.getAttribute('data-qwa-order')}:${h.shadowRoot?.querySelector('button')?.closest('[lang]')?.getAttribute('lang')}`);

// Every badge in view at once: it is drawn as soon as it is placed.
class InView {
  constructor(private readonly seen: IntersectionObserverCallback) {}
  observe(target: Element) {
    this.seen([{ target, isIntersecting: true } as unknown as IntersectionObserverEntry], this as unknown as IntersectionObserver);
  }
  unobserve() {}
  disconnect() {}
}

describe('the badge’s language', () => {
  beforeEach(() => vi.stubGlobal('IntersectionObserver', InView));
  afterEach(() => vi.unstubAllGlobals());

  it('is the seller’s on a page in another language, on a detail and on a grid row, and follows a new choice', async () => {
    document.documentElement.lang = 'ja';
    document.body.innerHTML = detail + grid;
    const overlay = new Overlay(document, { lang: 'zh_CN' });
    await overlay.scan();
    expect(langs()).toEqual(['1038452888:zh-CN', '1038452889:zh-CN']);
    overlay.view = { lang: 'ko' };
    await overlay.scan();
    expect(langs()).toEqual(['1038452888:ko-KR', '1038452889:ko-KR']);
  });
});
