// The memo setup in extension storage (WXT's versioned item) against the fake browser: every stored
// version loads, nothing the seller wrote is lost, and a future version's migration runs through WXT.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { builtInTemplate, builtInTemplateId } from '../../lib/memos';
import { saveTemplate } from '../../lib/memos/library';
import { loadMemoSetup } from '../../lib/memos/read';
import { MEMO_SETUP_MIGRATIONS, emptyMemoSetup, type MemoSetup } from '../../lib/memos/setup';
import { MEMOS_BACKUP_KEY, MEMOS_KEY, createMemoStore, loadMemoBackups, memoStore, openMemoSetup, saveMemoSetup } from '../../lib/memos/store';

const own = { id: 'custom:1', situation: 'ask-again', language: 'ja', name: '再お願い', subject: '{orderNo}', body: 'ご検討ください。\n{signature}', builtIn: false } as const;
const edited = { ...builtInTemplate('cancel-shipped', 'ja'), body: '発送済みです。\n{signature}', builtIn: false };
const V1: MemoSetup = {
  version: 1, shopName: 'QWAショップ', signature: 'QWAショップ 店長', defaultLanguage: 'auto',
  templates: [{ ...own }, edited], hiddenBuiltIns: [builtInTemplateId('thanks-withdrawn', 'en')],
};
const stored = async () => fakeBrowser.storage.local.get(null);

