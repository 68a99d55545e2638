/** Swedish words of delivery notices, Exchange NDR layouts and Outlook forward blocks, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const SV: LanguageLexicon = {
  lang: 'sv',
  recipientLabel: [
    {
      text: 'mottagare',
      source:
        "dictionary fact: the common Swedish noun for the recipient of a letter or message ('mottagare'), used as a field label in that language's mail notices; task P20a",
    },
  ],
  exchangeSubject: [{ text: 'olevererbart', source: 'Exchange Online / Exchange 2013+ NDR template subject (sv)' }],
  exchangeOriginalHeaders: [{ text: 'ursprungshuvuden:', source: 'Exchange Online / Exchange 2013+ NDR template (sv)' }],
  exchangeBoilerplate: [
    { text: 'diagnostisk information för administratörer', source: 'Exchange Online / Exchange 2013+ NDR template section (sv)' },
    { text: 'genererande server', source: 'Exchange Online / Exchange 2013+ NDR template section (sv)' },
  ],
  ndrFailedHeading: [
    {
      text: 'leveransen misslyckades till följande mottagare eller grupper:',
      source: 'written by analogy with the English text, not verified',
    },
    {
      text: 'det gick inte att leverera till följande mottagare eller grupper:',
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrDelayedHeading: [
    {
      text: 'leveransen till följande mottagare eller grupper är fördröjd:',
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrDeliveredHeading: [
    { text: 'ditt meddelande har levererats till följande mottagare:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrRejectedBy: [
    { text: 'avvisade ditt meddelande till följande e-postadresser:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrGaveError: [{ text: 'returnerade följande fel:', source: 'written by analogy with the English text, not verified' }],
  ndrAdminHeading: [
    {
      text: 'diagnostisk information för administratörer:',
      source: 'real sample: real sv-SE Exchange NDR (quoted by go-sisimai lhost exchange2007 rules)',
    },
  ],
  ndrGeneratingServer: [
    { text: 'genererande server:', source: 'real sample: real sv-SE Exchange NDR (quoted by go-sisimai lhost exchange2007 rules)' },
  ],
  ndrReceivingServer: [{ text: 'mottagande server:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalHeaders: [
    { text: 'ursprungshuvuden:', source: 'real sample: real sv-SE Exchange NDR (quoted by go-sisimai lhost exchange2007 rules)' },
  ],
  ndrStillTrying: [
    { text: 'meddelandet har inte levererats än', source: 'written by analogy with the English text, not verified' },
    { text: 'servern fortsätter att försöka leverera meddelandet', source: 'written by analogy with the English text, not verified' },
  ],
  ndrCouldNotDeliver: [
    { text: 'det gick inte att leverera ditt meddelande till {rcpt}', source: 'written by analogy with the English text, not verified' },
    { text: 'ditt meddelande till {rcpt} kunde inte levereras', source: 'written by analogy with the English text, not verified' },
  ],
  ndrActionRequired: [{ text: 'åtgärd krävs', source: 'written by analogy with the English text, not verified' }],
  ndrSenderLabel: [{ text: 'avsändare', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientLabel: [{ text: 'mottagare', source: 'written by analogy with the English text, not verified' }],
  ndrHowToFix: [
    { text: 'så här åtgärdar du det', source: 'written by analogy with the English text, not verified' },
    { text: 'så här åtgärdar du problemet', source: 'written by analogy with the English text, not verified' },
  ],
  ndrMoreInfo: [{ text: 'mer information för e-postadministratörer', source: 'written by analogy with the English text, not verified' }],
  ndrStatusCode: [{ text: 'statuskod:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalDetails: [
    { text: 'information om ursprungligt meddelande', source: 'written by analogy with the English text, not verified' },
  ],
  ndrErrorDetails: [{ text: 'felinformation', source: 'written by analogy with the English text, not verified' }],
  ndrReportedError: [{ text: 'rapporterat fel:', source: 'written by analogy with the English text, not verified' }],
  ndrDsnGeneratedBy: [{ text: 'dsn genererades av:', source: 'written by analogy with the English text, not verified' }],
  ndrSenderAddress: [{ text: 'avsändaradress:', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientAddress: [{ text: 'mottagaradress:', source: 'written by analogy with the English text, not verified' }],
  ndrMessageHops: [{ text: 'meddelandehopp', source: 'written by analogy with the English text, not verified' }],
  ndrFailedSubject: [
    { text: 'olevererbart:', source: 'real sample: real sv-SE Exchange NDR (quoted by go-sisimai lhost exchange2007 rules)' },
  ],
  ndrDelayedSubject: [{ text: 'leveransen fördröjd:', source: 'written by analogy with the English text, not verified' }],
  ndrDeliveredSubject: [{ text: 'levererat:', source: 'written by analogy with the English text, not verified' }],
  forwardFrom: [{ text: 'från', source: 'written by analogy with the English text, not verified' }],
  forwardSent: [{ text: 'skickat', source: 'written by analogy with the English text, not verified' }],
  forwardTo: [{ text: 'till', source: 'written by analogy with the English text, not verified' }],
  forwardCc: [{ text: 'kopia', source: 'written by analogy with the English text, not verified' }],
  forwardSubject: [{ text: 'ämne', source: 'written by analogy with the English text, not verified' }],
  forwardDate: [{ text: 'datum', source: 'written by analogy with the English text, not verified' }],
  forwardSeparator: [{ text: '-----ursprungligt meddelande-----', source: 'written by analogy with the English text, not verified' }],
  forwardPrefix: [{ text: 'vb:', source: 'written by analogy with the English text, not verified' }],
  autoReplySubject: [{ text: 'automatiskt svar:', source: 'written by analogy with the English text, not verified' }],
  reportSubject: [
    {
      text: 'olevererbart',
      source:
        "Swedish notices: Exchange subject 'Olevererbart' (status-codes.md §6, B) and the common Swedish wording 'kunde inte levereras'; task P19b",
    },
    {
      text: 'kunde inte levereras',
      source:
        "Swedish notices: Exchange subject 'Olevererbart' (status-codes.md §6, B) and the common Swedish wording 'kunde inte levereras'; task P19b",
    },
  ],
  reportSentence: [
    {
      text: 'kunde inte levereras',
      source:
        "Swedish notices: Exchange subject 'Olevererbart' (status-codes.md §6, B) and the common Swedish wording 'kunde inte levereras'; task P19b",
    },
  ],
};
