/** The templates of one situation in one buyer language, each with edit, duplicate and delete, and "add". */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { createT, type UiLanguage } from '../lib/i18n';
import type { MemoLanguage, MemoTemplate } from '../lib/memos';
import type { TemplateOrigin } from '../lib/memos/library';
import { MEMO_LANGUAGE_KEY } from '../lib/i18n/memoWords';

export { MEMO_LANGUAGE_KEY };

export interface TemplateRow {
  template: MemoTemplate;
  origin: TemplateOrigin;
}

export interface TemplateGroupProps {
  lang: UiLanguage;
  language: MemoLanguage;
  /** "Cancel request, item already shipped, Japanese". */
  label: string;
  rows: TemplateRow[];
  /** The id being edited here, if any; its editor is shown in its place. */
  editingId?: string;
  /** The open editor, shown below the edited row, or at the end for a new template. */
  editor?: ComponentChildren;
  onAdd(): void;
  onEdit(template: MemoTemplate): void;
  onDuplicate(template: MemoTemplate): void;
  onDelete(template: MemoTemplate, origin: TemplateOrigin): void;
}

const button = { font: 'inherit', padding: '2px 10px', cursor: 'pointer' } as const;
const ORIGIN_COLOURS: Record<TemplateOrigin, string> = { builtIn: '#5f6368', edited: '#174ea6', own: '#0d652d' };

export function TemplateGroup({ lang, language, label, rows, editingId, editor, onAdd, onEdit, onDuplicate, onDelete }: TemplateGroupProps) {
  const t = createT(lang);
  const editingRow = rows.some((r) => r.template.id === editingId);
  const add = useRef<HTMLButtonElement>(null);
  // A deleted row takes its focused Delete button with it: keyboard users land on this group's "Add",
  // not at the top of the page. Nothing moves when the seller said no (the button is still there).
  const remove = (event: Event, template: MemoTemplate, origin: TemplateOrigin) => {
    const button = event.currentTarget as HTMLElement;
    onDelete(template, origin);
    setTimeout(() => {
      if (!button.isConnected) add.current?.focus();
    }, 0);
  };
  return (
    <section aria-label={label} data-testid={`memo-group-${language}`} style={{ display: 'flex', flexDirection: 'column', gap: '6px' }}>
      <h4 style={{ margin: '0', fontSize: '13px', color: '#3c4043' }}>{t(MEMO_LANGUAGE_KEY[language])}</h4>
      {rows.length ? (
        <ul style={{ listStyle: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: '6px' }}>
          {rows.map(({ template, origin }) => (
            <li key={template.id} data-testid="memo-row" data-template-id={template.id} style={{ display: 'flex', flexDirection: 'column', gap: '6px' }}>
              <div style={{ display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' }}>
                <span lang={language} style={{ flex: '1 1 240px' }}>{template.name}</span>
                <span style={{ fontSize: '12px', color: ORIGIN_COLOURS[origin] }}>{t(`options.memos.origin.${origin}`)}</span>
                <div role="group" aria-label={template.name} style={{ display: 'flex', gap: '4px' }}>
                  <button type="button" style={button} onClick={() => onEdit(template)} aria-expanded={template.id === editingId}>
                    {t('options.memos.edit')}
                  </button>
                  <button type="button" style={button} onClick={() => onDuplicate(template)}>{t('options.memos.duplicate')}</button>
                  <button type="button" style={{ ...button, color: '#b3261e' }} onClick={(e) => remove(e, template, origin)}>
                    {t('options.memos.delete')}
                  </button>
                </div>
              </div>
              {template.id === editingId ? editor : null}
            </li>
          ))}
        </ul>
      ) : (
        <p style={{ margin: '0', color: '#5f6368' }}>{t('options.memos.none')}</p>
      )}
      {editor && !editingRow ? editor : null}
      <div>
        <button ref={add} type="button" style={button} onClick={onAdd} aria-label={`${t('options.memos.add')}: ${label}`}>
          {t('options.memos.add')}
        </button>
      </div>
    </section>
  );
}
