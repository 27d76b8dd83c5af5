/**
 * Every label, heading and button text the reader knows, in QSM's four languages. zh is the manual's
 * wording (domain.md §1, §7); ja/en/ko are the usual QSM wording and best guesses until seen on a real
 * page. A new wording is one more string in one list. Matching ignores case, spaces, colons,
 * asterisks, help icons and full/half width (see labelKey).
 */
import type { ClaimKind } from '../rules';
import { foreignZoneOf } from '../time';
import { bilingualHalves, labelKey } from './text';
import type { QsmLanguage } from './types';

type Words = Record<QsmLanguage, readonly string[]>;

/**
 * The manual's other labels (domain.md §8): nothing is read from them, yet each is a label, so a label
 * whose value cell is missing does not take the next label's name as its value ("运送公司 | 数量 | 2").
 */
const UNREAD_LABELS = {
  quantity: { zh: ['数量'], ja: ['数量'], en: ['Qty', 'Quantity'], ko: ['수량'] },
  option: { zh: ['选项信息'], ja: ['オプション情報'], en: ['Option', 'Option Info'], ko: ['옵션정보'] },
  payment: {
    zh: ['总订购额/付款方法'],
    ja: ['合計注文金額/決済方法', '合計注文額/決済方法', '総注文額/決済方法'],
    en: ['Total/Payment', 'Payment Method'],
    ko: ['총주문금액/결제방법'],
  },
  recipientPhone: { zh: ['收取人联络处'], ja: ['受取人連絡先'], en: ['Recipient Phone', 'Recipient Contact'], ko: ['수취인 연락처'] },
  dealCompletedOn: { zh: ['交易完成日'], ja: ['取引完了日'], en: ['Transaction Completion Date', 'Transaction Complete Date'], ko: ['거래완료일'] },
  nonReceiptType: { zh: ['未收取类型'], ja: ['未受取タイプ'], en: ['Non-receipt Type'], ko: ['미수취 유형'] },
  partnerName: { zh: ['合作名称'], ja: ['提携名'], en: ['Partner Name'], ko: ['제휴명'] },
  attachment: { zh: ['附件'], ja: ['添付ファイル', '添付'], en: ['Attachment'], ko: ['첨부파일'] },
} satisfies Record<string, Words>;
export const UNREAD_FIELDS: ReadonlySet<string> = /* @__PURE__ */ new Set(/* @__PURE__ */ Object.keys(UNREAD_LABELS));

