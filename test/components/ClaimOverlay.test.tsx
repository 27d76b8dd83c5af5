import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimOverlay } from '../../components/ClaimOverlay';
import { NOW_PENDING, pending } from './fixtures';

afterEach(cleanup);

describe('ClaimOverlay', () => {
  it('opens the panel from the badge and closes it with Escape, focus back on the badge', () => {
    render(<ClaimOverlay verdict={pending} lang="ja" timeZone="Asia/Shanghai" orderNo="1234567890" now={NOW_PENDING} />);
    const badge = screen.getByRole('button', { name: /購入者の回答待ち/ });
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.click(badge);
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain('2021年8月4日(水)');
    expect(dialog.textContent).toContain('注文番号 1234567890');
    expect(screen.getByTestId('qwa-local-time').textContent).toContain('2021/08/04 23:00');

    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(badge);
  });

  it('toggles closed from the badge too', () => {
    render(<ClaimOverlay verdict={pending} lang="en" timeZone="Asia/Tokyo" now={NOW_PENDING} />);
    const badge = screen.getByRole('button', { name: /Waiting for buyer/ });
    fireEvent.click(badge);
    fireEvent.click(badge);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
