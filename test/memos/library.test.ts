// The seller's template library over the built-ins (issue #4): precedence, hide / restore, seller values.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, builtInTemplate, builtInTemplateId, renderMemo, type MemoTemplate } from '../../lib/memos';
import {
  canSave, deleteTemplate, draftTemplate, memoLanguageFor, memoLibrary, originOf, restoreDefaults, saveTemplate, sellerBraces, sellerPersonalData, sellerValues,
  templateProblems, templatesFor,
} from '../../lib/memos/library';
import { emptyMemoSetup, type MemoSetup } from '../../lib/memos/setup';

const JA_CANCEL = builtInTemplateId('cancel-shipped', 'ja');
const edited: MemoTemplate = { ...builtInTemplate('cancel-shipped', 'ja'), body: '{shopName}です。発送済みです。\n{signature}', builtIn: false };
const own: MemoTemplate = {
  id: 'custom:1', situation: 'cancel-shipped', language: 'ja', name: '短い版', subject: '{orderNo}', body: 'ご確認ください。\n{signature}', builtIn: false,
};
const setupWith = (part: Partial<MemoSetup>): MemoSetup => ({ ...emptyMemoSetup(), ...part });

describe('templatesFor', () => {
  it('offers the built-in when the seller has changed nothing', () => {
    expect(templatesFor(emptyMemoSetup(), 'cancel-shipped', 'ja')).toEqual([builtInTemplate('cancel-shipped', 'ja')]);
    for (const t of BUILT_IN_TEMPLATES) expect(templatesFor(emptyMemoSetup(), t.situation, t.language)).toEqual([t]);
  });

  it('puts the seller’s edited copy in the built-in’s place, then the seller’s own templates', () => {
    const setup = setupWith({ templates: [own, edited] });
    expect(templatesFor(setup, 'cancel-shipped', 'ja')).toEqual([edited, own]);
    // Other situations and languages are untouched.
    expect(templatesFor(setup, 'cancel-shipped', 'en')).toEqual([builtInTemplate('cancel-shipped', 'en')]);
    expect(originOf(edited, setup)).toBe('edited');
    expect(originOf(own, setup)).toBe('own');
    expect(originOf(builtInTemplate('cancel-shipped', 'en'), setup)).toBe('builtIn');
  });

  it('keeps a deleted built-in hidden, edited or not, until restore defaults', () => {
    let setup = setupWith({ templates: [edited, own] });
    setup = deleteTemplate(setup, JA_CANCEL);
    expect(setup.hiddenBuiltIns).toEqual([JA_CANCEL]);
    expect(templatesFor(setup, 'cancel-shipped', 'ja')).toEqual([own]);
    setup = deleteTemplate(setup, own.id);
    expect(templatesFor(setup, 'cancel-shipped', 'ja')).toEqual([]);
    expect(setup.hiddenBuiltIns).toEqual([JA_CANCEL]); // deleting one's own template hides nothing

    setup = restoreDefaults(setupWith({ templates: [edited, own], hiddenBuiltIns: [builtInTemplateId('ask-again', 'ko')] }));
    expect(setup.hiddenBuiltIns).toEqual([]);
    expect(templatesFor(setup, 'cancel-shipped', 'ja')).toEqual([builtInTemplate('cancel-shipped', 'ja'), own]);
    expect(templatesFor(setup, 'ask-again', 'ko')).toEqual([builtInTemplate('ask-again', 'ko')]);
  });

  it('stores an edit of a built-in as the seller’s copy, and drops a copy saved back unchanged', () => {
    let setup = saveTemplate(emptyMemoSetup(), { ...builtInTemplate('cancel-shipped', 'ja'), name: '発送済みのお願い' });
    expect(setup.templates).toHaveLength(1);
    expect(setup.templates[0]).toMatchObject({ id: JA_CANCEL, name: '発送済みのお願い', builtIn: false });
    setup = saveTemplate(setup, { ...setup.templates[0]!, name: builtInTemplate('cancel-shipped', 'ja').name });
    expect(setup.templates).toEqual([]);
    // Saving replaces by id and keeps the order.
    setup = saveTemplate(saveTemplate(emptyMemoSetup(), own), { ...own, id: 'custom:2' });
    setup = saveTemplate(setup, { ...own, name: '改' });
    expect(setup.templates.map((t) => [t.id, t.name])).toEqual([['custom:1', '改'], ['custom:2', '短い版']]);
  });

  it('starts a new or duplicated template in the group it was made from', () => {
    expect(draftTemplate('ask-again', 'en', 'custom:x')).toEqual({
      id: 'custom:x', situation: 'ask-again', language: 'en', name: '', subject: '', body: '', builtIn: false,
    });
    const copy = draftTemplate('ask-again', 'en', 'custom:y', { ...builtInTemplate('ask-again', 'en'), name: 'Copy' });
    expect(copy).toMatchObject({ id: 'custom:y', name: 'Copy', body: builtInTemplate('ask-again', 'en').body, builtIn: false });
  });
});

