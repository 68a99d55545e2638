/** Traditional Chinese words of delivery notices, Exchange NDR layouts and Outlook forward blocks, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const ZH_TW: LanguageLexicon = {
  lang: 'zh-TW',
  recipientLabel: [
    {
      text: '收件者',
      source:
        "dictionary fact: the common Traditional Chinese noun for the recipient of a letter or message ('收件者'), used as a field label in that language's mail notices; task P20a",
    },
    {
      text: '收件人',
      source:
        "dictionary fact: the common Traditional Chinese noun for the recipient of a letter or message ('收件人'), used as a field label in that language's mail notices; task P20a",
    },
  ],
  ndrFailedHeading: [
    { text: '傳遞至下列收件者或群組失敗:', source: 'written by analogy with the English text, not verified' },
    { text: '無法傳遞給這些收件者或群組:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDelayedHeading: [{ text: '傳遞至下列收件者或群組的郵件已延遲:', source: 'written by analogy with the English text, not verified' }],
  ndrDeliveredHeading: [{ text: '您的郵件已傳遞給下列收件者:', source: 'written by analogy with the English text, not verified' }],
  ndrRejectedBy: [{ text: '拒絕了您傳送給下列電子郵件地址的郵件:', source: 'written by analogy with the English text, not verified' }],
  ndrGaveError: [{ text: '傳回此錯誤:', source: 'written by analogy with the English text, not verified' }],
  ndrAdminHeading: [{ text: '系統管理員的診斷資訊:', source: 'written by analogy with the English text, not verified' }],
  ndrGeneratingServer: [{ text: '產生伺服器:', source: 'written by analogy with the English text, not verified' }],
  ndrReceivingServer: [{ text: '接收伺服器:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalHeaders: [{ text: '原始郵件標頭:', source: 'written by analogy with the English text, not verified' }],
  ndrStillTrying: [
    { text: '此郵件尚未傳遞', source: 'written by analogy with the English text, not verified' },
    { text: '伺服器將繼續嘗試傳遞此郵件', source: 'written by analogy with the English text, not verified' },
  ],
  ndrCouldNotDeliver: [
    { text: '無法將您的郵件傳遞給 {rcpt}', source: 'written by analogy with the English text, not verified' },
    { text: '您傳送給 {rcpt} 的郵件無法傳遞', source: 'written by analogy with the English text, not verified' },
  ],
  ndrActionRequired: [
    { text: '需要採取動作', source: 'written by analogy with the English text, not verified' },
    { text: '需要採取行動', source: 'written by analogy with the English text, not verified' },
  ],
  ndrSenderLabel: [{ text: '寄件者', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientLabel: [{ text: '收件者', source: 'written by analogy with the English text, not verified' }],
  ndrHowToFix: [
    { text: '修正方法', source: 'written by analogy with the English text, not verified' },
    { text: '如何修正', source: 'written by analogy with the English text, not verified' },
  ],
  ndrMoreInfo: [{ text: '電子郵件系統管理員的詳細資訊', source: 'written by analogy with the English text, not verified' }],
  ndrStatusCode: [
    { text: '狀態碼:', source: 'written by analogy with the English text, not verified' },
    { text: '狀態代碼:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrOriginalDetails: [{ text: '原始郵件詳細資料', source: 'written by analogy with the English text, not verified' }],
  ndrErrorDetails: [{ text: '錯誤詳細資料', source: 'written by analogy with the English text, not verified' }],
  ndrReportedError: [{ text: '回報的錯誤:', source: 'written by analogy with the English text, not verified' }],
  ndrDsnGeneratedBy: [{ text: 'dsn 產生者:', source: 'written by analogy with the English text, not verified' }],
  ndrSenderAddress: [{ text: '寄件者地址:', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientAddress: [{ text: '收件者地址:', source: 'written by analogy with the English text, not verified' }],
  ndrMessageHops: [{ text: '郵件躍點', source: 'written by analogy with the English text, not verified' }],
  ndrFailedSubject: [
    { text: '無法傳遞:', source: 'written by analogy with the English text, not verified' },
    { text: '無法送達:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDelayedSubject: [{ text: '傳遞延遲:', source: 'written by analogy with the English text, not verified' }],
  ndrDeliveredSubject: [{ text: '已傳遞:', source: 'written by analogy with the English text, not verified' }],
  forwardFrom: [{ text: '寄件者', source: 'written by analogy with the English text, not verified' }],
  forwardSent: [{ text: '寄件日期', source: 'written by analogy with the English text, not verified' }],
  forwardTo: [{ text: '收件者', source: 'written by analogy with the English text, not verified' }],
  forwardCc: [{ text: '副本', source: 'written by analogy with the English text, not verified' }],
  forwardSubject: [{ text: '主旨', source: 'written by analogy with the English text, not verified' }],
  forwardDate: [{ text: '日期', source: 'written by analogy with the English text, not verified' }],
  forwardSeparator: [{ text: '-----原始郵件-----', source: 'written by analogy with the English text, not verified' }],
  forwardPrefix: [
    { text: '轉寄:', source: 'written by analogy with the English text, not verified' },
    { text: 'fw:', source: 'written by analogy with the English text, not verified' },
  ],
  autoReplySubject: [
    { text: '自動回覆:', source: 'written by analogy with the English text, not verified' },
    {
      text: '自動回覆',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  reportSubject: [
    {
      text: '發送失敗',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '無法傳遞',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  delaySubject: [
    {
      text: '延迟',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '延遲',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  reportSentence: [
    {
      text: '無法傳遞',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  autoReplySentence: [
    {
      text: '自動回覆',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  readReceiptSubject: [
    {
      text: '已讀:',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '已讀：',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
};
