/**
 * English templates: plain, courteous wording for buyers outside Japan, Korea and China. Deadlines
 * say "Japan time" because QSM's days are JST days (domain.md §3.9) and the buyer may be elsewhere.
 */
import type { TemplateText } from './types';

const greeting = 'Dear customer,\n\nThank you for shopping with {shopName}.';
// "Your request" throughout: the buyer's claim is what gets withdrawn, never the shop's request to withdraw it.
const howTo = 'If you agree, you can withdraw your request from your Qoo10 My Page.';
const autoWithdraw =
  "Please note that, under Qoo10's rules, if there is no reply from you by the end of {deadline} (Japan time), your request will be withdrawn automatically.";

export const EN: TemplateText = {
  'cancel-shipped': {
    name: 'Withdraw a cancellation (already shipped)',
    subject: 'Order {orderNo}: about your cancellation request',
    body: `${greeting}

We have received your cancellation request for order {orderNo} (item code {itemCode}). We are sorry for the trouble, but the item was already shipped on {shippedOn}.

Carrier: {carrier}
Tracking number: {trackingNo}

As the parcel is already on its way to you, we would be grateful if you could consider withdrawing your cancellation request and receiving the item.
${howTo}
${autoWithdraw}

If you would still like to cancel, or if you have any questions, please feel free to let us know.
Thank you very much for your understanding.

{signature}`,
  },
  'return-withdraw': {
    name: 'Withdraw a return request',
    subject: 'Order {orderNo}: about your return request',
    body: `${greeting}

We have received your return request for order {orderNo} (item code {itemCode}). If the request was made by mistake, or if the problem has already been solved, we would be grateful if you could consider withdrawing it.
${howTo}
${autoWithdraw}

If you would still like to return the item, please just let us know and we will follow up with you.
If you have any questions, please feel free to contact us.

{signature}`,
  },
  'exchange-withdraw': {
    name: 'Withdraw an exchange request',
    subject: 'Order {orderNo}: about your exchange request',
    body: `${greeting}

We have received your exchange request for order {orderNo} (item code {itemCode}). If the request was made by mistake, or if the problem has already been solved, we would be grateful if you could consider withdrawing it.
${howTo}
${autoWithdraw}

If you would still like an exchange, please just let us know and we will follow up with you.
If you have any questions, please feel free to contact us.

{signature}`,
  },
  'ask-again': {
    name: 'Ask again after a refusal',
    subject: 'Order {orderNo}: one more request about your claim',
    body: `${greeting}

Thank you for replying to our earlier request about order {orderNo} (item code {itemCode}). We have read your answer carefully.
We are sorry to write to you again, but we would like to ask whether you might reconsider withdrawing your request. If anything about the order worries you, please tell us and we will do our best to help.

${howTo}
${autoWithdraw}
If your decision has not changed, please feel free to tell us so.

Thank you for your time and understanding.

{signature}`,
  },
  'deadline-reminder': {
    name: 'Reminder before the reply deadline',
    subject: 'Order {orderNo}: a gentle reminder about the reply date',
    body: `${greeting}

This is a gentle reminder about our recent message regarding order {orderNo} (item code {itemCode}), in which we asked whether you would consider withdrawing your request.
You can reply until the end of {deadline} (Japan time). Under Qoo10's rules, if there is no reply from you by then, your request will be withdrawn automatically.

If you agree to withdraw your request, you can do so from your Qoo10 My Page. If you see things differently or have any questions, please feel free to let us know.
If you have already replied, please disregard this message.

Thank you very much.

{signature}`,
  },
  'thanks-withdrawn': {
    name: 'Thank the buyer for withdrawing',
    subject: 'Order {orderNo}: thank you',
    body: `${greeting}

Thank you very much for withdrawing your request for order {orderNo} (item code {itemCode}). We truly appreciate your understanding.

If you have any questions about the item, please feel free to contact us at any time.
We look forward to serving you again.

{signature}`,
  },
};
