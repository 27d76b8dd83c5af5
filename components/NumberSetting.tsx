/**
 * A whole-number setting with its label. A value outside min…max is not passed on: the field keeps what
 * the seller typed and says which values are allowed, so nothing is left unsaved without a word.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { createT, type UiLanguage } from '../lib/i18n';

export interface NumberSettingProps {
  lang: UiLanguage;
  value: number;
  min: number;
  max: number;
  testId: string;
  disabled?: boolean;
  onChange(value: number): void;
  /** A value was typed that cannot be saved. */
  onInvalid?(): void;
  children: ComponentChildren;
  /** What the seller should know of the value, read with the field by screen readers. */
  note?: ComponentChildren;
}

export function NumberSetting({ lang, value, min, max, testId, disabled, onChange, onInvalid, children, note }: NumberSettingProps) {
  const t = createT(lang);
  const id = useId();
  const errorId = `${id}-range`;
  const noteId = `${id}-note`;
  const [typed, setTyped] = useState(String(value));
  const [invalid, setInvalid] = useState(false);
  // A saved or reloaded value replaces whatever was typed.
  useEffect(() => {
    setTyped(String(value));
    setInvalid(false);
  }, [value]);

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: '2px' }}>
      <label style={{ display: 'flex', gap: '8px', alignItems: 'center' }}>
        <input
          type="number"
          min={min}
          max={max}
          data-testid={testId}
          value={typed}
          disabled={disabled}
          aria-invalid={invalid}
          aria-describedby={[note ? noteId : '', invalid ? errorId : ''].filter(Boolean).join(' ') || undefined}
          onInput={(e) => setTyped(e.currentTarget.value)}
          onChange={(e) => {
            const text = e.currentTarget.value;
            const next = Number(text);
            setTyped(text);
            if (text.trim() !== '' && Number.isFinite(next) && next >= min && next <= max) {
              const saved = Math.round(next);
              // The field shows what is kept (24, not 24.4). A value equal to the old one never comes back
              // through `value`, and when `typed` already holds it there is no render to rewrite the field.
              e.currentTarget.value = String(saved);
              setTyped(String(saved));
              setInvalid(false);
              onChange(saved);
            } else {
              setInvalid(true);
              onInvalid?.();
            }
          }}
          style={{ width: '80px', font: 'inherit' }}
        />
        {children}
      </label>
      {note && (
        <p id={noteId} style={{ margin: '0', color: '#5f6368', fontSize: '13px' }}>
          {note}
        </p>
      )}
      {invalid && (
        <p id={errorId} role="alert" data-testid={`${testId}-error`} style={{ margin: '0', color: '#b3261e', fontSize: '13px' }}>
          {t('options.number.outOfRange', { min, max })}
        </p>
      )}
    </div>
  );
}
