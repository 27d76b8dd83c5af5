// The page overlay with damaged records in storage: a scan judges every order of the page in one go, and
// one unreadable stored event (or a press stored without its time) left the whole page without badges.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Overlay } from '../../entrypoints/qsm.content/overlay';
import { HOST_TAG } from '../../entrypoints/qsm.content/tags';
import { fixtureText } from '../qsm/helpers';
import { at, damaged, sentOn1120, storeAsIs } from '../history/damaged';

const badges = () => [...document.querySelectorAll(HOST_TAG)].map((h) => `${h.getAttribute('data-qwa-order')}:${h.getAttribute('data-qwa-state')}`);
const badgeOf = (orderNo: string) => badges().find((b) => b.startsWith(`${orderNo}:`));

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at('2026-11-22T12:00:00'));
});
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('the overlay beside damaged records', () => {
  it('draws every row’s badge beside a record holding a value no check can look at ({"toString":1} for an instant)', async () => {
    // Coerced, such a value throws: the scan threw, and the page had no badge at all (review 25).
    document.body.innerHTML = fixtureText('grid-zh.html');
    await storeAsIs([damaged({ orderNo: '1038452888', lastSeenAt: { toString: 1 } }), damaged({ orderNo: '1038655210', pending: { action: 'send', at: { toString: 1 } } })]);
    await new Overlay(document, { lang: 'zh_CN' }).scan();
    expect(badges()).toHaveLength(12);
    expect(badgeOf('1038590017')).toBe('1038590017:ineligible');
  });

  it('draws a badge on every row of the claim list, the damaged order’s from its sound press', async () => {
    document.body.innerHTML = fixtureText('grid-zh.html');
    // The list's row shows the return's status alone; the record knows the request the seller sent 11/20.
    await storeAsIs([damaged({ orderNo: '1038452888', events: [null, sentOn1120] }), damaged({ orderNo: '1038655210', kind: 'cancel', cartNo: 211190332, pending: 'send' })]);
    await new Overlay(document, { lang: 'zh_CN' }).scan();
    expect(badges()).toHaveLength(12);
    expect(badgeOf('1038452888')).toBe('1038452888:pending');
    expect(badgeOf('1038590017')).toBe('1038590017:ineligible');
  });

  it('draws the detail’s badge when a press stored without its time meets the reading that would confirm it', async () => {
    // The seller's cancel, stored with no time: the page (no request out any more) is judged as it reads.
    document.body.innerHTML =
      '<table><tr><th>注文番号</th><td>1038452888</td><th>処理状態</th><td>返品要請</td></tr><tr><th>要請日</th><td>2026/11/16</td></tr>' +
      '<tr><th>撤回要請</th><td><select><option value="N" selected>N</option><option value="Y">Y</option></select></td></tr></table>';
    await storeAsIs([damaged({ orderNo: '1038452888', withdraw: { state: 'requested', requestedOn: '2026-11-20' }, pending: { action: 'cancel' } })]);
    await new Overlay(document, { lang: 'ja' }).scan();
    expect(badges()).toEqual(['1038452888:eligible']);
  });
});
