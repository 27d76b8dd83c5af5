/**
 * Export the setup as a JSON file, and import one. A file that is refused (too large, not JSON, another
 * tool's, an unknown version, a template with unknown placeholders or personal data) is named with the
 * reason and changes nothing.
 */
import { useRef, useState } from 'preact/hooks';
import { createT, type MessageParams, type UiLanguage } from '../lib/i18n';
import type { MemoSetup } from '../lib/memos/setup';
import { MAX_IMPORT_BYTES, parseMemoImport, type ImportError } from '../lib/memos/transfer';

export interface TemplateTransferProps {
  lang: UiLanguage;
  onExport(): void;
  /** A file that passed every check; the caller confirms and saves. */
  onImport(setup: MemoSetup, fileName: string): void;
}

const button = { font: 'inherit', padding: '4px 12px', cursor: 'pointer' } as const;

type Refusal = ImportError | { kind: 'read' };

function refusalText(lang: UiLanguage, error: Refusal): string {
  const t = createT(lang);
  const params: MessageParams =
    error.kind === 'version'
      ? { version: error.version }
      : error.kind === 'placeholders'
        ? { name: error.template, names: error.names.map((n) => `{${n}}`).join(', ') }
        : error.kind === 'personalData'
          ? { name: error.template }
          : {};
  return t(`options.memos.importError.${error.kind}`, params);
}

export function TemplateTransfer({ lang, onExport, onImport }: TemplateTransferProps) {
  const t = createT(lang);
  const [refusal, setRefusal] = useState<Refusal | undefined>();
  const picker = useRef<HTMLInputElement>(null);

  const read = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again after a fix
    if (!file) return;
    setRefusal(undefined);
    if (file.size > MAX_IMPORT_BYTES) return setRefusal({ kind: 'tooLarge' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setRefusal({ kind: 'read' });
    }
    const result = parseMemoImport(text);
    if (!result.ok) return setRefusal(result.error);
    onImport(result.setup, file.name);
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: '8px' }}>
      <div style={{ display: 'flex', gap: '12px', flexWrap: 'wrap', alignItems: 'center' }}>
        <button type="button" style={button} onClick={onExport}>{t('options.memos.export')}</button>
        {/* A file input writes its own words ("Choose File", "No file chosen") in the browser's language,
            not the assistant's: it stays hidden, and a button in the seller's language opens it. */}
        <button type="button" style={button} onClick={() => picker.current?.click()}>{t('options.memos.import')}</button>
        <input
          ref={picker}
          type="file"
          hidden
          accept=".json,application/json"
          data-testid="memo-import"
          onChange={(e) => void read(e.currentTarget as HTMLInputElement)}
        />
      </div>
      <p role="alert" data-testid="memo-import-error" style={{ margin: '0', color: '#b3261e' }}>
        {refusal ? refusalText(lang, refusal) : ''}
      </p>
    </div>
  );
}
