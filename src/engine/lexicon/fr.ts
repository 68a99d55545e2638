/** French. Sources: Exchange/Outlook (fr), Orange/SFR/La Poste report texts; auto-reply and receipt subjects as the clients write them. */
import type { Lexicon } from './types';

export const fr: Lexicon = {
  lang: 'fr',
  bounceSubject: [
    'non remis',
    'non distribuable',
    'échec de la remise',
    'echec de la remise',
    'message non délivré',
    'message non remis',
    'impossible de remettre',
    'rapport de non-remise',
    'courrier retourné',
  ],
  delaySubject: ['retardé', 'retardée', 'remise différée', 'remise retardée'],
  bounceBody: ["n'a pas pu être remis", "n'a pas pu être distribué", 'impossible de remettre', 'la remise a échoué', 'erreur permanente'],
  autoReplySubject: ['réponse automatique', 'reponse automatique', 'absence', 'absent du bureau', 'en congé', 'en congés'],
  autoReplyBody: [
    'je suis absent',
    'je suis actuellement absent',
    'je serai absent',
    "je n'ai pas accès",
    'de retour le',
    'ceci est une réponse automatique',
  ],
  readReceiptSubject: ['lu :', 'lu:', 'accusé de lecture', 'non lu :', 'non lu:'],
  challengeBody: ['confirmer que vous êtes', 'pour que votre message soit remis'],
};
