// The personal-data guard (domain.md §4): what it must flag, exactly where, and what it must leave alone.
import { describe, expect, it } from 'vitest';
import { checkMemo, findPersonalData, type PersonalDataHit } from '../../lib/memos';

const found = (text: string) => findPersonalData(text).map((h) => [h.kind, text.slice(h.start, h.end)] as const);

type Row = readonly [text: string, hits: readonly (readonly [PersonalDataHit['kind'], string])[]];

const HITS: readonly Row[] = [
  // e-mail
  ['連絡先は taro.yamada@example.co.jp です。', [['email', 'taro.yamada@example.co.jp']]],
  ['メール：ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍまで', [['email', 'ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ']]],
  ['请发邮件到wang.li+qoo10@mail.sub.example.cn，谢谢', [['email', 'wang.li+qoo10@mail.sub.example.cn']]],
  ['이메일 kim_01@naver.com 으로 보내 주세요', [['email', 'kim_01@naver.com']]],
  ['Write to (jane.o\'neil@example.org).', [['email', "jane.o'neil@example.org"]]],
  ['taro＠example.jp', [['email', 'taro＠example.jp']]],
  // phones, Japanese
  ['携帯090-1234-5678にご連絡', [['phone', '090-1234-5678']]],
  ['09012345678', [['phone', '09012345678']]],
  ['代表 03-1234-5678 まで', [['phone', '03-1234-5678']]],
  ['フリーダイヤル0120-123-456', [['phone', '0120-123-456']]],
  ['(03)1234-5678', [['phone', '(03)1234-5678']]],
  ['お電話は03 1234 5678へ', [['phone', '03 1234 5678']]],
  ['045-123-4567', [['phone', '045-123-4567']]],
  ['0465-12-3456', [['phone', '0465-12-3456']]],
  ['090.1234.5678', [['phone', '090.1234.5678']]],
  ['+81-90-1234-5678', [['phone', '+81-90-1234-5678']]],
  ['call +81 (0)90-1234-5678 now', [['phone', '+81 (0)90-1234-5678']]],
  ['+81 3 1234 5678', [['phone', '+81 3 1234 5678']]],
  ['（+81-90-1234-5678）', [['phone', '+81-90-1234-5678']]],
  ['(+81) 90-1234-5678', [['phone', '(+81) 90-1234-5678']]],
  ['+819012345678', [['phone', '+819012345678']]],
  ['電話：０９０－１２３４－５６７８', [['phone', '０９０－１２３４－５６７８']]],
  ['０９０ー１２３４ー５６７８までお願いします', [['phone', '０９０ー１２３４ー５６７８']]],
  ['（０３）１２３４－５６７８', [['phone', '（０３）１２３４－５６７８']]],
  ['＋８１－９０－１２３４－５６７８', [['phone', '＋８１－９０－１２３４－５６７８']]],
  ['TEL:0312345678', [['phone', '0312345678']]],
  ['tel09012345678', [['phone', '09012345678']]],
  ['電話番号：1234-5678', [['phone', '1234-5678']]],
  // phones, international
  ['手机 +86 138 0013 8000', [['phone', '+86 138 0013 8000']]],
  ['+82-10-1234-5678', [['phone', '+82-10-1234-5678']]],
  ['Phone: +1 (415) 555-0132.', [['phone', '+1 (415) 555-0132']]],
  ['(415) 555-0132', [['phone', '(415) 555-0132']]],
  ['415-555-0132', [['phone', '415-555-0132']]],
  ['Call me at 415-555-0132 tonight', [['phone', '415-555-0132']]],
  ['(415) 555 0132', [['phone', '(415) 555 0132']]],
  ['연락처 010-1234-5678로 연락 주세요', [['phone', '010-1234-5678']]],
  ['01012345678', [['phone', '01012345678']]],
  ['02-123-4567', [['phone', '02-123-4567']]],
  ['我的手机是138-0013-8000', [['phone', '138-0013-8000']]],
  ['13800138000', [['phone', '13800138000']]],
  ['联系电话：0755-12345678', [['phone', '0755-12345678']]],
  // landlines with a 3-digit area code, grouped 3-4-4 (round 28's review)
  ['请致电021-1234-5678', [['phone', '021-1234-5678']]],
  ['(021) 1234 5678', [['phone', '(021) 1234 5678']]],
  ['사무실 031-1234-5678', [['phone', '031-1234-5678']]],
  // postal codes
  ['〒100-0001 東京都', [['postal', '〒100-0001']]],
  ['〒1000001', [['postal', '〒1000001']]],
  ['〒１００－０００１', [['postal', '〒１００－０００１']]],
  ['郵便番号は100-0001です', [['postal', '100-0001']]],
  ['郵便番号：1000001', [['postal', '1000001']]],
  ['(우편번호 12345)', [['postal', '12345']]],
  ['邮编：200120', [['postal', '200120']]],
  ['ZIP 94043-1351', [['postal', '94043-1351']]],
  // URLs
  ['https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/Claim/ClaimManagement.aspx をご覧ください', [['url', 'https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/Claim/ClaimManagement.aspx']]],
  ['(see http://example.com/a?b=1).', [['url', 'http://example.com/a?b=1']]],
  ['www.example.com。', [['url', 'www.example.com']]],
  ['example.co.jp/path を見て', [['url', 'example.co.jp/path']]],
  ['Qoo10.jpで', [['url', 'Qoo10.jp']]],
  ['ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ／ａ', [['url', 'ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ／ａ']]],
  ['请访问shop.example.cn了解', [['url', 'shop.example.cn']]],
  ['http://localhost:3000/x', [['url', 'http://localhost:3000/x']]],
  // cards
  ['カード 4111 1111 1111 1111 です', [['card', '4111 1111 1111 1111']]],
  ['4111-1111-1111-1111', [['card', '4111-1111-1111-1111']]],
  ['5555555555554444', [['card', '5555555555554444']]],
  ['Amex 3782 822463 10005', [['card', '3782 822463 10005']]],
  ['４１１１　１１１１　１１１１　１１１１', [['card', '４１１１　１１１１　１１１１　１１１１']]],
  ['5555.5555.5555.4444', [['card', '5555.5555.5555.4444']]],
  // street addresses, Taiwanese: a road's section (段) before the number
  ['寄到台北市信義區信義路五段7號', [['address', '台北市信義區信義路五段7號']]],
  ['台北市大安區忠孝東路四段100號5樓', [['address', '台北市大安區忠孝東路四段100號5樓']]],
  // street addresses, Japanese
  ['お届け先は東京都港区六本木1-2-3です', [['address', '東京都港区六本木1-2-3']]],
  ['大阪府大阪市北区梅田3丁目1番1号', [['address', '大阪府大阪市北区梅田3丁目1番1号']]],
  ['愛知県名古屋市中区栄3-15-33 ○○マンション101号室にお住まい', [['address', '愛知県名古屋市中区栄3-15-33 ○○マンション101号室']]],
  ['送付先東京都港区六本木１－２－３', [['address', '東京都港区六本木１－２－３']]],
  ['住所：さいたま市浦和区高砂3-15-1', [['address', 'さいたま市浦和区高砂3-15-1']]],
  ['北海道札幌市中央区北1条西2丁目', [['address', '北海道札幌市中央区北1条西2丁目']]],
  ['千代田区千代田1-1', [['address', '千代田区千代田1-1']]],
  ['神奈川県横浜市西区みなとみらい2-2-1', [['address', '神奈川県横浜市西区みなとみらい2-2-1']]],
  ['東京都千代田区丸の内1丁目9-1', [['address', '東京都千代田区丸の内1丁目9-1']]],
  ['京都府京都市中京区寺町通御池上る上本能寺前町488番地', [['address', '京都府京都市中京区寺町通御池上る上本能寺前町488番地']]],
  // a lot number written bare, as Kyoto and rural addresses print it
  ['京都市中京区河原町通三条上る恵比須町427', [['address', '京都市中京区河原町通三条上る恵比須町427']]],
  ['送り先：埼玉県上尾市大字今泉1323', [['address', '埼玉県上尾市大字今泉1323']]],
  ['京都府京都市下京区烏丸通七条下る東塩小路町721 ビル5階', [['address', '京都府京都市下京区烏丸通七条下る東塩小路町721 ビル5階']]],
  ['東京都港区六本木1-2-3 六本木ヒルズ森タワー40階', [['address', '東京都港区六本木1-2-3 六本木ヒルズ森タワー40階']]],
  // Chinese
  ['地址是上海市浦东新区世纪大道100号', [['address', '上海市浦东新区世纪大道100号']]],
  ['北京市朝阳区建国路88号SOHO现代城5号楼1203室', [['address', '北京市朝阳区建国路88号SOHO现代城5号楼1203室']]],
  ['寄到深圳市南山区科苑路15号。', [['address', '深圳市南山区科苑路15号']]],
  ['广东省深圳市南山区科技园南区深南大道10000号', [['address', '广东省深圳市南山区科技园南区深南大道10000号']]],
  ['臺北市信義區市府路45號', [['address', '臺北市信義區市府路45號']]],
  // Korean
  ['서울특별시 강남구 테헤란로 123', [['address', '서울특별시 강남구 테헤란로 123']]],
  ['서울특별시 강남구 테헤란로 123에 있습니다', [['address', '서울특별시 강남구 테헤란로 123']]],
  ['서울 강남구 테헤란로 123 (역삼동)', [['address', '서울 강남구 테헤란로 123 (역삼동)']]],
  ['경기도 성남시 분당구 판교역로 235, 101동 1203호', [['address', '경기도 성남시 분당구 판교역로 235, 101동 1203호']]],
  ['주소는 테헤란로 123 입니다', [['address', '테헤란로 123']]],
  ['역삼동 123-45', [['address', '역삼동 123-45']]],
  ['아파트 101동 1203호', [['address', '101동 1203호']]],
  // English
  ['Send it to 1600 Amphitheatre Parkway, please.', [['address', '1600 Amphitheatre Parkway']]],
  ['123 Main St', [['address', '123 Main St']]],
  ['221B Baker Street', [['address', '221B Baker Street']]],
  ['Apt 4B', [['address', 'Apt 4B']]],
  ['1 Infinite Loop', [['address', '1 Infinite Loop']]],
  ['350 Fifth Avenue, New York, NY 10118', [['address', '350 Fifth Avenue, New York, NY 10118']]],
  ['123 Main St., Apt 4B, Springfield, IL 62701', [['address', '123 Main St., Apt 4B, Springfield, IL 62701']]],
  ['1600 Amphitheatre Parkway, Mountain View, CA 94043', [['address', '1600 Amphitheatre Parkway, Mountain View, CA 94043']]],
  // several in one text, sorted by position
  [
    '〒106-0032 東京都港区六本木1-2-3 TEL 03-1234-5678 mail: a@b.jp',
    [['postal', '〒106-0032'], ['address', '東京都港区六本木1-2-3'], ['phone', '03-1234-5678'], ['email', 'a@b.jp']],
  ],
  ['住所：港区六本木1-2-3　電話：090-1234-5678', [['address', '港区六本木1-2-3'], ['phone', '090-1234-5678']]],
];

