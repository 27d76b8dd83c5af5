import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp, type PopupAppProps } from '../../components/PopupApp';
import { createClock } from '../../components/popupClock';
import type { ClaimRecord } from '../../lib/history';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { NOW, RECORDS, delayedCancel, pendingReturn } from './popupFixtures';

afterEach(cleanup);

function popup(props: Partial<PopupAppProps> = {}) {
  const clock = createClock(NOW);
  const onOpenOptions = vi.fn();
  const view = render(
    <PopupApp records={RECORDS} settings={DEFAULT_SETTINGS} lang="en" timeZone="Asia/Tokyo" clock={clock} onOpenOptions={onOpenOptions} {...props} />,
  );
  const search = screen.getByTestId('order-search') as HTMLInputElement;
  const type = (text: string) => fireEvent.input(search, { target: { value: text } });
  const cards = () => screen.queryAllByTestId('order-result');
  const shown = () => cards().map((c) => `${c.getAttribute('data-qwa-order')}:${c.getAttribute('data-qwa-state')}`);
  return { ...view, clock, search, type, cards, shown, onOpenOptions };
}

describe('PopupApp search', () => {
  it('starts focused on the search box', () => {
    const { search } = popup();
    expect(document.activeElement).toBe(search);
    expect(screen.queryAllByTestId('order-result')).toHaveLength(0);
  });

  it('finds orders by whole, partial, spaced, hyphenated and full-width digits, the state on each card', () => {
    const { type, shown, cards } = popup();
    type('1038452888');
    expect(shown()).toEqual(['1038452888:pending']);
    type('452');
    expect(shown().sort()).toEqual(['1038452111:eligible', '1038452888:pending']);
    expect(screen.getByTestId('result-count').textContent).toBe('2 saved orders match');
    type('1038 452 888');
    expect(shown()).toEqual(['1038452888:pending']);
    type('１０３８－４５２－１１１');
    expect(shown()).toEqual(['1038452111:eligible']);
    type('99999');
    expect(shown()).toEqual(['1099999999:cooldown']);
    type('211111111'); // cart number
    expect(shown()).toEqual(['1099999999:cooldown']);
    type('2000000001');
    expect(shown()).toEqual(['2000000001:ineligible']);
    // The attributes sit on the card element itself.
    expect(cards()[0]?.tagName).toBe('ARTICLE');
  });

  it('counts every match but shows at most 20 cards, and says so', () => {
    const many: ClaimRecord[] = Array.from({ length: 50 }, (_, i) => ({ ...RECORDS[0]!, orderNo: `30000000${String(i).padStart(2, '0')}`, cartNo: `4000000${String(i).padStart(2, '0')}`, lastSeenAt: NOW - i * 60_000 }));
    const { type, cards } = popup({ records: many });
    type('3000');
    expect(cards()).toHaveLength(20);
    expect(cards()[0]?.getAttribute('data-qwa-order')).toBe('3000000000'); // the most recently seen
    expect(screen.getByTestId('result-count').textContent).toBe('20 of 50 saved orders shown — type more digits to narrow it down');
    type('3000000049');
    expect(screen.getByTestId('result-count').textContent).toBe('1 saved order matches');
  });

  it('shows a single match in full: kind and stage in words, reason, JST dates, next step, last seen', () => {
    const { type } = popup({ timeZone: 'Asia/Shanghai' });
    type('1038452888');
    const card = screen.getByTestId('order-result');
    const text = card.textContent ?? '';
    expect(text).toContain('Order 1038452888');
    expect(text).toContain('Cart 210340349');
    expect(within(card).getByTestId('qwa-kind-stage').textContent).toBe('Return · Return requested');
    expect(text).toContain('Withdraw request sent on Fri, Nov 20, 2026');
    expect(text).toContain('The buyer can answer until the end of Thu, Nov 26, 2026 (JST)');
    // The answer period's end as the deadline's own day at 24:00, not as 11/27, which reads as a day more.
    expect(text).toContain('2026/11/26 24:00 JST');
    expect(text).not.toContain('2026/11/27 00:00');
    expect(within(card).getByTestId('qwa-local-time').textContent).toContain('2026/11/26 23:00');
    expect(within(card).getByTestId('qwa-next-step').textContent).toContain('Wait for the buyer until the end of Thu, Nov 26, 2026');
    expect(within(card).getByTestId('qwa-last-seen').textContent).toContain('Last seen in QSM: 2026/11/22 12:03 JST');
    expect(within(card).getByTestId('qwa-last-seen-local').textContent).toBe('Your local time: 2026/11/22 11:03 GMT+8 (China Standard Time)');
    expect(within(card).getByTestId('qwa-countdown').textContent).toBe('4d 09:57:00');
  });

  it('runs every countdown from the one shared clock', () => {
    const { type, clock } = popup();
    type('452');
    const countdown = () => screen.getByTestId('qwa-countdown').textContent;
    expect(countdown()).toBe('4d 09:57:00');
    act(() => clock.setState({ now: NOW + 1000 }));
    expect(countdown()).toBe('4d 09:56:59');
    // The verdict is live too: past the deadline the card says QSM withdraws it by itself.
    act(() => clock.setState({ now: Date.parse('2026-11-26T15:00:01Z') }));
    expect(screen.getAllByTestId('order-result')[0]?.textContent).toContain('If it is still open after Fri, Nov 27, 2026 (the automatic withdrawal day), ask Qoo10.');
  });

  it.each([
    ['en', 'QSM withdraws the claim automatically on', 'Check the claim in QSM on'],
    ['ja', '自動で撤回します', 'に QSM でクレームを確認し'],
  ] as const)('names no day gone by as one still to come, days after an unanswered deadline (%s)', (lang, futureReason, futureCheck) => {
    // The buyer's last day was 11/26; on 11/29 the automatic withdrawal day (11/27) is two days past.
    const { type, clock } = popup({ lang });
    type('1038452888');
    act(() => clock.setState({ now: Date.parse('2026-11-29T03:00:00Z') }));
    const text = screen.getByTestId('order-result').textContent ?? '';
    expect(text).not.toContain(futureReason);
    expect(text).not.toContain(futureCheck);
  });

  it('explains ineligible and eligible claims with the panel’s own words', () => {
    const { type } = popup({ lang: 'ja' });
    type('2000000001');
    expect(screen.getByTestId('qwa-ask-qoo10').textContent).toContain('お問い合わせ');
    expect(screen.getByTestId('qwa-kind-stage').textContent).toBe('返品 · 返品中');
    type('1038452111');
    expect(screen.getByTestId('qwa-how-to-send')).toBeTruthy();
  });

  it('counts results in an aria-live region, and says when the query is too short', () => {
    const { type } = popup();
    const status = screen.getByTestId('result-count');
    expect(status.getAttribute('aria-live')).toBe('polite');
    type('10');
    expect(status.textContent).toBe('Type at least 3 digits of an order or cart number.');
    type('2000000002');
    expect(status.textContent).toBe('1 saved order matches');
  });

  it('pre-fills the search from ?order=', () => {
    const { search, shown } = popup({ initialQuery: '1099999999' });
    expect(search.value).toBe('1099999999');
    expect(shown()).toEqual(['1099999999:cooldown']);
  });

  it('renders hostile strings from a record as text', () => {
    const hostile: ClaimRecord = {
      v: 1,
      orderNo: '<img src=x onerror="alert(1)">1234567',
      cartNo: '"><script>alert(2)</script>',
      kind: 'cancel',
      stage: 'requested',
      events: [],
      lastSeenAt: NOW,
    };
    const { type, container } = popup({ records: [hostile] });
    type('1234567');
    const card = screen.getByTestId('order-result');
    expect(card.getAttribute('data-qwa-order')).toBe(hostile.orderNo);
    expect(card.textContent).toContain('Order <img src=x onerror="alert(1)">1234567');
    expect(card.textContent).toContain('"><script>alert(2)</script>');
    expect(container.querySelector('img, script')).toBeNull();
  });
});

