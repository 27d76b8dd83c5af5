/** Which catalog words name a buyer's language and a message's placeholders, for every page that shows messages. */
import type { MemoLanguage, MemoValues } from '../memos/types';
import type { MessageKey } from './messages/types';

export const MEMO_LANGUAGE_KEY: Record<MemoLanguage, MessageKey> = {
  ja: 'popup.memoLang.ja',
  en: 'popup.memoLang.en',
  zh: 'popup.memoLang.zh',
  ko: 'popup.memoLang.ko',
};

export const MEMO_VALUE_KEY: Record<keyof MemoValues, MessageKey> = {
  orderNo: 'popup.memoValue.orderNo',
  itemCode: 'popup.memoValue.itemCode',
  itemName: 'popup.memoValue.itemName',
  carrier: 'popup.memoValue.carrier',
  trackingNo: 'popup.memoValue.trackingNo',
  shippedOn: 'popup.memoValue.shippedOn',
  deadline: 'popup.memoValue.deadline',
  shopName: 'popup.memoValue.shopName',
  signature: 'popup.memoValue.signature',
};

/** A placeholder's name in words ("your shop name"); an unknown one as written. */
export function memoValueKey(name: string): MessageKey | undefined {
  return Object.hasOwn(MEMO_VALUE_KEY, name) ? MEMO_VALUE_KEY[name as keyof MemoValues] : undefined;
}