// What a seller legitimately writes: order (10 digits), cart (9), tracking (12, 4-4-4), item codes,
// dates, times, prices, quantities and the template's own placeholders.
const CLEAR: readonly string[] = [
  '大阪市内で2個お届けします',
  '東京都港区の倉庫から3日で発送',
  '京都市中京区店舗在庫5',
  '大阪府大阪市北区梅田店3',
  '北海道虻田郡ニセコ町2泊3日のプラン',
  '長野県北安曇郡白馬村10:00着',
  '東京都港区から大手町2',
  'サイズ 250 300 1000 mm',
  'JAN 490 123 4567',
  '1038452888',
  '210340349',
  '123456789001',
  '4471-8820-1936',
  '1234-5678-9012',
  '0123-4567-8901',
  '4471 8820 1936',
  '897969331',
  'CUP-BLUE4',
  '2026/11/26 2026-11-26 2026年11月26日 2026.11.26 11/26 2026-11 １１／２６',
  '14:30 14時30分 9:00-12:00 14:30-1530',
  '¥1,980 1,980円 ￥1980 3,000원 $19.99 19.99元 100-1000円 ¥100-1000',
  '1-2個 2 items 3点 4-5日',
  '0120123456',
  '4901234567894',
  '{orderNo} {itemCode} {trackingNo} {deadline} {shippedOn} {shopName} {signature}',
  '品番 123-4567',
  'ご注文番号：1038452888（商品コード：897969331）の商品は、2026年11月20日（金）にヤマト運輸（追跡番号：4471-8820-1936）にて発送いたしました。合計1,980円、数量2個です。',
  'カート番号210340349、注文番号1038452888、送り状番号123456789001、14時30分に出荷しました。',
  'Your order 1038452888 (cart 210340349) shipped on 2026/11/26 at 14:30 via Yamato, tracking number 1234-5678-9012. Total $19.99 for 2 items, item code CUP-BLUE4.',
  'Order 1038452888 shipped on Thursday, November 26, 2026. Reply by 11/26, please.',
  '订单号1038452888（购物车号码210340349）的商品已于2026年11月26日14:30通过顺丰发货，运单号123456789001，金额19.99元，数量2件。',
  '주문번호 1038452888 상품을 2026년 11월 26일 14:30에 CJ대한통운으로 발송했습니다. 송장번호 4471-8820-1936, 금액 3,000원, 수량 2개입니다.',
  '혹시 택배로 3개 보내셨나요? 다시 확인 부탁드립니다.',
  '商品区分1-2、市場価格1,980円',
  'ver.2.0 e.g. i.e. Node.js photo.jpg Thanks.My order',
  'Qoo10のマイページ、Qoo10 My Page、Qoo10的“我的页面”、Qoo10 마이페이지',
  'Hotel 12345678',
  '東京都は1-2営業日でお届け、大阪市内は1-2日、港区では3-4個',
  '이동 1-2, 혹시 택배로 2 박스',
  '1027 5821 8339 4471 8820 1936',
  '0014 1000000000',
  '東京から発送、서울 지역, shipped from Osaka',
];