export const FIELD_LABELS = {
  orderNo: { zh: ['订购号码', '订单号码'], ja: ['注文番号'], en: ['Order No.', 'Order Number'], ko: ['주문번호'] },
  cartNo: { zh: ['购物车号码'], ja: ['カート番号'], en: ['Cart No.', 'Cart Number', 'Cart #'], ko: ['장바구니번호'] },
  orderDate: { zh: ['订购日'], ja: ['注文日'], en: ['Order Date'], ko: ['주문일'] },
  status: { zh: ['处理状态'], ja: ['処理状態'], en: ['Status', 'Claim Status'], ko: ['처리상태'] },
  // A column (or a label) naming the claim's kind apart from its status: it tells the kind of a status
  // that names only the withdraw state (§8, "take the kind from elsewhere on the page").
  claimKind: {
    zh: ['索赔类型', '索赔种类', '申请类型'],
    ja: ['クレーム種別', 'クレーム区分', 'クレーム種類'],
    en: ['Claim Type', 'Claim Kind'],
    ko: ['클레임 유형', '클레임 구분', '클레임 종류'],
  },
  // 要求日 is the claim date; 要请日 (one character apart) is the WITHDRAW request date.
  claimedOn: {
    zh: ['要求日', '取消退货要求日'],
    ja: ['要請日', 'キャンセル/返品要請日'],
    en: ['Request Date', 'Claim Date'],
    ko: ['요청일', '취소/반품요청일', '클레임 신청일'],
  },
  reason: { zh: ['理由', '取消退货理由'], ja: ['理由', 'キャンセル/返品理由'], en: ['Reason'], ko: ['사유'] },
  orderCountry: { zh: ['订购国家'], ja: ['注文国'], en: ['Order Country'], ko: ['주문국가'] },
  shippedOn: { zh: ['商品发货日', '发货日'], ja: ['発送日', '商品発送日'], en: ['Shipping Date', 'Ship Date'], ko: ['발송일', '상품발송일'] },
  carrier: { zh: ['运送公司'], ja: ['配送会社'], en: ['Carrier', 'Delivery Company'], ko: ['택배사'] },
  trackingNo: { zh: ['运送单号'], ja: ['送り状番号'], en: ['Tracking No.', 'Tracking Number'], ko: ['송장번호'] },
  itemCode: { zh: ['商品代码'], ja: ['商品コード'], en: ['Item Code'], ko: ['상품코드'] },
  itemName: { zh: ['商品名'], ja: ['商品名'], en: ['Item Name'], ko: ['상품명'] },
  buyerName: { zh: ['买家姓名'], ja: ['購入者名'], en: ['Buyer Name'], ko: ['구매자명'] },
  recipient: { zh: ['收取人名'], ja: ['受取人名'], en: ['Recipient'], ko: ['수취인명'] },
  address: { zh: ['运送地址'], ja: ['配送先住所'], en: ['Shipping Address'], ko: ['배송지'] },
  completedOn: { zh: ['完成日', '取消退货完成日'], ja: ['完了日'], en: ['Completion Date'], ko: ['완료일'] },
  sellerMessage: { zh: ['卖家留言'], ja: ['販売者メッセージ'], en: ['Seller Message'], ko: ['판매자 메시지'] },
  // The withdraw block (撤回索赔信息).
  withdrawSelect: { zh: ['撤回索赔要请'], ja: ['撤回要請'], en: ['Withdrawal Request', 'Withdrawal Request Y/N', 'Withdraw Req.'], ko: ['철회요청', '철회요청 여부'] },
  withdrawRequestedOn: {
    zh: ['要请日'],
    ja: ['撤回要請日'],
    en: ['Withdrawal Request Date', 'Withdraw Request Date', 'Withdraw Req. Date'],
    ko: ['철회요청일'],
  },
  withdrawHeldOn: { zh: ['保留日'], ja: ['保留日'], en: ['Hold Date'], ko: ['보류일'] },
  responseDeadline: {
    zh: ['客户回应期限'],
    ja: ['顧客回答期限'],
    en: ['Customer Response Deadline', 'Buyer Response Deadline', 'Resp. Deadline'],
    ko: ['고객 응답 기한'],
  },
  // The deadline a NEW request would get: a preview, never the live deadline.
  responseDeadlinePreview: {
    zh: ['客户回应期限(重新请求)'],
    ja: ['顧客回答期限(再要請)'],
    en: ['Customer Response Deadline (Re-request)', 'Buyer Response Deadline (Re-request)', 'Response Deadline (Re-request)', 'Resp. Deadline (Re-request)'],
    ko: ['고객 응답 기한(재요청)'],
  },
  refusalReason: { zh: ['客户的拒绝理由'], ja: ['顧客の拒否理由', '顧客拒否理由'], en: ["Customer's Refusal Reason", "Buyer's Refusal Reason", 'Customer Refusal Reason', 'Cust. Refusal Reason'], ko: ['고객 거절 사유'] },
  // The memo form to the buyer (给客户发送纸条 / Qpost): a title and a body beside channel and order fields.
  memoTitle: { zh: ['标题'], ja: ['タイトル', '件名'], en: ['Title', 'Subject'], ko: ['제목'] },
  memoBody: { zh: ['内容', '详细内容'], ja: ['本文', '内容'], en: ['Message', 'Content'], ko: ['내용'] },
  ...UNREAD_LABELS,
} satisfies Record<string, Words>;

export type Field = keyof typeof FIELD_LABELS;

/** Fields that make a set of labels a claim (not just an order): any of them next to an order number. */
export const CLAIM_MARKER_FIELDS: readonly Field[] = [
  'status', 'claimedOn', 'withdrawSelect', 'withdrawRequestedOn', 'withdrawHeldOn', 'responseDeadline', 'refusalReason',
];
/** Fields whose times a zone note moves to Japan's day; a deadline is kept as printed, a day without a time cannot move. */
export const ZONED_FIELDS: ReadonlySet<Field> = new Set(['shippedOn', 'claimedOn', 'withdrawRequestedOn', 'withdrawHeldOn']);
export const WITHDRAW_FIELDS: readonly Field[] = [
  'withdrawSelect', 'withdrawRequestedOn', 'withdrawHeldOn', 'responseDeadline', 'responseDeadlinePreview', 'refusalReason',
];

