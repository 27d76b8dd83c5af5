import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OrderCard } from '../../components/OrderCard';
import { cardOf, quickCheckCard } from '../../components/popupModel';
import { NOW, cancelledOwn, eligibleCancel, pendingReturn } from './popupFixtures';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('OrderCard', () => {
  it('carries the verdict state and order number on the card element', () => {
    render(<OrderCard card={cardOf(pendingReturn, NOW)} lang="en" now={NOW} timeZone="Asia/Tokyo" />);
    const card = screen.getByTestId('order-result');
    expect(card.getAttribute('data-qwa-state')).toBe('pending');
    expect(card.getAttribute('data-qwa-order')).toBe('1038452888');
    expect(screen.getByRole('heading', { name: 'Order 1038452888' })).toBeTruthy();
  });

  it('states the logged cancellation and the cooldown’s next step, in Korean', () => {
    render(<OrderCard card={cardOf(cancelledOwn, NOW)} lang="ko" now={NOW} timeZone="Asia/Seoul" />);
    const text = screen.getByTestId('order-result').textContent ?? '';
    expect(text).toContain('철회요청을 취소함');
    expect(screen.getByTestId('qwa-next-step').textContent).toContain('2026년 11월 26일');
    expect(screen.queryByTestId('qwa-local-time')).toBeNull(); // Seoul reads Tokyo's clock
  });

  it('says when QSM last showed the order in JST and, when it differs, in the seller’s time', () => {
    const seen = { ...pendingReturn, lastSeenAt: Date.parse('2026-11-21T16:30:00Z') };
    const { unmount } = render(<OrderCard card={cardOf(seen, NOW)} lang="en" now={NOW} timeZone="America/Los_Angeles" />);
    expect(screen.getByTestId('qwa-last-seen').textContent).toContain('Last seen in QSM: 2026/11/22 01:30 JST');
    expect(screen.getByTestId('qwa-last-seen-local').textContent).toBe('Your local time: 2026/11/21 08:30 PST (Pacific Standard Time)');
    unmount();
    render(<OrderCard card={cardOf(seen, NOW)} lang="en" now={NOW} timeZone="Asia/Seoul" />);
    expect(screen.getByTestId('qwa-last-seen').textContent).toBe('Last seen in QSM: 2026/11/22 01:30 JST');
    expect(screen.queryByTestId('qwa-last-seen-local')).toBeNull();
  });

  it('marks a quick check as typed, not seen in QSM', () => {
    const card = quickCheckCard('1234567890', { kind: 'cancel', stage: 'requested' }, NOW);
    render(<OrderCard card={card} lang="en" now={NOW} timeZone="Asia/Tokyo" />);
    expect(screen.getByTestId('qwa-last-seen').textContent).toContain('not been seen in QSM');
  });

  it('copies a buyer message, and refuses one with a problem, saying why', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(
      <OrderCard
        card={cardOf(eligibleCancel, NOW)}
        lang="en"
        now={NOW}
        timeZone="Asia/Tokyo"
        messages={[
          { id: 'ok', label: 'Copy message (Japanese)', compose: () => ({ ok: true, text: 'ご注文 1038452111 …' }) },
          { id: 'blocked', label: 'Copy message (English)', compose: () => ({ ok: false, why: 'it contains a phone number' }) },
        ]}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy message (Japanese)' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copied'));
    expect(writeText).toHaveBeenCalledWith('ご注文 1038452111 …');

    fireEvent.click(screen.getByRole('button', { name: 'Copy message (English)' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Not copied: it contains a phone number'));
    expect(writeText).toHaveBeenCalledOnce();
  });

  it('says so when the clipboard refuses', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) } });
    render(<OrderCard card={cardOf(eligibleCancel, NOW)} lang="en" now={NOW} timeZone="Asia/Tokyo" messages={[{ id: 'ok', label: 'Copy', compose: () => ({ ok: true, text: 'x' }) }]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Could not copy'));
  });
});
