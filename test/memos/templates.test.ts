// The built-in buyer templates: complete, fillable, polite, and free of pressure (domain.md §3.4–3.5, §4).
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_TEMPLATES,
  MEMO_LANGUAGES,
  MEMO_SITUATIONS,
  PLACEHOLDERS,
  builtInTemplate,
  checkMemo,
  formatMemoDate,
  placeholdersIn,
  renderMemo,
  type MemoValues,
} from '../../lib/memos';

const values: Required<MemoValues> = {
  orderNo: '1038452888',
  itemCode: '897969331',
  itemName: 'ステンレスタンブラー 青',
  carrier: 'ヤマト運輸',
  trackingNo: '4471-8820-1936',
  shippedOn: '2026-11-20',
  deadline: '2026-11-26',
  shopName: 'QSMショップ',
  signature: 'QSMショップ カスタマーサポート',
};

// Words that pressure, blame or threaten; none belongs in a request the buyer is free to refuse.
const PRESSURE: Record<string, RegExp> = {
  ja: /必ず|至急|直ちに|早急|罰|ペナルティ|違反|義務|法的|損害|責任を|しなければ/,
  en: /\bmust\b|immediately|urgent|penalt|legal|obliged|required to|fault|failure to|you have to|at once/i,
  zh: /必须|立即|立刻|马上|处罚|罚|违规|法律|责任|务必/,
  ko: /반드시|즉시|당장|처벌|불이익|위반|법적|책임/,
};

