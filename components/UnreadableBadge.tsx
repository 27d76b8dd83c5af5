/**
 * Shown where a claim page was expected but not recognised: says so plainly instead of guessing
 * (domain.md §6) and lets the seller copy a diagnostic for the developer.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { createT, type UiLanguage } from '../lib/i18n';
import { CARD_STYLE, FOCUS_CSS, KOREAN_LINES_CSS, PILL_STYLE, STATE_COLOURS } from './styles';
import { closeOnEscape } from './closeOnEscape';

export interface UnreadableBadgeProps {
  lang: UiLanguage;
  /** Copies the diagnostic; true when it reached the clipboard. */
  onCopy(): Promise<boolean> | boolean;
}

type CopyState = 'idle' | 'copied' | 'failed';

export function UnreadableBadge({ lang, onCopy }: UnreadableBadgeProps) {
  const t = createT(lang);
  const [open, setOpen] = useState(false);
  const [copy, setCopy] = useState<CopyState>('idle');
  // The clipboard answers asynchronously; the badge may be gone by then (QSM re-renders its grid).
  const mounted = useRef(true);
  useEffect(() => () => void (mounted.current = false), []);

  async function handleCopy() {
    let ok = false;
    try {
      ok = (await onCopy()) === true;
    } catch {
      ok = false; // A denied clipboard is a "could not copy", never an uncaught error on QSM's page.
    }
    if (mounted.current) setCopy(ok ? 'copied' : 'failed');
  }

  const pill = useRef<HTMLButtonElement>(null);
  return (
    // Escape closes the explanation, as it closes the verdict panel, and the focus goes back to the pill
    // (not while an input method composes: there Escape cancels the conversion).
    <span
      style={{ position: 'relative', display: 'inline-block' }}
      onKeyDown={closeOnEscape(() => {
        setOpen(false);
        pill.current?.focus({ preventScroll: true });
      }, open)}
    >
      <style>{FOCUS_CSS + KOREAN_LINES_CSS}</style>
      <button
        ref={pill}
        type="button"
        class="qwa-focus"
        aria-expanded={open}
        title={t('unreadable.badge')}
        onClick={() => setOpen((o) => !o)}
        // The unknown badge's grey (6:1 on white): a paler grey read 3.7:1, under the 4.5:1 small text needs.
        style={{ ...PILL_STYLE, ...STATE_COLOURS.unknown }}
      >
        {t('unreadable.badge')}
      </button>
      {open && (
        // The marker sits in the page's bottom-right corner: the explanation opens above it, leftwards.
        // In the seller's language, not the page's (VerdictPanel says why).
        <div role="region" lang={lang.replace('_', '-')} aria-label={t('unreadable.badge')} style={{ ...CARD_STYLE, position: 'absolute', bottom: 'calc(100% + 4px)', right: '0', zIndex: '2147483000' }}>
          <p style={{ margin: '0' }}>{t('unreadable.explain')}</p>
          <div style={{ display: 'flex', alignItems: 'center', gap: '8px', marginTop: '8px' }}>
            <button
              type="button"
              class="qwa-focus"
              onClick={() => void handleCopy()}
              style={{ font: 'inherit', fontSize: '12px', padding: '2px 8px', borderRadius: '4px', border: '1px solid #9aa0a6', background: '#fff', cursor: 'pointer' }}
            >
              {t('unreadable.copy')}
            </button>
            <span role="status" style={{ fontSize: '12px', color: copy === 'failed' ? '#a50e0e' : '#0d652d' }}>
              {copy === 'copied' ? t('unreadable.copied') : copy === 'failed' ? t('unreadable.copyFailed') : ''}
            </span>
          </div>
        </div>
      )}
    </span>
  );
}
