/**
 * Simplified Chinese templates: polite shop wording (您, 敬请, 恳请). Deadlines name 日本时间 because
 * QSM's days are JST days (domain.md §3.9) and many buyers are not in Japan, and say …当天结束前 (before that day's end):
 * the buyer may still answer on that day, which 期限前 or 之前 would seem to take away.
 */
import type { TemplateText } from './types';

const greeting = '尊敬的顾客您好：\n\n感谢您一直以来对{shopName}的支持与惠顾。';
const order = '订单号{orderNo}（商品代码：{itemCode}）';
const howTo = '如您同意，可在Qoo10的“我的页面”（My Page）中办理撤回手续。';
const autoWithdraw = '另外，根据Qoo10的规则，如在日本时间{deadline}当天结束前仍未收到您的回复，该申请将被自动撤回，敬请知悉。';

/** A return and an exchange are asked to be withdrawn in the same words: `claim` is 退货 or 换货. */
const askToWithdraw = (claim: string) => ({
  name: `请求撤回${claim}申请`,
  subject: `【订单号：{orderNo}】关于撤回${claim}申请的请求`,
  body: `${greeting}

关于${order}，我们已收到您的${claim}申请。如果该申请是误操作提交的，或者您遇到的问题已经解决，恳请您考虑撤回${claim}申请。
${howTo}
${autoWithdraw}

如您仍希望${claim}，请告知我们，我们会再与您沟通处理。
如有任何疑问，欢迎随时与我们联系。

{signature}`,
});

export const ZH: TemplateText = {
  'cancel-shipped': {
    name: '请求撤回取消申请（已发货）',
    subject: '【订单号：{orderNo}】关于撤回取消申请的请求',
    body: `${greeting}

关于${order}，我们已收到您的取消申请。非常抱歉，该商品已于{shippedOn}发货。

快递公司：{carrier}
运单号：{trackingNo}

由于包裹已在配送途中，如蒙您考虑撤回取消申请并签收商品，我们将不胜感激。
${howTo}
${autoWithdraw}

如您仍希望取消订单，或有任何疑问，欢迎随时与我们联系。
给您添麻烦了，感谢您的理解与支持。

{signature}`,
  },
  'return-withdraw': askToWithdraw('退货'),
  'exchange-withdraw': askToWithdraw('换货'),
  'ask-again': {
    name: '再次请求撤回',
    subject: '【订单号：{orderNo}】关于撤回申请的再次请求',
    body: `${greeting}

感谢您对我们此前关于${order}的请求作出回复，我们已认真阅读您的意见。
再次打扰您，十分抱歉。我们想冒昧地请您再考虑一下是否可以撤回申请。如您对订单有任何顾虑，请告诉我们，我们会尽力协助。

${howTo}
${autoWithdraw}
如您的想法没有改变，也欢迎随时告诉我们。

感谢您抽出宝贵时间，衷心感谢您的理解。

{signature}`,
  },
  'deadline-reminder': {
    name: '回复期限提醒',
    subject: '【订单号：{orderNo}】关于回复期限的温馨提示',
    body: `${greeting}

关于${order}，我们此前向您发送了撤回申请的请求，特此温馨提示：回复期限为日本时间{deadline}当天结束。根据Qoo10的规则，如截至该日仍未收到您的回复，该申请将被自动撤回。

如您同意撤回，可在Qoo10的“我的页面”（My Page）中办理手续。如您有不同的想法或任何疑问，欢迎随时告诉我们。
如您已经处理，请忽略本消息。

衷心感谢您的配合。

{signature}`,
  },
  'thanks-withdrawn': {
    name: '感谢撤回',
    subject: '【订单号：{orderNo}】感谢您的配合',
    body: `${greeting}

关于${order}，非常感谢您撤回了申请，衷心感谢您的理解与配合。

如对商品有任何疑问，欢迎随时与我们联系。
期待您的再次光临。

{signature}`,
  },
};
