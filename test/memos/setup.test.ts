// Reading a stored memo setup: every version and every damage is read as far as possible, never thrown.
import { describe, expect, it } from 'vitest';
import { builtInTemplate, builtInTemplateId } from '../../lib/memos';
import { MEMO_SETUP_VERSION, emptyMemoSetup, needsBackup, readMemoSetup, upgradeRaw } from '../../lib/memos/setup';

const own = { id: 'custom:1', situation: 'ask-again', language: 'en', name: 'Short', subject: 'Order {orderNo}', body: 'Hello.\n{signature}' };
const v1 = {
  version: 1, shopName: 'QWA Shop', signature: 'QWA Shop team', defaultLanguage: 'en',
  templates: [{ ...own, builtIn: false }], hiddenBuiltIns: [builtInTemplateId('cancel-shipped', 'ko')],
};

describe('readMemoSetup', () => {
  it('reads nothing stored as the empty setup', () => {
    expect(readMemoSetup(undefined)).toEqual({ setup: emptyMemoSetup(), status: 'empty' });
    expect(readMemoSetup(null).status).toBe('empty');
    expect(MEMO_SETUP_VERSION).toBe(1);
  });

  it('reads the current version whole', () => {
    expect(readMemoSetup(v1)).toEqual({ setup: v1, status: 'current' });
  });

  it('migrates the pre-release shape (no version, templates keyed by id) without losing an edit', () => {
    const v0 = { shopName: 'QWA Shop', templates: { 'custom:1': { ...own }, [builtInTemplateId('ask-again', 'ja')]: { ...builtInTemplate('ask-again', 'ja'), body: '改' } } };
    const { setup, status } = readMemoSetup(v0);
    expect(status).toBe('migrated');
    expect(setup.version).toBe(1);
    expect(setup.shopName).toBe('QWA Shop');
    expect(setup.signature).toBe('');
    expect(setup.defaultLanguage).toBe('auto');
    expect(setup.templates.map((t) => [t.id, t.body])).toEqual([['custom:1', own.body], [builtInTemplateId('ask-again', 'ja'), '改']]);
    expect(setup.templates.every((t) => !t.builtIn)).toBe(true);
  });

  it('keeps what it can read of a damaged value and says so, so the store backs it up', () => {
    const damaged = {
      ...v1,
      signature: 42,
      defaultLanguage: 'fr',
      templates: [own, { id: 'custom:2', situation: 'nope', language: 'en', name: 'x', subject: '', body: 'y' }, own, 'junk'],
      hiddenBuiltIns: [builtInTemplateId('ask-again', 'en'), 7],
    };
    const { setup, status } = readMemoSetup(damaged);
    expect(status).toBe('repaired');
    expect(needsBackup(status)).toBe(true);
    expect(setup).toEqual({
      version: 1, shopName: 'QWA Shop', signature: '', defaultLanguage: 'auto',
      templates: [{ ...own, builtIn: false }], hiddenBuiltIns: [builtInTemplateId('ask-again', 'en')],
    });
    for (const junk of ['text', 42, [1, 2], true]) expect(readMemoSetup(junk)).toEqual({ setup: emptyMemoSetup(), status: 'repaired' });
    expect(readMemoSetup({ ...v1, version: 'one' }).status).toBe('repaired');
    // An edited built-in that moved to another situation or language is not that built-in any more.
    expect(readMemoSetup({ ...v1, templates: [{ ...own, id: builtInTemplateId('ask-again', 'ja') }] }).status).toBe('repaired');
  });

  it('reads a newer release’s value as far as it can, flagged for backup', () => {
    const { setup, status } = readMemoSetup({ ...v1, version: 7, extra: { future: true } });
    expect(status).toBe('newer');
    expect(needsBackup(status)).toBe(true);
    expect(setup.templates).toHaveLength(1);
    expect(setup.version).toBe(1);
  });
});

describe('upgradeRaw', () => {
  it('runs each step from the value’s own version and keeps fields it does not know', () => {
    const steps = { 1: (v: Record<string, unknown>) => ({ ...v, a: 1 }), 2: (v: Record<string, unknown>) => ({ ...v, b: 2 }) };
    expect(upgradeRaw({ keep: 'me' }, 2, steps)).toEqual({ keep: 'me', a: 1, b: 2, version: 2 });
    expect(upgradeRaw({ version: 1, keep: 'me' }, 2, steps)).toEqual({ version: 2, keep: 'me', b: 2 });
    expect(upgradeRaw({ version: 2, keep: 'me' }, 2, steps)).toEqual({ version: 2, keep: 'me' });
  });
});
