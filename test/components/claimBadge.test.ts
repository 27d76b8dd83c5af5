// A claim's badge as the content script mounts it: the pill (or the grid's chip) in a shadow root, and
// the panel it opens. Queried inside the shadow root, as a seller's screen reader would find it.
import { fireEvent, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearClaimBadge, paintClaimBadge, type ClaimBadgeProps } from '../../components/claimBadge';
import { loadPanels, setPanelLoader } from '../../components/panels';
import { NOW_AFTER_DEADLINE, NOW_COOLDOWN, NOW_PENDING, autoWithdrawDue, cooldown, eligible, ineligible, pending, unknown } from './fixtures';

const mounted: ShadowRoot[] = [];
function mount(props: ClaimBadgeProps) {
  const host = document.createElement('span');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  mounted.push(root);
  paintClaimBadge(root, props);
  const q = within(root as unknown as HTMLElement);
  return { root, q, button: q.getByRole('button') };
}

/** A click on the badge: the panel opens once the views are loaded (at once after the first time). */
async function open(button: HTMLElement) {
  fireEvent.click(button);
  await loadPanels();
}

// As the overlay does when a badge leaves the page: its panel closed, its scroll listener gone.
afterEach(() => {
  mounted.splice(0).forEach((root) => clearClaimBadge(root));
  document.body.replaceChildren();
});

