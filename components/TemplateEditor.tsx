/**
 * Editing one buyer-message template: name, title and message, with a live preview filled with sample
 * values. Unknown placeholders and personal data (checkMemo) are shown as the seller types, and a
 * template with either cannot be saved.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { INTL_LOCALE, createT, type MessageKey, type UiLanguage } from '../lib/i18n';
import { PLACEHOLDERS, placeholdersIn, renderMemo, type MemoTemplate, type MemoValues } from '../lib/memos';
import { canSave, templateProblems, type TemplateField } from '../lib/memos/library';
import { MEMO_VALUE_KEY } from '../lib/i18n/memoWords';

export const VALUE_KEY = MEMO_VALUE_KEY;

const FIELD_KEY: Record<TemplateField, MessageKey> = {
  name: 'options.memos.field.name',
  subject: 'options.memos.field.subject',
  body: 'options.memos.field.body',
};

export interface TemplateEditorProps {
  lang: UiLanguage;
  /** The template as it is when the editor opens (a new one is blank). */
  template: MemoTemplate;
  /** "New template: …" or "Edit template: …". */
  title: string;
  /** Values the preview is filled with. */
  sample: MemoValues;
  onSave(template: MemoTemplate): void;
  onCancel(): void;
  /** Told whether the draft differs from the template it opened with: the page asks before throwing it away. */
  onDirty?(dirty: boolean): void;
}

const input = { font: 'inherit', padding: '4px 6px', boxSizing: 'border-box', width: '100%' } as const;
const button = { font: 'inherit', padding: '4px 12px', cursor: 'pointer' } as const;

