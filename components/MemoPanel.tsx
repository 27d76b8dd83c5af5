/**
 * The message helper beside QSM's message boxes: pick the situation and the buyer's language, see the
 * filled message, then insert it into QSM's box or copy it. Both are refused, with the reason shown and
 * personal data highlighted, while the message is not fit to send. It shows; the background decides.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { INTL_LOCALE, createT, type UiLanguage } from '../lib/i18n';
import { jstDay } from '../lib/time';
import type { MemoPreview } from '../lib/memos/preview';
import { MEMO_SITUATIONS, SELLER_VALUES, SHIPMENT_VALUES, type MemoLanguage, type MemoSituation, type ShipmentValues } from '../lib/memos/types';
import { memoValueKey } from '../lib/i18n/memoWords';
import type { MessageKey } from '../lib/i18n/messages/types';
import { MemoLanguageOptions } from './MemoLanguageOptions';
import { CARD_STYLE, FOCUS_CSS } from './styles';
import { closeOnEscape } from './closeOnEscape';

export interface MemoPanelProps {
  lang: UiLanguage;
  /** undefined while loading; null when the templates could not be had. */
  preview: MemoPreview | null | undefined;
  /** The box's own maxlength, if it has one. */
  maxLength?: number;
  onChoose(choice: { situation?: MemoSituation; language?: MemoLanguage; templateId?: string }): void;
  /** Shipment facts the seller typed for the message, where the page shows none. */
  typed: ShipmentValues;
  onType(values: ShipmentValues): void;
  /** Puts the message into QSM's box; false when it did not fit beside what the box already holds. */
  onInsert(preview: MemoPreview): boolean;
  onCopy(text: string): Promise<boolean>;
  onClose(): void;
}

/** The text with each personal-data hit wrapped in <mark>, as text nodes only. */
function Highlighted({ text, hits }: { text: string; hits: MemoPreview['hits'] }) {
  const parts: preact.ComponentChild[] = [];
  let at = 0;
  hits.forEach((hit, i) => {
    parts.push(text.slice(at, hit.start));
    parts.push(<mark key={i} data-testid="memo-hit" style={{ background: '#fad2cf', color: '#a50e0e' }}>{text.slice(hit.start, hit.end)}</mark>);
    at = hit.end;
  });
  parts.push(text.slice(at));
  return <>{parts}</>;
}

const label = { display: 'flex', flexDirection: 'column', gap: '2px', fontSize: '12px', color: '#5f6368' } as const;
const select = { font: '13px system-ui, sans-serif', padding: '2px 4px' } as const;

const NO_DEADLINE_KEY: Record<NonNullable<MemoPreview['noDeadline']>, MessageKey> = {
  'no-request': 'memo.missing.noRequest',
  'unknown-claim': 'memo.missing.unknownClaim',
  'deadline-over': 'memo.missing.deadlineOver',
};

const FIELD_KEY: Record<keyof ShipmentValues, MessageKey> = {
  shippedOn: 'memo.field.shippedOn',
  carrier: 'memo.field.carrier',
  trackingNo: 'memo.field.trackingNo',
};