describe('the full pill (a detail page)', () => {
  it('says the state and counts down, updated in place on every tick', () => {
    const { root, q, button } = mount({ verdict: pending, lang: 'en', now: NOW_PENDING });
    expect(button.getAttribute('data-state')).toBe('pending');
    expect(button.textContent).toBe('Waiting for buyer2d 03:14:05');
    expect(button.getAttribute('title')).toBe('Waiting for buyer — 2d 3h');
    paintClaimBadge(root, { verdict: pending, lang: 'en', now: NOW_PENDING + 1000 });
    expect(q.getByRole('button')).toBe(button);
    expect(q.getByTestId('qwa-countdown').textContent).toBe('2d 03:14:04');
    expect(root.querySelectorAll('button')).toHaveLength(1);
  });

  it('keeps its accessible name through the seconds: a focused button read aloud anew on every tick would drown the screen reader', () => {
    const { root, q, button } = mount({ verdict: pending, lang: 'ja', now: NOW_PENDING });
    const name = '購入者の回答待ち — 2日 3時間';
    expect(q.getByRole('button', { name })).toBe(button);
    paintClaimBadge(root, { verdict: pending, lang: 'ja', now: NOW_PENDING + 1000 });
    expect(q.getByTestId('qwa-countdown').textContent).toBe('2日 03:14:04');
    expect(q.getByRole('button', { name })).toBe(button);
    // A state without a countdown is named by the words it shows.
    paintClaimBadge(root, { verdict: eligible, lang: 'ja', now: NOW_PENDING });
    expect(q.getByRole('button', { name: '撤回要請可' })).toBe(button);
  });

  it('drops the countdown when the state has none, and marks a delayed claim for eyes and screen readers', () => {
    const { root, q, button } = mount({ verdict: pending, lang: 'zh_CN', now: NOW_PENDING });
    paintClaimBadge(root, { verdict: { ...ineligible, delayed: true }, lang: 'zh_CN', now: NOW_PENDING });
    expect(button.getAttribute('data-state')).toBe('ineligible');
    expect(q.getByTestId('qwa-countdown').hidden).toBe(true);
    expect(button.textContent).toBe('!延迟此处不可撤回');
    expect(button.querySelector('[aria-hidden=true]')?.textContent).toBe('!');
    expect(button.getAttribute('title')).toBe('此处不可撤回 — 延迟');
  });

  it('renders page-independent words only, as text', async () => {
    const { root, button } = mount({ verdict: eligible, lang: 'ja', now: NOW_PENDING, orderNo: '<img src=x onerror=alert(1)>' });
    await open(button);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('the full pill once the buyer’s time is up', () => {
  it('says QSM withdraws the claim, not that the buyer is still awaited, and counts nothing down', () => {
    const { root, q, button } = mount({ verdict: pending, lang: 'en', now: NOW_PENDING });
    // The clock passes the end of the buyer's last day: the overlay's next verdict says so.
    paintClaimBadge(root, { verdict: autoWithdrawDue, lang: 'en', now: NOW_AFTER_DEADLINE });
    expect(button.textContent).toBe('Auto-withdraw due');
    expect(q.getByTestId('qwa-countdown').hidden).toBe(true);
    expect(button.getAttribute('title')).toBe('Auto-withdraw due');
    expect(button.getAttribute('data-state')).toBe('pending');
  });
});

describe('the chip (a grid row)', () => {
  it.each([
    ['en', eligible, 'OK', 'Can request withdrawal'],
    ['ja', eligible, '可', '撤回要請できます'],
    ['zh_CN', ineligible, '不可', '此处不可撤回'],
    ['ko', ineligible, '불가', 'QSM에서 불가'],
    ['en', unknown, '?', 'Unknown'],
    ['en', pending, '2d', 'Waiting for buyer — 2d 3h'],
    ['ja', pending, '2日', '購入者の回答待ち — 2日 3時間'],
    ['zh_CN', pending, '2天', '等待买家回应 — 2天 3小时'],
    ['ko', pending, '2일', '구매자 응답 대기 — 2일 3시간'],
  ] as const)('%s %o: "%s", named in full', (lang, verdict, shown, name) => {
    const { button } = mount({ verdict, lang, now: NOW_PENDING, chip: true });
    expect(button.textContent).toBe(shown);
    expect(button.getAttribute('aria-label')).toBe(name);
    expect(button.getAttribute('title')).toBe(name);
    expect(button.classList.contains('qwa-chip')).toBe(true);
  });

  it.each([
    ['en', 'Auto', 'Auto-withdraw due'],
    ['ja', '自動', '自動撤回待ち'],
    ['zh_CN', '自动', '等待自动撤回'],
    ['ko', '자동', '자동 철회 대기'],
  ] as const)('%s: says the buyer let the request run out (QSM withdraws the claim), with no countdown left: "%s"', (lang, shown, name) => {
    const { button } = mount({ verdict: autoWithdrawDue, lang, now: NOW_AFTER_DEADLINE, chip: true });
    expect(button.textContent).toBe(shown);
    expect(button.getAttribute('aria-label')).toBe(name);
    expect(button.getAttribute('data-state')).toBe('pending');
  });

  it('counts a cooldown down to the next allowed JST day', () => {
    const { button } = mount({ verdict: cooldown, lang: 'en', now: NOW_COOLDOWN, chip: true });
    expect(button.textContent).toBe('1h');
    expect(button.getAttribute('aria-label')).toBe('Cooldown — 1h 0m');
  });
});

describe('the panel', () => {
  it('opens from the badge and closes with Escape, focus back on the badge', async () => {
    const { root, q, button } = mount({ verdict: pending, lang: 'ja', now: NOW_PENDING, orderNo: '1234567890', timeZone: 'Asia/Shanghai' });
    expect(q.queryByRole('dialog')).toBeNull();
    await open(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const dialog = q.getByRole('dialog');
    expect(dialog.textContent).toContain('2021年8月4日（水）');
    expect(dialog.textContent).toContain('注文番号 1234567890');
    expect(q.getByTestId('qwa-local-time').textContent).toContain('2021/08/04 23:00');

    // The Escape that closes our panel is ours alone: QSM's page would close its layer on it too.
    const pageHeard = vi.fn();
    root.host.parentElement!.addEventListener('keydown', pageHeard);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(q.queryByRole('dialog')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(root.activeElement).toBe(button);
    expect(pageHeard).not.toHaveBeenCalled();

    // Escape on the badge itself, the panel open: the same, its keyup too.
    await open(button);
    document.addEventListener('keyup', pageHeard);
    fireEvent.keyDown(button, { key: 'Escape' });
    fireEvent.keyUp(button, { key: 'Escape' });
    document.removeEventListener('keyup', pageHeard);
    expect(q.queryByRole('dialog')).toBeNull();
    expect(pageHeard).not.toHaveBeenCalled();
  });

  it('stays open across the clock’s ticks, closes from the badge, on scroll and when the badge leaves', async () => {
    const { root, q, button } = mount({ verdict: pending, lang: 'en', now: NOW_PENDING, timeZone: 'Asia/Tokyo', chip: true });
    await open(button);
    paintClaimBadge(root, { verdict: pending, lang: 'en', now: NOW_PENDING + 1000, timeZone: 'Asia/Tokyo', chip: true });
    expect(q.getByRole('dialog').textContent).toContain('2d 03:14:04');
    fireEvent.click(button);
    expect(q.queryByRole('dialog')).toBeNull();

    await open(button);
    window.dispatchEvent(new Event('scroll'));
    expect(q.queryByRole('dialog')).toBeNull();

    await open(button);
    expect(q.getByRole('dialog')).toBeTruthy();
    clearClaimBadge(root);
    expect(q.queryByRole('dialog')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('gives the focus back to the badge when a scroll closes the panel it was in, and takes it from nowhere else', async () => {
    const { root, q, button } = mount({ verdict: pending, lang: 'en', now: NOW_PENDING, timeZone: 'Asia/Tokyo' });
    await open(button);
    const inside = q.getByRole('dialog').querySelector('button')!;
    inside.focus();
    expect(root.activeElement).toBe(inside);
    window.dispatchEvent(new Event('scroll'));
    expect(q.queryByRole('dialog')).toBeNull();
    expect(root.activeElement).toBe(button);

    const elsewhere = document.body.appendChild(document.createElement('input'));
    await open(button);
    elsewhere.focus();
    window.dispatchEvent(new Event('scroll'));
    expect(q.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(elsewhere);
    elsewhere.remove();
  });

  it('does not open for a badge that left the page while the views were loading', async () => {
    const { root, q, button } = mount({ verdict: pending, lang: 'en', now: NOW_PENDING, timeZone: 'Asia/Tokyo' });
    fireEvent.click(button);
    (root as ShadowRoot).host.remove();
    await loadPanels();
    expect(q.queryByRole('dialog')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('when the views cannot be loaded', () => {
  afterEach(() => setPanelLoader(() => import('../../entrypoints/qsm.content/panels')));

  it('says so where the panel would open, in the seller’s language, and tries again on a later click', async () => {
    let fail = true;
    setPanelLoader(() => (fail ? Promise.reject(new Error('extension reloaded')) : import('../../entrypoints/qsm.content/panels')));
    const { q, button } = mount({ verdict: pending, lang: 'ko', now: NOW_PENDING, timeZone: 'Asia/Tokyo' });
    fireEvent.click(button);
    await expect(loadPanels()).rejects.toThrow();
    await Promise.resolve();
    expect((await q.findByRole('alert')).textContent).toBe('자세한 내용을 열지 못했습니다. 페이지를 새로고침한 뒤 다시 시도하세요.');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(q.queryByRole('dialog')).toBeNull();

    fireEvent.click(button);
    expect(q.queryByRole('alert')).toBeNull();
    fail = false;
    await open(button);
    expect(q.getByRole('dialog')).toBeTruthy();
    expect(q.queryByRole('alert')).toBeNull();
  });
});
