// The badge layer: one host per cell, nothing repainted that did not change, nothing left behind.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h } from 'preact';
import { loadPanels } from '../../components/panels';
import { BadgeLayer, HOST_TAG, NEIGHBOURS, isOwnNode, panelView, type BadgeView, type Draw } from '../../entrypoints/qsm.content/badges';

/** A view drawn as plain DOM: the state's word in a <b>. */
const textView = (state: string): BadgeView => ({
  paint: (root) => root.replaceChildren(Object.assign(document.createElement('b'), { textContent: state })),
  clear: (root) => root.replaceChildren(),
});

const draw = (state: string, spy = vi.fn()): Draw => (now) => {
  spy(now);
  return { attrs: { 'data-qwa-state': state, 'data-qwa-order': '1038452888' }, view: textView(state), live: state === 'pending' };
};

/** What the badge shows: its own element's text, beside the host's style sheet. */
const shown = (host: Element) => host.shadowRoot?.lastElementChild?.textContent;

function grid(rows: number): HTMLTableCellElement[] {
  document.body.replaceChildren();
  const table = document.createElement('table');
  for (let i = 0; i < rows; i++) table.insertRow().insertCell().textContent = '退货:处理要求';
  document.body.append(table);
  return [...table.querySelectorAll('td')];
}

/** An IntersectionObserver whose observed hosts come into view when the test says so (`reveal()`). */
let held: { cb: IntersectionObserverCallback; el: Element }[] = [];
class FakeObserver {
  constructor(private cb: IntersectionObserverCallback) {}
  observe(el: Element) {
    held.push({ cb: this.cb, el });
  }
  unobserve() {}
  disconnect() {}
}
const reveal = () => held.splice(0).forEach(({ cb, el }) => cb([{ target: el, isIntersecting: true } as unknown as IntersectionObserverEntry], {} as IntersectionObserver));

