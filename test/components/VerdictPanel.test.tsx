import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VerdictPanel } from '../../components/VerdictPanel';
import type { UiLanguage } from '../../lib/i18n';
import type { WithdrawVerdict } from '../../lib/rules';
import { NOW_COOLDOWN, NOW_PENDING, cooldown, eligible, ineligible, pending, unknown } from './fixtures';

afterEach(cleanup);

function panel(verdict: WithdrawVerdict, opts: { lang?: UiLanguage; timeZone?: string; orderNo?: string; now?: number; onClose?: () => void } = {}) {
  return render(
    <VerdictPanel
      verdict={verdict}
      lang={opts.lang ?? 'en'}
      now={opts.now ?? NOW_PENDING}
      timeZone={opts.timeZone ?? 'Asia/Tokyo'}
      orderNo={opts.orderNo}
      onClose={opts.onClose ?? (() => {})}
    />,
  );
}

describe('VerdictPanel', () => {
  it('explains a pending request with JST dates and the countdown', () => {
    const { container } = panel(pending, { orderNo: '1234567890' });
    const text = container.textContent ?? '';
    expect(text).toContain('The buyer can answer until the end of Wed, Aug 4, 2021 (JST).');
    expect(text).toContain('QSM withdraws the claim automatically on Thu, Aug 5, 2021.');
    expect(text).toContain('2021/08/04 24:00 JST');
    expect(text).toContain('2d 03:14:05');
    expect(text).toContain('Order 1234567890');
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('writes Japan time after a day as each language does', () => {
    const { container } = panel(pending, { lang: 'ja' });
    expect(container.textContent).toContain('2021年8月4日（水）（日本時間）');
    cleanup();
    const ko = panel(pending, { lang: 'ko' });
    expect(ko.container.textContent).toContain('일본 시간 2021년 8월 4일 (수)');
  });

  it("adds the seller's own time only when that clock differs from Japan's", () => {
    panel(pending, { timeZone: 'Asia/Shanghai' });
    expect(screen.getByTestId('qwa-local-time').textContent).toBe('Your local time: 2021/08/04 23:00 GMT+8 (China Standard Time)');
    cleanup();
    panel(pending, { timeZone: 'Asia/Tokyo' });
    expect(screen.queryByTestId('qwa-local-time')).toBeNull();
    cleanup();
    panel(pending, { timeZone: 'Asia/Seoul' }); // same clock as Tokyo
    expect(screen.queryByTestId('qwa-local-time')).toBeNull();
  });

  it('shows the next allowed day in cooldown, in Chinese', () => {
    const { container } = panel(cooldown, { lang: 'zh_CN', now: NOW_COOLDOWN, timeZone: 'Asia/Shanghai' });
    const text = container.textContent ?? '';
    expect(text).toContain('买家拒绝了撤回要请');
    expect(text).toContain('2021年8月9日 周一');
    expect(text).toContain('2021/08/09 00:00 JST');
    expect(screen.getByTestId('qwa-local-time').textContent).toContain('2021/08/08 23:00');
    expect(text).toContain('01:00:00');
  });

  it('sends ineligible claims to Qoo10 with the exact menu path', () => {
    panel(ineligible, { lang: 'zh_CN' });
    expect(screen.getByTestId('qwa-ask-qoo10').textContent).toContain('咨询 › 退款・投诉撤回 › 投诉撤回');
    cleanup();
    panel(ineligible, { lang: 'ja' });
    expect(screen.getByTestId('qwa-ask-qoo10').textContent).toContain('お問い合わせ › 払い戻し・クレーム撤回 › クレーム撤回');
    expect(screen.queryByTestId('qwa-how-to-send')).toBeNull();
  });

  it('gives eligible claims the how-to-send hint', () => {
    panel(eligible, { lang: 'zh_CN' });
    expect(screen.getByTestId('qwa-how-to-send').textContent).toContain('撤回索赔要请');
    // Eligible again after a refusal, the page offers the re-request button (with a reason) instead.
    expect(screen.getByTestId('qwa-how-to-send').textContent).toContain('【再次要请撤回】');
    expect(screen.queryByTestId('qwa-ask-qoo10')).toBeNull();
  });

  it('shows the delayed warning and the deadline-mismatch warning', () => {
    const { container } = panel({ ...pending, delayed: true, warnings: ['deadline-mismatch'] });
    // No order to "confirm it", which would accept the claim the seller is asking the buyer to withdraw.
    expect(screen.getByTestId('qwa-delayed').textContent).toBe(
      'Delayed: this request has been unconfirmed for more than 4 days. QSM counts it as delayed until it is processed or withdrawn.',
    );
    expect(container.textContent).toContain('The page shows a different deadline than the rule gives; the page’s date is used');
  });

  it('names an unreadable claim-list row in words, not by its code, in every language', () => {
    const row = { ...unknown, warnings: ['unreadable-row'] };
    for (const [lang, words] of [['en', 'this row of the claim list'], ['ja', 'クレーム一覧のこの行'], ['zh_CN', '索赔列表中的这一行'], ['ko', '클레임 목록의 이 행']] as const) {
      const { container, unmount } = panel(row, { lang });
      expect(container.textContent).toContain(words);
      expect(container.textContent).not.toContain('unreadable-row');
      unmount();
    }
  });

  it('after an unanswered deadline: no "ended" countdown, and where to ask Qoo10 should the claim stay open', () => {
    const lapsed = { ...pending, reason: 'auto-withdraw-due' as const };
    const { container } = panel(lapsed);
    expect(container.textContent).not.toContain('Time left');
    expect(screen.getByTestId('qwa-ask-qoo10').textContent).toContain('If the claim is still open after the automatic withdrawal day, ask Qoo10:');
    expect(screen.getByTestId('qwa-ask-qoo10').textContent).toContain('Claim withdrawal');
  });

  it('lists unreadable fields for an unknown verdict', () => {
    const { container } = panel(unknown, { lang: 'ko' });
    expect(container.textContent).toContain('판정하지 않습니다');
    // The rules' codes ('invalid:kind') named as QSM names the field, in the seller's language.
    expect(container.textContent).toContain('읽지 못한 항목: 클레임 유형');
    expect(container.textContent).not.toContain('invalid:kind');
  });

  it('names every field the rules could not read in the seller’s language, never as a code', () => {
    const warnings = ['invalid:withdraw.requestedOn', 'missing:withdraw.heldOn', 'invalid:claimedOn'];
    const said: Record<UiLanguage, string> = {
      ja: '読み取れなかった項目：撤回要請日、保留日、要請日',
      zh_CN: '无法读取：要请日、保留日、要求日',
      ko: '읽지 못한 항목: 철회요청일, 보류일, 요청일',
      en: 'Could not read: the withdrawal request date, the hold date, the claim date',
    };
    for (const lang of ['ja', 'zh_CN', 'ko', 'en'] as const) {
      const { container } = panel({ ...unknown, warnings }, { lang });
      expect(container.textContent).toContain(said[lang]);
      expect(container.textContent).not.toMatch(/invalid:|missing:/);
      cleanup();
    }
  });

  it('renders hostile page text as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { container } = panel({ ...unknown, warnings: [hostile] }, { orderNo: hostile });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTestId('qwa-order-no').textContent).toBe(`Order ${hostile}`);
    expect(container.textContent).toContain(hostile);
  });

  it('closes with the close button and with Escape', () => {
    const onClose = vi.fn();
    panel(pending, { onClose });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    const pageHeard = vi.fn(); // ours alone: QSM's page would close its layer on the same Escape
    document.addEventListener('keydown', pageHeard);
    document.addEventListener('keyup', pageHeard);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Close' }), { key: 'Escape' });
    // Its keyup too, though the focus has left the closed panel.
    fireEvent.keyUp(document.body, { key: 'Escape' });
    expect(pageHeard).not.toHaveBeenCalled();
    expect(onClose).toHaveBeenCalledTimes(2);
    // The next Escape's keyup is QSM's again.
    fireEvent.keyUp(document.body, { key: 'Escape' });
    expect(pageHeard).toHaveBeenCalledTimes(1);
    document.removeEventListener('keydown', pageHeard);
    document.removeEventListener('keyup', pageHeard);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Enter' });
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('leaves Escape pressed on QSM’s page to QSM: its message box keeps the focus, the panel stays', () => {
    const onClose = vi.fn();
    panel(pending, { onClose });
    const box = document.body.appendChild(document.createElement('textarea'));
    box.focus();
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(onClose).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(box);
    box.remove();
  });

  // QSM's page is often in another language than the seller's (a Chinese QSM, an English assistant): the
  // panel names its own, or Firefox draws its words with the page language's font (a CJK font's wide
  // apostrophe, Chinese glyph forms in Japanese words) and a screen reader reads them in the page's voice.
  it('carries the seller’s language, not the page’s', () => {
    panel(pending, { lang: 'zh_CN' });
    expect(screen.getByRole('dialog').getAttribute('lang')).toBe('zh-CN');
    cleanup();
    panel(pending, { lang: 'en' });
    expect(screen.getByRole('dialog').getAttribute('lang')).toBe('en');
  });
});
