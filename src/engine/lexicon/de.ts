/** German. Sources: Exchange/Outlook (de), Postfix and Exim localised templates, GMX/Web.de; auto-reply and receipt subjects as the clients write them. */
import type { Lexicon } from './types';

export const de: Lexicon = {
  lang: 'de',
  bounceSubject: [
    'unzustellbar',
    'nicht zustellbar',
    'nicht zugestellt',
    'zustellung fehlgeschlagen',
    'mail-zustellung fehlgeschlagen',
    'unzustellbare nachricht',
    'fehler bei der zustellung',
    'rückläufer',
  ],
  delaySubject: ['verzögert', 'zustellung verzögert', 'noch nicht zugestellt'],
  bounceBody: [
    'konnte nicht zugestellt werden',
    'nicht zugestellt werden',
    'die zustellung ist fehlgeschlagen',
    'ist ein dauerhafter fehler',
    'konnte nicht übermittelt werden',
  ],
  autoReplySubject: ['abwesenheit', 'abwesenheitsnotiz', 'automatische antwort', 'autom. antwort', 'nicht im büro', 'urlaub'],
  autoReplyBody: [
    'bin ich nicht im büro',
    'bin ich abwesend',
    'ich bin derzeit nicht',
    'ich bin bis',
    'bin ich im urlaub',
    'keinen zugriff auf meine e-mails',
    'dies ist eine automatische antwort',
  ],
  readReceiptSubject: ['gelesen:', 'lesebestätigung', 'ungelesen:', 'nicht gelesen:'],
  challengeBody: ['bestätigen sie, dass sie', 'um ihre nachricht zuzustellen'],
};
