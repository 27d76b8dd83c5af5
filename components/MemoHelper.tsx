/** The small "message templates" button beside a QSM message box, and the panel it opens. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { createT, type UiLanguage } from '../lib/i18n';
import type { MemoPreview } from '../lib/memos/preview';
import type { MemoLanguage, MemoSituation } from '../lib/memos/types';
import { MemoPanel } from './MemoPanel';
import { BADGE_CSS } from './styles';

export type MemoChoice = { situation?: MemoSituation; language?: MemoLanguage; templateId?: string };

export interface MemoHelperProps {
  lang: UiLanguage;
  maxLength?: number;
  /** Asks for the filled message; null when it cannot be had. */
  request(choice: MemoChoice): Promise<MemoPreview | null>;
  onInsert(preview: MemoPreview): void;
  onCopy(text: string): Promise<boolean>;
}

export function MemoHelper({ lang, maxLength, request, onInsert, onCopy }: MemoHelperProps) {
  const t = createT(lang);
  const [open, setOpen] = useState(false);
  const [preview, setPreview] = useState<MemoPreview | null | undefined>(undefined);
  const asked = useRef(0);

  const ask = (choice: MemoChoice) => {
    const ticket = ++asked.current;
    void request(choice)
      .catch(() => null)
      .then((answer) => ticket === asked.current && setPreview(answer));
  };
  useEffect(() => {
    if (open && preview === undefined) ask({});
  }, [open]);

  return (
    <span style={{ display: 'inline-block', verticalAlign: 'top' }}>
      <style>{BADGE_CSS}</style>
      <button type="button" class="qwa-pill qwa-focus" data-state="pending" data-testid="memo-open" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        ✉ {t('memo.open')}
      </button>
      {open && (
        <div style={{ marginTop: '4px' }}>
          <MemoPanel lang={lang} preview={preview} maxLength={maxLength} onChoose={ask} onInsert={onInsert} onCopy={onCopy} onClose={() => setOpen(false)} />
        </div>
      )}
    </span>
  );
}
