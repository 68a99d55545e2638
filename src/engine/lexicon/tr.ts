/** Turkish words of delivery notices, Exchange NDR layouts and Outlook forward blocks, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const TR: LanguageLexicon = {
  lang: 'tr',
  recipientLabel: [
    {
      text: 'alıcı',
      source:
        "dictionary fact: the common Turkish noun for the recipient of a letter or message ('alıcı'), used as a field label in that language's mail notices; task P20a",
    },
  ],
  ndrFailedHeading: [
    { text: 'bu alıcılara veya gruplara teslim başarısız oldu:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDelayedHeading: [
    { text: 'bu alıcılara veya gruplara teslim gecikti:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDeliveredHeading: [
    { text: 'i̇letiniz aşağıdaki alıcılara teslim edildi:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrRejectedBy: [
    {
      text: 'aşağıdaki e-posta adreslerine gönderdiğiniz iletiyi reddetti:',
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrGaveError: [{ text: 'şu hatayı verdi:', source: 'written by analogy with the English text, not verified' }],
  ndrAdminHeading: [{ text: 'yöneticiler için tanılama bilgileri:', source: 'written by analogy with the English text, not verified' }],
  ndrGeneratingServer: [{ text: 'oluşturan sunucu:', source: 'written by analogy with the English text, not verified' }],
  ndrReceivingServer: [{ text: 'alan sunucu:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalHeaders: [{ text: 'özgün ileti üst bilgileri:', source: 'written by analogy with the English text, not verified' }],
  ndrStillTrying: [
    { text: 'bu ileti henüz teslim edilmedi', source: 'written by analogy with the English text, not verified' },
    { text: 'sunucu bu iletiyi teslim etmeyi denemeye devam edecek', source: 'written by analogy with the English text, not verified' },
  ],
  ndrCouldNotDeliver: [
    { text: '{rcpt} adresine gönderdiğiniz ileti teslim edilemedi', source: 'written by analogy with the English text, not verified' },
    { text: 'i̇letiniz {rcpt} alıcısına teslim edilemedi', source: 'written by analogy with the English text, not verified' },
  ],
  ndrActionRequired: [{ text: 'eylem gerekli', source: 'written by analogy with the English text, not verified' }],
  ndrSenderLabel: [{ text: 'gönderen', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientLabel: [{ text: 'alıcı', source: 'written by analogy with the English text, not verified' }],
  ndrHowToFix: [{ text: 'nasıl düzeltilir', source: 'written by analogy with the English text, not verified' }],
  ndrMoreInfo: [{ text: 'e-posta yöneticileri için daha fazla bilgi', source: 'written by analogy with the English text, not verified' }],
  ndrStatusCode: [{ text: 'durum kodu:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalDetails: [{ text: 'özgün i̇leti ayrıntıları', source: 'written by analogy with the English text, not verified' }],
  ndrErrorDetails: [{ text: 'hata ayrıntıları', source: 'written by analogy with the English text, not verified' }],
  ndrReportedError: [{ text: 'bildirilen hata:', source: 'written by analogy with the English text, not verified' }],
  ndrDsnGeneratedBy: [{ text: 'dsn oluşturan:', source: 'written by analogy with the English text, not verified' }],
  ndrSenderAddress: [{ text: 'gönderen adresi:', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientAddress: [{ text: 'alıcı adresi:', source: 'written by analogy with the English text, not verified' }],
  ndrMessageHops: [{ text: 'i̇leti atlamaları', source: 'written by analogy with the English text, not verified' }],
  ndrFailedSubject: [
    { text: 'teslim edilemedi:', source: 'written by analogy with the English text, not verified' },
    { text: 'teslim edilemeyen:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDelayedSubject: [{ text: 'teslim gecikti:', source: 'written by analogy with the English text, not verified' }],
  ndrDeliveredSubject: [{ text: 'teslim edildi:', source: 'written by analogy with the English text, not verified' }],
  forwardFrom: [{ text: 'kimden', source: 'written by analogy with the English text, not verified' }],
  forwardSent: [
    { text: 'gönderildi', source: 'written by analogy with the English text, not verified' },
    { text: 'gönderilme', source: 'written by analogy with the English text, not verified' },
  ],
  forwardTo: [{ text: 'kime', source: 'written by analogy with the English text, not verified' }],
  forwardCc: [{ text: 'bilgi', source: 'written by analogy with the English text, not verified' }],
  forwardSubject: [{ text: 'konu', source: 'written by analogy with the English text, not verified' }],
  forwardDate: [{ text: 'tarih', source: 'written by analogy with the English text, not verified' }],
  forwardSeparator: [{ text: '-----özgün i̇leti-----', source: 'written by analogy with the English text, not verified' }],
  forwardPrefix: [
    { text: 'i̇lt:', source: 'written by analogy with the English text, not verified' },
    { text: 'fw:', source: 'written by analogy with the English text, not verified' },
  ],
  autoReplySubject: [{ text: 'otomatik yanıt:', source: 'written by analogy with the English text, not verified' }],
  reportSubject: [
    {
      text: 'teslim edilemedi',
      source:
        "Turkish notices: Exchange's 'Teslim Edilemedi' subject family and Gmail's Turkish DSN sentence ('teslim edilemedi'); common Turkish wording of delivery failure, not verified against a public sample; task P19b",
    },
  ],
  reportSentence: [
    {
      text: 'teslim edilemedi',
      source:
        "Turkish notices: Exchange's 'Teslim Edilemedi' subject family and Gmail's Turkish DSN sentence ('teslim edilemedi'); common Turkish wording of delivery failure, not verified against a public sample; task P19b",
    },
    {
      text: 'teslim başarısız',
      source:
        "Turkish notices: Exchange's 'Teslim Edilemedi' subject family and Gmail's Turkish DSN sentence ('teslim edilemedi'); common Turkish wording of delivery failure, not verified against a public sample; task P19b",
    },
  ],
};
