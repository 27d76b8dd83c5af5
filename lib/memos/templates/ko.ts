/**
 * Korean templates in 하십시오체 / 해요체 shop register. The shop name stands alone ("{shopName}입니다")
 * so no particle has to agree with a name we cannot see. Deadlines say 일본 시간 기준 because QSM's
 * days are JST days (domain.md §3.9).
 */
import type { TemplateText } from './types';

const greeting = '안녕하세요, 고객님. {shopName}입니다.\n저희 상점을 이용해 주셔서 진심으로 감사드립니다.';
const order = '주문번호 {orderNo}(상품코드: {itemCode})';
const howTo = '동의해 주시는 경우 Qoo10 마이페이지에서 철회 절차를 진행하실 수 있습니다.';
const autoWithdraw = '참고로 Qoo10 규정상 일본 시간 기준 {deadline}까지 회신이 없으시면 신청은 자동으로 철회됩니다.';

/** A return and an exchange are asked to be withdrawn in the same words: `claim` is 반품 or 교환 (both take 을). */
const askToWithdraw = (claim: string) => ({
  name: `${claim} 신청 철회 요청`,
  subject: `[주문번호: {orderNo}] ${claim} 신청에 관한 부탁 말씀`,
  body: `${greeting}

${order}에 대한 ${claim} 신청을 접수하였습니다. 혹시 실수로 신청하셨거나 불편하셨던 점이 이미 해결되었다면, ${claim} 신청 철회를 검토해 주시면 정말 감사하겠습니다.
${howTo}
${autoWithdraw}

계속 ${claim}을 원하시면 말씀해 주세요. 다시 안내해 드리겠습니다.
궁금하신 점이 있으시면 언제든지 편하게 문의해 주세요.

{signature}`,
});

export const KO: TemplateText = {
  'cancel-shipped': {
    name: '취소 신청 철회 요청 (발송 완료)',
    subject: '[주문번호: {orderNo}] 취소 신청 철회에 관한 부탁 말씀',
    body: `${greeting}

${order}에 대한 취소 신청을 접수하였습니다. 번거롭게 해 드려 죄송하지만, 주문하신 상품은 {shippedOn}에 이미 발송되었습니다.

택배사: {carrier}
송장번호: {trackingNo}

상품이 이미 배송 중이므로, 취소 신청을 철회하시고 상품을 받아 주실 수 있을지 검토해 주시면 정말 감사하겠습니다.
${howTo}
${autoWithdraw}

계속 취소를 원하시거나 궁금하신 점이 있으시면 언제든지 편하게 말씀해 주세요.
불편을 드려 죄송하며, 양해해 주셔서 감사합니다.

{signature}`,
  },
  'return-withdraw': askToWithdraw('반품'),
  'exchange-withdraw': askToWithdraw('교환'),
  'ask-again': {
    name: '철회 재요청',
    subject: '[주문번호: {orderNo}] 철회 요청에 관한 재안내',
    body: `${greeting}

${order}에 관한 지난 요청에 회신해 주셔서 감사합니다. 보내 주신 내용은 잘 확인하였습니다.
다시 연락드려 죄송하지만, 신청 철회를 한 번 더 검토해 주실 수 있을지 조심스럽게 여쭙고자 합니다. 주문과 관련해 걱정되시는 점이 있으시면 말씀해 주세요. 최선을 다해 도와드리겠습니다.

${howTo}
${autoWithdraw}
생각이 바뀌지 않으셨다면 그대로 말씀해 주셔도 괜찮습니다.

시간 내어 주셔서 감사합니다.

{signature}`,
  },
  'deadline-reminder': {
    name: '회신 기한 안내',
    subject: '[주문번호: {orderNo}] 회신 기한 안내',
    body: `${greeting}

${order}에 관해 앞서 보내 드린 철회 요청 건으로 다시 한번 안내해 드립니다.
회신 기한은 일본 시간 기준 {deadline}까지입니다. Qoo10 규정상 기한까지 회신이 없으시면 신청은 자동으로 철회됩니다.

철회에 동의해 주시는 경우 Qoo10 마이페이지에서 절차를 진행하실 수 있습니다. 다른 의견이 있으시거나 궁금하신 점이 있으시면 언제든지 편하게 말씀해 주세요.
이미 처리해 주셨다면 이 메시지는 무시해 주셔도 됩니다.

감사합니다.

{signature}`,
  },
  'thanks-withdrawn': {
    name: '철회 감사 인사',
    subject: '[주문번호: {orderNo}] 감사 인사 드립니다',
    body: `${greeting}

${order}에 대한 신청을 철회해 주셔서 진심으로 감사드립니다. 너그럽게 이해해 주셔서 다시 한번 감사드립니다.

상품과 관련해 궁금하신 점이 있으시면 언제든지 편하게 문의해 주세요.
앞으로도 많은 이용 부탁드립니다.

{signature}`,
  },
};
