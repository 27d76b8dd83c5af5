import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { QuickCheckForm } from '../../components/QuickCheckForm';
import type { UiLanguage } from '../../lib/i18n';
import { NOW } from './popupFixtures';

afterEach(cleanup);

function form(lang: UiLanguage = 'en', now = NOW) {
  const view = render(<QuickCheckForm orderNo="1234567890" lang={lang} now={now} timeZone="Asia/Tokyo" />);
  const field = (name: string) => view.container.querySelector(`[name="${name}"]`) as HTMLInputElement | HTMLSelectElement;
  const choose = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });
  const day = (name: string, value: string) => fireEvent.input(field(name), { target: { value } });
  const check = () => fireEvent.submit(screen.getByTestId('quick-check'));
  const card = () => screen.queryByTestId('order-result');
  return { ...view, field, choose, day, check, card };
}

describe('QuickCheckForm', () => {
  it.each([
    ['en', 'Fri, Nov 20, 2026'],
    ['ja', '2026年11月20日（金）'],
  ] as const)('writes each typed day out in the seller’s language (%s), whatever format the browser draws the field in', (lang, words) => {
    const { choose, day } = form(lang);
    expect(screen.queryAllByTestId('typed-day')).toHaveLength(0);
    choose('withdrawState', 'requested');
    day('withdrawOn', '2026-11-20');
    expect(screen.getAllByTestId('typed-day').map((e) => e.textContent)).toEqual([words]);
    // Not part of the field's name, which a screen reader would read again on every change.
    expect(screen.getByTestId('typed-day').closest('label')).toBeNull();
  });

  it('shows no card for a number changed after checking, until that number is checked; the typed facts stay', () => {
    const { choose, day, check, card, rerender, field } = form();
    choose('withdrawState', 'requested');
    day('withdrawOn', '2026-11-20');
    check();
    expect(card()?.getAttribute('data-qwa-order')).toBe('1234567890');
    rerender(<QuickCheckForm orderNo="1234567891" lang="en" now={NOW} timeZone="Asia/Tokyo" />);
    expect(card()).toBeNull();
    expect(field('withdrawOn').value).toBe('2026-11-20');
    check();
    expect(card()?.getAttribute('data-qwa-order')).toBe('1234567891');
    expect(card()?.getAttribute('data-qwa-state')).toBe('pending');
  });

  it('judges a fresh request as eligible, carded with the typed number', () => {
    const { check, card } = form();
    expect(card()).toBeNull();
    check();
    expect(card()?.getAttribute('data-qwa-state')).toBe('eligible');
    expect(card()?.getAttribute('data-qwa-order')).toBe('1234567890');
    expect(card()?.textContent).toContain('Checked from what you typed');
  });

  it('computes pending from the typed request day: answer through day + 6 (JST)', () => {
    const { choose, day, check, card } = form();
    choose('kind', 'return');
    choose('withdrawState', 'requested');
    day('withdrawOn', '2026-11-20');
    check();
    expect(card()?.getAttribute('data-qwa-state')).toBe('pending');
    expect(card()?.textContent).toContain('until the end of Thu, Nov 26, 2026 (JST)');
  });

  it('takes a printed deadline over the computed one, with a warning', () => {
    const { choose, day, check, card } = form();
    choose('withdrawState', 'requested');
    day('withdrawOn', '2026-11-20');
    day('deadlineShown', '2026-11-27');
    check();
    expect(card()?.getAttribute('data-qwa-state')).toBe('pending');
    expect(card()?.textContent).toContain('Fri, Nov 27, 2026');
    expect(card()?.textContent).toContain('different deadline');
  });

  it('computes the cooldowns after a refusal and after cancelling one’s own request', () => {
    const { choose, day, check, card } = form();
    choose('kind', 'exchange');
    choose('withdrawState', 'held');
    day('withdrawOn', '2026-11-20');
    check();
    expect(card()?.getAttribute('data-qwa-state')).toBe('cooldown');
    expect(card()?.textContent).toContain('from Wed, Nov 25, 2026 (JST)');
    // The card follows later edits.
    choose('withdrawState', 'cancelled');
    day('withdrawOn', '2026-11-18'); // a new request from 11/23
    expect(card()?.getAttribute('data-qwa-state')).toBe('cooldown');
    day('withdrawOn', '2026-11-17'); // 11/17 + 5 = 11/22 = today: allowed again
    expect(card()?.getAttribute('data-qwa-state')).toBe('eligible');
  });

  it('sends claims past their request stage and non-receipt reports to Qoo10', () => {
    const { choose, check, card } = form('zh_CN');
    choose('kind', 'return');
    choose('stage', 'onHold');
    check();
    expect(card()?.getAttribute('data-qwa-state')).toBe('ineligible');
    choose('kind', 'nonReceipt');
    expect(card()?.getAttribute('data-qwa-state')).toBe('ineligible');
    expect(screen.getByTestId('qwa-ask-qoo10').textContent).toContain('投诉撤回');
  });

  it('marks a typed claim date as delayed from day 5', () => {
    const { day, check, card } = form();
    day('claimedOn', '2026-11-18');
    check();
    expect(card()?.textContent).toContain('Delayed');
  });

  it('offers each kind its own stages, in words', () => {
    const { choose, field } = form('ja');
    const options = () => [...(field('stage') as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options()).toEqual(['キャンセル要請', 'キャンセル中（払い戻し処理中を含む）', 'キャンセル完了']);
    choose('kind', 'return');
    expect(options()).toContain('返品保留');
    choose('stage', 'onHold');
    choose('kind', 'exchange'); // no "on hold" here: back to the request stage
    expect(field('stage').value).toBe('requested');
  });

  it.each([
    ['en', 'This day is after today (Japan time). Enter the day QSM shows.'],
    ['ko', '오늘(일본 시간)보다 뒤의 날짜입니다. QSM에 표시된 날짜를 입력하세요.'],
  ] as const)('refuses a day after today in Japan (%s), on the field that holds it, and offers none in the picker', (lang, words) => {
    // NOW is 2026-11-22 in Japan.
    const { choose, day, check, card, field } = form(lang);
    expect(field('claimedOn').getAttribute('max')).toBe('2026-11-22');
    choose('withdrawState', 'requested');
    expect(field('withdrawOn').getAttribute('max')).toBe('2026-11-22');
    day('withdrawOn', '2026-11-23');
    check();
    expect(card()).toBeNull();
    expect(screen.getByRole('alert').textContent).toBe(words);
    expect(document.activeElement).toBe(field('withdrawOn'));
    expect(field('withdrawOn').getAttribute('aria-invalid')).toBe('true');
    expect(field('claimedOn').getAttribute('aria-invalid')).toBeNull();
  });

  it('refuses a withdraw step dated before the claim, focus on its day', () => {
    const { choose, day, check, card, field } = form();
    day('claimedOn', '2026-11-20');
    choose('withdrawState', 'held');
    day('withdrawOn', '2026-11-18');
    check();
    expect(card()).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('cannot come before the claim date');
    expect(document.activeElement).toBe(field('withdrawOn'));
    day('withdrawOn', '2026-11-20');
    check();
    expect(card()?.getAttribute('data-qwa-state')).toBe('cooldown');
  });

  it('asks for the day of the withdraw step instead of guessing, focus on the date field', () => {
    const { choose, check, card, field } = form();
    choose('withdrawState', 'held');
    check();
    expect(card()).toBeNull();
    expect(screen.getByRole('alert').textContent).toBe('Enter the date of this withdraw step.');
    expect(document.activeElement).toBe(field('withdrawOn'));
    expect(field('withdrawOn').getAttribute('aria-invalid')).toBe('true');
  });
});
