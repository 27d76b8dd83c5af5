/**
 * The options page's buyer-message section (issue #4): the seller's shop name, signature and buyer
 * language, the templates grouped by situation and language (add, duplicate, edit, delete, restore
 * defaults), and export / import as a JSON file. It shows and edits; the page saves (onChange).
 */
import { useRef, useState } from 'preact/hooks';
import { createT, type UiLanguage } from '../lib/i18n';
import { MEMO_LANGUAGES, MEMO_SITUATIONS, type MemoLanguage, type MemoSituation, type MemoTemplate } from '../lib/memos';
import {
  deleteTemplate, draftTemplate, newTemplateId, originOf, restoreDefaults, sampleValues, saveTemplate, templatesFor,
} from '../lib/memos/library';
import type { MemoSetup } from '../lib/memos/setup';
import { addJstDays, jstDay } from '../lib/time';
import { SellerFields } from './SellerFields';
import { TemplateEditor } from './TemplateEditor';
import { MemoLanguageOptions } from './MemoLanguageOptions';
import { MEMO_LANGUAGE_KEY, TemplateGroup } from './TemplateGroup';
import { TemplateTransfer } from './TemplateTransfer';

export interface TemplateSettingsProps {
  lang: UiLanguage;
  setup: MemoSetup;
  /** Saves the whole setup. */
  onChange(next: MemoSetup): void | Promise<void>;
  /** Downloads exportMemoSetup(setup) as a file. */
  onExport(): void;
  /** Part of the stored setup could not be read (it was kept aside). */
  repaired?: boolean;
  now?: number;
  confirm?: (question: string) => boolean;
  newId?: () => string;
}

interface Editing {
  template: MemoTemplate;
  isNew: boolean;
}

const fieldset = { border: '1px solid #dadce0', borderRadius: '8px', padding: '12px 16px', display: 'flex', flexDirection: 'column', gap: '12px' } as const;
const button = { font: 'inherit', padding: '4px 12px', cursor: 'pointer' } as const;