describe('memo setup storage', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('saves the setup under local:memos with its version in the value and in WXT’s meta', async () => {
    expect(await openMemoSetup()).toEqual({ setup: emptyMemoSetup(), status: 'empty' });
    await saveMemoSetup(V1);
    expect(await stored()).toEqual({ [MEMOS_KEY]: V1, [`${MEMOS_KEY}$`]: { v: 1 } });
    expect(await openMemoSetup()).toEqual({ setup: V1, status: 'current' });
    expect(await loadMemoSetup()).toEqual(V1); // the plain reader (popup, content script) agrees
  });

  it('loads a v1 value stored by the first release (with or without WXT’s meta) unchanged', async () => {
    await fakeBrowser.storage.local.set({ [MEMOS_KEY]: V1, [`${MEMOS_KEY}$`]: { v: 1 } });
    const store = createMemoStore();
    expect(await store.load()).toEqual({ setup: V1, status: 'current' });
    await fakeBrowser.storage.local.remove(`${MEMOS_KEY}$`);
    expect((await createMemoStore().load()).setup).toEqual(V1);
  });

  it('migrates the pre-release shape on load and keeps every edit when it is next saved', async () => {
    const v0 = { shopName: 'QWAショップ', templates: { [own.id]: { ...own }, [edited.id]: edited } };
    await fakeBrowser.storage.local.set({ [MEMOS_KEY]: v0 });
    const { setup, status } = await createMemoStore().load();
    expect(status).toBe('migrated');
    expect(setup.templates).toEqual([own, edited]);
    await saveMemoSetup(saveTemplate(setup, { ...own, name: '再お願い2' }));
    const after = await stored();
    expect(after[MEMOS_KEY]).toMatchObject({ version: 1, shopName: 'QWAショップ', templates: [{ ...own, name: '再お願い2' }, edited] });
    expect(after[`${MEMOS_KEY}$`]).toEqual({ v: 1 });
    expect(after[MEMOS_BACKUP_KEY]).toBeUndefined(); // read whole: nothing to keep aside
  });

  it('repairs a damaged value on read, changes nothing until a save, and backs the original up before writing', async () => {
    const damaged = { ...V1, templates: [own, { id: 'custom:2', situation: 'later', language: 'ja', name: 'x', subject: '', body: 'y' }] };
    await fakeBrowser.storage.local.set({ [MEMOS_KEY]: damaged });
    const before = await stored();
    const reading = await createMemoStore().load();
    expect(reading.status).toBe('repaired');
    expect(reading.setup.templates).toEqual([own]);
    expect(await stored()).toEqual(before);

    await saveMemoSetup({ ...reading.setup, shopName: 'New name' });
    const backups = await loadMemoBackups();
    expect(backups).toHaveLength(1);
    expect(backups[0]?.value).toEqual(damaged);
    expect((await stored())[MEMOS_KEY]).toMatchObject({ shopName: 'New name', templates: [own] });
    // The next save has nothing unreadable to keep.
    await saveMemoSetup({ ...reading.setup, shopName: 'Newer name' });
    expect(await loadMemoBackups()).toHaveLength(1);
  });

  it('keeps a newer release’s value (after a downgrade) aside before writing over it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // WXT reports the downgrade
    const newer = { ...V1, version: 3, moods: ['calm'] };
    await fakeBrowser.storage.local.set({ [MEMOS_KEY]: newer, [`${MEMOS_KEY}$`]: { v: 3 } });
    const store = createMemoStore();
    const reading = await store.load();
    expect(reading.status).toBe('newer');
    expect(reading.setup.templates).toEqual(V1.templates);
    await store.save(reading.setup);
    expect((await loadMemoBackups())[0]?.value).toEqual(newer);
    expect(await stored()).toMatchObject({ [MEMOS_KEY]: { version: 1 }, [`${MEMOS_KEY}$`]: { v: 1 } });
  });

  it('runs a future version’s migration through WXT on a v1-shaped value, keeping the seller’s templates', async () => {
    await fakeBrowser.storage.local.set({ [MEMOS_KEY]: V1, [`${MEMOS_KEY}$`]: { v: 1 } });
    const v2Step = vi.fn((v1: Record<string, unknown>) => ({ ...v1, greeting: 'formal' }));
    const store = createMemoStore(2, { ...MEMO_SETUP_MIGRATIONS, 2: v2Step });
    // WXT migrates when the item is defined; reading waits for it.
    const { setup, status } = await store.load();
    expect(v2Step).toHaveBeenCalledTimes(1);
    expect(status).toBe('current');
    expect(setup.templates).toEqual(V1.templates);
    const after = await stored();
    expect(after[`${MEMOS_KEY}$`]).toEqual({ v: 2 });
    expect(after[MEMOS_KEY]).toEqual({ ...V1, version: 2, greeting: 'formal' });
    // An explicit migrate (the background's, on update) finds nothing left to do.
    await store.migrate();
    expect(v2Step).toHaveBeenCalledTimes(1);
    expect(await stored()).toEqual(after);
  });

  it('gives the same value when two migrations of one value race (steps follow the value’s own version)', async () => {
    await fakeBrowser.storage.local.set({ [MEMOS_KEY]: V1, [`${MEMOS_KEY}$`]: { v: 1 } });
    const store = createMemoStore(2, { ...MEMO_SETUP_MIGRATIONS, 2: (v1) => ({ ...v1, greeting: 'formal' }) });
    await Promise.all([store.migrate(), store.migrate()]);
    expect((await stored())[MEMOS_KEY]).toEqual({ ...V1, version: 2, greeting: 'formal' });
  });

  it('brings a pre-release value through every step when WXT thinks it is v1', async () => {
    await fakeBrowser.storage.local.set({ [MEMOS_KEY]: { shopName: 'QWAショップ', templates: [own] } });
    const store = createMemoStore(2, { ...MEMO_SETUP_MIGRATIONS, 2: (v1) => ({ ...v1, greeting: 'formal' }) });
    await store.load();
    expect((await stored())[MEMOS_KEY]).toEqual({ shopName: 'QWAショップ', templates: [own], version: 2, greeting: 'formal' });
  });

  it('is migrated by the background on update without changing a current value', async () => {
    await fakeBrowser.storage.local.set({ [MEMOS_KEY]: V1 });
    await memoStore.migrate();
    expect((await stored())[MEMOS_KEY]).toEqual(V1);
  });
});