/** Headings and buttons of the withdraw block, and buttons/headings that name the claim's kind. */
export type Mark =
  | { type: 'withdraw-heading' }
  | { type: 'send'; kind?: ClaimKind } // 【退货的撤回要请】
  | { type: 'cancel' } // 【取消撤回要请】 (note: 取消的撤回要请 is the send button of a cancel claim)
  | { type: 'reRequest' } // 【再次要请撤回】
  | { type: 'kind'; kind: ClaimKind }; // a heading such as 退货状态确认与处理

const MARK_WORDS: ReadonlyArray<readonly [Mark, readonly string[]]> = [
  [{ type: 'withdraw-heading' }, ['撤回索赔信息', '撤回要請情報', 'Withdrawal Request Information', 'Claim Withdrawal Information', '철회요청 정보']],
  [{ type: 'send', kind: 'return' }, ['退货的撤回要请', '返品の撤回要請', 'Request Withdrawal of Return', '반품 철회요청']],
  [{ type: 'send', kind: 'cancel' }, ['取消的撤回要请', 'キャンセルの撤回要請', 'Request Withdrawal of Cancellation', '취소 철회요청']],
  [{ type: 'send', kind: 'exchange' }, ['交换的撤回要请', '交換の撤回要請', 'Request Withdrawal of Exchange', '교환 철회요청']],
  [{ type: 'send' }, ['撤回要请', '撤回要請する', 'Send Withdrawal Request', '철회요청하기']],
  [{ type: 'cancel' }, ['取消撤回要请', '撤回要請取消', '撤回要請のキャンセル', 'Cancel Withdrawal Request', '철회요청 취소']],
  [{ type: 'reRequest' }, ['再次要请撤回', '撤回再要請', 'Re-request Withdrawal', 'Request Withdrawal Again', '철회 재요청']],
  [{ type: 'kind', kind: 'return' }, ['退货状态确认与处理', '返品状態確認と処理', 'Return Status and Handling', '반품 상태 확인 및 처리', '退货要求接受/验证', '回收完成/全部退款', '退货中止']],
  [{ type: 'kind', kind: 'cancel' }, ['取消状态确认与处理', 'キャンセル状態確認と処理', 'Cancel Status and Handling', '취소 상태 확인 및 처리']],
  [{ type: 'kind', kind: 'exchange' }, ['交换状态确认与处理', '交換状態確認と処理', 'Exchange Status and Handling', '교환 상태 확인 및 처리']],
];

/** Links and notes printed after a value, not part of it ("123456789001 运送追踪"). */
const NOTE_WORDS = ['运送追踪', '配送追跡', '追跡', 'Tracking', 'Track', '배송추적', '배송조회', 'Go'];

/** Loose words for "this looks like a claim" when no exact label matched (looksLikeClaimDetail). */
export const LOOSE_ORDER_WORDS = ['订购号码', '订单号', '注文番号', 'orderno', 'ordernumber', '주문번호'];
export const LOOSE_CLAIM_WORDS = [
  '处理状态', '処理状態', '처리상태', 'claimstatus', '要求日', '要請日', '요청일', 'requestdate', '撤回', 'withdraw', '철회', '索赔', 'クレーム', '클레임',
];

/** Page titles of QSM's login page (domain §6: an expired session lands there too). */
export const LOGIN_TITLES = ['QSM LOGIN'];

interface LabelEntry {
  field: Field;
  langs: QsmLanguage[];
  /** Another zone than Japan's the label names for its value's times ("要求日 (北京时间)"). */
  zone?: string;
}
const FIELD_BY_KEY = new Map<string, LabelEntry>();
for (const [field, words] of Object.entries(FIELD_LABELS) as [Field, Words][]) {
  for (const [lang, list] of Object.entries(words) as [QsmLanguage, readonly string[]][]) {
    for (const word of list) {
      const entry = FIELD_BY_KEY.get(labelKey(word)) ?? { field, langs: [] };
      entry.langs.push(lang);
      FIELD_BY_KEY.set(labelKey(word), entry);
    }
  }
}
const MARK_BY_KEY = new Map(MARK_WORDS.flatMap(([mark, words]) => words.map((w) => [labelKey(w), mark] as const)));
const NOTE_KEYS = new Set(NOTE_WORDS.map(labelKey));

