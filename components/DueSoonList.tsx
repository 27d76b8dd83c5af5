/** "Due soon" in the popup: one button per row (popupModel.dueSoonRows), each opening that order's card. */
import { createT, formatCountdown, formatCountdownShort, formatJstDay, type MessageKey, type UiLanguage } from '../lib/i18n';
import type { ReminderKind } from '../lib/settings';
import type { DueRow } from './popupModel';
import { VISUALLY_HIDDEN } from './styles';

export interface DueSoonListProps {
  rows: readonly DueRow[];
  lang: UiLanguage;
  now: number;
  onOpen(orderNo: string): void;
}

const ROW_KEY: Record<ReminderKind, MessageKey> = {
  deadline: 'popup.due.deadline',
  cooldownEnd: 'popup.due.cooldownEnd',
  delayed: 'popup.due.delayed',
};

const ROW_STYLE = {
  display: 'flex',
  width: '100%',
  alignItems: 'baseline',
  justifyContent: 'space-between',
  gap: '8px',
  position: 'relative',
  padding: '6px 8px',
  border: '1px solid #dadce0',
  borderRadius: '6px',
  background: '#fff',
  color: '#202124',
  font: 'inherit',
  textAlign: 'left',
  cursor: 'pointer',
} as const;

export function DueSoonList({ rows, lang, now, onOpen }: DueSoonListProps) {
  const t = createT(lang);
  if (!rows.length) {
    return (
      <p data-testid="due-empty" style={{ margin: '4px 0 0', color: '#5f6368', fontSize: '12px' }}>
        {t('popup.due.empty')}
      </p>
    );
  }
  return (
    <ul style={{ listStyle: 'none', margin: '4px 0 0', padding: '0', display: 'flex', flexDirection: 'column', gap: '4px' }}>
      {rows.map((row) => (
        <li key={row.id}>
          <button
            type="button"
            class="qwa-focus"
            data-testid="due-row"
            data-qwa-due={row.kind}
            data-qwa-order={row.orderNo}
            style={{ ...ROW_STYLE, borderLeft: `4px solid ${row.urgent ? '#d93025' : '#dadce0'}` }}
            onClick={() => onOpen(row.orderNo)}
          >
            <span style={{ minWidth: '0', overflowWrap: 'anywhere' }}>
              <strong style={{ display: 'block', fontSize: '13px' }}>{t('field.orderNo', { orderNo: row.orderNo })}</strong>
              {/* A JST day, said as such (§3.9): the seller may work on another clock. */}
              <span style={{ fontSize: '12px', color: '#3c4043' }}>{t(ROW_KEY[row.kind], { day: t('field.jstDay', { day: formatJstDay(row.day, lang) }) })}</span>
            </span>
            {/* The ticking countdown is for the eyes; screen readers get it to the minute. A row's text is its
                button's name, and a screen reader reads a focused button's new name aloud every second. A
                moment already come (a delayed day, a cooldown over) has nothing to count down to. */}
            <span style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end', gap: '2px', flexShrink: '0' }}>
              {/* Said in words, not by the red edge alone: a seller who does not tell red apart, or hears the row, is told too. */}
              {row.urgent && (
                <span data-testid="due-urgent" style={{ fontSize: '11px', fontWeight: '600', color: '#a50e0e', whiteSpace: 'nowrap' }}>
                  {t('popup.due.urgent')}
                </span>
              )}
              {row.dueAt > now && (
                <span aria-hidden="true" style={{ fontSize: '12px', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', color: '#5f6368' }}>
                  {formatCountdown(row.dueAt - now, lang)}
                </span>
              )}
            </span>
            {row.dueAt > now && <span style={VISUALLY_HIDDEN}>{formatCountdownShort(row.dueAt - now, lang, 2)}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
