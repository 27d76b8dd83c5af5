// The options page's buyer-message section: editing with preview and checks, delete / restore,
// duplicate, seller fields, and import / export.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TemplateSettings } from '../../components/TemplateSettings';
import type { UiLanguage } from '../../lib/i18n';
import { builtInTemplate, builtInTemplateId } from '../../lib/memos';
import { emptyMemoSetup, type MemoSetup } from '../../lib/memos/setup';
import { exportMemoSetup } from '../../lib/memos/transfer';
import { NOW } from './popupFixtures';

afterEach(cleanup);

const JA_CANCEL = builtInTemplate('cancel-shipped', 'ja');
const JA_GROUP = 'Withdraw a cancel request (already shipped), Japanese';

function mount(initial: Partial<MemoSetup> = {}, { lang = 'en' as UiLanguage, answer = true } = {}) {
  const saved: MemoSetup[] = [];
  /** Set to make the next saves fail, as a full or broken storage does. */
  const storage = { broken: false };
  const confirm = vi.fn(() => answer);
  const onExport = vi.fn();
  let ids = 0;
  function Host() {
    const [setup, setSetup] = useState<MemoSetup>({ ...emptyMemoSetup(), ...initial });
    return (
      <TemplateSettings
        lang={lang}
        setup={setup}
        onChange={(next) => {
          if (storage.broken) return Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
          saved.push(next);
          setSetup(next);
        }}
        onExport={onExport}
        now={NOW}
        confirm={confirm}
        newId={() => `custom:t${++ids}`}
      />
    );
  }
  const view = render(<Host />);
  const group = (label = JA_GROUP) => within(screen.getByRole('region', { name: label }));
  const row = (name: string, label = JA_GROUP) => within(group(label).getByRole('group', { name }));
  const editor = () => within(screen.getByTestId('template-editor'));
  const type = (name: 'name' | 'subject' | 'body', value: string) =>
    fireEvent.input(screen.getByTestId('template-editor').querySelector(`[name="${name}"]`)!, { target: { value } });
  const status = () => screen.getByTestId('memo-status').textContent;
  const last = () => saved[saved.length - 1];
  return { ...view, saved, last, confirm, onExport, group, row, editor, type, status, storage };
}