describe('PopupApp quick check', () => {
  it('offers the quick check for an order never seen, carded with the typed digits', () => {
    const { type } = popup();
    type('1234-567-890');
    expect(screen.getByTestId('result-count').textContent).toContain('No saved order matches 1234567890');
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    const card = screen.getByTestId('order-result');
    expect(card.getAttribute('data-qwa-order')).toBe('1234567890');
    expect(card.getAttribute('data-qwa-state')).toBe('eligible');
    expect(document.activeElement).toBe(card);
  });
});

describe('PopupApp with pasted text and numbers that are no order', () => {
  it('shows the saved order for a pasted line holding other digits, and no quick check', () => {
    const { type, shown } = popup({ lang: 'ja' });
    type('注文番号：1038452888 数量：1');
    expect(shown()).toEqual(['1038452888:pending']);
    expect(screen.queryByTestId('quick-check')).toBeNull();
  });

  it('offers the quick check for the order number of a pasted line, not for its digits run together', () => {
    const { type } = popup();
    type('Order No. 1038452999 / Cart No. 210340999');
    expect(screen.getByTestId('result-count').textContent).toBe('No saved order matches 1038452999, 210340999. Check it by hand below.');
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByTestId('order-result').getAttribute('data-qwa-order')).toBe('1038452999');
  });

  it('shows no quick check for an unknown cart number or part, and says to type a whole order number', () => {
    const { type } = popup();
    for (const query of ['210340999', '77777']) {
      type(query);
      expect(screen.queryByTestId('quick-check')).toBeNull();
      expect(screen.queryAllByTestId('order-result')).toHaveLength(0);
      expect(screen.getByTestId('result-count').textContent).toBe(`No saved order matches ${query}. To check an order by hand, type its whole 10-digit order number.`);
    }
  });
});

