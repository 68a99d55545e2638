/** Danish words of delivery notices, Exchange NDR layouts and Outlook forward blocks, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const DA: LanguageLexicon = {
  lang: 'da',
  recipientLabel: [
    {
      text: 'modtager',
      source:
        "dictionary fact: the common Danish noun for the recipient of a letter or message ('modtager'), used as a field label in that language's mail notices; task P20a",
    },
  ],
  ndrFailedHeading: [
    {
      text: 'levering til følgende modtagere eller grupper mislykkedes:',
      source: 'written by analogy with the English text, not verified',
    },
    { text: 'leveringen mislykkedes til disse modtagere eller grupper:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDelayedHeading: [
    {
      text: 'leveringen til følgende modtagere eller grupper er forsinket:',
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrDeliveredHeading: [
    { text: 'din meddelelse er blevet leveret til følgende modtagere:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrRejectedBy: [
    { text: 'afviste din meddelelse til følgende mailadresser:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrGaveError: [{ text: 'returnerede denne fejl:', source: 'written by analogy with the English text, not verified' }],
  ndrAdminHeading: [
    { text: 'diagnosticeringsoplysninger til administratorer:', source: 'written by analogy with the English text, not verified' },
    { text: 'diagnostiske oplysninger til administratorer:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrGeneratingServer: [{ text: 'genererende server:', source: 'written by analogy with the English text, not verified' }],
  ndrReceivingServer: [{ text: 'modtagende server:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalHeaders: [{ text: 'oprindelige meddelelsesheadere:', source: 'written by analogy with the English text, not verified' }],
  ndrStillTrying: [
    { text: 'denne meddelelse er endnu ikke blevet leveret', source: 'written by analogy with the English text, not verified' },
    {
      text: 'serveren fortsætter med at forsøge at levere denne meddelelse',
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrCouldNotDeliver: [
    { text: 'din meddelelse til {rcpt} kunne ikke leveres', source: 'written by analogy with the English text, not verified' },
  ],
  ndrActionRequired: [{ text: 'handling påkrævet', source: 'written by analogy with the English text, not verified' }],
  ndrSenderLabel: [{ text: 'afsender', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientLabel: [{ text: 'modtager', source: 'written by analogy with the English text, not verified' }],
  ndrHowToFix: [{ text: 'sådan løser du det', source: 'written by analogy with the English text, not verified' }],
  ndrMoreInfo: [{ text: 'flere oplysninger til mailadministratorer', source: 'written by analogy with the English text, not verified' }],
  ndrStatusCode: [{ text: 'statuskode:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalDetails: [
    { text: 'oplysninger om den oprindelige meddelelse', source: 'written by analogy with the English text, not verified' },
  ],
  ndrErrorDetails: [{ text: 'fejloplysninger', source: 'written by analogy with the English text, not verified' }],
  ndrReportedError: [{ text: 'rapporteret fejl:', source: 'written by analogy with the English text, not verified' }],
  ndrDsnGeneratedBy: [{ text: 'dsn genereret af:', source: 'written by analogy with the English text, not verified' }],
  ndrSenderAddress: [{ text: 'afsenderadresse:', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientAddress: [{ text: 'modtageradresse:', source: 'written by analogy with the English text, not verified' }],
  ndrMessageHops: [{ text: 'meddelelseshop', source: 'written by analogy with the English text, not verified' }],
  ndrFailedSubject: [
    { text: 'kan ikke leveres:', source: 'written by analogy with the English text, not verified' },
    { text: 'ikke leveret:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDelayedSubject: [{ text: 'levering forsinket:', source: 'written by analogy with the English text, not verified' }],
  ndrDeliveredSubject: [{ text: 'leveret:', source: 'written by analogy with the English text, not verified' }],
  forwardFrom: [{ text: 'fra', source: 'written by analogy with the English text, not verified' }],
  forwardSent: [{ text: 'sendt', source: 'written by analogy with the English text, not verified' }],
  forwardTo: [{ text: 'til', source: 'written by analogy with the English text, not verified' }],
  forwardCc: [{ text: 'cc', source: 'written by analogy with the English text, not verified' }],
  forwardSubject: [{ text: 'emne', source: 'written by analogy with the English text, not verified' }],
  forwardDate: [{ text: 'dato', source: 'written by analogy with the English text, not verified' }],
  forwardSeparator: [{ text: '-----oprindelig meddelelse-----', source: 'written by analogy with the English text, not verified' }],
  forwardPrefix: [{ text: 'vs:', source: 'written by analogy with the English text, not verified' }],
  autoReplySubject: [{ text: 'automatisk svar:', source: 'written by analogy with the English text, not verified' }],
  reportSubject: [
    {
      text: 'kan ikke leveres',
      source: "Danish notices: 'Kan ikke leveres' (status-codes.md §6, C) and the common Danish wording 'kunne ikke leveres'; task P19b",
    },
    {
      text: 'kunne ikke leveres',
      source: "Danish notices: 'Kan ikke leveres' (status-codes.md §6, C) and the common Danish wording 'kunne ikke leveres'; task P19b",
    },
  ],
  reportSentence: [
    {
      text: 'kunne ikke leveres',
      source: "Danish notices: 'Kan ikke leveres' (status-codes.md §6, C) and the common Danish wording 'kunne ikke leveres'; task P19b",
    },
  ],
};
