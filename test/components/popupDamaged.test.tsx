// The popup over a history holding one damaged record, loaded from storage as the popup page loads it:
// one unreadable event left the seller an empty popup; a cart number that is no text broke the search.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../components/PopupApp';
import { createClock } from '../../components/popupClock';
import { loadAllRecords } from '../../lib/history';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { DAMAGED_ORDER, NOW, SOUND, damaged, nullEvent, storeAsIs } from '../history/damaged';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

async function popup() {
  render(<PopupApp records={await loadAllRecords()} settings={DEFAULT_SETTINGS} lang="en" timeZone="Asia/Tokyo" clock={createClock(NOW)} onOpenOptions={() => undefined} />);
  const type = (text: string) => fireEvent.input(screen.getByTestId('order-search'), { target: { value: text } });
  const cards = () => screen.queryAllByTestId('order-result').map((c) => `${c.getAttribute('data-qwa-order')}:${c.getAttribute('data-qwa-state')}`);
  return { type, cards };
}

describe('the popup beside a damaged record', () => {
  it('still lists the other orders as due today, and the damaged one by its sound press', async () => {
    await storeAsIs([...SOUND, nullEvent]);
    await popup();
    const due = screen.getAllByTestId('due-row').map((r) => r.getAttribute('data-qwa-order'));
    expect(due.sort()).toEqual([...SOUND.map((r) => r.orderNo), DAMAGED_ORDER].sort());
  });

  it('finds the damaged order with an honest verdict: waiting for the buyer since its sound press', async () => {
    await storeAsIs([...SOUND, nullEvent]);
    const { type, cards } = await popup();
    type(DAMAGED_ORDER);
    expect(cards()).toEqual([`${DAMAGED_ORDER}:pending`]);
  });

  it('finds orders by cart number when one record’s cart number is no text', async () => {
    await storeAsIs([...SOUND, damaged({ cartNo: 210000001 })]);
    const { type, cards } = await popup();
    type('210000001');
    expect(cards()).toEqual(['1038000001:pending']);
    type('2100000');
    expect(cards().sort()).toEqual(['1038000001:pending', '1038000002:eligible', '1038000003:eligible']);
  });
});
