// Filling templates: every hole is reported by name, values go in literally, braces can be escaped,
// and days are written per language whatever the machine's time zone.
import { afterEach, describe, expect, it } from 'vitest';
import { PLACEHOLDERS, formatMemoDate, placeholdersIn, renderMemo, type MemoLanguage } from '../../lib/memos';

const tpl = (body: string, subject = 'S', language: MemoLanguage = 'en') => ({ subject, body, language });

describe('renderMemo', () => {
  it('fills every known placeholder', () => {
    expect(renderMemo(tpl('{shopName}: {orderNo}/{itemCode} {itemName} via {carrier} #{trackingNo}\n{signature}', 'Order {orderNo}'), {
      shopName: 'Shop',
      orderNo: '1038452888',
      itemCode: 'CUP-BLUE4',
      itemName: 'Cup',
      carrier: 'Yamato',
      trackingNo: '123456789001',
      signature: '— Shop',
    })).toEqual({
      ok: true,
      subject: 'Order 1038452888',
      body: 'Shop: 1038452888/CUP-BLUE4 Cup via Yamato #123456789001\n— Shop',
    });
  });

  it('names unfilled placeholders (absent, empty or blank) and unknown ones, once each, and is not ok', () => {
    const r = renderMemo(tpl('{orderNo} {carrier} {foo} {trackingNo} {foo} {Deadline} {orderNo}', '{shopName} {bar}'), {
      carrier: '',
      trackingNo: '   ',
    });
    expect(r).toEqual({
      ok: false,
      subject: '{shopName} {bar}',
      body: '{orderNo} {carrier} {foo} {trackingNo} {foo} {Deadline} {orderNo}',
      missing: ['shopName', 'orderNo', 'carrier', 'trackingNo'],
      unknown: ['bar', 'foo', 'Deadline'],
    });
  });

  it('keeps filled parts in the preview of a failed render', () => {
    const r = renderMemo(tpl('Order {orderNo}, {carrier}'), { orderNo: '1038452888' });
    expect(r).toMatchObject({ ok: false, body: 'Order 1038452888, {carrier}', missing: ['carrier'], unknown: [] });
  });

  it('reports a placeholder written in another script or with spaces, rather than sending it', () => {
    const r = renderMemo(tpl('{注文番号} { orderNo } {}'), { orderNo: '1' });
    expect(r).toMatchObject({ ok: false, unknown: ['注文番号', ' orderNo ', ''], missing: [] });
  });

  it('inserts values literally: a value that looks like a placeholder is not expanded', () => {
    const r = renderMemo(tpl('{orderNo} / {itemName}'), { orderNo: '{deadline}', itemName: '{{x}} {shopName}', deadline: '2026-11-26' });
    expect(r).toEqual({ ok: true, subject: 'S', body: '{deadline} / {{x}} {shopName}' });
  });

  it('never sends a shop name or signature holding braces: shown as written, named, and not ok', () => {
    const signed = renderMemo(tpl('Thanks.\n{signature}'), { shopName: 'QWA', signature: '{shopName} 店長 山田' });
    expect(signed).toEqual({ ok: false, subject: 'S', body: 'Thanks.\n{shopName} 店長 山田', missing: ['signature'], unknown: [] });
    for (const shopName of ['QWA {Tokyo}', 'QWA ｛Tokyo｝', 'QWA {{x}}']) {
      expect(renderMemo(tpl('{shopName}'), { shopName }), shopName).toMatchObject({ ok: false, body: shopName, missing: ['shopName'] });
    }
    // A lone brace is no placeholder the buyer could stumble on.
    expect(renderMemo(tpl('{shopName}'), { shopName: 'QWA :-{' })).toMatchObject({ ok: true, body: 'QWA :-{' });
  });

  it('fills a known name whatever the width of its braces, mixed ones too', () => {
    for (const body of ['[{orderNo}]', '[｛orderNo｝]', '[{orderNo｝]', '[｛orderNo}]', '[｛ orderNo｝]']) {
      expect(renderMemo(tpl(body), { orderNo: '1038452888' }), body).toEqual({ ok: true, subject: 'S', body: '[1038452888]' });
    }
  });

  it('reports an unknown name in full-width or mixed braces as it does in half-width ones', () => {
    for (const body of ['ご注文｛ordreNo｝について', 'ご注文{ordreNo｝について', 'ご注文｛ordreNo}について', 'ご注文{ordreNo}について']) {
      expect(renderMemo(tpl(body), { orderNo: '1' }), body).toMatchObject({ ok: false, body, unknown: ['ordreNo'], missing: [] });
    }
    expect(renderMemo(tpl('ご注文{注文番号}について'), { orderNo: '1' })).toMatchObject({ ok: false, unknown: ['注文番号'] });
  });

  it('keeps full-width braces around a word that is no placeholder name as the text written (｛重要｝)', () => {
    for (const body of ['｛重要｝ご注文について', '{お知らせ｝', '｛限定 セール｝']) expect(renderMemo(tpl(body), {}), body).toEqual({ ok: true, subject: 'S', body });
  });

  it('trims values, so a stray newline from a form does not reach the buyer', () => {
    expect(renderMemo(tpl('[{orderNo}]'), { orderNo: ' 1038452888\n' })).toMatchObject({ ok: true, body: '[1038452888]' });
  });

  it('treats a value that is not text as unfilled', () => {
    const values = { orderNo: null, carrier: { a: 1 } } as unknown as Parameters<typeof renderMemo>[1];
    expect(renderMemo(tpl('{orderNo}{carrier}'), values)).toMatchObject({ ok: false, missing: ['orderNo', 'carrier'] });
  });

  it('turns {{ and }} into literal braces', () => {
    expect(renderMemo(tpl('{{orderNo}} is {orderNo}; {{{orderNo}}}; a }} b {{ c'), { orderNo: '1' })).toEqual({
      ok: true,
      subject: 'S',
      body: '{orderNo} is 1; {1}; a } b { c',
    });
  });

  it('leaves lone braces as text: they open no placeholder', () => {
    expect(renderMemo(tpl('a { b\nc } d }'), {})).toEqual({ ok: true, subject: 'S', body: 'a { b\nc } d }' });
  });

  it('writes days the buyer’s way, in the template’s language', () => {
    const values = { shippedOn: '2026-11-20', deadline: '2026-11-26' };
    const body = '{shippedOn} → {deadline}';
    expect(renderMemo(tpl(body, 'S', 'ja'), values)).toMatchObject({ body: '2026年11月20日（金） → 2026年11月26日（木）' });
    expect(renderMemo(tpl(body, 'S', 'zh'), values)).toMatchObject({ body: '2026年11月20日（周五） → 2026年11月26日（周四）' });
    expect(renderMemo(tpl(body, 'S', 'ko'), values)).toMatchObject({ body: '2026년 11월 20일 (금) → 2026년 11월 26일 (목)' });
    expect(renderMemo(tpl(body, 'S', 'en'), values)).toMatchObject({
      body: 'Friday, November 20, 2026 → Thursday, November 26, 2026',
    });
  });

  it('accepts QSM’s own 2026/11/26 and inserts other date text as typed', () => {
    expect(renderMemo(tpl('{deadline}', 'S', 'ja'), { deadline: '2026/11/26' })).toMatchObject({ body: '2026年11月26日（木）' });
    expect(renderMemo(tpl('{deadline}', 'S', 'ja'), { deadline: '11月下旬' })).toMatchObject({ ok: true, body: '11月下旬' });
  });
});

