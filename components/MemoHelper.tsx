/** The small "message templates" button beside a QSM message box, and the panel it opens. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { createT, type UiLanguage } from '../lib/i18n';
import type { MemoPreview } from '../lib/memos/preview';
import type { MemoLanguage, MemoSituation, ShipmentValues } from '../lib/memos/types';
import { MemoPanel } from './MemoPanel';
import { BADGE_CSS, KOREAN_LINES_CSS } from './styles';
import { closeOnEscape } from './closeOnEscape';

export type MemoChoice = { situation?: MemoSituation; language?: MemoLanguage; templateId?: string; typed?: ShipmentValues };

export interface MemoHelperProps {
  lang: UiLanguage;
  maxLength?: number;
  /** Asks for the filled message; null when it cannot be had. */
  request(choice: MemoChoice): Promise<MemoPreview | null>;
  /** False when the message did not fit beside what QSM's box already holds. */
  onInsert(preview: MemoPreview): boolean;
  onCopy(text: string): Promise<boolean>;
  /** Drawn opened: the seller opened the closed button drawn before it (entrypoints/qsm.content/memos.ts). */
  initiallyOpen?: boolean;
}

export function MemoHelper({ lang, maxLength, request, onInsert, onCopy, initiallyOpen = false }: MemoHelperProps) {
  const t = createT(lang);
  const [open, setOpen] = useState(initiallyOpen);
  const [preview, setPreview] = useState<MemoPreview | null | undefined>(undefined);
  // Shipment facts the seller typed: kept while the helper is on the page, for its messages only. The
  // helper is keyed by its order (entrypoints/qsm.content/memos.ts), so another order starts with none.
  const [typed, setTyped] = useState<ShipmentValues>({});
  const chosen = useRef<MemoChoice>({});
  const opener = useRef<HTMLButtonElement>(null);
  const asked = useRef(0);

  const ask = (choice: MemoChoice, values: ShipmentValues = typed) => {
    chosen.current = choice;
    const ticket = ++asked.current;
    void request(Object.values(values).some(Boolean) ? { ...choice, typed: values } : choice)
      .catch(() => null)
      .then((answer) => ticket === asked.current && setPreview(answer));
  };
  useEffect(() => {
    if (open && preview === undefined) ask(chosen.current);
  }, [open]);
  // New facts for the same order (a rescan after midnight, the claim changed in QSM): a message held from
  // before may name a day no longer right. Asked again at once while open, else when next opened.
  const painted = useRef(request);
  useEffect(() => {
    if (painted.current === request) return;
    painted.current = request;
    if (open) ask(chosen.current);
    else setPreview(undefined);
  }, [request]);

  return (
    <span
      style={{ display: 'inline-block', verticalAlign: 'top' }}
      // Escape on the open panel's button closes it too (the panel stops its own).
      onKeyDown={closeOnEscape(() => setOpen(false), open)}
    >
      <style>{BADGE_CSS + KOREAN_LINES_CSS}</style>
      <button ref={opener} type="button" class="qwa-pill qwa-focus" data-state="pending" data-testid="memo-open" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {/* The envelope is a picture: a screen reader names the button by its words alone. */}
        <span aria-hidden="true">✉</span> {t('memo.open')}
      </button>
      {open && (
        // The panel in the seller's language, not the page's (VerdictPanel says why); its preview carries
        // the buyer's. The button keeps the page's, as the badges do: it is drawn in the page's typeface.
        <div lang={lang.replace('_', '-')} style={{ marginTop: '4px' }}>
          <MemoPanel
            lang={lang}
            preview={preview}
            maxLength={maxLength}
            typed={typed}
            onChoose={(choice) => ask(choice)}
            onType={(values) => {
              setTyped(values);
              ask(chosen.current, values);
            }}
            onInsert={onInsert}
            onCopy={onCopy}
            onClose={() => {
              // Keyboard users land back on the button that opened the panel, not at the top of QSM's page.
              opener.current?.focus({ preventScroll: true });
              setOpen(false);
            }}
          />
        </div>
      )}
    </span>
  );
}
