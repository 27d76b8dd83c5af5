/**
 * Japanese templates: the business keigo a Qoo10 shopper expects from a shop. They state the facts,
 * ask, and leave the choice to the buyer; the automatic withdrawal after the deadline (domain.md
 * §3.4–3.5) is told as Qoo10's rule, not as a consequence the shop imposes.
 */
import type { TemplateText } from './types';

const greeting = 'いつもご利用いただき誠にありがとうございます。\n{shopName}でございます。';
const order = 'ご注文番号：{orderNo}（商品コード：{itemCode}）';
const howTo = 'ご了承いただける場合は、お手数ではございますが、Qoo10のマイページより撤回のお手続きをお願いいたします。';
const autoWithdraw = 'なお、Qoo10の仕様上、{deadline}までにご返答がない場合は、ご申請は自動的に撤回される扱いとなります。';

/** A return and an exchange are asked to be withdrawn in the same words: `claim` is 返品 or 交換. */
const askToWithdraw = (claim: string) => ({
  name: `${claim}申請の撤回のお願い`,
  subject: `【ご注文番号：{orderNo}】${claim}申請の撤回についてのご相談`,
  body: `${greeting}

${order}につきまして、${claim}のご申請を承っております。
恐れ入りますが、誤ってご申請された場合や、すでにお困りの点が解決している場合には、${claim}のご申請を撤回していただけますと幸いです。

${howTo}
${autoWithdraw}

引き続き${claim}をご希望の場合は、その旨をお知らせくださいませ。改めてご対応させていただきます。
ご確認のほどよろしくお願い申し上げます。

{signature}`,
});

export const JA: TemplateText = {
  'cancel-shipped': {
    name: 'キャンセル申請の撤回のお願い（発送済み）',
    subject: '【ご注文番号：{orderNo}】キャンセル申請の撤回についてのお願い',
    body: `${greeting}

${order}につきまして、キャンセルのご申請を承っております。
恐れ入りますが、ご注文の商品は{shippedOn}にすでに発送いたしております。

配送会社：{carrier}
追跡番号：{trackingNo}

商品はすでにお届けの途中でございますので、キャンセルのご申請を撤回のうえ、お受け取りいただけますと大変ありがたく存じます。
${howTo}
${autoWithdraw}

引き続きキャンセルをご希望の場合や、ご不明な点がございましたら、どうぞお気軽にお知らせくださいませ。
お手数をおかけいたしますが、ご確認のほどよろしくお願い申し上げます。

{signature}`,
  },
  'return-withdraw': askToWithdraw('返品'),
  'exchange-withdraw': askToWithdraw('交換'),
  'ask-again': {
    name: '撤回の再度のお願い',
    subject: '【ご注文番号：{orderNo}】撤回のお願いについて（再度のご連絡）',
    body: `${greeting}

${order}につきまして、先日は撤回のお願いにご回答いただき、誠にありがとうございました。
ご回答内容を拝見いたしました。重ねてのご連絡となり恐縮ではございますが、改めて撤回をご検討いただけますと幸いです。
ご注文についてご不安な点やご要望がございましたら、お聞かせくださいませ。できる限りご対応させていただきます。

${howTo}
${autoWithdraw}
ご意向にお変わりがない場合も、その旨をお知らせいただけましたら幸いです。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

{signature}`,
  },
  'deadline-reminder': {
    name: 'ご回答期限のご案内',
    subject: '【ご注文番号：{orderNo}】撤回のお願いのご回答期限についてのご案内',
    body: `${greeting}

${order}につきまして、先日お送りいたしました撤回のお願いの件で、念のためご連絡いたしました。
ご回答の期限は{deadline}となっております。Qoo10の仕様上、期限までにご返答がない場合は、ご申請は自動的に撤回される扱いとなります。

撤回にご了承いただける場合は、Qoo10のマイページよりお手続きをお願いいたします。
ご意向が異なる場合や、ご不明な点がございましたら、どうぞお気軽にお知らせくださいませ。
すでにご対応いただいている場合は、行き違いとなりましたことをご容赦くださいませ。

ご確認のほどよろしくお願い申し上げます。

{signature}`,
  },
  'thanks-withdrawn': {
    name: '撤回へのお礼',
    subject: '【ご注文番号：{orderNo}】お手続きのお礼',
    body: `${greeting}

${order}につきまして、このたびはご申請の撤回にご協力いただき、誠にありがとうございました。
お客様のご理解に心より感謝申し上げます。

商品についてご不明な点やお気づきの点がございましたら、どうぞお気軽にお問い合わせくださいませ。
今後とも{shopName}をよろしくお願い申し上げます。

{signature}`,
  },
};