beforeEach(() => {
  held = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(() => vi.unstubAllGlobals());

describe('BadgeLayer', () => {
  it('marks every row at once but renders a badge only when it comes into view', () => {
    const cells = grid(3);
    const layer = new BadgeLayer(document);
    for (const cell of cells) layer.show(cell, draw('eligible'), 0, 'k');
    const hosts = [...document.querySelectorAll(HOST_TAG)];
    expect(hosts.map((host) => host.getAttribute('data-qwa-state'))).toEqual(['eligible', 'eligible', 'eligible']);
    expect(hosts.every((host) => !host.shadowRoot)).toBe(true);
    reveal();
    expect(hosts.every((host) => shown(host) === 'eligible')).toBe(true);
  });

  it('draws a grid row scrolled into view with the rows ahead of it at once; a first drawing, only the rows in view', () => {
    const cells = grid(300);
    const layer = new BadgeLayer(document);
    for (const cell of cells) layer.show(cell, draw('eligible'), 0, 'k', 'lead');
    const hosts = [...document.querySelectorAll(HOST_TAG)];
    const report = (rows: number[], inView: boolean) =>
      held[0]!.cb(rows.map((i) => ({ target: cells[i], isIntersecting: inView }) as unknown as IntersectionObserverEntry), {} as IntersectionObserver);
    const drawn = () => hosts.flatMap((host, i) => (host.shadowRoot ? [i] : []));
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);
    // The observer's first report: the first 12 rows in view, the rest not.
    report(range(0, 11), true);
    report(range(12, 299), false);
    expect(drawn()).toEqual(range(0, 11));
    // Scrolling down to row 12: the rows ahead come with it, in one layout of the grid.
    report([12], true);
    expect(drawn()).toEqual(range(0, 12 + 2 * NEIGHBOURS));
    // A jump to row 250 (the scrollbar dragged): the rows on either side.
    report([250], true);
    expect(drawn()).toEqual([...range(0, 12 + 2 * NEIGHBOURS), ...range(250 - NEIGHBOURS, 299)]);
    // Scrolling up from there to row 199: the rows above it.
    report([199], true);
    expect(drawn()).toEqual(range(0, 299));
  });

  it('counts badges, not rows, and passes over rows without one (an order’s second line)', () => {
    const cells = grid(400);
    const layer = new BadgeLayer(document);
    const withBadge = cells.filter((_, i) => i % 2 === 0);
    for (const cell of withBadge) layer.show(cell, draw('eligible'), 0, 'k', 'lead');
    const report = (rows: number[], inView: boolean) =>
      held[0]!.cb(rows.map((i) => ({ target: cells[i], isIntersecting: inView }) as unknown as IntersectionObserverEntry), {} as IntersectionObserver);
    const drawn = () => cells.flatMap((cell, i) => (cell.querySelector(HOST_TAG)?.shadowRoot ? [i] : []));
    const even = (from: number, to: number) => Array.from({ length: (to - from) / 2 + 1 }, (_, k) => from + 2 * k);
    report(even(0, 22), true);
    report(even(24, 398), false);
    // Scrolling down to row 24: the badge behind it (row 22, past row 23 with none) is drawn, so the
    // badges ahead come along: twice NEIGHBOURS of them.
    report([24], true);
    expect(drawn()).toEqual(even(0, 24 + 2 * 2 * NEIGHBOURS));
  });

  it('draws a detail’s badge alone when it is scrolled to: only a grid’s rows come with their neighbours', () => {
    const cells = grid(3);
    const layer = new BadgeLayer(document);
    for (const cell of cells) layer.show(cell, draw('eligible'), 0, 'k', 'inline');
    const report = (i: number, inView: boolean) =>
      held[0]!.cb([{ target: cells[i], isIntersecting: inView } as unknown as IntersectionObserverEntry], {} as IntersectionObserver);
    [0, 1, 2].forEach((i) => report(i, false));
    report(1, true);
    expect([...document.querySelectorAll(HOST_TAG)].map((host) => !!host.shadowRoot)).toEqual([false, true, false]);
  });

  it('keeps a badge out of the layout until its cell is in view: a grid is not laid out again for rows nobody sees', () => {
    const [cell] = grid(1);
    const layer = new BadgeLayer(document);
    const host = layer.show(cell!, draw('eligible'), 0, 'k');
    expect(host.style.display).toBe('none');
    expect(held.map((h) => h.el)).toEqual([cell]); // the cell is watched: a host out of the layout never intersects
    reveal();
    // Drawn, the host's look comes from a :host rule in its shadow root; no style attribute is left.
    expect(host.hasAttribute('style')).toBe(false);
    const sheet = host.shadowRoot!.querySelector('style')!.textContent!;
    // The font shorthand resets the size, weight, line height …; the family is set back to inherit after it.
    expect(sheet).toMatch(/^:host\{position:initial!important;.*;font:initial!important;.*;font-family:inherit!important;/);
    expect(sheet).toContain('display:inline-block!important;margin-left:4px!important;vertical-align:bottom!important');
  });

  it('keeps the host’s markup short: nothing but the test contract once drawn (QSM may read a cell as markup)', () => {
    const [cell] = grid(1);
    const layer = new BadgeLayer(document);
    layer.show(cell!, draw('eligible'), 0, 'k', 'lead');
    reveal();
    expect(cell!.innerHTML).toBe('<qwa-badge data-qwa-state="eligible" data-qwa-order="1038452888"></qwa-badge>退货:处理要求');
  });

  it('puts a grid badge before QSM’s text, where a one-line clipped cell still shows it, in QSM’s typeface', () => {
    const [cell] = grid(1);
    const layer = new BadgeLayer(document);
    const host = layer.show(cell!, draw('eligible'), 0, 'k', 'lead');
    expect(cell!.firstChild).toBe(host);
    expect(cell!.textContent).toBe('退货:处理要求');
    reveal();
    expect(host.shadowRoot!.querySelector('style')!.textContent).toContain('margin-right:4px!important');
    layer.show(cell!, draw('pending'), 0, 'k2', 'lead');
    expect(cell!.querySelectorAll(HOST_TAG)).toHaveLength(1);
  });

  it('lets a leaving badge clean up after itself', () => {
    const [cell] = grid(1);
    const layer = new BadgeLayer(document);
    const clear = vi.fn();
    layer.show(cell!, () => ({ attrs: {}, view: { paint: () => undefined, clear }, live: false }), 0, 'k');
    reveal();
    layer.sweep(new Set());
    expect(clear).toHaveBeenCalledTimes(1);
    expect(cell!.querySelector(HOST_TAG)).toBeNull();
  });

  it('shows a corner badge at once, without waiting to be seen', () => {
    grid(0);
    const layer = new BadgeLayer(document);
    const host = layer.show(document.body, draw('unknown'), 0, 'k', 'corner');
    expect(held).toEqual([]);
    expect(host.shadowRoot!.querySelector('style')!.textContent).toContain('position:fixed!important');
    expect(shown(host)).toBe('unknown');
  });

  it('puts one host in each cell with the test contract, and re-uses it', () => {
    const cells = grid(3);
    const layer = new BadgeLayer(document);
    for (const cell of cells) layer.show(cell, draw('eligible'), 0, 'k');
    for (const cell of cells) layer.show(cell, draw('eligible'), 0, 'k');
    reveal();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(3);
    const host = cells[0]!.querySelector(HOST_TAG)!;
    expect(host.getAttribute('data-qwa-state')).toBe('eligible');
    expect(host.getAttribute('data-qwa-order')).toBe('1038452888');
    expect(shown(host)).toBe('eligible');
    expect(isOwnNode(host)).toBe(true);
  });

  it('takes away the hosts an earlier copy of the extension left (Firefox runs an update in open tabs)', () => {
    const cells = grid(2);
    const old = new BadgeLayer(document);
    for (const cell of cells) old.show(cell, draw('eligible'), 0, 'k');
    reveal();
    document.body.append(Object.assign(document.createElement('qwa-memo'), { textContent: 'old helper' }));
    // The old copy is gone without a word: its layer never sweeps. The new copy's layer starts clean.
    const layer = new BadgeLayer(document);
    expect(document.querySelectorAll(`${HOST_TAG}, qwa-memo`)).toHaveLength(0);
    expect(cells.map((c) => c.textContent)).toEqual(['退货:处理要求', '退货:处理要求']);
    for (const cell of cells) layer.show(cell, draw('pending'), 0, 'k');
    expect([...document.querySelectorAll(HOST_TAG)].map((h) => h.getAttribute('data-qwa-state'))).toEqual(['pending', 'pending']);
  });

  it('repaints only when what the badge is drawn from changed', () => {
    const [cell] = grid(1);
    const layer = new BadgeLayer(document);
    const spy = vi.fn();
    layer.show(cell!, draw('eligible', spy), 0, 'a');
    layer.show(cell!, draw('eligible', spy), 0, 'a');
    expect(spy).toHaveBeenCalledTimes(1);
    layer.show(cell!, draw('cooldown', spy), 0, 'b');
    expect(spy).toHaveBeenCalledTimes(2);
    expect(cell!.querySelector(HOST_TAG)!.getAttribute('data-qwa-state')).toBe('cooldown');
  });

  it('starts over when QSM rewrote the cell, and sweeps away badges of rows that left', () => {
    const cells = grid(2);
    const layer = new BadgeLayer(document);
    for (const cell of cells) layer.show(cell, draw('eligible'), 0, 'k');
    cells[0]!.textContent = '退货:处理要求'; // QSM re-rendered the cell's content
    layer.show(cells[0]!, draw('eligible'), 0, 'k');
    expect(cells[0]!.querySelectorAll(HOST_TAG)).toHaveLength(1);
    cells[1]!.closest('tr')!.remove();
    layer.sweep(new Set([cells[0]!]));
    expect(layer.size).toBe(1);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
  });

  it('keeps one badge in a cell QSM rewrote from its own markup, or in a row it cloned: the copies of our host go', () => {
    // dhtmlx reads a cell's value as its markup (our host's with it) and writes it back: setValue(getValue()).
    const cells = grid(2);
    const layer = new BadgeLayer(document);
    for (const cell of cells) layer.show(cell, draw('eligible'), 0, 'k');
    reveal();
    for (let i = 0; i < 3; i++) {
      cells[0]!.innerHTML = cells[0]!.innerHTML.replace('处理要求', '退货完成');
      layer.show(cells[0]!, draw('ineligible'), 0, `k${i}`);
    }
    expect([...cells[0]!.querySelectorAll(HOST_TAG)].map((h) => h.getAttribute('data-qwa-state'))).toEqual(['ineligible']);
    // A row QSM cloned in place of its own (the clone's host is a copy, with no shadow root).
    const row = cells[1]!.closest('tr')!;
    const clone = row.cloneNode(true) as HTMLTableRowElement;
    row.replaceWith(clone);
    layer.show(clone.cells[0]!, draw('pending'), 0, 'k');
    layer.sweep(new Set([cells[0]!, clone.cells[0]!]));
    expect([...clone.cells[0]!.querySelectorAll(HOST_TAG)].map((h) => h.getAttribute('data-qwa-state'))).toEqual(['pending']);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(2);
  });

  it('redraws only the live badges on a clock tick', () => {
    const [a, b] = grid(2);
    const layer = new BadgeLayer(document);
    const live = vi.fn();
    const still = vi.fn();
    layer.show(a!, draw('pending', live), 0, 'a');
    layer.show(b!, draw('eligible', still), 0, 'b');
    layer.refresh(1000);
    layer.refresh(2000);
    expect(live).toHaveBeenCalledTimes(3);
    expect(still).toHaveBeenCalledTimes(1);
  });

  it('keeps clicks on a badge from reaching QSM’s row handlers', () => {
    const [cell] = grid(1);
    const layer = new BadgeLayer(document);
    const host = layer.show(cell!, draw('eligible'), 0, 'k');
    reveal();
    const rowClick = vi.fn();
    cell!.closest('table')!.addEventListener('click', rowClick);
    host.shadowRoot!.querySelector('b')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(rowClick).not.toHaveBeenCalled();
    cell!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(rowClick).toHaveBeenCalledTimes(1);
  });

  it('keeps Enter pressed on a badge from firing a QSM form’s default button', () => {
    // ASP.NET's <asp:Panel DefaultButton>: onkeypress="return WebForm_FireDefaultButton(event, 'btnSave')".
    const [cell] = grid(1);
    const layer = new BadgeLayer(document);
    const host = layer.show(cell!, draw('eligible'), 0, 'k');
    reveal();
    const heard: string[] = [];
    for (const type of ['keydown', 'keypress', 'keyup']) cell!.closest('table')!.addEventListener(type, () => heard.push(type));
    const inside = host.shadowRoot!.querySelector('b')!;
    for (const type of ['keydown', 'keypress', 'keyup']) inside.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', bubbles: true, composed: true }));
    expect(heard).toEqual([]);
  });

  it('lets Escape through to QSM once our panel is closed: focus stays on a used badge, and QSM’s layer still closes', () => {
    const [cell] = grid(1);
    const layer = new BadgeLayer(document);
    const host = layer.show(cell!, draw('eligible'), 0, 'k');
    reveal();
    const heard: string[] = [];
    document.addEventListener('keydown', (e) => heard.push(e.key));
    const inside = host.shadowRoot!.querySelector('b')!;
    inside.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    // Not while an input method composes in our field: there Escape cancels the conversion.
    inside.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', isComposing: true, bubbles: true, composed: true }));
    inside.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    expect(heard).toEqual(['Escape']);
  });
});

describe('a view Preact renders (the message helper, the "could not read" marker)', () => {
  const root = () => {
    const host = document.createElement('span');
    document.body.append(host);
    return host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
  };

  it('is drawn once the views are loaded, and cleared', async () => {
    const el = root();
    const view = panelView((p) => p.h('i', null, 'helper'));
    view.paint(el);
    await loadPanels();
    expect(el.textContent).toBe('helper');
    view.clear(el);
    await loadPanels();
    expect(el.textContent).toBe('');
  });

  it('is not drawn into a root that left the page meanwhile', async () => {
    const el = root();
    panelView(() => h('i', null, 'helper')).paint(el);
    (el.getRootNode() as ShadowRoot).host.remove();
    await loadPanels();
    expect(el.textContent).toBe('');
  });
});