describe('findPersonalData', () => {
  it.each(HITS)('flags %j', (text, hits) => {
    expect(found(text)).toEqual(hits);
  });

  it.each(CLEAR)('leaves %j alone', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it('indexes the original text in UTF-16 units, after astral characters too', () => {
    const text = '𠮷野家😀 090-1234-5678 😀';
    const [hit] = findPersonalData(text);
    expect(hit).toEqual({ kind: 'phone', start: 7, end: 20 });
    expect(text.slice(7, 20)).toBe('090-1234-5678');
  });

  it('prefers the more specific hit where two overlap', () => {
    expect(found('info@qoo10.jp')).toEqual([['email', 'info@qoo10.jp']]); // not also a URL
    expect(found('https://example.com/tel/09012345678')).toEqual([['url', 'https://example.com/tel/09012345678']]);
  });

  it('answers an empty text, and text that is not a string, with no hits', () => {
    expect(findPersonalData('')).toEqual([]);
    expect(findPersonalData(undefined as unknown as string)).toEqual([]);
  });

  it('looks at a long memo quickly', () => {
    const text = `${'ご注文番号1038452888の件、2026年11月26日、1,980円。'.repeat(300)}${'a.'.repeat(2000)}${'1 '.repeat(2000)}`;
    const started = performance.now();
    expect(findPersonalData(text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('the seller’s own shop name', () => {
  it('is a name where the text quotes it, even shaped like a domain; a web address with its scheme is still one', () => {
    expect(findPersonalData('Lumi.jpです。', { names: ['Lumi.jp'] })).toEqual([]);
    expect(findPersonalData('Lumi.jpです。').map((h) => h.kind)).toEqual(['url']);
    expect(findPersonalData('詳しくは https://Lumi.jp へ', { names: ['Lumi.jp'] }).map((h) => h.kind)).toEqual(['url']);
    expect(findPersonalData('Lumi.jp より lumi.jp/sale をご覧ください', { names: ['Lumi.jp'] }).map((h) => h.kind)).toEqual(['url']);
    expect(findPersonalData('Ｌｕｍｉ．ｊｐです。', { names: ['Lumi.jp'] })).toEqual([]);
  });
});

describe('a device’s IMEI or serial number, which passes the card checksum', () => {
  // 356938035643809 and 490154203237518 are valid IMEIs: 15 digits that pass the Luhn check, the first
  // starting 35 as JCB's cards do. A seller of phones quotes the returned phone's.
  it.each([
    'IMEI: 356938035643809',
    'IMEI番号：356938035643809',
    'IMEI 1: 356938035643809 / IMEI 2: 490154203237518',
    '返品された端末の製造番号 356938035643809 が出荷時と異なります。',
    '退回手机的串号：356938035643809',
    '반품된 단말기의 일련번호 356938035643809',
    'Serial No. 356938035643809',
    'imei no: 356938035643809',
    'S/N: 356938035643809',
  ])('leaves %j alone after its label', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it('still flags the same digits without the label, and a card after a sentence that names an IMEI', () => {
    expect(found('番号は356938035643809です')).toEqual([['card', '356938035643809']]);
    expect(found('IMEIは確認済みです。カード 4111 1111 1111 1111')).toEqual([['card', '4111 1111 1111 1111']]);
  });

  it.each([
    ['IMEI: 4111 1111 1111 1111', '4111 1111 1111 1111'],
    ['Serial No. 4111-1111-1111-1111', '4111-1111-1111-1111'],
    ['MEID: 4111111111111111', '4111111111111111'],
    ['シリアルナンバー 3782 822463 10005', '3782 822463 10005'],
  ])('still flags a card’s shape after such a label (%j): an IMEI is 15 digits run together', (text, card) => {
    expect(found(text)).toEqual([['card', card]]);
  });
});

describe('long tracking numbers that pass the card checksum', () => {
  // Both pass the Luhn check, as a card number does; carriers print such 13-digit numbers.
  it.each([
    '송장번호: 6892012345678',
    '追跡番号：4312345678903',
    '送り状番号 4312345678903',
    'Tracking number: 4312345678903',
    '运单号：4312345678903',
    '运送单号 4312345678903',
  ])('leaves %j alone after a tracking-number label', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it('leaves the order’s own tracking number alone wherever the text quotes it', () => {
    const text = 'お荷物の番号は4312345678903です。';
    expect(checkMemo(text, { references: ['4312345678903'] })).toEqual({ hits: [], blocked: false });
    expect(checkMemo('お荷物の番号は４３１２-３４５６７８９０３です。', { references: ['4312-345678903'] }).blocked).toBe(false);
  });

  it('still flags a real card number, with or without the order’s tracking number beside it', () => {
    expect(found('カード番号 4111 1111 1111 1111')).toEqual([['card', '4111 1111 1111 1111']]);
    expect(found('番号は4312345678903です')).toEqual([['card', '4312345678903']]);
    const text = '追跡番号：4312345678903、カード 5555555555554444';
    expect(checkMemo(text, { references: ['4312345678903'] }).hits.map((h) => text.slice(h.start, h.end))).toEqual(['5555555555554444']);
    // Another number than the order's own is still one to flag.
    expect(checkMemo('お荷物の番号は4111111111111111です。', { references: ['4312345678903'] }).blocked).toBe(true);
  });

  it.each([
    ['Card used for this order: 4111 1111 1111 1111', '4111 1111 1111 1111'],
    ['Pre-order #5555 5555 5555 4444', '5555 5555 5555 4444'],
    ['cart: 4111-1111-1111-1111', '4111-1111-1111-1111'],
    ['Order No. 4111111111111111', '4111111111111111'],
    ['注文番号 4111 1111 1111 1111', '4111 1111 1111 1111'],
    ['Tracking: 4111 1111 1111 1111', '4111 1111 1111 1111'],
    ['VISA:4111111111111111', '4111111111111111'],
    ['Card:4111 1111 1111 1111', '4111 1111 1111 1111'],
    ['No.4111 1111 1111 1111', '4111 1111 1111 1111'],
    ['JCB:3530-1113-3330-0000', '3530-1113-3330-0000'],
  ])('flags a card after %j: only an explicit tracking-number label makes a number a tracking number', (text, card) => {
    expect(found(text)).toEqual([['card', card]]);
  });

  it('leaves a number glued to a code by a hyphen or a slash alone: part of the code, not a card', () => {
    expect(findPersonalData('CUP-4111111111111111')).toEqual([]);
    expect(findPersonalData('SET/4111111111111111')).toEqual([]);
  });

  it.each(['Tracking No. 4312345678903', 'TRACKING NO: 4312345678903', '物流单号：4312345678903', '伝票番号 4312345678903'])(
    'leaves %j alone after a tracking-number label with its suffix',
    (text) => {
      expect(findPersonalData(text)).toEqual([]);
    },
  );
});

describe('checkMemo', () => {
  it('blocks a memo with personal data and passes a clean one', () => {
    expect(checkMemo('ご注文番号1038452888の件です')).toEqual({ hits: [], blocked: false });
    expect(checkMemo('090-1234-5678 にお電話ください')).toEqual({ hits: [{ kind: 'phone', start: 0, end: 13 }], blocked: true });
  });
});
