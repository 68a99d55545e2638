/** Korean words of delivery notices, Exchange NDR layouts and Outlook forward blocks, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const KO: LanguageLexicon = {
  lang: 'ko',
  recipientLabel: [
    {
      text: '받는 사람',
      source:
        "dictionary fact: the common Korean noun for the recipient of a letter or message ('받는 사람, the person receiving'), used as a field label in that language's mail notices; task P20a",
    },
    {
      text: '수신자',
      source:
        "dictionary fact: the common Korean noun for the recipient of a letter or message ('수신자, receiver'), used as a field label in that language's mail notices; task P20a",
    },
  ],
  reportSentence: [
    {
      text: '발송 실패',
      source:
        "Korean portal notices (Naver, Daum): '메일 발송 실패' (sending failed), '메일이 전달되지 않았습니다' / '발송되지 않았습니다' (not delivered / not sent); Exchange subject '배달되지 않음' (status-codes.md §6, C); task P19b",
    },
    {
      text: '전달되지 않았습니다',
      source:
        "Korean portal notices (Naver, Daum): '메일 발송 실패' (sending failed), '메일이 전달되지 않았습니다' / '발송되지 않았습니다' (not delivered / not sent); Exchange subject '배달되지 않음' (status-codes.md §6, C); task P19b",
    },
    {
      text: '발송되지 않았습니다',
      source:
        "Korean portal notices (Naver, Daum): '메일 발송 실패' (sending failed), '메일이 전달되지 않았습니다' / '발송되지 않았습니다' (not delivered / not sent); Exchange subject '배달되지 않음' (status-codes.md §6, C); task P19b",
    },
    {
      text: '반송되었습니다',
      source:
        'Korean portal notices (Naver, Daum): "메일 발송 실패" (sending failed), "메일이 전달되지 않았습니다" (the mail was not delivered), "[반송]" (returned)',
    },
  ],
  reportSubject: [
    {
      text: '배달되지 않음',
      source:
        "Korean portal notices (Naver, Daum): '메일 발송 실패' (sending failed), '메일이 전달되지 않았습니다' / '발송되지 않았습니다' (not delivered / not sent); Exchange subject '배달되지 않음' (status-codes.md §6, C); task P19b",
    },
    {
      text: '발송 실패',
      source:
        "Korean portal notices (Naver, Daum): '메일 발송 실패' (sending failed), '메일이 전달되지 않았습니다' / '발송되지 않았습니다' (not delivered / not sent); Exchange subject '배달되지 않음' (status-codes.md §6, C); task P19b",
    },
    {
      text: '[반송]',
      source:
        'Korean portal notices (Naver, Daum): "메일 발송 실패" (sending failed), "메일이 전달되지 않았습니다" (the mail was not delivered), "[반송]" (returned)',
    },
  ],
  ndrFailedHeading: [
    { text: '다음 받는 사람 또는 그룹에게 배달하지 못했습니다:', source: 'written by analogy with the English text, not verified' },
    { text: '받는 사람 또는 그룹에게 배달하지 못했습니다:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDelayedHeading: [
    { text: '다음 받는 사람 또는 그룹에 대한 배달이 지연되었습니다:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDeliveredHeading: [
    { text: '메시지가 다음 받는 사람에게 배달되었습니다:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrRejectedBy: [
    { text: '에서 다음 전자 메일 주소로 보낸 메시지를 거부했습니다:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrGaveError: [{ text: '에서 다음 오류를 반환했습니다:', source: 'written by analogy with the English text, not verified' }],
  ndrAdminHeading: [
    { text: '관리자를 위한 진단 정보:', source: 'written by analogy with the English text, not verified' },
    { text: '관리자용 진단 정보:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrGeneratingServer: [{ text: '생성 서버:', source: 'written by analogy with the English text, not verified' }],
  ndrReceivingServer: [{ text: '받는 서버:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalHeaders: [{ text: '원래 메시지 헤더:', source: 'written by analogy with the English text, not verified' }],
  ndrStillTrying: [
    { text: '이 메시지는 아직 배달되지 않았습니다', source: 'written by analogy with the English text, not verified' },
    { text: '서버에서 이 메시지를 계속 배달하려고 시도합니다', source: 'written by analogy with the English text, not verified' },
  ],
  ndrCouldNotDeliver: [
    { text: '{rcpt}(으)로 보낸 메시지를 배달할 수 없습니다', source: 'written by analogy with the English text, not verified' },
    { text: '{rcpt}에 메시지를 배달할 수 없습니다', source: 'written by analogy with the English text, not verified' },
  ],
  ndrActionRequired: [
    { text: '작업 필요', source: 'written by analogy with the English text, not verified' },
    { text: '조치 필요', source: 'written by analogy with the English text, not verified' },
  ],
  ndrSenderLabel: [{ text: '보낸 사람', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientLabel: [{ text: '받는 사람', source: 'written by analogy with the English text, not verified' }],
  ndrHowToFix: [{ text: '해결 방법', source: 'written by analogy with the English text, not verified' }],
  ndrMoreInfo: [{ text: '전자 메일 관리자를 위한 추가 정보', source: 'written by analogy with the English text, not verified' }],
  ndrStatusCode: [{ text: '상태 코드:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalDetails: [{ text: '원래 메시지 세부 정보', source: 'written by analogy with the English text, not verified' }],
  ndrErrorDetails: [{ text: '오류 세부 정보', source: 'written by analogy with the English text, not verified' }],
  ndrReportedError: [{ text: '보고된 오류:', source: 'written by analogy with the English text, not verified' }],
  ndrDsnGeneratedBy: [{ text: 'dsn 생성자:', source: 'written by analogy with the English text, not verified' }],
  ndrSenderAddress: [{ text: '보낸 사람 주소:', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientAddress: [{ text: '받는 사람 주소:', source: 'written by analogy with the English text, not verified' }],
  ndrMessageHops: [{ text: '메시지 홉', source: 'written by analogy with the English text, not verified' }],
  ndrFailedSubject: [
    { text: '배달 못 함:', source: 'written by analogy with the English text, not verified' },
    { text: '배달되지 않음:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDelayedSubject: [{ text: '배달 지연:', source: 'written by analogy with the English text, not verified' }],
  ndrDeliveredSubject: [{ text: '배달됨:', source: 'written by analogy with the English text, not verified' }],
  forwardFrom: [{ text: '보낸 사람', source: 'written by analogy with the English text, not verified' }],
  forwardSent: [{ text: '보낸 날짜', source: 'written by analogy with the English text, not verified' }],
  forwardTo: [{ text: '받는 사람', source: 'written by analogy with the English text, not verified' }],
  forwardCc: [{ text: '참조', source: 'written by analogy with the English text, not verified' }],
  forwardSubject: [{ text: '제목', source: 'written by analogy with the English text, not verified' }],
  forwardDate: [{ text: '날짜', source: 'written by analogy with the English text, not verified' }],
  forwardSeparator: [
    { text: '-----원본 메시지-----', source: 'written by analogy with the English text, not verified' },
    { text: '-----original message-----', source: 'written by analogy with the English text, not verified' },
  ],
  forwardPrefix: [
    { text: 'fw:', source: 'written by analogy with the English text, not verified' },
    { text: '전달:', source: 'written by analogy with the English text, not verified' },
  ],
  autoReplySubject: [{ text: '자동 회신:', source: 'written by analogy with the English text, not verified' }],
};
