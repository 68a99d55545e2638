/** Norwegian Bokmål words of delivery notices, Exchange NDR layouts and Outlook forward blocks, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const NB: LanguageLexicon = {
  lang: 'nb',
  recipientLabel: [
    {
      text: 'mottaker',
      source:
        "dictionary fact: the common Norwegian Bokmål noun for the recipient of a letter or message ('mottaker'), used as a field label in that language's mail notices; task P20a",
    },
  ],
  ndrFailedHeading: [
    { text: 'levering til følgende mottakere eller grupper mislyktes:', source: 'written by analogy with the English text, not verified' },
    { text: 'leveringen mislyktes til disse mottakerne eller gruppene:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDelayedHeading: [
    {
      text: 'leveringen til følgende mottakere eller grupper er forsinket:',
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrDeliveredHeading: [
    { text: 'meldingen din er levert til følgende mottakere:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrRejectedBy: [
    { text: 'avviste meldingen din til følgende e-postadresser:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrGaveError: [{ text: 'returnerte denne feilen:', source: 'written by analogy with the English text, not verified' }],
  ndrAdminHeading: [
    { text: 'diagnostisk informasjon for administratorer:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrGeneratingServer: [{ text: 'genererende server:', source: 'written by analogy with the English text, not verified' }],
  ndrReceivingServer: [{ text: 'mottakende server:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalHeaders: [{ text: 'opprinnelige meldingshoder:', source: 'written by analogy with the English text, not verified' }],
  ndrStillTrying: [
    { text: 'denne meldingen er ikke levert ennå', source: 'written by analogy with the English text, not verified' },
    { text: 'serveren fortsetter å prøve å levere denne meldingen', source: 'written by analogy with the English text, not verified' },
  ],
  ndrCouldNotDeliver: [
    { text: 'meldingen din til {rcpt} kunne ikke leveres', source: 'written by analogy with the English text, not verified' },
  ],
  ndrActionRequired: [{ text: 'handling kreves', source: 'written by analogy with the English text, not verified' }],
  ndrSenderLabel: [{ text: 'avsender', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientLabel: [{ text: 'mottaker', source: 'written by analogy with the English text, not verified' }],
  ndrHowToFix: [{ text: 'slik løser du det', source: 'written by analogy with the English text, not verified' }],
  ndrMoreInfo: [{ text: 'mer informasjon for e-postadministratorer', source: 'written by analogy with the English text, not verified' }],
  ndrStatusCode: [{ text: 'statuskode:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalDetails: [{ text: 'opprinnelige meldingsdetaljer', source: 'written by analogy with the English text, not verified' }],
  ndrErrorDetails: [{ text: 'feildetaljer', source: 'written by analogy with the English text, not verified' }],
  ndrReportedError: [{ text: 'rapportert feil:', source: 'written by analogy with the English text, not verified' }],
  ndrDsnGeneratedBy: [{ text: 'dsn generert av:', source: 'written by analogy with the English text, not verified' }],
  ndrSenderAddress: [{ text: 'avsenderadresse:', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientAddress: [{ text: 'mottakeradresse:', source: 'written by analogy with the English text, not verified' }],
  ndrMessageHops: [{ text: 'meldingshopp', source: 'written by analogy with the English text, not verified' }],
  ndrFailedSubject: [
    { text: 'kan ikke leveres:', source: 'written by analogy with the English text, not verified' },
    { text: 'ikke levert:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDelayedSubject: [{ text: 'levering forsinket:', source: 'written by analogy with the English text, not verified' }],
  ndrDeliveredSubject: [{ text: 'levert:', source: 'written by analogy with the English text, not verified' }],
  forwardFrom: [{ text: 'fra', source: 'written by analogy with the English text, not verified' }],
  forwardSent: [{ text: 'sendt', source: 'written by analogy with the English text, not verified' }],
  forwardTo: [{ text: 'til', source: 'written by analogy with the English text, not verified' }],
  forwardCc: [{ text: 'kopi', source: 'written by analogy with the English text, not verified' }],
  forwardSubject: [{ text: 'emne', source: 'written by analogy with the English text, not verified' }],
  forwardDate: [{ text: 'dato', source: 'written by analogy with the English text, not verified' }],
  forwardSeparator: [{ text: '-----opprinnelig melding-----', source: 'written by analogy with the English text, not verified' }],
  forwardPrefix: [{ text: 'vs:', source: 'written by analogy with the English text, not verified' }],
  autoReplySubject: [{ text: 'automatisk svar:', source: 'written by analogy with the English text, not verified' }],
  reportSubject: [
    {
      text: 'kan ikke leveres',
      source: "Norwegian notices: 'Kan ikke leveres' (status-codes.md §6, C) and the common wording 'kunne ikke leveres'; task P19b",
    },
    {
      text: 'kunne ikke leveres',
      source: "Norwegian notices: 'Kan ikke leveres' (status-codes.md §6, C) and the common wording 'kunne ikke leveres'; task P19b",
    },
  ],
  reportSentence: [
    {
      text: 'kunne ikke leveres',
      source: "Norwegian notices: 'Kan ikke leveres' (status-codes.md §6, C) and the common wording 'kunne ikke leveres'; task P19b",
    },
  ],
};
