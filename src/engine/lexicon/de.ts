/** German words of delivery notices, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const DE: LanguageLexicon = {
  lang: 'de',
  bounceSubject: [
    { text: 'unzustellbar', source: "Exchange NDR subject 'Unzustellbar:'" },
    { text: 'nicht zugestellt', source: "German delivery-notice subjects ('… nicht zugestellt')" },
  ],
  failureSubject: [{ text: 'unzustellbar', source: "Exchange NDR subject 'Unzustellbar:'" }],
  delaySubject: [{ text: 'verzögert', source: "Exchange delay notice 'Zustellung verzögert'" }],
  autoReplySubject: [{ text: 'abwesenheit', source: "Outlook German out-of-office 'Abwesenheitsnotiz'" }],
  reportSubjectPrefix: [{ text: 'unzustellbar', source: "Exchange NDR subject 'Unzustellbar:'" }],
  exchangeSubject: [{ text: 'unzustellbar', source: 'Exchange Online / Exchange 2013+ NDR template subject (de)' }],
  exchangeBoilerplate: [
    { text: 'diagnoseinformationen für administratoren', source: 'Exchange Online / Exchange 2013+ NDR template section (de)' },
  ],
  recipientsFailedHeading: [
    { text: 'konnte nicht an einen oder mehrere empfänger zugestellt werden', source: '1&1 (IONOS) notice, German text' },
  ],
  headerOfOriginalFollows: [
    { text: '--- der header der urspr', source: '1&1 (IONOS) notice "Der Header der ursprünglichen Nachricht folgt"' },
  ],
};
