/** Czech words of delivery notices, Exchange NDR layouts and Outlook forward blocks, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const CS: LanguageLexicon = {
  lang: 'cs',
  recipientLabel: [
    {
      text: 'příjemce',
      source:
        "dictionary fact: the common Czech noun for the recipient of a letter or message ('příjemce'), used as a field label in that language's mail notices; task P20a",
    },
  ],
  ndrFailedHeading: [
    {
      text: 'doručení následujícím příjemcům nebo skupinám se nezdařilo:',
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrDelayedHeading: [
    {
      text: 'doručení následujícím příjemcům nebo skupinám je zpožděno:',
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrDeliveredHeading: [
    { text: 'zpráva byla doručena následujícím příjemcům:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrRejectedBy: [
    { text: 'odmítl vaši zprávu pro následující e-mailové adresy:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrGaveError: [{ text: 'vrátil tuto chybu:', source: 'written by analogy with the English text, not verified' }],
  ndrAdminHeading: [{ text: 'diagnostické informace pro správce:', source: 'written by analogy with the English text, not verified' }],
  ndrGeneratingServer: [{ text: 'generující server:', source: 'written by analogy with the English text, not verified' }],
  ndrReceivingServer: [{ text: 'přijímající server:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalHeaders: [{ text: 'hlavičky původní zprávy:', source: 'written by analogy with the English text, not verified' }],
  ndrStillTrying: [
    { text: 'tato zpráva zatím nebyla doručena', source: 'written by analogy with the English text, not verified' },
    { text: 'server se bude dál pokoušet tuto zprávu doručit', source: 'written by analogy with the English text, not verified' },
  ],
  ndrCouldNotDeliver: [
    { text: 'vaši zprávu pro {rcpt} se nepodařilo doručit', source: 'written by analogy with the English text, not verified' },
    { text: 'zprávu pro {rcpt} nebylo možné doručit', source: 'written by analogy with the English text, not verified' },
  ],
  ndrActionRequired: [
    { text: 'vyžaduje se akce', source: 'written by analogy with the English text, not verified' },
    { text: 'vyžadována akce', source: 'written by analogy with the English text, not verified' },
  ],
  ndrSenderLabel: [{ text: 'odesílatel', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientLabel: [{ text: 'příjemce', source: 'written by analogy with the English text, not verified' }],
  ndrHowToFix: [{ text: 'jak to opravit', source: 'written by analogy with the English text, not verified' }],
  ndrMoreInfo: [{ text: 'další informace pro správce e-mailu', source: 'written by analogy with the English text, not verified' }],
  ndrStatusCode: [{ text: 'stavový kód:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalDetails: [{ text: 'podrobnosti o původní zprávě', source: 'written by analogy with the English text, not verified' }],
  ndrErrorDetails: [{ text: 'podrobnosti o chybě', source: 'written by analogy with the English text, not verified' }],
  ndrReportedError: [{ text: 'hlášená chyba:', source: 'written by analogy with the English text, not verified' }],
  ndrDsnGeneratedBy: [{ text: 'dsn vygeneroval:', source: 'written by analogy with the English text, not verified' }],
  ndrSenderAddress: [{ text: 'adresa odesílatele:', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientAddress: [{ text: 'adresa příjemce:', source: 'written by analogy with the English text, not verified' }],
  ndrMessageHops: [{ text: 'směrování zprávy', source: 'written by analogy with the English text, not verified' }],
  ndrFailedSubject: [
    { text: 'nedoručitelné:', source: 'written by analogy with the English text, not verified' },
    { text: 'nedoručeno:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDelayedSubject: [{ text: 'doručení se zpožďuje:', source: 'written by analogy with the English text, not verified' }],
  ndrDeliveredSubject: [{ text: 'doručeno:', source: 'written by analogy with the English text, not verified' }],
  forwardFrom: [{ text: 'od', source: 'written by analogy with the English text, not verified' }],
  forwardSent: [{ text: 'odesláno', source: 'written by analogy with the English text, not verified' }],
  forwardTo: [{ text: 'komu', source: 'written by analogy with the English text, not verified' }],
  forwardCc: [{ text: 'kopie', source: 'written by analogy with the English text, not verified' }],
  forwardSubject: [{ text: 'předmět', source: 'written by analogy with the English text, not verified' }],
  forwardDate: [{ text: 'datum', source: 'written by analogy with the English text, not verified' }],
  forwardSeparator: [{ text: '-----původní zpráva-----', source: 'written by analogy with the English text, not verified' }],
  forwardPrefix: [
    { text: 'fw:', source: 'written by analogy with the English text, not verified' },
    { text: 'př:', source: 'written by analogy with the English text, not verified' },
  ],
  autoReplySubject: [{ text: 'automatická odpověď:', source: 'written by analogy with the English text, not verified' }],
  reportSubject: [
    {
      text: 'nelze doručit',
      source:
        "Czech notices: 'Zprávu nelze doručit' (status-codes.md §6, confidence C) and the common Czech provider sentence 'zprávu se nepodařilo doručit'; not verified against a public sample; task P19b",
    },
    {
      text: 'nedoručen',
      source:
        "Czech notices: 'Zprávu nelze doručit' (status-codes.md §6, confidence C) and the common Czech provider sentence 'zprávu se nepodařilo doručit'; not verified against a public sample; task P19b",
    },
  ],
  reportSentence: [
    {
      text: 'se nepodařilo doručit',
      source:
        "Czech notices: 'Zprávu nelze doručit' (status-codes.md §6, confidence C) and the common Czech provider sentence 'zprávu se nepodařilo doručit'; not verified against a public sample; task P19b",
    },
    {
      text: 'nelze doručit',
      source:
        "Czech notices: 'Zprávu nelze doručit' (status-codes.md §6, confidence C) and the common Czech provider sentence 'zprávu se nepodařilo doručit'; not verified against a public sample; task P19b",
    },
  ],
};
