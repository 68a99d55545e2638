/** Finnish words of delivery notices, Exchange NDR layouts and Outlook forward blocks, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon, Term } from './types';

/** Finnish notices say it in subject and text alike. */
const NOT_DELIVERED: readonly Term[] = [
  {
    text: 'ei voitu toimittaa',
    source: "Finnish notices: 'Ei voitu toimittaa' (status-codes.md §6, C) and the common wording 'viestiä ei voitu toimittaa'; task P19b",
  },
  {
    text: 'toimitus epäonnistui',
    source: "Finnish notices: 'Ei voitu toimittaa' (status-codes.md §6, C) and the common wording 'viestiä ei voitu toimittaa'; task P19b",
  },
];

export const FI: LanguageLexicon = {
  lang: 'fi',
  recipientLabel: [
    {
      text: 'vastaanottaja',
      source:
        "dictionary fact: the common Finnish noun for the recipient of a letter or message ('vastaanottaja'), used as a field label in that language's mail notices; task P20a",
    },
  ],
  ndrFailedHeading: [
    {
      text: 'toimitus epäonnistui seuraaville vastaanottajille tai ryhmille:',
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrDelayedHeading: [
    {
      text: 'toimitus seuraaville vastaanottajille tai ryhmille on viivästynyt:',
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrDeliveredHeading: [
    { text: 'viestisi on toimitettu seuraaville vastaanottajille:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrRejectedBy: [
    { text: 'hylkäsi viestisi seuraaviin sähköpostiosoitteisiin:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrGaveError: [{ text: 'palautti tämän virheen:', source: 'written by analogy with the English text, not verified' }],
  ndrAdminHeading: [
    { text: 'diagnostiikkatiedot järjestelmänvalvojille:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrGeneratingServer: [
    { text: 'luova palvelin:', source: 'written by analogy with the English text, not verified' },
    { text: 'luontipalvelin:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrReceivingServer: [{ text: 'vastaanottava palvelin:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalHeaders: [{ text: 'alkuperäisen viestin otsikot:', source: 'written by analogy with the English text, not verified' }],
  ndrStillTrying: [
    { text: 'tätä viestiä ei ole vielä toimitettu', source: 'written by analogy with the English text, not verified' },
    { text: 'palvelin yrittää edelleen toimittaa tämän viestin', source: 'written by analogy with the English text, not verified' },
  ],
  ndrCouldNotDeliver: [
    { text: 'viestiäsi vastaanottajalle {rcpt} ei voitu toimittaa', source: 'written by analogy with the English text, not verified' },
    { text: 'viestiä osoitteeseen {rcpt} ei voitu toimittaa', source: 'written by analogy with the English text, not verified' },
  ],
  ndrActionRequired: [
    { text: 'toimia tarvitaan', source: 'written by analogy with the English text, not verified' },
    { text: 'toiminto vaaditaan', source: 'written by analogy with the English text, not verified' },
  ],
  ndrSenderLabel: [{ text: 'lähettäjä', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientLabel: [{ text: 'vastaanottaja', source: 'written by analogy with the English text, not verified' }],
  ndrHowToFix: [{ text: 'ongelman korjaaminen', source: 'written by analogy with the English text, not verified' }],
  ndrMoreInfo: [
    { text: 'lisätietoja sähköpostin järjestelmänvalvojille', source: 'written by analogy with the English text, not verified' },
  ],
  ndrStatusCode: [{ text: 'tilakoodi:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalDetails: [{ text: 'alkuperäisen viestin tiedot', source: 'written by analogy with the English text, not verified' }],
  ndrErrorDetails: [{ text: 'virheen tiedot', source: 'written by analogy with the English text, not verified' }],
  ndrReportedError: [{ text: 'raportoitu virhe:', source: 'written by analogy with the English text, not verified' }],
  ndrDsnGeneratedBy: [{ text: 'dsn:n luoja:', source: 'written by analogy with the English text, not verified' }],
  ndrSenderAddress: [{ text: 'lähettäjän osoite:', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientAddress: [{ text: 'vastaanottajan osoite:', source: 'written by analogy with the English text, not verified' }],
  ndrMessageHops: [{ text: 'viestin hypyt', source: 'written by analogy with the English text, not verified' }],
  ndrFailedSubject: [
    { text: 'ei voitu toimittaa:', source: 'written by analogy with the English text, not verified' },
    { text: 'toimittamaton:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDelayedSubject: [{ text: 'toimitus viivästynyt:', source: 'written by analogy with the English text, not verified' }],
  ndrDeliveredSubject: [{ text: 'toimitettu:', source: 'written by analogy with the English text, not verified' }],
  forwardFrom: [{ text: 'lähettäjä', source: 'written by analogy with the English text, not verified' }],
  forwardSent: [{ text: 'lähetetty', source: 'written by analogy with the English text, not verified' }],
  forwardTo: [{ text: 'vastaanottaja', source: 'written by analogy with the English text, not verified' }],
  forwardCc: [{ text: 'kopio', source: 'written by analogy with the English text, not verified' }],
  forwardSubject: [{ text: 'aihe', source: 'written by analogy with the English text, not verified' }],
  forwardDate: [{ text: 'päivämäärä', source: 'written by analogy with the English text, not verified' }],
  forwardSeparator: [{ text: '-----alkuperäinen viesti-----', source: 'written by analogy with the English text, not verified' }],
  forwardPrefix: [{ text: 'vl:', source: 'written by analogy with the English text, not verified' }],
  autoReplySubject: [{ text: 'automaattinen vastaus:', source: 'written by analogy with the English text, not verified' }],
  reportSubject: NOT_DELIVERED,
  reportSentence: NOT_DELIVERED,
};
