/** Japanese: polite and short, in QSM's own Japanese words (撤回要請, 顧客回答期限, 販売者メッセージ). */
import type { Catalog } from './types';

export const ja: Catalog = {
  'badge.eligible': '撤回要請可',
  'badge.eligible.long': '撤回要請できます',
  'badge.pending': '購入者の回答待ち',
  'badge.cooldown': '再要請待ち',
  'badge.ineligible': 'QSMでは不可',
  'badge.unknown': '不明',
  'badge.delayed': '遅延',

  'unreadable.badge': 'このページを読み取れません',
  'unreadable.explain':
    'このページのクレーム情報を認識できなかったため、判定を表示していません。QSMの画面が変更された可能性があります。診断情報をコピーして開発者にお送りください。',
  'unreadable.copy': '診断情報をコピー',
  'unreadable.copied': 'コピーしました',
  'unreadable.copyFailed': 'コピーできませんでした',

  'reason.request-stage': 'このクレームはまだ要請段階のため、QSMで購入者に撤回を要請できます。',
  'reason.awaiting-buyer':
    '撤回要請を送信済みです。購入者は{deadline}（日本時間）の終わりまで回答できます。回答がない場合、{autoWithdrawOn}にQSMがクレームを自動で撤回します。',
  'reason.auto-withdraw-due':
    '購入者は{deadline}（日本時間）までに回答しませんでした。{autoWithdrawOn}にQSMがクレームを自動で撤回します。その後も撤回されない場合はQoo10にお問い合わせください。',
  'reason.cooldown-after-refusal':
    '購入者が撤回要請を拒否しました（撤回保留）。{nextRequestOn}（日本時間）から再度要請できます。それまでは購入者と連絡を取るか、クレームを処理してください。',
  'reason.cooldown-after-cancel': '撤回要請を取り消しました。{nextRequestOn}（日本時間）から新しい要請を送信できます。',
  'reason.claim-in-progress': 'このクレームはすでに処理中のため、QSMでは撤回できません。',
  'reason.claim-closed': 'このクレームは完了しているため、QSMでは撤回できません。',
  'reason.non-receipt': '未受取申告はQSMでは撤回できません。',
  'reason.invalid-input': 'このクレームの情報の一部を読み取れなかったため、判定できません。QSMでクレームをご確認ください。',

  'field.deadline': '顧客回答期限',
  'field.deadlineEnds': '回答期限の終了',
  'field.autoWithdrawOn': '自動撤回日',
  'field.nextRequestOn': '再要請可能日',
  'field.timeLeft': '残り時間',
  'field.jst': '日本時間',
  'field.yourTime': 'お使いの時刻: {time}（{zone}）',
  'field.orderNo': '注文番号 {orderNo}',

  'warning.delayed': '遅延: この要請は{count}日を超えて未確認です。QSMで確認してください。',
  'warning.deadline-mismatch': 'ページに表示された期限がルール上の期限と異なります。ページの日付を使用しています。',
  'warning.details': '詳細: {codes}',

  // Best reading of the inquiry categories (the manual gives them in Chinese); keep as data.
  'askQoo10.intro': 'QSMではできません。代わりにQoo10へお問い合わせください:',
  'askQoo10.path': 'お問い合わせ › 払い戻し・クレーム撤回 › クレーム撤回',

  'howToSend.title': '送信方法',
  'howToSend.body':
    '撤回情報欄で「撤回要請」をYにし、「販売者メッセージ」に購入者へのメッセージを書いて、撤回要請ボタンを押してください。期限内に回答がなければクレームは自動で撤回されます。',
  'howToSend.privacy': 'メッセージに購入者の個人情報（氏名・住所・電話番号など）を書かないでください。',

  'countdown.days': '{days}日',
  'countdown.ended': '終了',

  'reminder.deadline.title': '購入者の回答期限が近づいています',
  'reminder.deadline.message': '注文番号 {orderNo}：撤回要請への回答期限がまもなく終了します。購入者へのひと言が役立つかもしれません。',
  'reminder.cooldownEnd.title': '再度撤回要請できます',
  'reminder.cooldownEnd.message': '注文番号 {orderNo}：5日間の待機期間が終わりました。QSM から新しい撤回要請を送れます。',
  'reminder.delayed.title': 'クレームが遅延しています',
  'reminder.delayed.message': '注文番号 {orderNo}：この要請は4日以上未確認です。QSM で確認してください。',

  'panel.title': '撤回要請',
  'panel.close': '閉じる',

  'date.day': '{year}年{month}月{day}日({weekday})',

  'options.title': 'QSM 撤回要請アシスタント — 設定',
  'options.uiLanguage': 'アシスタントの表示言語',
  'options.uiLanguage.auto': 'ブラウザの言語に合わせる',
  'options.saved': '保存しました',
  'options.privacy': 'データはすべてこのブラウザ内に保存されます。通信は一切行わず、購入者の個人情報も保存しません。',
  'popup.tagline': 'QSM でクレームを開くと、購入者に撤回要請ができるかどうかを表示します。',
  'popup.openQsm': 'QSM のキャンセル/返品を開く',
  'popup.options': '設定',
};
