// A click on a grid's column header: QSM (dhtmlx) reads the cells' markup to sort, so our badges step
// aside first and come back after.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BadgeLayer, HOST_TAG, type Draw } from '../../entrypoints/qsm.content/badges';
import { stepAsideForHeaderClicks } from '../../entrypoints/qsm.content/headers';

const draw: Draw = () => ({ attrs: { 'data-qwa-state': 'eligible' }, view: { paint: () => undefined, clear: () => undefined }, live: false });

function page() {
  document.body.innerHTML = `
    <div id="__grid_ClaimGrid" class="gridbox">
      <div class="xhdr"><table><tbody><tr><td><div class="hdrcell">処理状態</div></td></tr></tbody></table></div>
      <div class="objbox"><table><tbody><tr><td>返品:処理要請</td></tr><tr><td>キャンセル中</td></tr></tbody></table></div>
    </div>
    <table id="other"><tbody><tr><td>注文番号</td></tr></tbody></table>`;
  const layer = new BadgeLayer(document);
  for (const cell of document.querySelectorAll('td')) if (!cell.querySelector('.hdrcell')) layer.show(cell, draw, 0, 'k', 'lead');
  const rescan = vi.fn();
  const controller = new AbortController();
  stepAsideForHeaderClicks(document, layer, rescan, controller.signal);
  return { layer, rescan, controller };
}

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('stepAsideForHeaderClicks', () => {
  it('takes the grid’s badges off before QSM’s own header handler reads the cells, and scans again after', () => {
    vi.useFakeTimers();
    const { rescan } = page();
    let seenByQsm: string[] = [];
    document.querySelector('.xhdr')!.addEventListener('click', () => {
      seenByQsm = [...document.querySelectorAll('.objbox td')].map((td) => td.innerHTML);
    });
    document.querySelector<HTMLElement>('.hdrcell')!.click();
    expect(seenByQsm).toEqual(['返品:処理要請', 'キャンセル中']);
    expect(document.querySelector('#other')!.querySelectorAll(HOST_TAG)).toHaveLength(1); // other tables keep theirs
    expect(rescan).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(rescan).toHaveBeenCalledTimes(1);
  });

  it('leaves clicks elsewhere alone, and stops listening when the script is invalidated', () => {
    vi.useFakeTimers();
    const { rescan, controller } = page();
    document.querySelector<HTMLElement>('.objbox td')!.click();
    vi.runAllTimers();
    expect(rescan).not.toHaveBeenCalled();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(3);
    controller.abort();
    document.querySelector<HTMLElement>('.hdrcell')!.click();
    vi.runAllTimers();
    expect(rescan).not.toHaveBeenCalled();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(3);
  });
});