describe('placeholdersIn', () => {
  it('lists placeholders in order of first use, without escaped braces', () => {
    expect(placeholdersIn('{b} {{a}} {a} {b} {foo}')).toEqual(['b', 'a', 'foo']);
    expect(placeholdersIn('no placeholders {{here}}')).toEqual([]);
  });

  it('a brace closing further than a name can reach is text: a long pasted or imported text of braces closing nothing reads at once', () => {
    expect(placeholdersIn(`{${'x'.repeat(41)}} {signature}`)).toEqual(['signature']);
    expect(placeholdersIn(`{${'x'.repeat(40)}}`)).toEqual(['x'.repeat(40)]);
    for (const text of ['｛'.repeat(100_000), '{a'.repeat(100_000), `${'｝'.repeat(50_000)}${'｛'.repeat(50_000)}`, `{${'x'.repeat(200_000)}`]) {
      expect(placeholdersIn(`${text}{signature}`)).toEqual(['signature']);
    }
  });

  it('knows the documented placeholders', () => {
    expect([...PLACEHOLDERS].sort()).toEqual(
      ['orderNo', 'itemCode', 'itemName', 'carrier', 'trackingNo', 'shippedOn', 'deadline', 'shopName', 'signature'].sort(),
    );
  });
});

describe('formatMemoDate in any host time zone', () => {
  const hostTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = hostTz;
  });

  // Kiritimati is UTC+14 and Pago Pago UTC−11: the JST day would slip a day either way if the code
  // looked at the host's midnight instead of Japan's.
  it.each(['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Shanghai', 'Asia/Seoul'])(
    'gives the same words under TZ=%s',
    (tz) => {
      process.env.TZ = tz;
      expect(formatMemoDate('2026-11-26', 'ja')).toBe('2026年11月26日（木）');
      expect(formatMemoDate('2026-11-26', 'zh')).toBe('2026年11月26日（周四）');
      expect(formatMemoDate('2026-11-26', 'ko')).toBe('2026년 11월 26일 (목)');
      expect(formatMemoDate('2026-11-26', 'en')).toBe('Thursday, November 26, 2026');
      expect(formatMemoDate('2021-08-04', 'ja')).toBe('2021年8月4日（水）');
      expect(formatMemoDate('2024-02-29', 'en')).toBe('Thursday, February 29, 2024');
      expect(formatMemoDate('2026-01-01', 'ko')).toBe('2026년 1월 1일 (목)');
    },
  );

  it('really runs under the zone it was given', () => {
    process.env.TZ = 'Pacific/Kiritimati';
    expect(new Date('2026-11-26T00:00:00Z').getTimezoneOffset()).toBe(-14 * 60);
    process.env.TZ = 'Pacific/Pago_Pago';
    expect(new Date('2026-11-26T00:00:00Z').getTimezoneOffset()).toBe(11 * 60);
  });

  it('returns text that is not a real day unchanged', () => {
    expect(formatMemoDate('2026-02-30', 'ja')).toBe('2026-02-30');
    expect(formatMemoDate('soon', 'en')).toBe('soon');
  });
});
