/**
 * Street addresses in Japanese, Chinese and Korean. An address is recognised by its structure — an
 * administrative area (prefecture, 市区町村, 省/市/区, 시/군/구) followed by a block or house number —
 * never by a place name alone, so "東京から発送" or "서울 지역" are not addresses.
 */
import { spans, type Candidate } from './types';

const HAN = '\\p{Script=Han}々〆ヶヵ';

// ---- Japanese: 東京都港区六本木1-2-3, 大阪府大阪市北区梅田3丁目1番1号, …栄3-15-33 ○○マンション101号室
export const JP_PREFECTURES =
  '北海道|東京都|京都府|大阪府|(?:青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|千葉|神奈川|新潟|富山|石川|福井|山梨|長野|岐阜|静岡|愛知|三重|滋賀|兵庫|奈良|和歌山|鳥取|島根|岡山|広島|山口|徳島|香川|愛媛|高知|福岡|佐賀|長崎|熊本|大分|宮崎|鹿児島|沖縄)県';
// A municipality ends in 市区郡町村; the look-ahead keeps words such as 区分, 区別, 市場, 市販 out.
const MUNI = `[${HAN}]{1,4}?[市区郡町村](?![分別切間域画場販])`;
// Municipalities written in kana ('さいたま市'), which the Han-based pattern above cannot start on.
const KANA_MUNI =
  '(?:さいたま|つくばみらい|つくば|ひたちなか|いわき|かすみがうら|いちき串木野|あきる野|いなべ|かほく|あわら|みよし|たつの|うきは|えびの|みやま|みどり|南アルプス|むつ|つがる|にかほ|おいらせ|ときがわ|みなかみ)[市町村]';
// Town names mix kanji, katakana and hiragana (丸の内, みなとみらい, 霞が関); one never starts with a
// particle, which keeps '東京都は1-2営業日' out.
const TOWN_CHAR = `[${HAN}\\p{Script=Katakana}ー・ぁ-ゖ]|\\d{1,2}条`;
// Nor with 産: '北海道産', '静岡県産1番茶' name where a product comes from.
const TOWN = `(?:(?![はをでにへともやがの産])(?:${TOWN_CHAR})(?:${TOWN_CHAR}){0,19}?)?`;
const KANJI_NUM = '(?:\\d{1,4}|[一二三四五六七八九十]{1,3})';
const BLOCK =
  `(?:${KANJI_NUM}丁目(?:\\d{1,4}(?:番地?|-)?(?:\\d{1,4}(?:号|-\\d{1,4})?)?)?` +
  '|\\d{1,4}(?:-\\d{1,4}){1,3}' +
  // Not 番目, an ordinal ('3番目に甘い').
  '|\\d{1,4}番(?!目)地?(?:\\d{1,4}号?)?(?:-\\d{1,4})?)';
