/** Simplified Chinese words of delivery notices, Exchange NDR layouts and Outlook forward blocks, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const ZH_CN: LanguageLexicon = {
  lang: 'zh-CN',
  recipientLabel: [
    {
      text: '收件人',
      source:
        "dictionary fact: the common Simplified Chinese noun for the recipient of a letter or message ('收件人, shōujiànrén'), used as a field label in that language's mail notices; task P20a",
    },
  ],
  // Microsoft's own name for DLP in this language: a mail flow rule's NDR names it (task P19a).
  dlpProductName: [{ text: '数据丢失防护', source: 'Microsoft Learn (zh-cn), Microsoft Purview: "数据丢失防护 (DLP) 策略"' }],
  ndrFailedHeading: [
    { text: '未能传递到这些收件人或组:', source: 'written by analogy with the English text, not verified' },
    { text: '传递到这些收件人或组失败:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDelayedHeading: [{ text: '传递到这些收件人或组的邮件已延迟:', source: 'written by analogy with the English text, not verified' }],
  ndrDeliveredHeading: [{ text: '你的邮件已传递到以下收件人:', source: 'written by analogy with the English text, not verified' }],
  ndrRejectedBy: [{ text: '拒绝了你发送到以下电子邮件地址的邮件:', source: 'written by analogy with the English text, not verified' }],
  ndrGaveError: [{ text: '返回了此错误:', source: 'written by analogy with the English text, not verified' }],
  ndrAdminHeading: [
    { text: '管理员的诊断信息:', source: 'written by analogy with the English text, not verified' },
    { text: '供管理员使用的诊断信息:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrGeneratingServer: [{ text: '生成服务器:', source: 'written by analogy with the English text, not verified' }],
  ndrReceivingServer: [{ text: '接收服务器:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalHeaders: [{ text: '原始邮件头:', source: 'written by analogy with the English text, not verified' }],
  ndrStillTrying: [
    { text: '此邮件尚未传递', source: 'written by analogy with the English text, not verified' },
    { text: '服务器将继续尝试传递此邮件', source: 'written by analogy with the English text, not verified' },
  ],
  ndrCouldNotDeliver: [
    { text: '无法将你的邮件传递到 {rcpt}', source: 'written by analogy with the English text, not verified' },
    { text: '你发送到 {rcpt} 的邮件无法传递', source: 'written by analogy with the English text, not verified' },
  ],
  ndrActionRequired: [{ text: '需要执行操作', source: 'written by analogy with the English text, not verified' }],
  ndrSenderLabel: [{ text: '发件人', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientLabel: [{ text: '收件人', source: 'written by analogy with the English text, not verified' }],
  ndrHowToFix: [{ text: '如何解决', source: 'written by analogy with the English text, not verified' }],
  ndrMoreInfo: [{ text: '电子邮件管理员的详细信息', source: 'written by analogy with the English text, not verified' }],
  ndrStatusCode: [{ text: '状态代码:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalDetails: [{ text: '原始邮件详细信息', source: 'written by analogy with the English text, not verified' }],
  ndrErrorDetails: [{ text: '错误详细信息', source: 'written by analogy with the English text, not verified' }],
  ndrReportedError: [{ text: '报告的错误:', source: 'written by analogy with the English text, not verified' }],
  ndrDsnGeneratedBy: [{ text: 'dsn 生成者:', source: 'written by analogy with the English text, not verified' }],
  ndrSenderAddress: [{ text: '发件人地址:', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientAddress: [{ text: '收件人地址:', source: 'written by analogy with the English text, not verified' }],
  ndrMessageHops: [{ text: '邮件跃点', source: 'written by analogy with the English text, not verified' }],
  ndrFailedSubject: [
    { text: '无法传递:', source: 'written by analogy with the English text, not verified' },
    { text: '未送达:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDelayedSubject: [{ text: '传递延迟:', source: 'written by analogy with the English text, not verified' }],
  ndrDeliveredSubject: [{ text: '已传递:', source: 'written by analogy with the English text, not verified' }],
  forwardFrom: [{ text: '发件人', source: 'written by analogy with the English text, not verified' }],
  forwardSent: [{ text: '发送时间', source: 'written by analogy with the English text, not verified' }],
  forwardTo: [{ text: '收件人', source: 'written by analogy with the English text, not verified' }],
  forwardCc: [{ text: '抄送', source: 'written by analogy with the English text, not verified' }],
  forwardSubject: [{ text: '主题', source: 'written by analogy with the English text, not verified' }],
  forwardDate: [{ text: '日期', source: 'written by analogy with the English text, not verified' }],
  forwardSeparator: [{ text: '-----原始邮件-----', source: 'written by analogy with the English text, not verified' }],
  forwardPrefix: [
    { text: '转发:', source: 'written by analogy with the English text, not verified' },
    { text: 'fw:', source: 'written by analogy with the English text, not verified' },
  ],
  autoReplySubject: [
    { text: '自动答复:', source: 'written by analogy with the English text, not verified' },
    {
      text: '自动回复',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '自动答复',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '休假',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '不在办公室',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '外出',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  reportSubject: [
    {
      text: '无法投递',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '退信',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '投递失败',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '发送失败',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '无法送达',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '未送达',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '系统退信',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  reportSentence: [
    {
      text: '无法投递',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '无法送达',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '投递失败',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '未能送达',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  autoReplySentence: [
    {
      text: '我不在办公室',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '我目前不在',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '休假中',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '自动回复',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '我正在休假',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  readReceiptSubject: [
    {
      text: '已读:',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '已读：',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '已读回执',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  challengeSentence: [
    {
      text: '请验证您是',
      source: 'Chinese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
};