export function TemplateEditor({ lang, template, title, sample, onSave, onCancel, onDirty }: TemplateEditorProps) {
  const t = createT(lang);
  const id = useId();
  const [draft, setDraft] = useState(template);
  const dirty = draft.name !== template.name || draft.subject !== template.subject || draft.body !== template.body;
  useEffect(() => onDirty?.(dirty), [dirty]);
  const [tried, setTried] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => nameRef.current?.focus(), []);

  const problems = templateProblems(draft);
  const rendered = renderMemo(draft, sample);
  const missing = rendered.ok ? [] : rendered.missing;
  const listFormat = new Intl.ListFormat(INTL_LOCALE[lang], { type: 'conjunction' });
  const list = (items: string[]) => listFormat.format(items);
  // Between the placeholders listed, the language's own mark (、 in Japanese and Chinese), not English's comma.
  const separator = listFormat.formatToParts(['a', 'b', 'c']).find((part) => part.type === 'literal')?.value ?? ', ';
  const valueName = (n: string) => (Object.hasOwn(VALUE_KEY, n) ? t(VALUE_KEY[n as keyof MemoValues]) : n);
  const set = (field: TemplateField) => (e: Event) => setDraft({ ...draft, [field]: (e.currentTarget as HTMLInputElement).value });
  const piiIn = (field: TemplateField) => problems.personalData.some((p) => p.field === field);
  const unknownIn = (field: TemplateField) => field !== 'name' && placeholdersIn(draft[field]).some((n) => problems.unknown.includes(n));
  const invalid = (field: TemplateField) =>
    piiIn(field) || unknownIn(field) || (tried && ((field === 'name' && problems.emptyName) || (field === 'body' && problems.emptyBody)));

  const save = (e: Event) => {
    e.preventDefault();
    setTried(true);
    if (canSave(problems)) onSave(draft);
  };

  const messages: string[] = [];
  if (problems.unknown.length) messages.push(t('options.memos.problem.unknown', { names: list(problems.unknown.map((n) => `{${n}}`)) }));
  if (problems.personalData.length) {
    const hits = problems.personalData.map((p) => t('options.memos.pii.hit', { kind: t(`options.memos.pii.${p.kind}`), text: p.text, field: t(FIELD_KEY[p.field]) }));
    messages.push(t('options.memos.problem.personalData', { hits: list(hits) }));
  }
  if (tried && problems.emptyName) messages.push(t('options.memos.problem.emptyName'));
  if (tried && problems.emptyBody) messages.push(t('options.memos.problem.emptyBody'));

  return (
    <form
      data-testid="template-editor"
      aria-labelledby={`${id}-title`}
      onSubmit={save}
      onKeyDown={(e) => {
        // Not while an input method is composing: there Escape cancels the conversion (Chrome on a Mac
        // passes it on as Escape), and the seller would lose the whole draft.
        if (e.key === 'Escape' && !e.isComposing) onCancel();
      }}
      style={{ display: 'flex', flexDirection: 'column', gap: '8px', padding: '12px', border: '1px solid #1a73e8', borderRadius: '8px', background: '#f8fbff' }}
    >
      <h4 id={`${id}-title`} style={{ margin: '0', fontSize: '14px' }}>{title}</h4>
      {(['name', 'subject'] as const).map((field) => (
        <label key={field} style={{ display: 'flex', flexDirection: 'column', gap: '4px' }}>
          <span>{t(FIELD_KEY[field])}</span>
          <input
            ref={field === 'name' ? nameRef : undefined}
            type="text"
            name={field}
            // The title is written in the buyer's language: a screen reader (and the spelling check) reads it so.
            lang={field === 'subject' ? draft.language : undefined}
            value={draft[field]}
            onInput={set(field)}
            aria-invalid={invalid(field)}
            aria-describedby={`${id}-problems`}
            style={input}
          />
        </label>
      ))}
      <label style={{ display: 'flex', flexDirection: 'column', gap: '4px' }}>
        <span>{t('options.memos.field.body')}</span>
        <textarea
          name="body"
          lang={draft.language}
          rows={12}
          value={draft.body}
          onInput={set('body')}
          aria-invalid={invalid('body')}
          aria-describedby={`${id}-placeholders ${id}-problems`}
          style={{ ...input, resize: 'vertical' }}
        />
      </label>
      <p id={`${id}-placeholders`} style={{ margin: '0', color: '#5f6368', fontSize: '12px' }}>
        {t('options.memos.placeholders')}{' '}
        {PLACEHOLDERS.map((name, i) => (
          <span key={name}>
            {i > 0 ? separator : ''}
            <code>{`{${name}}`}</code> {t(VALUE_KEY[name])}
          </span>
        ))}
      </p>
      <div id={`${id}-problems`} aria-live="polite" data-testid="template-problems" style={{ color: '#b3261e', display: 'flex', flexDirection: 'column', gap: '4px' }}>
        {messages.map((m) => (
          <p key={m} style={{ margin: '0' }}>{m}</p>
        ))}
      </div>
      <section aria-label={t('options.memos.preview')} data-testid="template-preview" style={{ border: '1px solid #dadce0', borderRadius: '6px', padding: '8px', background: '#ffffff' }}>
        <h5 style={{ margin: '0 0 4px', fontSize: '12px', color: '#5f6368' }}>{t('options.memos.preview')}</h5>
        <p lang={draft.language} style={{ margin: '0 0 4px', fontWeight: '600', whiteSpace: 'pre-wrap' }}>{rendered.subject}</p>
        <p lang={draft.language} style={{ margin: '0', whiteSpace: 'pre-wrap' }}>{rendered.body}</p>
        {missing.length ? (
          <p data-testid="template-missing" style={{ margin: '4px 0 0', color: '#8a4b00' }}>
            {t('options.memos.preview.missing', { names: list(missing.map(valueName)) })}
          </p>
        ) : null}
      </section>
      <div style={{ display: 'flex', gap: '8px' }}>
        <button type="submit" style={button}>{t('options.memos.save')}</button>
        <button type="button" style={button} onClick={onCancel}>{t('options.memos.cancel')}</button>
      </div>
      {tried && !canSave(problems) ? (
        <p role="alert" style={{ margin: '0', color: '#b3261e', fontWeight: '600' }}>{t('options.memos.saveBlocked')}</p>
      ) : null}
    </form>
  );
}
