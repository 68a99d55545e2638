/** Polish. Sources: Exchange/Outlook (pl), WP/Onet/Interia report texts; auto-reply and receipt subjects as the clients write them. */
import type { Lexicon } from './types';

export const pl: Lexicon = {
  lang: 'pl',
  bounceSubject: ['niedostarczon', 'nie można dostarczyć', 'nie dostarczono', 'błąd dostarczenia', 'zwrot wiadomości'],
  delaySubject: ['opóźnion'],
  bounceBody: ['nie można dostarczyć', 'nie została dostarczona', 'nie mogła zostać dostarczona', 'błąd trwały'],
  autoReplySubject: ['automatyczna odpowiedź', 'odpowiedź automatyczna', 'poza biurem', 'nieobecność', 'urlop'],
  autoReplyBody: [
    'jestem poza biurem',
    'jestem nieobecny',
    'jestem nieobecna',
    'będę niedostępny',
    'przebywam na urlopie',
    'to jest automatyczna odpowiedź',
  ],
  readReceiptSubject: ['przeczytana:', 'przeczytane:', 'potwierdzenie przeczytania'],
  challengeBody: ['potwierdź, że jesteś'],
};
