/** Dutch. Sources: Exchange/Outlook (nl), KPN/Ziggo report texts; auto-reply and receipt subjects as the clients write them. */
import type { Lexicon } from './types';

export const nl: Lexicon = {
  lang: 'nl',
  bounceSubject: ['onbestelbaar', 'niet afgeleverd', 'kan niet worden bezorgd', 'niet bezorgd', 'bezorging mislukt', 'onbestelbare'],
  delaySubject: ['vertraagd', 'bezorging vertraagd'],
  bounceBody: ['kan niet worden bezorgd', 'kon niet worden afgeleverd', 'is niet afgeleverd', 'permanente fout'],
  autoReplySubject: ['automatisch antwoord', 'afwezig', 'niet aanwezig', 'buiten kantoor', 'vakantie'],
  autoReplyBody: [
    'ik ben afwezig',
    'ben ik niet aanwezig',
    'ik ben met vakantie',
    'ik ben niet op kantoor',
    'dit is een automatisch antwoord',
  ],
  readReceiptSubject: ['gelezen:', 'leesbevestiging', 'niet gelezen:'],
  challengeBody: ['bevestig dat u een persoon bent'],
};
