// The popup's "Copy message" with the seller's memo setup (issue #4 seam): shop name and signature from
// the options page, the seller's language choice and edited templates over the built-ins.
import { describe, expect, it } from 'vitest';
import { buyerMessagesFor } from '../../components/popupMemos';
import { cardOf } from '../../components/popupModel';
import type { ClaimRecord } from '../../lib/history';
import { builtInTemplate, builtInTemplateId } from '../../lib/memos';
import { memoLibrary, sellerValues } from '../../lib/memos/library';
import { emptyMemoSetup, type MemoSetup } from '../../lib/memos/setup';
import { NOW } from './popupFixtures';

const shipped: ClaimRecord = {
  v: 1, orderNo: '1038452777', orderCountry: 'JP', itemCode: '1122334455', carrier: 'ヤマト運輸', trackingNo: '4567-8901-2345',
  shippedOn: '2026-11-20', kind: 'cancel', stage: 'requested', events: [], lastSeenAt: NOW,
};
const messagesWith = (setup: MemoSetup) => buyerMessagesFor(cardOf(shipped, NOW), 'en', NOW, sellerValues(setup), memoLibrary(setup));

describe('popup messages with the seller’s memo setup', () => {
  it('copies once a shop name is set, signing with it when the signature is empty', () => {
    expect(messagesWith(emptyMemoSetup())[0]?.compose()).toMatchObject({ ok: false, why: expect.stringContaining('your shop name') });
    const composed = messagesWith({ ...emptyMemoSetup(), shopName: 'QWAショップ' })[0]?.compose();
    expect(composed?.ok).toBe(true);
    if (composed?.ok) expect(composed.text.trimEnd().endsWith('QWAショップ')).toBe(true);
  });

  it('uses the seller’s edited template and fixed buyer language', () => {
    const setup: MemoSetup = {
      ...emptyMemoSetup(),
      shopName: 'QWA Shop',
      defaultLanguage: 'en',
      templates: [{ ...builtInTemplate('cancel-shipped', 'en'), body: 'Order {orderNo} has shipped.\n{signature}', builtIn: false }],
    };
    const [message] = messagesWith(setup);
    expect(message?.id).toBe(builtInTemplateId('cancel-shipped', 'en'));
    expect(message?.label).toBe('Copy buyer message (English)');
    expect(message?.compose()).toEqual({ ok: true, text: 'Order 1038452777 has shipped.\nQWA Shop' });
  });

  it('offers nothing for a situation whose templates the seller deleted', () => {
    const setup = { ...emptyMemoSetup(), shopName: 'QWA', hiddenBuiltIns: [builtInTemplateId('cancel-shipped', 'ja')] };
    expect(messagesWith(setup)).toEqual([]);
  });
});
