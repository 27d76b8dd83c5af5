/** Simplified Chinese, in the words of Qoo10's Chinese manual (撤回要请, 撤回索赔, 客户回应期限, 保留, 咨询). */
import type { Catalog } from './types';

export const zh_CN: Catalog = {
  'badge.eligible': '可撤回要请',
  'badge.eligible.long': '可以发送撤回要请',
  'badge.pending': '等待客户回应',
  'badge.cooldown': '冷却中',
  'badge.ineligible': '此处不可撤回',
  'badge.unknown': '未知',
  'badge.delayed': '延迟',

  'unreadable.badge': '无法读取此页面',
  'unreadable.explain':
    '助手未能识别此页面上的索赔信息，因此这里不显示判断结果。QSM 可能更改了页面布局。请复制诊断信息并发送给开发者。',
  'unreadable.copy': '复制诊断信息',
  'unreadable.copied': '已复制',
  'unreadable.copyFailed': '复制失败',

  'reason.request-stage': '该索赔仍处于申请阶段，可以在 QSM 中向客户发送撤回要请。',
  'reason.awaiting-buyer':
    '您已发送撤回要请。客户可在 {deadline}（日本时间）结束前回应。如果客户未回应，QSM 将于 {autoWithdrawOn} 自动撤回索赔。',
  'reason.auto-withdraw-due':
    '客户未在 {deadline}（日本时间）结束前回应，QSM 将于 {autoWithdrawOn} 自动撤回索赔。如之后仍未撤回，请向 Qoo10 咨询。',
  'reason.cooldown-after-refusal':
    '客户拒绝了撤回要请（撤回保留）。从 {nextRequestOn}（日本时间）起可以再次要请撤回；在此之前，请与客户沟通或处理索赔。',
  'reason.cooldown-after-cancel': '您已取消撤回要请。从 {nextRequestOn}（日本时间）起可以重新发送撤回要请。',
  'reason.claim-in-progress': '该索赔已在处理中，无法在 QSM 中撤回。',
  'reason.claim-closed': '该索赔已完成，无法在 QSM 中撤回。',
  'reason.non-receipt': '未收取申告无法在 QSM 中撤回。',
  'reason.invalid-input': '无法读取该索赔的部分信息，因此不作判断。请在 QSM 中确认该索赔。',

  'field.deadline': '客户回应期限',
  'field.deadlineEnds': '回应期限截止',
  'field.autoWithdrawOn': '自动撤回日',
  'field.nextRequestOn': '可再次要请日',
  'field.timeLeft': '剩余时间',
  'field.jst': '日本时间',
  'field.yourTime': '您的时间：{time}（{zone}）',
  'field.orderNo': '订购号码 {orderNo}',

  'warning.delayed': '延迟：该申请已超过 {count} 天未确认，请在 QSM 中确认。',
  'warning.deadline-mismatch': '页面显示的期限与规则计算的期限不同；以页面上的日期为准。',
  'warning.details': '详情：{codes}',

  // The manual's own words: 向Qoo10进行咨询>分类[退款・投诉撤回]>[投诉撤回].
  'askQoo10.intro': '无法在 QSM 中操作，请改为向 Qoo10 咨询：',
  'askQoo10.path': '咨询 › 退款・投诉撤回 › 投诉撤回',

  'howToSend.title': '发送方法',
  'howToSend.body':
    '在撤回索赔信息中，将「撤回索赔要请」选择为 Y，在「卖家留言」栏填写给客户的内容，然后点击撤回要请按钮（如【退货的撤回要请】）。客户在期限内未回应时，索赔将被自动撤销。',
  'howToSend.privacy': '请勿在留言中填写客户的个人信息（姓名、地址、电话号码等）。',

  'countdown.days': '{days}天',
  'countdown.ended': '已结束',

  'reminder.deadline.title': '买家回应期限即将结束',
  'reminder.deadline.message': '订购号码 {orderNo}：买家对撤回要请的回应期限即将结束，给买家发一条留言可能会有帮助。',
  'reminder.cooldownEnd.title': '可以再次要请撤回了',
  'reminder.cooldownEnd.message': '订购号码 {orderNo}：5天的等待期已结束，可以在 QSM 中再次提出撤回要请。',
  'reminder.delayed.title': '索赔已延迟',
  'reminder.delayed.message': '订购号码 {orderNo}：该申请已超过4天未确认，请在 QSM 中确认。',

  'panel.title': '撤回要请',
  'panel.close': '关闭',

  'date.day': '{year}年{month}月{day}日 {weekday}',

  'options.title': 'QSM 撤回索赔助手 — 设置',
  'options.uiLanguage': '助手的显示语言',
  'options.uiLanguage.auto': '跟随浏览器',
  'options.saved': '已保存',
  'options.privacy': '所有数据都只保存在本浏览器中：助手不发出任何网络请求，也不保存买家的个人信息。',
  'popup.tagline': '在 QSM 中打开索赔订单，即可看到能否向买家提出撤回要请。',
  'popup.openQsm': '打开 QSM 取消/退货/未收取',
  'popup.options': '设置',
};
