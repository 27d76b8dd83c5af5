/** A whole-number setting with its label; a value outside min…max is not passed on. */
import type { ComponentChildren } from 'preact';

export interface NumberSettingProps {
  value: number;
  min: number;
  max: number;
  testId: string;
  disabled?: boolean;
  onChange(value: number): void;
  children: ComponentChildren;
}

export function NumberSetting({ value, min, max, testId, disabled, onChange, children }: NumberSettingProps) {
  return (
    <label style={{ display: 'flex', gap: '8px', alignItems: 'center' }}>
      <input
        type="number"
        min={min}
        max={max}
        data-testid={testId}
        value={value}
        disabled={disabled}
        onChange={(e) => {
          const next = Number((e.currentTarget as HTMLInputElement).value);
          if (Number.isFinite(next) && next >= min && next <= max) onChange(Math.round(next));
        }}
        style={{ width: '80px', font: 'inherit' }}
      />
      {children}
    </label>
  );
}
