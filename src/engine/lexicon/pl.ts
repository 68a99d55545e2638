/** Polish words of delivery notices, Exchange NDR layouts and Outlook forward blocks, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const PL: LanguageLexicon = {
  lang: 'pl',
  recipientLabel: [
    {
      text: 'adresat',
      source:
        "dictionary fact: the common Polish noun for the recipient of a letter or message ('adresat: addressee'), used as a field label in that language's mail notices; task P20a",
    },
    {
      text: 'odbiorca',
      source:
        "dictionary fact: the common Polish noun for the recipient of a letter or message ('odbiorca: recipient'), used as a field label in that language's mail notices; task P20a",
    },
  ],
  ndrFailedHeading: [
    { text: 'dostarczanie do tych adresatów lub grup nie powiodło się:', source: 'written by analogy with the English text, not verified' },
    { text: 'nie można dostarczyć do tych adresatów lub grup:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDelayedHeading: [
    { text: 'dostarczanie do tych adresatów lub grup jest opóźnione:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDeliveredHeading: [
    { text: 'wiadomość została dostarczona do następujących adresatów:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrRejectedBy: [
    { text: 'odrzucił twoją wiadomość do następujących adresów e-mail:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrGaveError: [{ text: 'zwrócił ten błąd:', source: 'written by analogy with the English text, not verified' }],
  ndrAdminHeading: [
    { text: 'informacje diagnostyczne dla administratorów:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrGeneratingServer: [{ text: 'serwer generujący:', source: 'written by analogy with the English text, not verified' }],
  ndrReceivingServer: [{ text: 'serwer odbierający:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalHeaders: [{ text: 'oryginalne nagłówki wiadomości:', source: 'written by analogy with the English text, not verified' }],
  ndrStillTrying: [
    { text: 'ta wiadomość nie została jeszcze dostarczona', source: 'written by analogy with the English text, not verified' },
    { text: 'serwer będzie nadal próbował dostarczyć tę wiadomość', source: 'written by analogy with the English text, not verified' },
  ],
  ndrCouldNotDeliver: [
    { text: 'nie można dostarczyć wiadomości do {rcpt}', source: 'written by analogy with the English text, not verified' },
    { text: 'twoja wiadomość do {rcpt} nie mogła zostać dostarczona', source: 'written by analogy with the English text, not verified' },
  ],
  ndrActionRequired: [
    { text: 'wymagana akcja', source: 'written by analogy with the English text, not verified' },
    { text: 'wymagane działanie', source: 'written by analogy with the English text, not verified' },
  ],
  ndrSenderLabel: [{ text: 'nadawca', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientLabel: [{ text: 'adresat', source: 'written by analogy with the English text, not verified' }],
  ndrHowToFix: [{ text: 'jak to naprawić', source: 'written by analogy with the English text, not verified' }],
  ndrMoreInfo: [
    { text: 'więcej informacji dla administratorów poczty e-mail', source: 'written by analogy with the English text, not verified' },
  ],
  ndrStatusCode: [{ text: 'kod stanu:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalDetails: [{ text: 'szczegóły oryginalnej wiadomości', source: 'written by analogy with the English text, not verified' }],
  ndrErrorDetails: [{ text: 'szczegóły błędu', source: 'written by analogy with the English text, not verified' }],
  ndrReportedError: [{ text: 'zgłoszony błąd:', source: 'written by analogy with the English text, not verified' }],
  ndrDsnGeneratedBy: [{ text: 'raport dsn wygenerowany przez:', source: 'written by analogy with the English text, not verified' }],
  ndrSenderAddress: [{ text: 'adres nadawcy:', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientAddress: [{ text: 'adres adresata:', source: 'written by analogy with the English text, not verified' }],
  ndrMessageHops: [{ text: 'przeskoki wiadomości', source: 'written by analogy with the English text, not verified' }],
  ndrFailedSubject: [
    { text: 'niedostarczalne:', source: 'written by analogy with the English text, not verified' },
    { text: 'nie można dostarczyć:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDelayedSubject: [{ text: 'opóźnione dostarczanie:', source: 'written by analogy with the English text, not verified' }],
  ndrDeliveredSubject: [{ text: 'dostarczono:', source: 'written by analogy with the English text, not verified' }],
  forwardFrom: [{ text: 'od', source: 'written by analogy with the English text, not verified' }],
  forwardSent: [
    { text: 'wysłane', source: 'written by analogy with the English text, not verified' },
    { text: 'wysłano', source: 'written by analogy with the English text, not verified' },
  ],
  forwardTo: [{ text: 'do', source: 'written by analogy with the English text, not verified' }],
  forwardCc: [{ text: 'dw', source: 'written by analogy with the English text, not verified' }],
  forwardSubject: [{ text: 'temat', source: 'written by analogy with the English text, not verified' }],
  forwardDate: [{ text: 'data', source: 'written by analogy with the English text, not verified' }],
  forwardSeparator: [{ text: '-----oryginalna wiadomość-----', source: 'written by analogy with the English text, not verified' }],
  forwardPrefix: [{ text: 'pd:', source: 'written by analogy with the English text, not verified' }],
  autoReplySubject: [
    { text: 'odpowiedź automatyczna:', source: 'written by analogy with the English text, not verified' },
    {
      text: 'automatyczna odpowiedź',
      source: 'Polish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'odpowiedź automatyczna',
      source: 'Polish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'poza biurem',
      source: 'Polish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'nieobecność',
      source: 'Polish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'urlop',
      source: 'Polish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  reportSubject: [
    {
      text: 'niedostarczon',
      source: 'Polish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'nie można dostarczyć',
      source: 'Polish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'nie dostarczono',
      source: 'Polish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'błąd dostarczenia',
      source: 'Polish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'zwrot wiadomości',
      source: 'Polish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  delaySubject: [
    {
      text: 'opóźnion',
      source: 'Polish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  reportSentence: [
    {
      text: 'nie można dostarczyć',
      source: 'Polish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'nie została dostarczona',
      source: 'Polish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'nie mogła zostać dostarczona',
      source: 'Polish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'błąd trwały',
      source: 'Polish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  autoReplySentence: [
    {
      text: 'jestem poza biurem',
      source: 'Polish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'jestem nieobecny',
      source: 'Polish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'jestem nieobecna',
      source: 'Polish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'będę niedostępny',
      source: 'Polish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'przebywam na urlopie',
      source: 'Polish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'to jest automatyczna odpowiedź',
      source: 'Polish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  readReceiptSubject: [
    {
      text: 'przeczytana:',
      source: 'Polish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'przeczytane:',
      source: 'Polish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'potwierdzenie przeczytania',
      source: 'Polish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  challengeSentence: [
    {
      text: 'potwierdź, że jesteś',
      source: 'Polish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
};
