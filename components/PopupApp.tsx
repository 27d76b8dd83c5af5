/**
 * The toolbar popup (issue #5 §2, §5): find an order by its number (whole or part), see its verdict as a
 * card, check an unseen order by hand, and see what is due soon. Everything reads one shared clock.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { ClaimRecord } from '../lib/history';
import { createT, type UiLanguage } from '../lib/i18n';
import type { Settings } from '../lib/settings';
import { DueSoonList } from './DueSoonList';
import { OrderCard } from './OrderCard';
import { useNow, type ClockStore } from './popupClock';
import { QSM_CLAIMS_URL, cardOf, dueSoonRows, searchOrders, type BuyerMessage, type OrderCardData } from './popupModel';
import { QuickCheckForm } from './QuickCheckForm';
import { FOCUS_CSS, FONT_FAMILY, KOREAN_LINES_CSS } from './styles';

export interface PopupAppProps {
  /** Every stored record, loaded once when the popup opens. */
  records: readonly ClaimRecord[];
  settings: Pick<Settings, 'deadlineLeadHours'>;
  lang: UiLanguage;
  /** The seller's IANA zone (localTimeZone()). */
  timeZone: string;
  clock: ClockStore;
  /** popup.html?order=… (a reminder notification opens the popup on that order). */
  initialQuery?: string;
  onOpenOptions(): void;
  /** The buyer messages a card offers to copy (popupMemos.buyerMessagesFor); none without it. */
  messagesFor?(card: OrderCardData, lang: UiLanguage, now: number): BuyerMessage[];
}

const POPUP_CSS = `${FOCUS_CSS}${KOREAN_LINES_CSS}
.qwa-popup a:focus-visible,.qwa-popup button:focus-visible,.qwa-popup input:focus-visible,.qwa-popup select:focus-visible{outline:2px solid #1a73e8;outline-offset:2px}`;

/** Rows the popup shows at first; what needs action now comes first (dueSoonRows), and the rest on asking. */
const DUE_SHOWN = 30;

const LINK_BUTTON = {
  font: 'inherit',
  fontSize: '13px',
  padding: '0',
  border: 'none',
  background: 'transparent',
  color: '#1a73e8',
  textDecoration: 'underline',
  cursor: 'pointer',
} as const;