describe('sellerValues', () => {
  it('signs with the shop name when the signature is empty', () => {
    expect(sellerValues(setupWith({ shopName: ' QWAショップ ', signature: '  ' }))).toEqual({ shopName: 'QWAショップ', signature: 'QWAショップ' });
    expect(sellerValues(setupWith({ shopName: 'QWAショップ', signature: 'QWAショップ 店長' }))).toEqual({ shopName: 'QWAショップ', signature: 'QWAショップ 店長' });
    expect(sellerValues(emptyMemoSetup())).toEqual({ shopName: '', signature: '' });
  });

  it('fills {shopName} and {signature} in a built-in, which is refused without them', () => {
    const template = builtInTemplate('thanks-withdrawn', 'ja');
    const values = { orderNo: '1', itemCode: '2', itemName: 'x', carrier: 'y', trackingNo: '3', shippedOn: '2026-11-20', deadline: '2026-11-26' };
    const without = renderMemo(template, { ...values, ...sellerValues(emptyMemoSetup()) });
    expect(without.ok).toBe(false);
    const withShop = renderMemo(template, { ...values, ...sellerValues(setupWith({ shopName: 'QWAショップ' })) });
    expect(withShop.ok).toBe(true);
    expect(withShop.body).toContain('QWAショップ');
  });
});

describe('sellerBraces', () => {
  it('names the shop name or signature written with braces, which buyers would read as typed', () => {
    expect(sellerBraces({ shopName: 'QWAショップ', signature: '{shopName} 店長' })).toEqual(['signature']);
    expect(sellerBraces({ shopName: 'QWA ｛Tokyo｝', signature: '' })).toEqual(['shopName']);
    // Full-width braces around Japanese words are punctuation in a shop name as in a template.
    expect(sellerBraces({ shopName: '｛東京｝ストア', signature: '' })).toEqual([]);
    expect(sellerBraces({ shopName: 'QWA {Tokyo}', signature: 'QWA {Tokyo} 店長' })).toEqual(['shopName', 'signature']);
    expect(sellerBraces({ shopName: 'QWA【東京】', signature: 'QWA :-{' })).toEqual([]);
  });
});

describe('sellerPersonalData', () => {
  it('takes a shop name shaped like a domain as the shop’s name, in the signature too', () => {
    expect(sellerPersonalData({ shopName: 'Lumi.jp', signature: '' })).toEqual([]);
    expect(sellerPersonalData({ shopName: 'gadget.store 公式', signature: 'gadget.store 公式 店長 山田' })).toEqual([]);
  });

  it('still refuses a web address with its scheme, another address, or contact data beside the name', () => {
    const kinds = (shopName: string, signature: string) => sellerPersonalData({ shopName, signature }).map((h) => h.kind);
    expect(kinds('https://lumi.jp', '')).toEqual(['url']);
    // A domain is a name; a link's path or query is a link, whatever the name around it.
    expect(kinds('bit.ly/3AbCdE', '')).toEqual(['url']);
    expect(kinds('Lumi www.taro-blog.com/u/taro', '')).toEqual(['url']);
    expect(kinds('Lumi.jp', 'Lumi.jp / lumi-outlet.com')).toEqual(['url']);
    expect(kinds('Lumi.jp', 'Lumi.jp 03-1234-5678')).toEqual(['phone']);
    expect(kinds('Lumi.jp', 'info@Lumi.jp')).toEqual(['email']);
  });
});

describe('memoLibrary', () => {
  it('takes the buyer language from the order country, unless the seller fixed one', () => {
    expect(memoLanguageFor(emptyMemoSetup(), 'KR')).toBe('ko');
    expect(memoLanguageFor(setupWith({ defaultLanguage: 'en' }), 'JP')).toBe('en');
    const library = memoLibrary(setupWith({ templates: [edited] }));
    expect(library.languageFor('日本')).toBe('ja');
    expect(library.templatesFor('cancel-shipped', 'ja')[0]).toBe(edited);
  });
});

describe('templateProblems', () => {
  it('accepts every built-in', () => {
    for (const t of BUILT_IN_TEMPLATES) expect(canSave(templateProblems(t)), t.id).toBe(true);
  });

  it('names unknown placeholders, personal data per field, and empty fields', () => {
    const p = templateProblems({ name: '', subject: '{orderno} のご確認', body: 'お電話は 090-1234-5678 まで。{注文番号}' });
    expect(p.unknown).toEqual(['orderno', '注文番号']);
    expect(p.personalData).toEqual([expect.objectContaining({ kind: 'phone', field: 'body', text: '090-1234-5678' })]);
    expect(p.emptyName).toBe(true);
    expect(p.emptyBody).toBe(false);
    expect(canSave(p)).toBe(false);
    expect(canSave(templateProblems({ name: 'x', subject: '', body: '{{literal}} {orderNo}' }))).toBe(true);
  });

  it('refuses an unknown name in full-width or mixed braces as in half-width ones, and accepts a known one', () => {
    expect(templateProblems({ name: 'x', subject: '｛ordreNo｝', body: '{orderno｝ ｛orderNumber} {signature}' }).unknown).toEqual(['ordreNo', 'orderno', 'orderNumber']);
    // Full-width braces around Japanese words are punctuation, as they always were.
    expect(canSave(templateProblems({ name: 'x', subject: '｛重要｝', body: '{ご注文｝ ｛限定｝ {signature}' }))).toBe(true);
    expect(canSave(templateProblems({ name: 'x', subject: '', body: 'ご注文{orderNo｝\n｛signature}' }))).toBe(true);
  });
});
