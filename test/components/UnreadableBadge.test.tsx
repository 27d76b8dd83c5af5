import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UnreadableBadge } from '../../components/UnreadableBadge';
import { contrast } from './contrast';

afterEach(cleanup);

describe('UnreadableBadge', () => {
  it('opens to explain, copies the diagnostic and confirms', async () => {
    const onCopy = vi.fn(async () => true);
    render(<UnreadableBadge lang="en" onCopy={onCopy} />);
    const badge = screen.getByRole('button', { name: 'Could not read this page' });
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('Copy diagnostic')).toBeNull();

    fireEvent.click(badge);
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText(/did not recognise/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy diagnostic' }));
    expect(await screen.findByText('Copied')).toBeTruthy();
    expect(onCopy).toHaveBeenCalledTimes(1);
  });

  it('closes its explanation on Escape, focus back on the pill, as the verdict panel does', () => {
    render(<UnreadableBadge lang="en" onCopy={() => true} />);
    const badge = screen.getByRole('button', { name: 'Could not read this page' });
    fireEvent.click(badge);
    const copy = screen.getByRole('button', { name: 'Copy diagnostic' });
    copy.focus();
    // Not while an input method composes.
    fireEvent.keyDown(copy, { key: 'Escape', isComposing: true });
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    const pageHeard = vi.fn(); // ours alone: QSM's page would close its layer on the same Escape
    document.addEventListener('keydown', pageHeard);
    fireEvent.keyDown(copy, { key: 'Escape' });
    document.removeEventListener('keydown', pageHeard);
    expect(pageHeard).not.toHaveBeenCalled();
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('Copy diagnostic')).toBeNull();
    expect(document.activeElement).toBe(badge);
    // It says what the diagnostic holds and where it goes: no address that does not exist.
    fireEvent.click(badge);
    expect(screen.getByText(/labels only, no order data/).textContent).toContain('store page');
  });

  it('writes its words legibly: at least 4.5:1 against its background (WCAG AA)', () => {
    render(<UnreadableBadge lang="ja" onCopy={() => true} />);
    const { color, background } = screen.getByRole('button', { name: 'このページを読み取れません' }).style;
    expect(contrast(color, background)).toBeGreaterThanOrEqual(4.5);
  });

  it('accepts a synchronous answer, in Chinese', async () => {
    render(<UnreadableBadge lang="zh_CN" onCopy={() => true} />);
    fireEvent.click(screen.getByRole('button', { name: '无法读取此页面' }));
    fireEvent.click(screen.getByRole('button', { name: '复制诊断信息' }));
    expect(await screen.findByText('已复制')).toBeTruthy();
  });

  it('says so when copying fails or throws', async () => {
    render(<UnreadableBadge lang="en" onCopy={() => Promise.reject(new Error('denied'))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Could not read this page' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy diagnostic' }));
    expect(await screen.findByText('Could not copy')).toBeTruthy();
    expect(screen.queryByText('Copied')).toBeNull();
  });

  it('carries the seller’s language, not the page’s (its font in Firefox, a screen reader’s voice)', () => {
    render(<UnreadableBadge lang="zh_CN" onCopy={() => true} />);
    fireEvent.click(screen.getByRole('button', { name: '无法读取此页面' }));
    expect(screen.getByRole('region').getAttribute('lang')).toBe('zh-CN');
  });
});
