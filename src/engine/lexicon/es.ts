/** Spanish. Sources: Exchange/Outlook (es), Gmail (es) report texts; auto-reply and receipt subjects as the clients write them. */
import type { Lexicon } from './types';

export const es: Lexicon = {
  lang: 'es',
  bounceSubject: [
    'no se puede entregar',
    'no entregado',
    'no se pudo entregar',
    'error de entrega',
    'notificación de estado de entrega',
    'correo devuelto',
    'mensaje no entregado',
    'imposible de entregar',
  ],
  delaySubject: ['retrasado', 'entrega retrasada', 'entrega demorada'],
  bounceBody: ['no se pudo entregar', 'no se ha podido entregar', 'no pudo ser entregado', 'error permanente'],
  autoReplySubject: ['respuesta automática', 'respuesta automatica', 'fuera de la oficina', 'fuera de oficina', 'ausente', 'vacaciones'],
  autoReplyBody: [
    'estoy fuera de la oficina',
    'estaré fuera',
    'me encuentro fuera',
    'estoy de vacaciones',
    'responderé a su',
    'esta es una respuesta automática',
  ],
  readReceiptSubject: ['leído:', 'leido:', 'confirmación de lectura', 'no leído:'],
  challengeBody: ['verifique que usted es', 'para que su mensaje sea entregado'],
};