export function MemoPanel({ lang, preview, maxLength, typed, onChoose, onType, onInsert, onCopy, onClose }: MemoPanelProps) {
  const t = createT(lang);
  // Listed as the seller's language lists things: 発送日、配送会社、送り状番号, not a comma from English.
  const names = (list: string[]) => new Intl.ListFormat(INTL_LOCALE[lang]).format(list.map((n) => { const key = memoValueKey(n); return key ? t(key) : `{${n}}`; }));
  // What is missing, told by where it can come from: the options, the shipment fields, the rules, or nowhere here.
  const missing = preview?.missing ?? [];
  const fromSeller = missing.filter((n) => SELLER_VALUES.includes(n as never));
  const fromShipment = missing.filter((n) => SHIPMENT_VALUES.includes(n as never));
  const fromPage = missing.filter((n) => n !== 'deadline' && !fromSeller.includes(n) && !fromShipment.includes(n));
  // A typed value the background would not use (a placeholder, a ship date after today), and why.
  const rejected = preview?.rejected ?? {};
  // Once a field appeared it stays (the helper is keyed by its order, so for this order): a seller clearing
  // it to type it anew must not lose the field and the focus while the next preview is on its way.
  const shown = useRef(new Set<keyof ShipmentValues>());
  for (const key of SHIPMENT_VALUES) if (missing.includes(key) || typed[key] || rejected[key]) shown.current.add(key);
  const shipmentFields = SHIPMENT_VALUES.filter((key) => shown.current.has(key));
  const id = useId();
  const problemId = (key: keyof ShipmentValues) => `${id}-${key}-problem`;
  const missingId = `${id}-missing`;
  // Empty and needed: the field is what the "still missing" line is about, for a screen reader too.
  const needed = (key: keyof ShipmentValues) => fromShipment.includes(key) && !typed[key];
  const [done, setDone] = useState<'' | 'inserted' | 'notInserted' | 'copied' | 'copyFailed'>('');
  const tooLong = !!preview && maxLength !== undefined && maxLength >= 0 && preview.body.length > maxLength;
  const blocked = !preview || !preview.ok || tooLong || !preview.body;
  const choose = (choice: Parameters<MemoPanelProps['onChoose']>[0]) => {
    setDone('');
    onChoose(choice);
  };

  // Focus moves into the panel when it opens, as into the badge's panel: Tab and Escape work at once.
  const closeButton = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  // Scrolled into view only as far as needed (QSM's small claim-detail window leaves the panel below its
  // edge), never by the focus, which would jump the page to put the button at its top.
  useEffect(() => {
    closeButton.current?.focus({ preventScroll: true });
    panel.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);

  // Escape closes the panel, except while an input method composes a carrier's name (it cancels the conversion there).
  return (
    <div ref={panel} role="dialog" aria-label={t('memo.title')} data-testid="memo-panel" style={{ ...CARD_STYLE, width: '380px' }} onKeyDown={closeOnEscape(onClose)}>
      <style>{FOCUS_CSS}</style>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <strong style={{ fontSize: '14px' }}>{t('memo.title')}</strong>
        <button ref={closeButton} type="button" class="qwa-focus" aria-label={t('panel.close')} onClick={onClose} style={{ border: 'none', background: 'none', cursor: 'pointer', fontSize: '16px' }}>×</button>
      </div>
      {preview === undefined && <p>{t('memo.loading')}</p>}
      {preview === null && <p role="alert">{t('memo.unavailable')}</p>}
      {preview && (
        <>
          <div style={{ display: 'flex', gap: '8px', flexWrap: 'wrap', margin: '8px 0' }}>
            <label style={label}>
              {t('memo.situation')}
              <select class="qwa-focus" data-testid="memo-situation" style={select} value={preview.situation ?? ''} onChange={(e) => choose({ situation: (e.currentTarget as HTMLSelectElement).value as MemoSituation, language: preview.language })}>
                {!preview.situation && <option value="" disabled>{t('memo.chooseSituation')}</option>}
                {MEMO_SITUATIONS.map((s) => <option key={s} value={s}>{t(`memo.situation.${s}`)}</option>)}
              </select>
            </label>
            <label style={label}>
              {t('memo.language')}
              <select class="qwa-focus" data-testid="memo-language" style={select} value={preview.language} onChange={(e) => choose({ situation: preview.situation, language: (e.currentTarget as HTMLSelectElement).value as MemoLanguage })}>
                <MemoLanguageOptions lang={lang} />
              </select>
            </label>
            {preview.choices.length > 1 && (
              <label style={label}>
                {t('memo.template')}
                <select class="qwa-focus" style={select} value={preview.templateId} onChange={(e) => choose({ situation: preview.situation, language: preview.language, templateId: (e.currentTarget as HTMLSelectElement).value })}>
                  {preview.choices.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
                </select>
              </label>
            )}
          </div>
          {!preview.situation ? (
            <p data-testid="memo-not-suggested">{t(preview.notSuggested === 'deadline-over' ? 'memo.notSuggested.deadlineOver' : 'memo.notSuggested')}</p>
          ) : !preview.choices.length ? (
            <p>{t('memo.none')}</p>
          ) : (
            // In the buyer's language, not the seller's: a screen reader reads it with that language's voice.
            <div role="group" lang={preview.language} aria-label={t('memo.preview')} data-testid="memo-preview" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: '220px', overflowY: 'auto', border: '1px solid #dadce0', borderRadius: '4px', padding: '8px', background: '#f8f9fa' }}>
              {preview.subject && <strong style={{ display: 'block', marginBottom: '4px' }}><Highlighted text={preview.subject} hits={preview.subjectHits ?? []} /></strong>}
              <Highlighted text={preview.body} hits={preview.hits} />
            </div>
          )}
          {shipmentFields.length > 0 && (
            <fieldset data-testid="memo-shipment" style={{ display: 'flex', gap: '8px', flexWrap: 'wrap', margin: '8px 0 0', padding: '4px 8px 8px', border: '1px solid #dadce0', borderRadius: '4px' }}>
              <legend style={{ fontSize: '12px', color: '#5f6368' }}>{t('memo.shipment')}</legend>
              {shipmentFields.map((key) => {
                const field = {
                  class: 'qwa-focus',
                  'data-testid': `memo-typed-${key}`,
                  value: typed[key] ?? '',
                  'aria-invalid': rejected[key] || needed(key) ? true : undefined,
                  'aria-describedby': rejected[key] ? problemId(key) : needed(key) ? missingId : undefined,
                  onInput: (e: Event) => onType({ ...typed, [key]: (e.currentTarget as HTMLInputElement).value }),
                };
                return (
                  <label key={key} style={label}>
                    {t(FIELD_KEY[key])}
                    {/* Not shipped yet is not shipped: no day after today (JST, as QSM counts days). */}
                    {key === 'shippedOn' ? <input type="date" max={jstDay(new Date())} style={select} {...field} /> : <input type="text" style={{ ...select, width: '150px' }} {...field} />}
                  </label>
                );
              })}
            </fieldset>
          )}
          <div role="status" style={{ fontSize: '12px', color: '#a50e0e', margin: '6px 0' }}>
            {fromShipment.length > 0 && <p id={missingId} style={{ margin: '0' }}>{t('memo.missing.shipment', { names: names(fromShipment) })}</p>}
            {SHIPMENT_VALUES.map((key) => rejected[key] && (
              <p key={key} id={problemId(key)} style={{ margin: '0' }}>
                {rejected[key] === 'future' ? t('memo.typed.future') : rejected[key] === 'card' ? t('memo.typed.card') : t('memo.typed.placeholder', { name: names([key]) })}
              </p>
            ))}
            {fromSeller.length > 0 && <p style={{ margin: '0' }}>{t('memo.missing.seller', { names: names(fromSeller) })}</p>}
            {preview.sellerBraces && <p style={{ margin: '0' }}>{t('memo.seller.braces', { names: names(preview.sellerBraces) })}</p>}
            {preview.noDeadline && <p style={{ margin: '0' }}>{t(NO_DEADLINE_KEY[preview.noDeadline])}</p>}
            {fromPage.length > 0 && <p style={{ margin: '0' }}>{t('memo.missing', { names: names(fromPage) })}</p>}
            {preview.unknown.length > 0 && <p style={{ margin: '0' }}>{t('memo.unknown', { names: preview.unknown.map((n) => `{${n}}`).join(', ') })}</p>}
            {(preview.hits.length > 0 || !!preview.subjectHits?.length) && <p style={{ margin: '0' }}>{t('memo.personal')}</p>}
            {tooLong && <p style={{ margin: '0' }}>{t('memo.tooLong', { length: preview.body.length, max: maxLength! })}</p>}
          </div>
          <div style={{ display: 'flex', gap: '8px', alignItems: 'center' }}>
            <button type="button" class="qwa-focus" data-testid="memo-insert" disabled={blocked} onClick={() => setDone(onInsert(preview) ? 'inserted' : 'notInserted')}>{t('memo.insert')}</button>
            <button type="button" class="qwa-focus" data-testid="memo-copy" disabled={blocked} onClick={async () => setDone((await onCopy(preview.body).catch(() => false)) ? 'copied' : 'copyFailed')}>{t('memo.copy')}</button>
          </div>
          {/* On the page before the words come: a screen reader announces a change in a live region it
              already knows, not a region that arrives with its words. */}
          <p role="status" data-testid="memo-done" style={{ fontSize: '12px', color: done === 'copyFailed' || done === 'notInserted' ? '#a50e0e' : '#188038', margin: done ? '6px 0 0' : '0' }}>
            {/* The box's limit named when known; never "( characters)" with no number. */}
            {!done
              ? ''
              : done === 'notInserted'
                ? maxLength !== undefined && maxLength >= 0 ? t('memo.notInserted', { max: maxLength }) : t('memo.notInserted.noMax')
                : t(`memo.${done}`)}
          </p>
        </>
      )}
    </div>
  );
}
