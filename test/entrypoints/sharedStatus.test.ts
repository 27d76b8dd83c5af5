// A cart's orders sharing one status cell (rowspan): each order's chip goes beside its own number, after
// it. Put first, it pushed the number's last digits out of dhtmlx's one-line clipped cell (review 25).
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Overlay } from '../../entrypoints/qsm.content/overlay';
import { HOST_TAG } from '../../entrypoints/qsm.content/tags';
import { gridPage } from '../qsm/helpers';

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-22T12:00:00+09:00'));
});
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

it('puts each order’s chip after its own order number, the shared status cell left as it is', async () => {
  const page = gridPage(['处理状态', '订购号码', '要求日'], [['退货:处理要求', '1044230101', '2026/11/20'], ['1044230102', '2026/11/20']]);
  page.querySelectorAll('.objbox tr')[1]!.children[0]!.setAttribute('rowspan', '2');
  document.body.replaceChildren(...Array.from(page.body.childNodes).map((n) => document.importNode(n, true)));
  await new Overlay(document, { lang: 'en' }).scan();
  const hosts = [...document.querySelectorAll(HOST_TAG)];
  expect(hosts.map((h) => h.getAttribute('data-qwa-order'))).toEqual(['1044230101', '1044230102']);
  for (const host of hosts) {
    const cell = host.parentElement!;
    expect(cell.lastChild).toBe(host);
    expect(cell.textContent!.trim()).toBe(host.getAttribute('data-qwa-order'));
  }
});
