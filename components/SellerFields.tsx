/**
 * What the seller supplies to every buyer message: shop name, signature, and the buyers' language.
 * Text is saved when a field is left (change), and refused when it looks like personal data or holds
 * text in braces (which buyers would read as typed).
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { createT, type UiLanguage } from '../lib/i18n';
import { sellerBraces, sellerPersonalData, type SellerField } from '../lib/memos/library';
import { isDefaultLanguage, type MemoSetup } from '../lib/memos/setup';
import { MemoLanguageOptions } from './MemoLanguageOptions';

type SellerPart = Pick<MemoSetup, 'shopName' | 'signature' | 'defaultLanguage'>;

export interface SellerFieldsProps {
  lang: UiLanguage;
  value: SellerPart;
  onChange(next: SellerPart): void;
}

const column = { display: 'flex', flexDirection: 'column', gap: '4px', maxWidth: '420px' } as const;
const input = { font: 'inherit', padding: '4px 6px' } as const;

export function SellerFields({ lang, value, onChange }: SellerFieldsProps) {
  const t = createT(lang);
  const id = useId();
  const [shopName, setShopName] = useState(value.shopName);
  const [signature, setSignature] = useState(value.signature);
  const [blocked, setBlocked] = useState(false);
  const [braced, setBraced] = useState<SellerField[]>([]);
  // A load or an import replaces the stored values: the fields follow. Braces stored by an earlier release
  // are shown at once: messages that need the field cannot be sent until the seller rewrites it.
  useEffect(() => setShopName(value.shopName), [value.shopName]);
  useEffect(() => setSignature(value.signature), [value.signature]);
  useEffect(() => setBraced(sellerBraces(value)), [value.shopName, value.signature]);

  const commit = (next: { shopName: string; signature: string }) => {
    const personal = sellerPersonalData(next).length > 0;
    const withBraces = sellerBraces(next);
    setBlocked(personal);
    setBraced(withBraces);
    if (personal || withBraces.length) return;
    if (next.shopName !== value.shopName || next.signature !== value.signature) onChange({ ...value, ...next });
  };
  const invalid = (field: SellerField) => blocked || braced.includes(field);

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: '8px' }}>
      <label style={column}>
        <span style={{ fontWeight: '600' }}>{t('options.memos.shopName')}</span>
        <input
          type="text"
          name="shopName"
          value={shopName}
          aria-invalid={invalid('shopName')}
          aria-describedby={`${id}-blocked`}
          onInput={(e) => setShopName((e.currentTarget as HTMLInputElement).value)}
          onChange={(e) => commit({ shopName: (e.currentTarget as HTMLInputElement).value, signature })}
          style={input}
        />
      </label>
      <label style={column}>
        <span style={{ fontWeight: '600' }}>{t('options.memos.signature')}</span>
        <input
          type="text"
          name="signature"
          value={signature}
          placeholder={shopName}
          aria-invalid={invalid('signature')}
          aria-describedby={`${id}-hint ${id}-blocked`}
          onInput={(e) => setSignature((e.currentTarget as HTMLInputElement).value)}
          onChange={(e) => commit({ shopName, signature: (e.currentTarget as HTMLInputElement).value })}
          style={input}
        />
        <span id={`${id}-hint`} style={{ color: '#5f6368', fontSize: '12px' }}>{t('options.memos.signatureHint')}</span>
      </label>
      <p id={`${id}-blocked`} role="alert" style={{ margin: '0', color: '#b3261e' }}>
        {[blocked && t('options.memos.sellerBlocked'), braced.length > 0 && t('options.memos.sellerPlaceholder')].filter(Boolean).join(' ')}
      </p>
      <label style={column}>
        <span style={{ fontWeight: '600' }}>{t('options.memos.defaultLanguage')}</span>
        <select
          name="defaultLanguage"
          value={value.defaultLanguage}
          onChange={(e) => {
            const next = (e.currentTarget as HTMLSelectElement).value;
            if (isDefaultLanguage(next)) onChange({ ...value, defaultLanguage: next });
          }}
          style={{ ...input, padding: '4px' }}
        >
          <option value="auto">{t('options.memos.defaultLanguage.auto')}</option>
          <MemoLanguageOptions lang={lang} />
        </select>
      </label>
    </div>
  );
}
