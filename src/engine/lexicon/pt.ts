/** Portuguese words of delivery notices, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const PT: LanguageLexicon = {
  lang: 'pt',
  recipientLabel: [
    {
      text: 'destinatário',
      source:
        "dictionary fact: the common Portuguese noun for the recipient of a letter or message ('destinatário'), used as a field label in that language's mail notices; task P20a",
    },
  ],
  exchangeSubject: [
    { text: 'não é possível entregar', source: 'Exchange Online / Exchange 2013+ NDR template subject (pt-BR)' },
    { text: 'não entregue', source: 'Exchange Online / Exchange 2013+ NDR template subject (pt-PT)' },
  ],
  exchangeHeading: [
    {
      text: 'falha na entrega aos seguintes destinatários ou grupos',
      source: 'Exchange Online / Exchange 2013+ NDR template heading (pt-BR)',
    },
    {
      text: 'a entrega falhou para estes destinatários ou grupos',
      source: 'Exchange Online / Exchange 2013+ NDR template heading (pt-PT)',
    },
  ],
  reportSubject: [
    {
      text: 'nao entregue',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'não foi possível entregar',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'falha na entrega',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'mensagem não entregue',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'mensagem devolvida',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'não pode ser entregue',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'não entregue',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  delaySubject: [
    {
      text: 'atrasada',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'entrega atrasada',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'entrega adiada',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  reportSentence: [
    {
      text: 'não pôde ser entregue',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'não foi possível entregar',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'não foi entregue',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'erro permanente',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  autoReplySubject: [
    {
      text: 'resposta automática',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'resposta automatica',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'fora do escritório',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'ausência',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'ausente',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'férias',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  autoReplySentence: [
    {
      text: 'estou fora do escritório',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'estarei ausente',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'estou de férias',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'estou ausente',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'esta é uma resposta automática',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  readReceiptSubject: [
    {
      text: 'lida:',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'lido:',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'confirmação de leitura',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'não lida:',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  challengeSentence: [
    {
      text: 'confirme que você é',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'para que sua mensagem seja entregue',
      source: 'Portuguese texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
};