describe('PopupApp due soon and keyboard', () => {
  it('lists due rows, what needs action now first, then soonest first, and opens the order from a row', () => {
    const { search, shown } = popup();
    const rows = screen.getAllByTestId('due-row');
    expect(rows.map((r) => `${r.getAttribute('data-qwa-due')}:${r.getAttribute('data-qwa-order')}`)).toEqual([
      'delayed:2000000002',
      'deadline:1038452888',
      'cooldownEnd:1099999999',
      'cooldownEnd:2000000003',
    ]);
    expect(rows.every((r) => r.tagName === 'BUTTON')).toBe(true);
    expect(rows[1]?.textContent).toContain('Buyer can answer until Thu, Nov 26, 2026');
    expect(screen.queryByTestId('due-more')).toBeNull();
    fireEvent.click(rows[2]!);
    expect(search.value).toBe('1099999999');
    expect(shown()).toEqual(['1099999999:cooldown']);
    expect(document.activeElement).toBe(screen.getByTestId('order-result'));
  });

  it('keeps a due row’s accessible name through the seconds, so a focused row is not read aloud on every tick', () => {
    const { clock } = popup({ lang: 'ja' });
    const row = screen.getAllByTestId('due-row').find((r) => r.getAttribute('data-qwa-due') === 'deadline')!;
    // The row's name as a screen reader computes it.
    const nameOf = (el: HTMLElement) => {
      let name = '';
      screen.getByRole('button', { name: (n, node) => node === el && Boolean((name = n)) });
      return name;
    };
    const before = nameOf(row);
    expect(before).toMatch(/^注文番号 1038452888/);
    const shown = row.textContent;
    act(() => clock.setState({ now: NOW + 1000 }));
    expect(row.textContent).not.toBe(shown); // the countdown the seller sees ticks
    expect(nameOf(row)).toBe(before);
  });

  it('says in words, not by the red edge alone, which rows need action now', () => {
    popup({ lang: 'ja' });
    const rows = screen.getAllByTestId('due-row');
    for (const row of rows) {
      const red = (row as HTMLElement).style.borderLeft.includes('rgb(217, 48, 37)') || (row as HTMLElement).style.borderLeft.includes('#d93025');
      expect(row.textContent?.includes('要対応'), row.getAttribute('data-qwa-order')!).toBe(red);
    }
    // The delayed claim is to do now, and has no countdown to say so.
    expect(rows.find((r) => r.getAttribute('data-qwa-due') === 'delayed')?.textContent).toContain('要対応');
  });

  it('keeps what needs action now in a list cut short, and says how many rows are not shown', () => {
    // 32 requests waiting for the buyer, sent 11/18 to 11/21 (none within the lead hours yet), and one delayed claim.
    const waiting = Array.from({ length: 32 }, (_, i) => ({
      ...pendingReturn,
      orderNo: String(1050000000 + i),
      cartNo: undefined,
      withdraw: { state: 'requested' as const, requestedOn: `2026-11-${18 + (i % 4)}` },
    }));
    popup({ records: [...waiting, delayedCancel], lang: 'ja' });
    const rows = screen.getAllByTestId('due-row');
    expect(rows).toHaveLength(30);
    expect(rows[0]!.getAttribute('data-qwa-order')).toBe('2000000002');
    const more = screen.getByTestId('due-more');
    expect(more.textContent).toBe('ほか3件を表示');
    // The toolbar counts every order due: the seller can see them all.
    fireEvent.click(more);
    expect(screen.getAllByTestId('due-row')).toHaveLength(33);
    expect(screen.queryByTestId('due-more')).toBeNull();
    expect(document.activeElement).toBe(screen.getAllByTestId('due-row')[30]);
  });

  it('shows every saved order of a whole cart number on asking: no more digits can narrow it', () => {
    const cart = Array.from({ length: 25 }, (_, i) => ({ ...pendingReturn, orderNo: String(1050000000 + i), cartNo: '219000001' }));
    const { search, shown } = popup({ records: cart });
    fireEvent.input(search, { target: { value: '219000001' } });
    expect(shown()).toHaveLength(20);
    expect(screen.getByTestId('result-count').textContent).toMatch(/^20 of 25 saved orders shown/);
    fireEvent.click(screen.getByRole('button', { name: 'Show all 25' }));
    expect(shown()).toHaveLength(25);
    // The button is gone: the focus is on the first card it brought, not lost to the page's top.
    expect(document.activeElement).toBe(screen.getAllByTestId('order-result')[20]);
    // Another search starts with the first cards again, also back on the same number.
    fireEvent.input(search, { target: { value: '10500000' } });
    expect(shown()).toHaveLength(20);
    fireEvent.input(search, { target: { value: '219000001' } });
    expect(shown()).toHaveLength(20);
  });

  it('counts nothing down on a row whose moment has come: a cooldown over says "Act now", not "ended"', () => {
    // The refused exchange may be asked again from 11/24 00:00 JST; at 08:00 that day its row is news.
    popup({ clock: createClock(Date.parse('2026-11-24T08:00:00+09:00')) });
    const row = screen.getAllByTestId('due-row').find((r) => r.getAttribute('data-qwa-order') === '1099999999')!;
    expect(row.textContent).toContain('Act now');
    expect(row.textContent).not.toMatch(/ended/i);
  });

  it('shows the empty state when nothing is due', () => {
    popup({ records: [] });
    expect(screen.getByTestId('due-empty').textContent).toContain('Nothing due soon');
  });

  it('moves focus to the first card on Enter, and to the quick check when nothing matches', () => {
    const { search, type } = popup();
    type('452');
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(document.activeElement).toBe(screen.getAllByTestId('order-result')[0]);
    search.focus();
    type('5555555555');
    fireEvent.keyDown(search, { key: 'Enter' });
    expect((document.activeElement as HTMLSelectElement).name).toBe('kind');
  });

  it('stays in the search on the Enter that confirms an input method’s conversion (１０３８ typed in Japanese mode)', () => {
    const { search, type } = popup();
    search.focus();
    type('４５２');
    fireEvent.keyDown(search, { key: 'Enter', isComposing: true });
    expect(document.activeElement).toBe(search);
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(document.activeElement).toBe(screen.getAllByTestId('order-result')[0]);
  });

  it('toggles a card’s explanation from its badge button', () => {
    const { type } = popup();
    type('452'); // two matches: explanations start closed
    const card = screen.getAllByTestId('order-result')[0]!;
    const badge = within(card).getByRole('button', { name: /Waiting for buyer/ });
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    expect(within(card).queryByText(/The buyer can answer/)).toBeNull();
    fireEvent.click(badge);
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    expect(within(card).getByText(/The buyer can answer/)).toBeTruthy();
  });

  it('links to QSM’s claim page in a new tab and to the options page', () => {
    const { onOpenOptions } = popup({ lang: 'zh_CN' });
    const link = screen.getByRole('link', { name: '打开 QSM 取消/退货/未收取' });
    expect(link.getAttribute('href')).toBe('https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/Claim/ClaimManagement.aspx');
    expect(link.getAttribute('target')).toBe('_blank');
    fireEvent.click(screen.getByRole('button', { name: '设置' }));
    expect(onOpenOptions).toHaveBeenCalledOnce();
  });

  it('speaks the seller’s language', () => {
    popup({ lang: 'ko' });
    expect(screen.getByText('주문번호 또는 장바구니번호')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '곧 다가오는 기한' })).toBeTruthy();
  });
});