describe('BUILT_IN_TEMPLATES', () => {
  it('has one template per situation and language, under stable ids', () => {
    expect(BUILT_IN_TEMPLATES).toHaveLength(MEMO_SITUATIONS.length * MEMO_LANGUAGES.length);
    const ids = BUILT_IN_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const situation of [
      'cancel-shipped',
      'return-withdraw',
      'exchange-withdraw',
      'ask-again',
      'deadline-reminder',
      'thanks-withdrawn',
    ] as const) {
      for (const language of ['ja', 'en', 'zh', 'ko'] as const) {
        const t = builtInTemplate(situation, language);
        expect(t.id).toBe(`builtin:${situation}:${language}`);
        expect(t).toMatchObject({ situation, language, builtIn: true });
        expect(t.name.trim()).not.toBe('');
      }
    }
  });

  it('is frozen, so no caller can edit the catalog in place', () => {
    expect(Object.isFrozen(BUILT_IN_TEMPLATES)).toBe(true);
    expect(Object.isFrozen(BUILT_IN_TEMPLATES[0])).toBe(true);
  });

  it('uses only known placeholders', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      for (const name of [...placeholdersIn(t.subject), ...placeholdersIn(t.body)]) {
        expect(PLACEHOLDERS, `${t.id} uses {${name}}`).toContain(name);
      }
    }
  });

  describe.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s', (_id, t) => {
    const result = renderMemo(t, values);

    it('renders completely, subject and body', () => {
      expect(result).toEqual({ ok: true, subject: expect.any(String), body: expect.any(String) });
      expect(result.subject).not.toMatch(/\{[a-zA-Z]+\}/);
      expect(result.body).not.toMatch(/\{[a-zA-Z]+\}/);
      expect(result.subject).toContain(values.orderNo);
      expect(result.body).toContain(values.orderNo);
      expect(result.body).toContain(values.itemCode);
      expect(result.body).toContain(values.shopName);
      expect(result.body.trimEnd().endsWith(values.signature)).toBe(true);
    });

    it('reports every placeholder it uses when nothing is filled', () => {
      const empty = renderMemo(t, {});
      expect(empty.ok).toBe(false);
      if (!empty.ok) {
        expect(empty.missing.sort()).toEqual([...new Set([...placeholdersIn(t.subject), ...placeholdersIn(t.body)])].sort());
        expect(empty.unknown).toEqual([]);
      }
    });

    it('does not pressure, blame or threaten', () => {
      expect(`${result.subject}\n${result.body}`).not.toMatch(PRESSURE[t.language] as RegExp);
    });

    it('contains no personal data of its own', () => {
      expect(checkMemo(`${result.subject}\n${result.body}`)).toEqual({ hits: [], blocked: false });
    });

    if (t.situation !== 'thanks-withdrawn') {
      it('says how to agree and, truthfully, what silence until the deadline means', () => {
        expect(result.body).toContain('Qoo10');
        expect(result.body).toContain(formatMemoDate(values.deadline, t.language));
        const automatic = { ja: /自動的に撤回/, en: /withdrawn automatically/, zh: /自动撤回/, ko: /자동으로 철회/ }[t.language];
        expect(result.body).toMatch(automatic);
      });
    }
  });

  it('says in English that the buyer’s own request is what gets withdrawn, never a bare “the request” or “it”', () => {
    for (const t of BUILT_IN_TEMPLATES.filter((x) => x.language === 'en' && x.situation !== 'thanks-withdrawn')) {
      expect(t.body, t.id).toMatch(/your request will be withdrawn automatically/);
      expect(t.body, t.id).not.toMatch(/the request will be withdrawn|withdraw (?:it|the request)\b/);
    }
    // "Your request", as the Japanese, Chinese and Korean ones say (ご申請, 该申请, 신청): not all three kinds, of which the buyer made one.
    expect(builtInTemplate('deadline-reminder', 'en').body).toContain('your request will be withdrawn automatically');
    for (const t of BUILT_IN_TEMPLATES.filter((x) => x.language === 'en')) expect(t.body, t.id).not.toMatch(/cancellation, return or exchange/);
  });

  it('gives a Chinese buyer the deadline day itself (…当天结束), never “before the deadline”, in every template', () => {
    for (const t of BUILT_IN_TEMPLATES.filter((x) => x.language === 'zh' && x.body.includes('{deadline}'))) {
      expect(t.body, t.id).toMatch(/日本时间\{deadline\}当天结束/);
      expect(t.body, t.id).not.toMatch(/期限前|之前|以前/);
    }
    expect(builtInTemplate('deadline-reminder', 'zh').body).toContain('回复期限为日本时间{deadline}当天结束。');
  });

  it('writes Japanese in business keigo', () => {
    for (const t of BUILT_IN_TEMPLATES.filter((x) => x.language === 'ja')) {
      expect(t.body).toContain('いつもご利用いただき誠にありがとうございます。');
      expect(t.body).toContain('{shopName}でございます。');
      expect(t.body).toMatch(/ございます/);
      expect(t.body).toMatch(/いただき/);
      expect(t.body).toMatch(/申し上げます/);
      expect(t.body).not.toMatch(/(?:だ|である)。/); // plain style has no place in a shop's letter
    }
  });

  it('tells about the shipment, with carrier and tracking number, when asking to withdraw a cancel', () => {
    for (const language of MEMO_LANGUAGES) {
      const r = renderMemo(builtInTemplate('cancel-shipped', language), values);
      expect(r.body).toContain(values.carrier);
      expect(r.body).toContain(values.trackingNo);
      expect(r.body).toContain(formatMemoDate(values.shippedOn, language));
    }
  });

  it('names the claim kind in the kind-specific requests', () => {
    const words = {
      'cancel-shipped': { ja: 'キャンセル', en: 'cancel', zh: '取消', ko: '취소' },
      'return-withdraw': { ja: '返品', en: 'return', zh: '退货', ko: '반품' },
      'exchange-withdraw': { ja: '交換', en: 'exchange', zh: '换货', ko: '교환' },
    } as const;
    for (const [situation, byLanguage] of Object.entries(words)) {
      for (const language of MEMO_LANGUAGES) {
        const t = builtInTemplate(situation as keyof typeof words, language);
        expect(t.subject + t.body).toContain(byLanguage[language]);
      }
    }
  });
});
