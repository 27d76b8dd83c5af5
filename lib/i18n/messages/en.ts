/**
 * English: the source of truth for keys (MessageKey = keyof typeof en). QSM words in quotes follow
 * QSM's English screens (domain.md §7); dates arrive already formatted, always JST days.
 */
import type { Message } from './types';

export const en = {
  // Badge labels, one per verdict state; the long form is the badge's tooltip.
  'badge.eligible': 'Withdraw OK',
  'badge.eligible.long': 'Can request withdrawal',
  'badge.pending': 'Waiting for buyer',
  'badge.cooldown': 'Cooldown',
  'badge.ineligible': 'Not possible here',
  'badge.unknown': 'Unknown',
  'badge.delayed': 'Delayed',

  'unreadable.badge': 'Could not read this page',
  'unreadable.explain':
    'The assistant did not recognise the claim details on this page, so it shows no verdict here. QSM may have changed its layout. Copy the diagnostic and send it to the developer.',
  'unreadable.copy': 'Copy diagnostic',
  'unreadable.copied': 'Copied',
  'unreadable.copyFailed': 'Could not copy',

  // One sentence per VerdictReason (lib/rules/types.ts).
  'reason.request-stage': 'This claim is still a request, so you can ask the buyer to withdraw it in QSM.',
  'reason.awaiting-buyer':
    'You sent a withdraw request. The buyer can answer until the end of {deadline} (JST). If the buyer does not answer, QSM withdraws the claim automatically on {autoWithdrawOn}.',
  'reason.auto-withdraw-due':
    'The buyer did not answer by the end of {deadline} (JST), so QSM withdraws the claim automatically on {autoWithdrawOn}. If it is still open after that, ask Qoo10.',
  'reason.cooldown-after-refusal':
    'The buyer refused your withdraw request (withdraw on hold). You can send a new request from {nextRequestOn} (JST); until then, talk with the buyer or handle the claim.',
  'reason.cooldown-after-cancel': 'You cancelled your withdraw request. You can send a new one from {nextRequestOn} (JST).',
  'reason.claim-in-progress': 'This claim is already being processed, so it cannot be withdrawn in QSM.',
  'reason.claim-closed': 'This claim is already complete, so it cannot be withdrawn in QSM.',
  'reason.non-receipt': 'A non-receipt report cannot be withdrawn in QSM.',
  'reason.invalid-input': 'Some details of this claim could not be read, so no verdict is given. Check the claim in QSM.',

  'field.deadline': 'Buyer can answer until',
  'field.deadlineEnds': 'Answer period ends',
  'field.autoWithdrawOn': 'Auto-withdraw day',
  'field.nextRequestOn': 'Next request allowed from',
  'field.timeLeft': 'Time left',
  'field.jst': 'JST',
  'field.yourTime': 'Your time: {time} ({zone})',
  'field.orderNo': 'Order {orderNo}',

  'warning.delayed': {
    one: 'Delayed: this request has been unconfirmed for more than {count} day — confirm it in QSM',
    other: 'Delayed: this request has been unconfirmed for more than {count} days — confirm it in QSM',
  },
  'warning.deadline-mismatch': "The page shows a different deadline than the rule gives; the page's date is used",
  'warning.details': 'Details: {codes}',

  // domain.md §3.2: the path in Qoo10's inquiry form; kept as data so a corrected reading is a one-line edit.
  'askQoo10.intro': 'This cannot be done in QSM. Ask Qoo10 instead:',
  'askQoo10.path': 'Inquiry › Refund / claim withdrawal › Claim withdrawal',

  // domain.md §3.3 and §4.
  'howToSend.title': 'How to send',
  'howToSend.body':
    'In the claim withdrawal block, set "Withdrawal Request" to Y, write your message to the buyer in "Seller Message", and press the withdraw request button. If the buyer does not answer in time, the claim is withdrawn automatically.',
  'howToSend.privacy': "Never put the buyer's personal data (name, address, phone number…) in the message.",

  'countdown.days': '{days}d',
  'countdown.ended': 'ended',

  // Reminders (system notifications from the background).
  'reminder.deadline.title': 'Buyer deadline ends soon',
  'reminder.deadline.message': 'Order {orderNo}: the buyer’s time to answer your withdraw request ends soon. A short message may help.',
  'reminder.cooldownEnd.title': 'You can ask again',
  'reminder.cooldownEnd.message': 'Order {orderNo}: the 5-day wait is over. You can send a new withdraw request in QSM.',
  'reminder.delayed.title': 'Claim is delayed',
  'reminder.delayed.message': 'Order {orderNo}: this request has been unconfirmed for more than 4 days. Please confirm it in QSM.',

  'panel.title': 'Withdraw request',
  'panel.close': 'Close',

  // How a JST day is written; {weekday} and {month} come from Intl in this language.
  'date.day': '{weekday}, {month} {day}, {year}',

  // Options page and popup.
  'options.title': 'QSM Withdraw Assistant — Options',
  'options.uiLanguage': 'Language of the assistant',
  'options.uiLanguage.auto': 'Same as the browser',
  'options.saved': 'Saved',
  'options.privacy': 'Everything stays in this browser: the assistant makes no network request and keeps no buyer’s personal data.',
  'popup.tagline': 'Open a claim in QSM to see whether you can ask the buyer to withdraw it.',
  'popup.openQsm': 'Open QSM claims',
  'popup.options': 'Options',
} satisfies Record<string, Message>;
