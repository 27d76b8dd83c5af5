import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VerdictBadge } from '../../components/VerdictBadge';
import type { UiLanguage } from '../../lib/i18n';
import type { WithdrawVerdict } from '../../lib/rules';
import { NOW_AFTER_DEADLINE, NOW_COOLDOWN, NOW_PENDING, autoWithdrawDue, cooldown, eligible, ineligible, pending, unknown } from './fixtures';

afterEach(cleanup);

function badge(verdict: WithdrawVerdict, lang: UiLanguage, now = NOW_PENDING, open = false, onToggle = () => {}) {
  render(<VerdictBadge verdict={verdict} lang={lang} now={now} open={open} onToggle={onToggle} />);
  return screen.getByRole('button');
}

describe('VerdictBadge', () => {
  it.each([
    ['en', eligible, 'Withdraw OK', undefined],
    ['en', pending, 'Waiting for buyer', '2d 03:14:05'],
    ['en', ineligible, 'Not possible here', undefined],
    ['en', unknown, 'Unknown', undefined],
    ['zh_CN', eligible, '可要请撤回', undefined],
    ['zh_CN', pending, '等待买家回应', '2天 03:14:05'],
    ['ja', pending, '購入者の回答待ち', '2日 03:14:05'],
    ['ko', pending, '구매자 응답 대기', '2일 03:14:05'],
    // The buyer's time is up: QSM withdraws the claim itself, nothing is left to count down.
    ['en', autoWithdrawDue, 'Auto-withdraw due', undefined],
    ['ja', autoWithdrawDue, '自動撤回待ち', undefined],
  ] as const)('%s %o shows its label and countdown', (lang, verdict, label, countdown) => {
    const button = badge(verdict, lang, verdict === autoWithdrawDue ? NOW_AFTER_DEADLINE : NOW_PENDING);
    expect(button.textContent).toContain(label);
    expect(button.getAttribute('data-state')).toBe(verdict.state);
    const shown = screen.queryByTestId('qwa-countdown')?.textContent;
    expect(shown).toBe(countdown);
  });

  it('counts down to the start of the next allowed JST day in cooldown', () => {
    expect(badge(cooldown, 'en', NOW_COOLDOWN).textContent).toBe('Cooldown01:00:00');
    cleanup();
    expect(badge(cooldown, 'zh_CN', NOW_COOLDOWN).textContent).toContain('等待再次要请');
  });

  it('says ended once the deadline has passed, and follows the outside clock', () => {
    const { rerender } = render(<VerdictBadge verdict={pending} lang="en" now={NOW_PENDING} open={false} onToggle={() => {}} />);
    rerender(<VerdictBadge verdict={pending} lang="en" now={NOW_PENDING + 1000} open={false} onToggle={() => {}} />);
    expect(screen.getByTestId('qwa-countdown').textContent).toBe('2d 03:14:04');
    rerender(<VerdictBadge verdict={pending} lang="en" now={Date.parse('2021-08-04T15:00:00Z')} open={false} onToggle={() => {}} />);
    expect(screen.getByTestId('qwa-countdown').textContent).toBe('ended');
  });

  it('is a button with aria-expanded and a title, and calls onToggle', () => {
    const onToggle = vi.fn();
    const button = badge(eligible, 'en', NOW_PENDING, false, onToggle);
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('title')).toBe('Withdraw OK');
    fireEvent.click(button);
    expect(onToggle).toHaveBeenCalledTimes(1);
    cleanup();
    expect(badge(eligible, 'en', NOW_PENDING, true).getAttribute('aria-expanded')).toBe('true');
  });

  it('keeps its accessible name through the seconds, so a focused badge is not read aloud on every tick', () => {
    const { rerender } = render(<VerdictBadge verdict={pending} lang="zh_CN" now={NOW_PENDING} open={false} onToggle={() => {}} />);
    const name = '等待买家回应 — 2天 3小时';
    const button = screen.getByRole('button', { name });
    rerender(<VerdictBadge verdict={pending} lang="zh_CN" now={NOW_PENDING + 1000} open={false} onToggle={() => {}} />);
    expect(screen.getByTestId('qwa-countdown').textContent).toBe('2天 03:14:04');
    expect(screen.getByRole('button', { name })).toBe(button);
  });

  it('marks a delayed claim for eyes and screen readers', () => {
    const button = badge({ ...ineligible, delayed: true }, 'en');
    expect(button.textContent).toContain('Delayed');
    expect(button.getAttribute('title')).toContain('Delayed');
  });

  it('accepts a deadline that came through JSON as a string', () => {
    const fromJson = JSON.parse(JSON.stringify(pending)) as WithdrawVerdict;
    badge(fromJson, 'en');
    expect(screen.getByTestId('qwa-countdown').textContent).toBe('2d 03:14:05');
  });
});
