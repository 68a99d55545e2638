/** Japanese words of delivery notices, Exchange NDR layouts and Outlook forward blocks, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const JA: LanguageLexicon = {
  lang: 'ja',
  recipientLabel: [
    {
      text: '宛先',
      source:
        "dictionary fact: the common Japanese noun for the recipient of a letter or message ('宛先, atesaki: addressee'), used as a field label in that language's mail notices; task P20a",
    },
    {
      text: '受信者',
      source:
        "dictionary fact: the common Japanese noun for the recipient of a letter or message ('受信者, jushinsha: receiver'), used as a field label in that language's mail notices; task P20a",
    },
  ],
  // Microsoft's own name for DLP in this language: a mail flow rule's NDR names it (task P19a).
  dlpProductName: [{ text: 'データ損失防止', source: 'Microsoft Learn (ja-jp), Microsoft Purview: "データ損失防止 (DLP) ポリシー"' }],
  bounceSubject: [
    { text: 'エラー', source: "Japanese carrier notices (docomo, au) 'エラー'" },
    { text: '配信', source: "Japanese delivery notices '配信…'" },
    { text: '未達', source: "Japanese delivery notices '未達'" },
  ],
  autoReplySubject: [
    { text: '自動応答', source: "Japanese auto-reply subjects '自動応答'" },
    { text: '自動返信', source: "Outlook Japanese '自動返信:'" },
    { text: '不在', source: "Japanese out-of-office subjects '不在'" },
    { text: '自動応答:', source: 'written by analogy with the English text, not verified' },
    { text: '自動返信:', source: 'written by analogy with the English text, not verified' },
    {
      text: '休暇',
      source: 'Japanese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  exchangeHeading: [
    { text: '次の受信者またはグループへの配信に失敗しました', source: 'Exchange Online / Exchange 2013+ NDR template heading (ja)' },
  ],
  exchangeBoilerplate: [{ text: '管理者向けの診断情報', source: 'Exchange Online / Exchange 2013+ NDR template section (ja)' }],
  groupsProductName: [{ text: 'Google グループ', source: 'Google Groups refusal notice (ja); matched as written' }],
  cannotDeliverSubject: [{ text: 'メッセージを配信できません', source: 'Trend Micro InterScan notice subject (ja)' }],
  ndrFailedHeading: [
    {
      text: '次の受信者またはグループへの配信に失敗しました:',
      source: 'Microsoft documentation: https://support.microsoft.com/ja-jp/help/2743451',
    },
  ],
  ndrDelayedHeading: [
    { text: '次の受信者またはグループへの配信が遅延しています:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDeliveredHeading: [
    { text: 'メッセージは次の受信者に配信されました:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrRejectedBy: [
    { text: 'が次のメール アドレスへのメッセージを拒否しました', source: 'written by analogy with the English text, not verified' },
    { text: 'が次の電子メール アドレスへのメッセージを拒否しました', source: 'written by analogy with the English text, not verified' },
  ],
  ndrGaveError: [{ text: 'から次のエラーが返されました', source: 'written by analogy with the English text, not verified' }],
  ndrAdminHeading: [
    {
      text: '管理者向けの診断情報:',
      source:
        'Microsoft documentation: https://support.microsoft.com/ja-jp/office/failed-delivery-messages-from-the-postmaster-at-outlook-com-microsoft-com-or-service-microsoft-com-eb34d15e-1251-4802-995d-78917ecb1de6',
    },
  ],
  ndrGeneratingServer: [{ text: '生成サーバー:', source: 'written by analogy with the English text, not verified' }],
  ndrReceivingServer: [{ text: '受信サーバー:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalHeaders: [{ text: '元のメッセージ ヘッダー:', source: 'written by analogy with the English text, not verified' }],
  ndrStillTrying: [
    { text: 'このメッセージはまだ配信されていません', source: 'written by analogy with the English text, not verified' },
    { text: 'サーバーはこのメッセージの配信を引き続き試行します', source: 'written by analogy with the English text, not verified' },
  ],
  ndrCouldNotDeliver: [
    { text: '{rcpt} へのメッセージを配信できませんでした', source: 'written by analogy with the English text, not verified' },
    { text: '{rcpt} にメッセージを配信できませんでした', source: 'written by analogy with the English text, not verified' },
  ],
  ndrActionRequired: [
    { text: '対処が必要', source: 'written by analogy with the English text, not verified' },
    { text: 'アクションが必要', source: 'written by analogy with the English text, not verified' },
  ],
  ndrSenderLabel: [{ text: '送信者', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientLabel: [{ text: '受信者', source: 'written by analogy with the English text, not verified' }],
  ndrHowToFix: [{ text: '修正方法', source: 'written by analogy with the English text, not verified' }],
  ndrMoreInfo: [{ text: 'メール管理者向けの詳細情報', source: 'written by analogy with the English text, not verified' }],
  ndrStatusCode: [
    { text: '状態コード:', source: 'written by analogy with the English text, not verified' },
    { text: 'ステータス コード:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrOriginalDetails: [{ text: '元のメッセージの詳細', source: 'written by analogy with the English text, not verified' }],
  ndrErrorDetails: [{ text: 'エラーの詳細', source: 'written by analogy with the English text, not verified' }],
  ndrReportedError: [{ text: '報告されたエラー:', source: 'written by analogy with the English text, not verified' }],
  ndrDsnGeneratedBy: [{ text: 'dsn の生成元:', source: 'written by analogy with the English text, not verified' }],
  ndrSenderAddress: [{ text: '送信者のアドレス:', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientAddress: [{ text: '受信者のアドレス:', source: 'written by analogy with the English text, not verified' }],
  ndrMessageHops: [{ text: 'メッセージ ホップ', source: 'written by analogy with the English text, not verified' }],
  ndrFailedSubject: [{ text: '配信不能:', source: 'written by analogy with the English text, not verified' }],
  ndrDelayedSubject: [
    { text: '配信の遅延:', source: 'written by analogy with the English text, not verified' },
    { text: '配信遅延:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDeliveredSubject: [{ text: '配信済み:', source: 'written by analogy with the English text, not verified' }],
  forwardFrom: [{ text: '差出人', source: 'written by analogy with the English text, not verified' }],
  forwardSent: [{ text: '送信日時', source: 'written by analogy with the English text, not verified' }],
  forwardTo: [{ text: '宛先', source: 'written by analogy with the English text, not verified' }],
  forwardCc: [{ text: 'cc', source: 'written by analogy with the English text, not verified' }],
  forwardSubject: [{ text: '件名', source: 'written by analogy with the English text, not verified' }],
  forwardDate: [{ text: '日付', source: 'written by analogy with the English text, not verified' }],
  forwardSeparator: [
    { text: '-----original message-----', source: 'written by analogy with the English text, not verified' },
    { text: '-----元のメッセージ-----', source: 'written by analogy with the English text, not verified' },
  ],
  forwardPrefix: [
    { text: 'fw:', source: 'written by analogy with the English text, not verified' },
    { text: '転送:', source: 'written by analogy with the English text, not verified' },
  ],
  reportSubject: [
    {
      text: '配信不能',
      source: 'Japanese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '配送エラー',
      source: 'Japanese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '配信エラー',
      source: 'Japanese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '送信失敗',
      source: 'Japanese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '返送',
      source: 'Japanese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '届きませんでした',
      source: 'Japanese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'エラー',
      source: 'Japanese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '未達',
      source: 'Japanese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '配信',
      source: 'Japanese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  delaySubject: [
    {
      text: '配信遅延',
      source: 'Japanese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '遅延',
      source: 'Japanese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  reportSentence: [
    {
      text: '配信できませんでした',
      source: 'Japanese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '届けることができませんでした',
      source: 'Japanese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '送信できませんでした',
      source: 'Japanese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '配送できませんでした',
      source: 'Japanese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  autoReplySentence: [
    {
      text: '不在にしております',
      source: 'Japanese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '不在のため',
      source: 'Japanese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '休暇中',
      source: 'Japanese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '自動返信',
      source: 'Japanese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '自動応答',
      source: 'Japanese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  readReceiptSubject: [
    {
      text: '開封済み',
      source: 'Japanese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: '開封確認',
      source: 'Japanese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  challengeSentence: [
    {
      text: '確認のため',
      source: 'Japanese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
};
