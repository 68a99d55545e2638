/** French words of delivery notices, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const FR: LanguageLexicon = {
  lang: 'fr',
  bounceSubject: [{ text: 'non remis', source: "Exchange NDR subject 'Non remis :'" }],
  failureSubject: [{ text: 'non remis', source: "Exchange NDR subject 'Non remis :'" }],
  delaySubject: [{ text: 'retardée', source: "Exchange delay notice 'Remise retardée'" }],
  autoReplySubject: [
    { text: 'absence', source: "French out-of-office subjects 'Absence …'" },
    { text: 'réponse automatique', source: "Outlook French 'Réponse automatique :'" },
  ],
  reportSubjectPrefix: [{ text: 'non remis', source: "Exchange NDR subject 'Non remis :'" }],
  exchangeSubject: [{ text: 'non remis', source: 'Exchange Online / Exchange 2013+ NDR template subject (fr)' }],
  exchangeHeading: [
    { text: 'échec de la remise pour ces destinataires ou groupes', source: 'Exchange Online / Exchange 2013+ NDR template heading (fr)' },
  ],
  exchangeOriginalHeaders: [{ text: "en-têtes de message d'origine", source: 'Exchange Online / Exchange 2013+ NDR template (fr)' }],
  exchangeBoilerplate: [
    { text: 'informations de diagnostic pour les administrateurs', source: 'Exchange Online / Exchange 2013+ NDR template section (fr)' },
    { text: 'serveur de génération', source: 'Exchange Online / Exchange 2013+ NDR template section (fr)' },
  ],
};
