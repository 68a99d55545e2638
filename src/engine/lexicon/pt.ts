/** Portuguese. Sources: Exchange/Outlook (pt-BR, pt-PT), UOL/Terra report texts; auto-reply and receipt subjects as the clients write them. */
import type { Lexicon } from './types';

export const pt: Lexicon = {
  lang: 'pt',
  bounceSubject: [
    'não entregue',
    'nao entregue',
    'não foi possível entregar',
    'falha na entrega',
    'mensagem não entregue',
    'mensagem devolvida',
    'não pode ser entregue',
  ],
  delaySubject: ['atrasada', 'entrega atrasada', 'entrega adiada'],
  bounceBody: ['não pôde ser entregue', 'não foi possível entregar', 'não foi entregue', 'erro permanente'],
  autoReplySubject: ['resposta automática', 'resposta automatica', 'fora do escritório', 'ausência', 'ausente', 'férias'],
  autoReplyBody: ['estou fora do escritório', 'estarei ausente', 'estou de férias', 'estou ausente', 'esta é uma resposta automática'],
  readReceiptSubject: ['lida:', 'lido:', 'confirmação de leitura', 'não lida:'],
  challengeBody: ['confirme que você é', 'para que sua mensagem seja entregue'],
};