// '1-2日', '3-4個', '1-2ヶ月', '450-550g': a range of days, things or weights, not a block number.
// After a space, a unit only where the sentence goes on ('2-3 日でお届け'): '6-10 日本ビル' is a building.
const UNITS = '(?:[日個件円時分月年名人回点枚本台箱週営玉袋粒ヶヵケ]|か月)';
const UNIT_AFTER = `(?:${UNITS}| ${UNITS}(?=[ぁ-ゖ、。，,.!?\\s]|$|間|以内|程度|前後)| ?(?:g(?![A-Za-z])|kg|ml|mm|cm))`;
// A building is only taken in when a room or floor number closes it; otherwise its end is unknowable.
const ROOM = '(?: ?[^\\s\\d、。，,.!?()「」ぁ-ゖ]{1,24}? ?\\d{1,5}(?:号室|号|階|F|室)| ?\\d{1,5}号室)?';
// Buyers often put a space (or a line break) between the parts: '東京都 港区 六本木 1-2-3'.
const GAP = '\\s?';
const JP = new RegExp(
  `(?:(?:${JP_PREFECTURES})(?:${GAP}(?:${KANA_MUNI}|${MUNI})){0,3}|(?:${KANA_MUNI}|${MUNI})(?:${GAP}${MUNI}){0,2})${GAP}${TOWN}${GAP}${BLOCK}(?![0-9]|${UNIT_AFTER})${ROOM}`,
  'gu',
);
// A lot number written bare after the town ('…上る恵比須町427', '…大字上尾1323', as Kyoto and rural
// addresses print it): only after a prefecture and a municipality, or two municipalities (市 and 区), and
// only after a town in 町/村 or a 字 (大字) name, so a count after a place ('大阪市内で2') stays clear.
// Its town is kanji and katakana (and the る of 上る/下る, the の of 丸の内): hiragana beyond those is a
// sentence running on ('港区から大手町2'); a time or a count after the number is none ('白馬村10:00着', '2泊').
const LOT_TOWN_CHAR = `[${HAN}\\p{Script=Katakana}ー・るの]`;
const JP_LOT = new RegExp(
  `(?:(?:${JP_PREFECTURES})(?:${KANA_MUNI}|${MUNI}){1,3}|(?:${KANA_MUNI}|${MUNI})(?:${MUNI}){1,2})(?!の)(?:${LOT_TOWN_CHAR}{0,19}?[町村]|${LOT_TOWN_CHAR}{0,12}?字[${HAN}]{1,8}?)\\d{1,5}(?![0-9:：-]|${UNIT_AFTER}|[泊着発便])${ROOM}`,
  'gu',
);

// ---- Chinese: 上海市浦东新区世纪大道100号, 北京市朝阳区建国路88号 …栋…室, and a Taiwanese road's section
// (台北市信義區信義路五段7號)
export const CN_PROVINCES =
  '北京|上海|天津|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门';
// Spaces between the parts are common ('广东省 深圳市 南山区 科苑路 15号'). A housing estate (小区, 花园 …)
// stands for the street in many addresses: its building, entrance and flat numbers follow.
const CN_UNITS = `(?:\\s?[${HAN}A-Za-z]{0,12}?\\d{1,5}(?:号楼|號樓|栋|棟|幢|座|单元|單元|层|層|楼|樓|室|号|號|F)){0,4}`;
const CN = new RegExp(
  `(?<prov>(?:${CN_PROVINCES})(?:省|市|自治区|特别行政区)?)?(?:\\s?(?<city>[${HAN}]{1,6}?[市州盟]))?(?:\\s?(?<dist>[${HAN}]{1,6}?[区县旗區縣]))?\\s?` +
    `(?:[${HAN}0-9]{0,12}?(?:大道|大街|路|街|道|巷|弄|胡同)(?:[一二三四五六七八九十]{1,2}段)?\\s?\\d{1,5}(?:-\\d{1,5})?[号號]` +
    `|[${HAN}]{1,10}?(?:小区|小區|花园|花園|公寓|大厦|大廈|新村|家园|家園|苑)\\d{1,5}(?:号楼|號樓|栋|棟|幢|座)(?=\\d{1,3}(?:单元|單元)|\\d{3,5}(?:室)?))` +
    CN_UNITS,
  'gu',
);

// ---- Korean: 서울특별시 강남구 테헤란로 123, 역삼동 123-45, 101동 1203호
const KPROV =
  '(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충청북|충청남|충북|충남|전라북|전라남|전북|전남|경상북|경상남|경북|경남|제주)(?:특별자치시|특별자치도|특별시|광역시|도|시)?';