/** A time zone named after a label or header: "(JST)", "(UTC+9)", "(日本時間)", "(일본 시간)". */
// Korea's time (KST, 한국 시간) is the same clock as Japan's: UTC+9.
const ZONE = String.raw`(jst|kst|(utc|gmt)\s*\+\s*0?9(:00)?|日本\s*(標準|标准)?\s*(時間|时间)|(일본|한국)\s*(표준)?\s*시간?|한국\s*표준시|(japan|korea)(ese|n)?\s*(standard\s*)?time)`;
// A note after a label or header that changes nothing it names: the time zone ("(JST / 日本時間基準)"), that
// the field is required ("Withdrawal request Y/N (required)"), or its choices ("撤回要請(Y/N)"). Any other
// note may name another field ("客户回应期限(重新请求)" is the preview's).
const ZONES = String.raw`${ZONE}([\s/・,]*(${ZONE}|基準|基准|기준|standard))*`;
const HARMLESS_NOTE = new RegExp(String.raw`[(（[［【]\s*(${ZONES}|required|必須|必填|필수|y\/n)\s*[)）\]］】]\s*$`, 'i');
// A note naming only another zone ("(北京时间)", "（UTC+8）"): the field is the same, its times are moved.
const LAST_NOTE = /[(（[［【]([^()（）[\]［］【】]{1,24})[)）\]］】]$/;

/** The field a label text names, and the languages that wording belongs to. */

/** The field a label names in one language: its words, maybe with a harmless note after them. */
function fieldOfWording(text: string): LabelEntry | undefined {
  const exact = FIELD_BY_KEY.get(labelKey(text));
  if (exact) return exact;
  // The note may come before the label's colon: "철회요청일 (KST)：".
  const bare = text.replace(/[\s:：*＊]+$/, '');
  if (!/[)）\]］】]$/.test(bare)) return undefined;
  if (HARMLESS_NOTE.test(bare)) return FIELD_BY_KEY.get(labelKey(bare.replace(HARMLESS_NOTE, '')));
  const note = LAST_NOTE.exec(bare);
  const zone = note ? foreignZoneOf(note[1]!) : undefined;
  if (!note || !zone || note[1]!.trim().length !== zone.length) return undefined;
  const entry = FIELD_BY_KEY.get(labelKey(bare.slice(0, note.index)));
  return entry && { ...entry, zone };
}

export function fieldOfLabel(text: string): LabelEntry | undefined {
  if (text.length > 60 && text.replace(/\s+/g, ' ').trim().length > 60) return undefined;
  return fieldOfWording(text) ?? inTwoLanguages(text, fieldOfWording, (a, b) => a.field === b.field);
}

const kindOf = (mark: Mark) => ('kind' in mark ? mark.kind : undefined);

/**
 * A wording printed in two languages names what both its halves name, the first half's language first.
 * Each half is read as one language's wording, never split again: an item name switching scripts at
 * every word ("S・M・L サイズ Tシャツ") costs one reading per switch.
 */
function inTwoLanguages<T>(text: string, read: (half: string) => T | undefined, same: (a: T, b: T) => boolean, depth = 1): T | undefined {
  // One level deeper for a third language ("処理状態 / Status / 처리상태"); no further.
  const half = (part: string) => read(part) ?? (depth > 0 ? inTwoLanguages(part, read, same, depth - 1) : undefined);
  for (const [first, second] of bilingualHalves(text)) {
    const [a, b] = [half(first), half(second)];
    if (a && b && same(a, b)) return a;
  }
  return undefined;
}

export function markOf(text: string): Mark | undefined {
  if (text.length > 60) return undefined;
  const once = (wording: string) => MARK_BY_KEY.get(labelKey(wording));
  // Halves naming two kinds ("返品の撤回要請 / Request Withdrawal of Cancellation") name no button.
  return once(text) ?? inTwoLanguages(text, once, (a, b) => a.type === b.type && (!kindOf(a) || !kindOf(b) || kindOf(a) === kindOf(b)));
}

/** A link or span after a value that is a note, not the value: "运送追踪", "* 如果在期限内…". */
export function isNote(el: Element): boolean {
  const text = el.textContent ?? '';
  return NOTE_KEYS.has(labelKey(text)) || /^\s*[*＊※]/.test(text);
}

/** Every known wording of a field, for messages ("looked for 处理状态 / 処理状態 / …"). */
export function wordsOf(field: Field): string[] {
  return Object.values(FIELD_LABELS[field] as Words).flat();
}
