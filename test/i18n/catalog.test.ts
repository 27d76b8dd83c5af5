import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES, badgeLabelKey, createT, placeholdersOf, reasonKey, translate, type MessageKey } from '../../lib/i18n';
import { MESSAGES } from '../../lib/i18n/bundled';
import { memoValueKey } from '../../lib/i18n/memoWords';
import { POLICY } from '../../lib/rules';

const keys = Object.keys(MESSAGES.en) as MessageKey[];
const REASONS = [
  'request-stage', 'awaiting-buyer', 'auto-withdraw-due', 'cooldown-after-refusal', 'cooldown-after-cancel',
  'claim-in-progress', 'claim-closed', 'non-receipt', 'invalid-input',
] as const;

describe('message catalogs', () => {
  it.each(UI_LANGUAGES)('%s has exactly the English keys, none empty', (lang) => {
    const catalog = MESSAGES[lang];
    expect(Object.keys(catalog).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const message = catalog[key];
      const forms = typeof message === 'string' ? [message] : Object.values(message);
      for (const form of forms) expect(form?.trim(), `${lang} ${key}`).toBeTruthy();
    }
  });

  it.each(UI_LANGUAGES)('%s uses the same {placeholders} as English', (lang) => {
    for (const key of keys) {
      expect([...placeholdersOf(MESSAGES[lang][key])].sort(), `${lang} ${key}`).toEqual([...placeholdersOf(MESSAGES.en[key])].sort());
    }
  });

  it('names every verdict state and reason with a catalog key', () => {
    for (const state of ['eligible', 'pending', 'cooldown', 'ineligible', 'unknown'] as const) {
      expect(keys).toContain(badgeLabelKey(state));
    }
    for (const reason of REASONS) expect(reasonKey(reason)).toBe(`reason.${reason}`);
    expect(reasonKey('something-new')).toBe('reason.invalid-input');
  });

  it('says "more than 4 days" for a delayed claim in the reminder as in the options (delayed from day 5)', () => {
    // The count is the policy table's (§3.8), given by the options page and the reminder run alike.
    const count = POLICY.delayedAfterDays;
    expect(translate('ja', 'options.reminders.delayed', { count })).toContain('4日を超えて');
    expect(translate('ja', 'reminder.delayed.message', { orderNo: '1038000003', count })).toContain('4日を超えて');
    expect(translate('ja', 'reminder.delayed.message', { orderNo: '1038000003', count })).not.toContain('4日以上');
    expect(translate('en', 'reminder.delayed.message', { orderNo: '1038000003', count })).toContain('more than 4 days.');
  });

  it.each(UI_LANGUAGES)('%s names each shipment field of the message helper as its "still missing" notice does', (lang) => {
    // The notice says which fields to fill in ("送り状番号"); a field labelled otherwise ("追跡番号") is not found.
    const bare = (s: string) => s.replace(/^the /i, '').toLowerCase();
    for (const field of ['shippedOn', 'carrier', 'trackingNo'] as const) {
      expect(bare(translate(lang, `memo.field.${field}`)), `${lang} ${field}`).toBe(bare(translate(lang, memoValueKey(field)!)));
    }
  });

  it('keeps the Qoo10 inquiry path as data in each language', () => {
    expect(translate('zh_CN', 'askQoo10.path')).toBe('咨询 › 退款・投诉撤回 › 投诉撤回');
    expect(translate('ja', 'askQoo10.path')).toBe('お問い合わせ › 払い戻し・クレーム撤回 › クレーム撤回');
    expect(translate('en', 'askQoo10.path')).toBe('Inquiry › Refund / claim withdrawal › Claim withdrawal');
    expect(translate('ko', 'askQoo10.path')).toContain('클레임 철회');
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    const t = createT('en');
    expect(t('reason.awaiting-buyer', { deadline: 'Wed, Aug 4, 2021', autoWithdrawOn: 'Thu, Aug 5, 2021' })).toBe(
      'You sent a withdraw request. The buyer can answer until the end of Wed, Aug 4, 2021 (JST). If the buyer does not answer, QSM withdraws the claim automatically on Thu, Aug 5, 2021.',
    );
    expect(createT('zh_CN')('field.orderNo', { orderNo: '1234567890' })).toBe('订购号码 1234567890');
  });

  it('chooses plural forms with Intl.PluralRules', () => {
    expect(translate('en', 'warning.delayed', { count: 1 })).toContain('more than 1 day.');
    expect(translate('en', 'warning.delayed', { count: 4 })).toContain('more than 4 days.');
    expect(translate('ja', 'warning.delayed', { count: 4 })).toContain('4日');
  });

  it('inserts values verbatim and leaves unknown placeholders visible', () => {
    expect(translate('en', 'field.orderNo', { orderNo: "$& {orderNo} $'" })).toBe("Order $& {orderNo} $'");
    expect(translate('en', 'field.orderNo')).toBe('Order {orderNo}');
  });
});