const KO = new RegExp(
  `(?<![가-힣])(?<prov>${KPROV} ?)?(?<muni>(?:[가-힣]{1,5}(?:시|군|구) ){0,3})` +
    '(?:(?<road>[가-힣A-Za-z0-9]{1,12}?(?:대로|로|길)(?: ?\\d{1,4}(?:번길|번안길|가길|길))?) ?\\d{1,4}(?:-\\d{1,4})?(?:번지)?' +
    '|(?<lot>[가-힣]{1,6}(?:동|리)) ?(?<lotno>\\d{1,4}(?:-\\d{1,4})?(?:번지)?))(?![0-9]|,\\d{3}|[일개월년시분원건엔영%])' +
    '(?:,? ?(?:[가-힣A-Za-z]{1,12} ?)?\\d{1,4}동 ?\\d{1,5}호|,? ?\\d{1,5}호|,? ?\\d{1,3}층)?(?: ?\\([가-힣A-Za-z0-9, ]{1,20}\\))?',
  'gu',
);
const KO_UNIT = /(?<![0-9가-힣])\d{1,4}동 ?\d{1,5}호(?![0-9])/gu;
// Words ending in 시/구/군 that are not places (다시 "again", 혹시 "perhaps", 친구 "friend" …), and
// nouns that take the particle 로 ("by parcel", "by e-mail") and would look like a road name.
// So are nouns of doing in 시, "when …" ('구매시 추가 10%': "10% more when buying").
const KO_NOT_PLACE =
  /^(?:다시|혹시|하시|보시|주시|계시|모시|드시|오시|가시|요구|연구|도구|입구|출구|친구|가구|부탁드리|[가-힣]{0,3}(?:구매|주문|반품|교환|작성|결제|배송|수령|도착|처리|취소|환불|발송|입금|확인|요청|접수|이용|가입|구입|신청|참여|적립|출고|등록)시)$/;
const KO_NOT_ROAD = /(?:으로|택배로|메일로|문자로|전화로|우편로|배송로|카드로|현금로|착불로|선불로|포인트로|무료로|쿠폰으로)$/;
// Words in 리 that are no village when no place comes before them: "processing" ('환불처리 3-5영업일'),
// "management", "repair" …
const KO_NOT_LOT = /(?:처리|관리|수리|정리|거리|요리|유리|소리|무리|마무리|분리)$/;

function koreanCandidates(folded: string): Candidate[] {
  const out: Candidate[] = [];
  for (const { start, end, match } of spans(KO, folded)) {
    const g = match.groups ?? {};
    let s = start;
    const tokens = (g.muni ?? '').split(' ').filter(Boolean);
    // A leading "다시 " is a word of the sentence, not the first level of the address.
    while (!g.prov && tokens.length && KO_NOT_PLACE.test(tokens[0] ?? '')) s += (tokens.shift() ?? '').length + 1;
    const place = !!g.prov || tokens.length > 0;
    const after = folded.charAt(end);
    if (g.road) {
      if (KO_NOT_ROAD.test(g.road)) continue;
      const strong = /(?:대로|길)$/.test(g.road) || g.road.length >= 4;
      if (!place && (!strong || /[가-힣]/.test(after))) continue;
    } else if (!place && (KO_NOT_LOT.test(g.lot ?? '') || !/-|번지/.test(g.lotno ?? '') || (g.lot ?? '').length < 3)) {
      continue; // '이동 1-2' ("move 1-2"): a two-syllable word in 동 is rarely a neighbourhood on its own
    }
    out.push({ kind: 'address', start: s, end, rank: 5 });
  }
  for (const { start, end } of spans(KO_UNIT, folded)) out.push({ kind: 'address', start, end, rank: 5 });
  return out;
}

export function cjkAddressCandidates(folded: string): Candidate[] {
  const out: Candidate[] = [];
  for (const re of [JP, JP_LOT]) for (const { start, end } of spans(re, folded)) out.push({ kind: 'address', start, end, rank: 5 });
  for (const { start, end, match } of spans(CN, folded)) {
    const g = match.groups ?? {};
    if (g.prov || g.city || g.dist) out.push({ kind: 'address', start, end, rank: 5 });
  }
  return [...out, ...koreanCandidates(folded)];
}
