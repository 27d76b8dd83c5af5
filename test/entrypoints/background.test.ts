// The background's update handler: every stored record is brought to its own fields once an update lands,
// also when the settings or the templates were written by a newer release (the seller went back a version).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CLAIM_KEY_PREFIX } from '../../lib/history';

const orderNo = '1038000001';
// A field no record may hold (lib/history/storedFields.ts): the update's rewrite takes it out.
const record = { v: 1, orderNo, kind: 'return', stage: 'requested', events: [], lastSeenAt: Date.now(), buyerName: '山田太郎' };
const stored = async () => (await fakeBrowser.storage.local.get(CLAIM_KEY_PREFIX + orderNo))[CLAIM_KEY_PREFIX + orderNo] as Record<string, unknown>;

async function update(values: Record<string, unknown>): Promise<void> {
  await fakeBrowser.storage.local.set({ [CLAIM_KEY_PREFIX + orderNo]: record, ...values });
  vi.resetModules();
  ((await import('../../entrypoints/background')).default as unknown as { main(): void }).main();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '1.0.0' } as never);
}

describe('the background on an update', () => {
  beforeEach(() => fakeBrowser.reset());

  it('rewrites each record with its own fields alone', async () => {
    await update({ settings: { uiLanguage: 'en' } });
    await vi.waitFor(async () => expect((await stored()).buyerName).toBeUndefined());
  });

  it.each([
    ['settings', { settings: { uiLanguage: 'en', newThing: 1 }, settings$: { v: 2 } }],
    ['templates', { memos: { version: 2, shopName: 'S', signature: '', defaultLanguage: 'auto', templates: [], hiddenBuiltIns: [] }, memos$: { v: 2 } }],
  ])('still rewrites the records when the %s come from a newer release', async (_what, values) => {
    await update(values);
    await vi.waitFor(async () => expect((await stored()).buyerName).toBeUndefined());
    expect((await stored()).orderNo).toBe(orderNo);
  });
});
