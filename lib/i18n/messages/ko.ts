/** Korean, as a Korean QSM seller reads it (철회요청, 고객 응답 기한, 판매자 메시지). */
import type { Catalog } from './types';

export const ko: Catalog = {
  'badge.eligible': '철회요청 가능',
  'badge.eligible.long': '철회요청을 보낼 수 있습니다',
  'badge.pending': '구매자 응답 대기',
  'badge.cooldown': '재요청 대기',
  'badge.ineligible': '여기서 불가',
  'badge.unknown': '알 수 없음',
  'badge.delayed': '지연',

  'unreadable.badge': '이 페이지를 읽을 수 없음',
  'unreadable.explain':
    '이 페이지의 클레임 정보를 인식하지 못해 판정을 표시하지 않습니다. QSM 화면이 바뀌었을 수 있습니다. 진단 정보를 복사해 개발자에게 보내 주세요.',
  'unreadable.copy': '진단 정보 복사',
  'unreadable.copied': '복사됨',
  'unreadable.copyFailed': '복사하지 못했습니다',

  'reason.request-stage': '이 클레임은 아직 요청 단계이므로 QSM에서 구매자에게 철회를 요청할 수 있습니다.',
  'reason.awaiting-buyer':
    '철회요청을 보냈습니다. 구매자는 {deadline}(일본 시간) 종료 시까지 응답할 수 있습니다. 구매자가 응답하지 않으면 {autoWithdrawOn}에 QSM이 클레임을 자동으로 철회합니다.',
  'reason.auto-withdraw-due':
    '구매자가 {deadline}(일본 시간)까지 응답하지 않아 {autoWithdrawOn}에 QSM이 클레임을 자동으로 철회합니다. 그 후에도 철회되지 않으면 Qoo10에 문의하세요.',
  'reason.cooldown-after-refusal':
    '구매자가 철회요청을 거절했습니다(철회 보류). {nextRequestOn}(일본 시간)부터 다시 요청할 수 있습니다. 그때까지 구매자와 연락하거나 클레임을 처리하세요.',
  'reason.cooldown-after-cancel': '철회요청을 취소했습니다. {nextRequestOn}(일본 시간)부터 새 요청을 보낼 수 있습니다.',
  'reason.claim-in-progress': '이 클레임은 이미 처리 중이므로 QSM에서 철회할 수 없습니다.',
  'reason.claim-closed': '이 클레임은 이미 완료되어 QSM에서 철회할 수 없습니다.',
  'reason.non-receipt': '미수취 신고는 QSM에서 철회할 수 없습니다.',
  'reason.invalid-input': '이 클레임의 일부 정보를 읽지 못해 판정하지 않습니다. QSM에서 클레임을 확인하세요.',

  'field.deadline': '고객 응답 기한',
  'field.deadlineEnds': '응답 기한 종료',
  'field.autoWithdrawOn': '자동 철회일',
  'field.nextRequestOn': '재요청 가능일',
  'field.timeLeft': '남은 시간',
  'field.jst': '일본 시간',
  'field.yourTime': '내 시간: {time} ({zone})',
  'field.orderNo': '주문번호 {orderNo}',

  'warning.delayed': '지연: 이 요청은 {count}일 넘게 확인되지 않았습니다. QSM에서 확인하세요.',
  'warning.deadline-mismatch': '페이지에 표시된 기한이 규칙상 기한과 다릅니다. 페이지의 날짜를 사용합니다.',
  'warning.details': '상세: {codes}',

  // Best reading of the inquiry categories (the manual gives them in Chinese); keep as data.
  'askQoo10.intro': 'QSM에서는 할 수 없습니다. 대신 Qoo10에 문의하세요:',
  'askQoo10.path': '문의 › 환불・클레임 철회 › 클레임 철회',

  'howToSend.title': '보내는 방법',
  'howToSend.body':
    '클레임 철회 정보에서 「철회요청」을 Y로 바꾸고 「판매자 메시지」에 구매자에게 보낼 내용을 쓴 뒤 철회요청 버튼을 누르세요. 기한 안에 구매자가 응답하지 않으면 클레임은 자동으로 철회됩니다.',
  'howToSend.privacy': '메시지에 구매자의 개인정보(이름, 주소, 전화번호 등)를 쓰지 마세요.',

  'countdown.days': '{days}일',
  'countdown.ended': '종료',

  'reminder.deadline.title': '구매자 응답 기한이 곧 끝납니다',
  'reminder.deadline.message': '주문번호 {orderNo}: 철회 요청에 대한 구매자의 응답 기한이 곧 끝납니다. 구매자에게 메시지를 보내 보세요.',
  'reminder.cooldownEnd.title': '다시 철회 요청할 수 있습니다',
  'reminder.cooldownEnd.message': '주문번호 {orderNo}: 5일 대기 기간이 끝났습니다. QSM에서 새 철회 요청을 보낼 수 있습니다.',
  'reminder.delayed.title': '클레임이 지연되었습니다',
  'reminder.delayed.message': '주문번호 {orderNo}: 이 요청은 4일 넘게 확인되지 않았습니다. QSM에서 확인해 주세요.',

  'panel.title': '철회요청',
  'panel.close': '닫기',

  'date.day': '{year}년 {month}월 {day}일 ({weekday})',

  'options.title': 'QSM 철회 요청 도우미 — 설정',
  'options.uiLanguage': '도우미 표시 언어',
  'options.uiLanguage.auto': '브라우저 언어와 동일',
  'options.saved': '저장했습니다',
  'options.privacy': '모든 데이터는 이 브라우저 안에만 저장됩니다. 도우미는 네트워크 요청을 하지 않으며 구매자의 개인정보를 저장하지 않습니다.',
  'popup.tagline': 'QSM에서 클레임을 열면 구매자에게 철회를 요청할 수 있는지 알려 드립니다.',
  'popup.openQsm': 'QSM 취소/반품 열기',
  'popup.options': '설정',
};