export function PopupApp({ records, settings, lang, timeZone, clock, initialQuery = '', onOpenOptions, messagesFor }: PopupAppProps) {
  const t = createT(lang);
  const id = useId();
  const now = useNow(clock);
  const [query, setQuery] = useState(initialQuery);
  // Bumped to move focus to the first result once it has rendered (Enter in the search, a due-soon row).
  const [focusResults, setFocusResults] = useState(0);
  const search = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLDivElement>(null);

  // Everything asked for: a whole cart number cannot be narrowed by more digits, and the toolbar counts
  // every order due, not the first rows. Another search shows the first cards again. The button goes as
  // its rows come: the focus moves to the first of them, not to the page's top.
  const [allResults, setAllResults] = useState(false);
  const [allDue, setAllDue] = useState(false);
  const firstMore = useRef<{ selector: string; index: number } | undefined>(undefined);
  const showRest = (selector: string, index: number, show: (all: boolean) => void) => {
    firstMore.current = { selector, index };
    show(true);
  };
  useEffect(() => setAllResults(false), [query]);
  useEffect(() => {
    const more = firstMore.current;
    firstMore.current = undefined;
    if (more) document.querySelectorAll<HTMLElement>(more.selector)[more.index]?.focus();
  }, [allResults, allDue]);
  const outcome = useMemo(() => searchOrders(records, query, allResults ? Infinity : undefined), [records, query, allResults]);
  // The plan is worth recomputing once a minute, not every second.
  const minute = Math.floor(now / 60_000);
  const dueRows = useMemo(() => dueSoonRows(records, now, settings), [records, settings, minute]);
  const dueShown = allDue ? dueRows : dueRows.slice(0, DUE_SHOWN);

  useEffect(() => search.current?.focus(), []);
  useEffect(() => {
    if (focusResults) results.current?.querySelector<HTMLElement>('[data-testid="order-result"], select')?.focus();
  }, [focusResults]);

  const cards = outcome.matches.map((record) => cardOf(record, now));
  const countText =
    outcome.status === 'found'
      ? outcome.total > cards.length
        ? t('popup.results.countShown', { shown: cards.length, count: outcome.total })
        : t('popup.results.count', { count: outcome.total })
      : outcome.status === 'none'
        ? t('popup.results.none', { digits: outcome.digits })
        : outcome.status === 'unmatched'
          ? t('popup.results.unmatched', { digits: outcome.digits })
          : outcome.status === 'short'
            ? t('popup.results.short')
            : '';

  const openOrder = (orderNo: string) => {
    setQuery(orderNo);
    setFocusResults((n) => n + 1);
  };

  return (
    <main class="qwa-popup" style={{ boxSizing: 'border-box', width: '360px', padding: '12px', font: `13px/1.5 ${FONT_FAMILY}`, color: '#202124' }}>
      <style>{POPUP_CSS}</style>
      <h1 style={{ margin: '0 0 8px', fontSize: '15px' }}>{t('popup.title')}</h1>

      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setFocusResults((n) => n + 1);
        }}
      >
        <label for={`${id}-search`} style={{ display: 'block', fontWeight: 600 }}>
          {t('popup.search.label')}
        </label>
        <input
          ref={search}
          id={`${id}-search`}
          data-testid="order-search"
          type="search"
          inputMode="numeric"
          autoComplete="off"
          autoFocus
          placeholder={t('popup.search.placeholder')}
          aria-describedby={`${id}-hint`}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Enter jumps to the first card (or the quick check); no form submission needed. Not the Enter
            // that confirms an input method's conversion (full-width digits typed in Japanese mode).
            if (e.key === 'Enter' && !e.isComposing) {
              e.preventDefault();
              setFocusResults((n) => n + 1);
            }
          }}
          style={{ boxSizing: 'border-box', width: '100%', margin: '4px 0 0', padding: '6px 8px', font: 'inherit', fontSize: '14px', border: '1px solid #9aa0a6', borderRadius: '6px' }}
        />
        <p id={`${id}-hint`} style={{ margin: '2px 0 0', color: '#5f6368', fontSize: '12px' }}>
          {t('popup.search.hint')}
        </p>
      </form>

      <p data-testid="result-count" role="status" aria-live="polite" style={{ margin: '6px 0 0', minHeight: '1em', fontSize: '12px', color: '#3c4043' }}>
        {countText}
      </p>

      {/* A lone match opens its explanation: the key changes with the count, so the card starts afresh. */}
      <div ref={results} style={{ display: 'flex', flexDirection: 'column', gap: '8px' }}>
        {cards.map((card) => (
          <OrderCard
            key={`${card.orderNo}:${cards.length === 1 ? 1 : 2}`}
            card={card}
            lang={lang}
            now={now}
            timeZone={timeZone}
            defaultOpen={cards.length === 1}
            {...(messagesFor ? { messages: messagesFor(card, lang, now) } : {})}
          />
        ))}
        {outcome.total > cards.length && (
          <button
            type="button"
            class="qwa-focus"
            data-testid="results-all"
            style={{ ...LINK_BUTTON, alignSelf: 'flex-start' }}
            onClick={() => showRest('[data-testid="order-result"]', cards.length, setAllResults)}
          >
            {t('popup.results.showAll', { count: outcome.total })}
          </button>
        )}
        {outcome.orderNo && <QuickCheckForm orderNo={outcome.orderNo} lang={lang} now={now} timeZone={timeZone} />}
      </div>

      <section aria-labelledby={`${id}-due`} style={{ margin: '12px 0 0' }}>
        <h2 id={`${id}-due`} style={{ margin: '0', fontSize: '14px' }}>{t('popup.due.title')}</h2>
        <DueSoonList rows={dueShown} lang={lang} now={now} onOpen={openOrder} />
        {dueRows.length > dueShown.length && (
          <button
            type="button"
            class="qwa-focus"
            data-testid="due-more"
            style={{ ...LINK_BUTTON, margin: '6px 0 0', fontSize: '12px' }}
            onClick={() => showRest('[data-testid="due-row"]', dueShown.length, setAllDue)}
          >
            {t('popup.due.more', { count: dueRows.length - dueShown.length })}
          </button>
        )}
      </section>

      <footer style={{ display: 'flex', justifyContent: 'space-between', gap: '8px', margin: '12px 0 0', paddingTop: '8px', borderTop: '1px solid #dadce0' }}>
        <a href={QSM_CLAIMS_URL} target="_blank" rel="noreferrer" style={{ color: '#1a73e8' }}>
          {t('popup.openQsm')}
        </a>
        <button type="button" style={LINK_BUTTON} onClick={() => onOpenOptions()}>
          {t('popup.options')}
        </button>
      </footer>
    </main>
  );
}
