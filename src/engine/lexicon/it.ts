/** Italian. Sources: Exchange/Outlook (it), Libero/Aruba report texts; auto-reply and receipt subjects as the clients write them. */
import type { Lexicon } from './types';

export const it: Lexicon = {
  lang: 'it',
  bounceSubject: [
    'non recapitabile',
    'mancato recapito',
    'impossibile recapitare',
    'consegna non riuscita',
    'messaggio non consegnato',
    'non consegnato',
  ],
  delaySubject: ['ritardata', 'consegna ritardata', 'recapito ritardato'],
  bounceBody: ['non è stato possibile recapitare', 'impossibile recapitare', 'non può essere consegnato', 'errore permanente'],
  autoReplySubject: ['risposta automatica', 'fuori ufficio', 'fuori sede', 'assenza', 'ferie'],
  autoReplyBody: ['sono fuori ufficio', 'sarò assente', 'sono assente', 'sarò fuori', 'questa è una risposta automatica'],
  readReceiptSubject: ['letto:', 'conferma di lettura', 'non letto:'],
  challengeBody: ['confermare di essere', 'affinché il messaggio venga consegnato'],
};