/** What a screen reader reads out with a field: its aria-describedby. */
const described = (field: Element) =>
  (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');

async function choose(file: File) {
  const input = screen.getByTestId('memo-import') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('TemplateSettings', () => {
  it('lists every built-in, grouped by situation and language, with labelled actions', () => {
    const m = mount();
    expect(screen.getAllByTestId('memo-row')).toHaveLength(24);
    expect(m.group().getByText(JA_CANCEL.name)).toBeTruthy();
    expect(m.group().getByText('Built-in')).toBeTruthy();
    for (const action of ['Edit', 'Duplicate', 'Delete']) expect(m.row(JA_CANCEL.name).getByRole('button', { name: action })).toBeTruthy();
    expect(m.group().getByRole('button', { name: `Add template: ${JA_GROUP}` })).toBeTruthy();
  });

  it('previews a Japanese template with sample words in Japanese, whatever the seller’s language', () => {
    const m = mount({ shopName: 'QWAショップ' }, { lang: 'ko' });
    fireEvent.click(m.row(JA_CANCEL.name, screen.getAllByRole('region')[0]!.getAttribute('aria-label')!).getAllByRole('button')[0]!);
    m.type('body', '{carrier}にて発送済みです。');
    const preview = screen.getByTestId('template-preview').textContent ?? '';
    expect(preview).toContain('ヤマト運輸にて発送済みです。');
    expect(preview).not.toContain('야마토');
  });

  it('edits a built-in with a live preview and saves the seller’s copy', async () => {
    const m = mount({ shopName: 'QWAショップ' });
    fireEvent.click(m.row(JA_CANCEL.name).getByRole('button', { name: 'Edit' }));
    const form = screen.getByTestId('template-editor');
    expect(document.activeElement).toBe(form.querySelector('[name="name"]'));
    expect(m.editor().getByRole('heading', { level: 4 }).textContent).toBe(`Edit template: ${JA_GROUP}`);
    m.type('body', '{shopName}です。注文{orderNo}は{shippedOn}に発送済みです。\n{signature}');
    const preview = screen.getByTestId('template-preview').textContent ?? '';
    expect(preview).toContain('QWAショップです。注文1038452888は2026年11月20日（金）に発送済みです。');
    expect(screen.queryByTestId('template-missing')).toBeNull();
    fireEvent.click(m.editor().getByRole('button', { name: 'Save template' }));

    // Closed once stored.
    await waitFor(() => expect(screen.queryByTestId('template-editor')).toBeNull());
    expect(m.last()?.templates).toEqual([{ ...JA_CANCEL, body: '{shopName}です。注文{orderNo}は{shippedOn}に発送済みです。\n{signature}', builtIn: false }]);
    expect(m.group().getByText('Built-in, edited')).toBeTruthy();
    await waitFor(() => expect(m.status()).toBe('Template saved'));
  });

  it('marks the title and message being written with the buyer’s language, in an editor in the seller’s', () => {
    const m = mount({}, { lang: 'zh_CN' });
    fireEvent.click(m.row(JA_CANCEL.name, '撤回取消要求（已发货）・日语').getByRole('button', { name: '编辑' }));
    const form = screen.getByTestId('template-editor');
    expect(form.querySelector('[name="subject"]')?.getAttribute('lang')).toBe('ja');
    expect(form.querySelector('[name="body"]')?.getAttribute('lang')).toBe('ja');
  });

  it('writes the editor’s notes with the seller’s language’s punctuation, not English quotes and commas', () => {
    mount({}, { lang: 'ja' });
    fireEvent.click(screen.getAllByRole('button', { name: /^テンプレートを追加/ })[0]!);
    fireEvent.input(screen.getByTestId('template-editor').querySelector('[name="body"]')!, { target: { value: 'お電話は 090-1234-5678 まで。' } });
    expect(screen.getByTestId('template-problems').textContent).toContain('電話番号「090-1234-5678」（本文）');
    const placeholders = screen.getByTestId('template-editor').querySelector('p[id$="-placeholders"]')!.textContent ?? '';
    expect(placeholders).toContain('、{');
    expect(placeholders).not.toContain(', {');
  });

  it('shows missing values and unknown placeholders in the preview, and refuses personal data', () => {
    const m = mount();
    fireEvent.click(m.group().getByRole('button', { name: `Add template: ${JA_GROUP}` }));
    expect(m.editor().getByRole('heading', { level: 4 }).textContent).toBe(`New template: ${JA_GROUP}`);
    m.type('name', 'お電話のお願い');
    m.type('body', 'お電話は 090-1234-5678 までお願いします。{ordreNo}\n{signature}');
    const problems = screen.getByTestId('template-problems').textContent ?? '';
    expect(problems).toContain('Unknown placeholders: {ordreNo}');
    expect(problems).toContain('phone number “090-1234-5678” (Message)');
    // No shop name yet: the preview names what it could not fill.
    expect(screen.getByTestId('template-missing').textContent).toContain('your signature');
    const body = screen.getByTestId('template-editor').querySelector('[name="body"]')!;
    expect(body.getAttribute('aria-invalid')).toBe('true');

    fireEvent.click(m.editor().getByRole('button', { name: 'Save template' }));
    expect(m.saved).toEqual([]);
    expect(m.editor().getByRole('alert').textContent).toBe('Not saved: fix the problems shown above first.');

    m.type('body', 'ご検討いただけますと幸いです。\n{signature}');
    fireEvent.click(m.editor().getByRole('button', { name: 'Save template' }));
    expect(m.last()?.templates).toEqual([
      { id: 'custom:t1', situation: 'cancel-shipped', language: 'ja', name: 'お電話のお願い', subject: '', body: 'ご検討いただけますと幸いです。\n{signature}', builtIn: false },
    ]);
    expect(m.group().getByText('Your own')).toBeTruthy();
  });

  it('asks for a name and a message before saving a new template, and Escape cancels back to the button', async () => {
    const m = mount();
    const add = m.group().getByRole('button', { name: `Add template: ${JA_GROUP}` });
    add.focus();
    fireEvent.click(add);
    fireEvent.click(m.editor().getByRole('button', { name: 'Save template' }));
    expect(screen.getByTestId('template-problems').textContent).toContain('Enter a template name.');
    expect(screen.getByTestId('template-problems').textContent).toContain('Enter the message.');
    fireEvent.keyDown(screen.getByTestId('template-editor').querySelector('[name="name"]')!, { key: 'Escape' });
    expect(screen.queryByTestId('template-editor')).toBeNull();
    expect(m.saved).toEqual([]);
    await waitFor(() => expect(document.activeElement).toBe(add));
  });

  it('keeps the editor open on an Escape that cancels an input method’s conversion', () => {
    const m = mount();
    fireEvent.click(m.row(JA_CANCEL.name).getByRole('button', { name: 'Edit' }));
    const body = screen.getByTestId('template-editor').querySelector('[name="body"]')!;
    fireEvent.keyDown(body, { key: 'Escape', isComposing: true });
    expect(screen.getByTestId('template-editor')).toBeTruthy();
    fireEvent.keyDown(body, { key: 'Escape' });
    expect(screen.queryByTestId('template-editor')).toBeNull();
  });

  it('duplicates a template into a new one of the same group', () => {
    const m = mount();
    fireEvent.click(m.row(JA_CANCEL.name).getByRole('button', { name: 'Duplicate' }));
    expect((screen.getByTestId('template-editor').querySelector('[name="name"]') as HTMLInputElement).value).toBe(`${JA_CANCEL.name} (copy)`);
    fireEvent.click(m.editor().getByRole('button', { name: 'Save template' }));
    expect(m.last()?.templates).toEqual([{ ...JA_CANCEL, id: 'custom:t1', name: `${JA_CANCEL.name} (copy)`, builtIn: false }]);
    expect(m.group().getAllByTestId('memo-row')).toHaveLength(2);
  });

  it('deletes a built-in after asking, and restore defaults brings it back', async () => {
    const m = mount({ templates: [{ ...builtInTemplate('ask-again', 'en'), body: 'Edited.\n{signature}', builtIn: false }] });
    fireEvent.click(m.row(JA_CANCEL.name).getByRole('button', { name: 'Delete' }));
    expect(m.confirm).toHaveBeenLastCalledWith(`Delete the built-in template “${JA_CANCEL.name}”? “Restore defaults” brings it back.`);
    expect(m.last()?.hiddenBuiltIns).toEqual([JA_CANCEL.id]);
    expect(m.group().queryAllByTestId('memo-row')).toHaveLength(0);
    expect(m.group().getByText('No template here. Add one, or restore the defaults.')).toBeTruthy();
    await waitFor(() => expect(m.status()).toBe('Template deleted'));

    fireEvent.click(screen.getByRole('button', { name: 'Restore defaults' }));
    expect(m.last()).toMatchObject({ hiddenBuiltIns: [], templates: [] });
    expect(m.group().getByText(JA_CANCEL.name)).toBeTruthy();
    await waitFor(() => expect(m.status()).toBe('Default templates restored'));
  });

  it('puts the focus on the group’s "Add" after deleting a template, not at the top of the page', async () => {
    const m = mount();
    const remove = m.row(JA_CANCEL.name).getByRole('button', { name: 'Delete' });
    remove.focus();
    fireEvent.click(remove);
    expect(m.group().queryAllByTestId('memo-row')).toHaveLength(0);
    await waitFor(() => expect(document.activeElement).toBe(m.group().getByRole('button', { name: `Add template: ${JA_GROUP}` })));
  });

  it('changes nothing when the seller says no', () => {
    const m = mount({}, { answer: false });
    fireEvent.click(m.row(JA_CANCEL.name).getByRole('button', { name: 'Delete' }));
    fireEvent.click(screen.getByRole('button', { name: 'Restore defaults' }));
    expect(m.saved).toEqual([]);
    expect(m.group().getByText(JA_CANCEL.name)).toBeTruthy();
  });

  it('says "Saved" afresh for each change, so a screen reader announces each one', async () => {
    const m = mount();
    const shop = screen.getByRole('textbox', { name: 'Shop name' });
    fireEvent.input(shop, { target: { value: 'QWA Shop' } });
    fireEvent.change(shop);
    await waitFor(() => expect(m.status()).toBe('Saved'));
    const texts: string[] = [];
    const watch = new MutationObserver(() => texts.push(m.status() ?? ''));
    watch.observe(screen.getByTestId('memo-status'), { childList: true, characterData: true, subtree: true });
    fireEvent.input(shop, { target: { value: 'QWA Store' } });
    fireEvent.change(shop);
    await waitFor(() => expect(texts.at(-1)).toBe('Saved'));
    watch.disconnect();
    expect(texts).toContain('');
  });

  it('saves the shop name and signature when a field is left, refusing personal data', async () => {
    const m = mount();
    const shop = screen.getByRole('textbox', { name: 'Shop name' });
    fireEvent.input(shop, { target: { value: 'QWA Shop' } });
    fireEvent.change(shop);
    expect(m.last()).toMatchObject({ shopName: 'QWA Shop', signature: '' });
    await waitFor(() => expect(m.status()).toBe('Saved'));

    const signature = screen.getByRole('textbox', { name: /Signature/ });
    fireEvent.input(signature, { target: { value: 'QWA Shop, TEL 03-1234-5678' } });
    fireEvent.change(signature);
    expect(m.saved).toHaveLength(1);
    expect(screen.getByText(/Not saved: the shop name or signature seems to contain personal data/)).toBeTruthy();

    fireEvent.change(screen.getByRole('combobox', { name: 'Language of buyer messages' }), { target: { value: 'ko' } });
    expect(m.last()).toMatchObject({ shopName: 'QWA Shop', signature: '', defaultLanguage: 'ko' });
  });

  it('refuses a shop name or signature holding braces, which buyers would read as typed, and says why', async () => {
    const m = mount({ shopName: 'QWAショップ' });
    const signature = screen.getByRole('textbox', { name: /Signature/ }) as HTMLInputElement;
    fireEvent.input(signature, { target: { value: '{shopName} 店長' } });
    fireEvent.change(signature);
    expect(m.saved).toHaveLength(0);
    expect(signature.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('textbox', { name: 'Shop name' }).getAttribute('aria-invalid')).toBe('false');
    expect(described(signature)).toContain('Text in { } is not filled in here');

    fireEvent.input(signature, { target: { value: 'QWAショップ 店長' } });
    fireEvent.change(signature);
    expect(m.last()).toMatchObject({ shopName: 'QWAショップ', signature: 'QWAショップ 店長' });
    await waitFor(() => expect(signature.getAttribute('aria-invalid')).toBe('false'));
    expect(described(signature)).not.toContain('{ }');
  });

  it('flags braces a shop name already holds (saved by an earlier release), in the seller’s language', () => {
    mount({ shopName: 'QWA {東京}' }, { lang: 'ja' });
    const shop = screen.getByRole('textbox', { name: 'ショップ名' });
    expect(shop.getAttribute('aria-invalid')).toBe('true');
    expect(described(shop)).toContain('{ } で囲んだ文字は置き換えられず');
  });

  it('does not save a template with an unknown name in full-width braces, and fills a known one in mixed braces', () => {
    const m = mount({ shopName: 'QWA' });
    fireEvent.click(m.row(JA_CANCEL.name).getByRole('button', { name: /Edit/ }));
    m.type('body', 'ご注文｛ordreNo｝について\n{signature}');
    expect(screen.getByTestId('template-problems').textContent).toContain('ordreNo');
    fireEvent.submit(screen.getByTestId('template-editor'));
    expect(m.saved).toHaveLength(0);
    m.type('body', 'ご注文{orderNo｝について\n｛signature}');
    expect(screen.getByTestId('template-preview').textContent).toContain('ご注文1038452888について');
    expect(screen.getByTestId('template-problems').textContent).toBe('');
  });

  it('filters the list by buyer language', () => {
    mount();
    fireEvent.change(screen.getByRole('combobox', { name: 'Show templates in' }), { target: { value: 'ko' } });
    expect(screen.getAllByTestId('memo-row')).toHaveLength(6);
    expect(screen.queryAllByTestId('memo-group-ja')).toHaveLength(0);
  });

  it('exports through the page, and imports a good file after asking', async () => {
    const m = mount();
    fireEvent.click(screen.getByRole('button', { name: 'Export templates (JSON)' }));
    expect(m.onExport).toHaveBeenCalledTimes(1);

    const next: MemoSetup = { ...emptyMemoSetup(), shopName: 'Imported shop', hiddenBuiltIns: [builtInTemplateId('cancel-shipped', 'ja')] };
    await choose(new File([exportMemoSetup(next, new Date(NOW))], 'memos.json', { type: 'application/json' }));
    await waitFor(() => expect(m.saved).toHaveLength(1));
    expect(m.confirm).toHaveBeenLastCalledWith('Replace your shop name, signature and templates with the ones in “memos.json”?');
    expect(m.last()).toEqual(next);
    await waitFor(() => expect(m.status()).toBe('Templates imported from “memos.json”'));
    await waitFor(() => expect((screen.getByRole('textbox', { name: 'Shop name' }) as HTMLInputElement).value).toBe('Imported shop'));
  });

  it('imports a file whose shop name holds braces (an earlier release saved them), and flags the field at once', async () => {
    const m = mount({}, { lang: 'ja' });
    const next: MemoSetup = { ...emptyMemoSetup(), shopName: 'QWA {東京}' };
    await choose(new File([exportMemoSetup(next, new Date(NOW))], 'memos.json', { type: 'application/json' }));
    await waitFor(() => expect(m.saved).toHaveLength(1));
    expect(screen.getByTestId('memo-import-error').textContent).toBe('');
    const shop = screen.getByRole('textbox', { name: 'ショップ名' });
    await waitFor(() => expect(shop.getAttribute('aria-invalid')).toBe('true'));
    expect(described(shop)).toContain('{ } で囲んだ文字は置き換えられず');
  });

  it('asks before throwing a draft away: another template opened, its language filtered out, Escape', () => {
    const m = mount({}, { answer: false });
    fireEvent.click(m.row(JA_CANCEL.name).getByRole('button', { name: 'Edit' }));
    // Nothing typed yet: opening another asks nothing.
    fireEvent.click(m.row(JA_CANCEL.name).getByRole('button', { name: 'Duplicate' }));
    expect(m.confirm).not.toHaveBeenCalled();
    fireEvent.click(m.row(JA_CANCEL.name).getByRole('button', { name: 'Edit' }));
    m.type('body', 'My careful draft');
    const body = () => (screen.getByTestId('template-editor').querySelector('[name="body"]') as HTMLTextAreaElement).value;

    fireEvent.click(m.row(JA_CANCEL.name).getByRole('button', { name: 'Duplicate' }));
    expect(m.confirm).toHaveBeenLastCalledWith('Discard the changes to the template you are editing?');
    expect(body()).toBe('My careful draft');

    const filter = screen.getByRole('combobox', { name: 'Show templates in' }) as HTMLSelectElement;
    fireEvent.change(filter, { target: { value: 'ko' } });
    expect(m.confirm).toHaveBeenCalledTimes(2);
    expect(filter.value).toBe('all');
    expect(body()).toBe('My careful draft');

    fireEvent.keyDown(screen.getByTestId('template-editor'), { key: 'Escape' });
    expect(m.confirm).toHaveBeenCalledTimes(3);
    expect(body()).toBe('My careful draft');
    expect(m.saved).toEqual([]);
  });

  it('leaves the template already open as it is when its Edit is pressed again, and still guards its draft', () => {
    const m = mount({}, { answer: false });
    fireEvent.click(m.row(JA_CANCEL.name).getByRole('button', { name: 'Edit' }));
    m.type('body', 'My careful draft');
    fireEvent.click(m.row(JA_CANCEL.name).getByRole('button', { name: 'Edit' }));
    expect(m.confirm).not.toHaveBeenCalled();
    fireEvent.click(m.editor().getByRole('button', { name: 'Cancel' }));
    expect(m.confirm).toHaveBeenCalledTimes(1);
    expect((screen.getByTestId('template-editor').querySelector('[name="body"]') as HTMLTextAreaElement).value).toBe('My careful draft');
  });

  it('keeps the editor and its draft open when the browser does not store the saved template, to try again', async () => {
    const m = mount();
    fireEvent.click(m.row(JA_CANCEL.name).getByRole('button', { name: 'Edit' }));
    m.type('body', 'Twenty minutes of careful wording\n{signature}');
    m.storage.broken = true;
    fireEvent.click(m.editor().getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(m.status()).toContain('Not saved'));
    expect((screen.getByTestId('template-editor').querySelector('[name="body"]') as HTMLTextAreaElement).value).toContain('Twenty minutes of careful wording');
    m.storage.broken = false;
    fireEvent.click(m.editor().getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(screen.queryByTestId('template-editor')).toBeNull());
    expect(m.last()?.templates[0]?.body).toContain('Twenty minutes of careful wording');
  });

  it('throws the draft away once the seller says so', () => {
    const m = mount({}, { answer: true });
    fireEvent.click(m.row(JA_CANCEL.name).getByRole('button', { name: 'Edit' }));
    m.type('body', 'A draft to drop');
    fireEvent.change(screen.getByRole('combobox', { name: 'Show templates in' }), { target: { value: 'ko' } });
    expect(m.confirm).toHaveBeenLastCalledWith('Discard the changes to the template you are editing?');
    expect(screen.queryByTestId('template-editor')).toBeNull();
    expect(screen.getAllByTestId('memo-row')).toHaveLength(6);
  });

  it('puts the templates back as they were before an import, with one click', async () => {
    const own = { ...JA_CANCEL, id: 'custom:mine', name: 'My own wording', builtIn: false };
    const m = mount({ shopName: 'My shop', templates: [own] });
    const before = m.last() ?? { ...emptyMemoSetup(), shopName: 'My shop', templates: [own] };
    await choose(new File([exportMemoSetup({ ...emptyMemoSetup(), shopName: 'Colleague’s shop' }, new Date(NOW))], 'colleague.json'));
    await waitFor(() => expect(m.status()).toBe('Templates imported from “colleague.json”'));
    expect(m.group().queryByText('My own wording')).toBeNull();

    const undo = screen.getByRole('button', { name: 'Undo' });
    undo.focus();
    fireEvent.click(undo);
    await waitFor(() => expect(m.status()).toBe('Templates put back as they were'));
    // The pressed button is gone; the focus is on what it did, not lost to the top of the page.
    expect(document.activeElement).toBe(screen.getByTestId('memo-status'));
    expect(m.last()).toEqual(before);
    expect(m.group().getByText('My own wording')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Shop name' }) as HTMLInputElement).value).toBe('My shop');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('undoes a restore of the defaults, but not once another change was made after it', async () => {
    const edited = { ...JA_CANCEL, body: 'Edited.\n{signature}', builtIn: false };
    const m = mount({ templates: [edited] });
    fireEvent.click(screen.getByRole('button', { name: 'Restore defaults' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy());
    fireEvent.click(m.row(JA_CANCEL.name).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(m.status()).toBe('Template deleted'));
    // Undoing now would bring back the edited text and throw the deletion away.
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it.each([
    ['en', 'Not saved: the browser did not store this change.'],
    ['ja', '保存できませんでした。'],
    ['zh_CN', '未能保存'],
    ['ko', '저장하지 못했습니다.'],
  ] as const)('says so when the browser does not store a change (%s), instead of saying nothing', async (lang, words) => {
    const m = mount({}, { lang });
    m.storage.broken = true;
    await choose(new File([exportMemoSetup({ ...emptyMemoSetup(), shopName: 'X' }, new Date(NOW))], 'x.json'));
    await waitFor(() => expect(m.status()).toContain(words));
    expect(screen.getByTestId('memo-status').getAttribute('role')).toBe('status');
    expect(screen.queryByTestId('memo-undo')).toBeNull();
  });

  it.each([
    ['en', 'not json at all', 'The file is not a JSON file. Nothing was changed.'],
    ['ja', '{"format":"other"}', 'QSM 撤回要請アシスタントのテンプレート書き出しファイルではありません。何も変更していません。'],
    ['zh_CN', JSON.stringify({ format: 'qsm-withdraw-assistant/memos', version: 5 }), '该文件来自未知或更新版本的助手（版本 5）。请更新助手后重试。未做任何更改。'],
    ['ko', exportMemoSetup({ ...emptyMemoSetup(), templates: [{ ...JA_CANCEL, id: 'custom:x', name: 'X', body: '{orderno}' }] }, new Date(NOW)),
      '파일 안의 템플릿 “X”에 알 수 없는 항목({orderno})이 있습니다. 아무것도 바뀌지 않았습니다.'],
  ] as const)('refuses a bad file with a message in the seller’s language (%s) and changes nothing', async (lang, text, message) => {
    const m = mount({}, { lang });
    await choose(new File([text], 'bad.json'));
    await waitFor(() => expect(screen.getByTestId('memo-import-error').textContent).toBe(message));
    expect(m.saved).toEqual([]);
    expect(m.confirm).not.toHaveBeenCalled();
  });

  it('opens the file picker from a button in the seller’s language, the browser’s own file input hidden', () => {
    mount({}, { lang: 'ja' });
    const input = screen.getByTestId('memo-import') as HTMLInputElement;
    // The browser writes a visible file input's words ("Choose File") in its own language, not the seller's.
    expect(input.hidden).toBe(true);
    const click = vi.spyOn(input, 'click').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'テンプレートを読み込む（JSON）' }));
    expect(click).toHaveBeenCalledOnce();
  });

  it('refuses a file over 1 MB without reading it', async () => {
    const m = mount();
    const big = new File(['x'], 'big.json');
    Object.defineProperty(big, 'size', { value: 2 * 1024 * 1024 });
    const text = vi.spyOn(big, 'text');
    await choose(big);
    await waitFor(() => expect(screen.getByTestId('memo-import-error').textContent).toContain('larger than 1 MB'));
    expect(text).not.toHaveBeenCalled();
    expect(m.saved).toEqual([]);
  });

  it('tells the seller when part of the stored setup could not be read', () => {
    render(<TemplateSettings lang="ja" setup={emptyMemoSetup()} repaired onChange={() => undefined} onExport={() => undefined} now={NOW} confirm={() => true} />);
    expect(screen.getByTestId('memo-repaired').textContent).toContain('読み取れませんでした');
    expect(screen.getByRole('group', { name: '購入者へのメッセージのテンプレート' })).toBeTruthy();
  });
});