export function TemplateSettings({
  lang, setup, onChange, onExport, repaired = false, now = Date.now(), confirm = (question) => window.confirm(question), newId = newTemplateId,
}: TemplateSettingsProps) {
  const t = createT(lang);
  const [filter, setFilter] = useState<'all' | MemoLanguage>(setup.defaultLanguage === 'auto' ? 'all' : setup.defaultLanguage);
  const [editing, setEditing] = useState<Editing | undefined>();
  const [status, setStatus] = useState<{ text: string; failed?: boolean }>({ text: '' });
  // The setup as it was before an import or a restore of the defaults, each of which replaces many
  // templates at once: one click puts it back, until the next change.
  const [undo, setUndo] = useState<MemoSetup | undefined>();

  const situationName = (s: MemoSituation) => t(`memo.situation.${s}`);
  const groupLabel = (s: MemoSituation, l: MemoLanguage) => t('options.memos.group', { situation: situationName(s), language: t(MEMO_LANGUAGE_KEY[l]) });
  const today = jstDay(new Date(now));
  // The sample item and carrier in the template's own language, as the buyer would read them: a Japanese
  // message previewed for a Korean-speaking seller says ヤマト運輸, not 야마토 운수.
  const sampleIn = (language: MemoLanguage) => {
    const inBuyers = createT(language === 'zh' ? 'zh_CN' : language);
    return sampleValues(setup, {
      itemName: inBuyers('options.memos.sample.itemName'),
      carrier: inBuyers('options.memos.sample.carrier'),
      shippedOn: addJstDays(today, -2),
      deadline: addJstDays(today, 6),
    });
  };

  // Keyboard users land back on the button that opened the editor when it closes.
  const opener = useRef<HTMLElement | null>(null);
  // Whether the open editor holds changes: opening another template, hiding its group or cancelling
  // asks first, so a draft is never thrown away by a stray click or Escape.
  const dirty = useRef(false);
  const statusLine = useRef<HTMLParagraphElement>(null);
  const mayLeave = () => !editing || !dirty.current || confirm(t('options.memos.discardConfirm'));

  // The status goes blank while a change is saved and names it once it is: a screen reader announces a
  // live region's text when it changes, so a second "Saved" is heard too. A change the browser would not
  // store is said: the seller must not leave believing it kept.
  const change = (next: MemoSetup, message: string, before?: MemoSetup, saved?: () => void) => {
    setStatus({ text: '' });
    setUndo(undefined);
    void Promise.resolve(onChange(next)).then(
      () => {
        setStatus({ text: message });
        setUndo(before);
        saved?.();
      },
      () => setStatus({ text: t('options.saveFailed'), failed: true }),
    );
  };
  const open = (template: MemoTemplate, isNew: boolean) => {
    // The template already open stays as it is, draft and all (its editor is keyed by the template).
    if (!isNew && editing?.template.id === template.id) return;
    if (!mayLeave()) return;
    // A new editor holds nothing typed; it reports its changes as they come (onDirty).
    dirty.current = false;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setStatus({ text: '' });
    setEditing({ template, isNew });
  };
  const close = () => {
    dirty.current = false;
    setEditing(undefined);
    const back = opener.current;
    setTimeout(() => {
      if (back?.isConnected) back.focus();
    }, 0);
  };
  const remove = (template: MemoTemplate, builtIn: boolean) => {
    const question = builtIn ? 'options.memos.deleteBuiltInConfirm' : 'options.memos.deleteConfirm';
    if (!confirm(t(question, { name: template.name }))) return;
    if (editing?.template.id === template.id) setEditing(undefined);
    change(deleteTemplate(setup, template.id), t('options.memos.deleted'));
  };
  const restore = () => {
    if (!confirm(t('options.memos.restoreConfirm'))) return;
    setEditing(undefined);
    change(restoreDefaults(setup), t('options.memos.restored'), setup);
  };
  const languages = filter === 'all' ? MEMO_LANGUAGES : [filter];

  return (
    <fieldset style={fieldset} data-testid="template-settings">
      <legend style={{ fontWeight: '600' }}>{t('options.section.memos')}</legend>
      <p style={{ margin: '0', color: '#5f6368' }}>{t('options.memos.about')}</p>
      {repaired ? (
        <p data-testid="memo-repaired" style={{ margin: '0', color: '#8a4b00' }}>{t('options.memos.repaired')}</p>
      ) : null}
      <SellerFields
        lang={lang}
        value={setup}
        onChange={(part) => change({ ...setup, ...part }, t('options.saved'))}
      />
      <div style={{ display: 'flex', gap: '12px', flexWrap: 'wrap', alignItems: 'center' }}>
        <label style={{ display: 'flex', gap: '8px', alignItems: 'center' }}>
          <span>{t('options.memos.filter')}</span>
          <select
            name="memoFilter"
            value={filter}
            onChange={(e) => {
              const select = e.currentTarget as HTMLSelectElement;
              const next = select.value as 'all' | MemoLanguage;
              const hides = !!editing && next !== 'all' && next !== editing.template.language;
              if (hides && !mayLeave()) {
                select.value = filter; // the draft stays, and so does the list it is in
                return;
              }
              if (hides) close();
              setFilter(next);
            }}
            style={{ font: 'inherit', padding: '4px' }}
          >
            <option value="all">{t('options.memos.filter.all')}</option>
            <MemoLanguageOptions lang={lang} />
          </select>
        </label>
        <button type="button" style={button} onClick={restore}>{t('options.memos.restore')}</button>
      </div>
      {MEMO_SITUATIONS.map((situation) => (
        <section key={situation} data-testid={`memo-situation-${situation}`} style={{ display: 'flex', flexDirection: 'column', gap: '10px', borderTop: '1px solid #e8eaed', paddingTop: '10px' }}>
          <h3 style={{ margin: '0', fontSize: '14px' }}>{situationName(situation)}</h3>
          {languages.map((language) => {
            const label = groupLabel(situation, language);
            const here = editing && editing.template.situation === situation && editing.template.language === language ? editing : undefined;
            return (
              <TemplateGroup
                key={language}
                lang={lang}
                language={language}
                label={label}
                rows={templatesFor(setup, situation, language).map((template) => ({ template, origin: originOf(template, setup) }))}
                {...(here && !here.isNew ? { editingId: here.template.id } : {})}
                editor={
                  here ? (
                    <TemplateEditor
                      key={here.template.id}
                      lang={lang}
                      template={here.template}
                      title={t(here.isNew ? 'options.memos.editor.new' : 'options.memos.editor.edit', { group: label })}
                      sample={sampleIn(language)}
                      onCancel={() => mayLeave() && close()}
                      onDirty={(changed) => (dirty.current = changed)}
                      // Closed once stored: a save the browser refuses leaves the draft open to try again.
                      onSave={(template) => change(saveTemplate(setup, template), t('options.memos.savedTemplate'), undefined, close)}
                    />
                  ) : undefined
                }
                onAdd={() => open(draftTemplate(situation, language, newId()), true)}
                onEdit={(template) => open({ ...template }, false)}
                onDuplicate={(template) =>
                  open(draftTemplate(situation, language, newId(), { ...template, name: t('options.memos.copyName', { name: template.name }) }), true)
                }
                onDelete={(template, origin) => remove(template, origin !== 'own')}
              />
            );
          })}
        </section>
      ))}
      <TemplateTransfer
        lang={lang}
        onExport={onExport}
        onImport={(imported, fileName) => {
          if (!confirm(t('options.memos.importConfirm', { file: fileName }))) return;
          setEditing(undefined);
          change(imported, t('options.memos.imported', { file: fileName }), setup);
        }}
      />
      {/* Kept in view at the window's foot while it says something: the template it is about may be far up the list. */}
      <div
        style={{
          display: 'flex', gap: '12px', alignItems: 'center', minHeight: '20px',
          ...(status.text ? { position: 'sticky', bottom: '0', background: '#fff', padding: '6px 0', borderTop: '1px solid #dadce0' } : {}),
        }}
      >
        <p ref={statusLine} tabIndex={-1} role="status" data-testid="memo-status" style={{ margin: '0', color: status.failed ? '#b3261e' : '#188038' }}>{status.text}</p>
        {undo ? (
          <button
            type="button"
            style={button}
            data-testid="memo-undo"
            onClick={() => {
              // The button goes once pressed: the focus moves to what it did, not to the top of the page.
              statusLine.current?.focus();
              change(undo, t('options.memos.undone'));
            }}
          >
            {t('options.memos.undo')}
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}
