/** European Portuguese words of delivery notices, Exchange NDR layouts and Outlook forward blocks, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const PT_PT: LanguageLexicon = {
  lang: 'pt-PT',
  ndrFailedHeading: [
    { text: 'a entrega falhou para estes destinatários ou grupos:', source: 'written by analogy with the English text, not verified' },
    { text: 'falha na entrega a estes destinatários ou grupos:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDelayedHeading: [
    { text: 'a entrega a estes destinatários ou grupos está atrasada:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDeliveredHeading: [
    { text: 'a sua mensagem foi entregue aos seguintes destinatários:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrRejectedBy: [
    {
      text: 'rejeitou a sua mensagem para os seguintes endereços de e-mail:',
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrGaveError: [{ text: 'devolveu este erro:', source: 'written by analogy with the English text, not verified' }],
  ndrAdminHeading: [
    { text: 'informações de diagnóstico para administradores:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrGeneratingServer: [{ text: 'servidor de geração:', source: 'written by analogy with the English text, not verified' }],
  ndrReceivingServer: [{ text: 'servidor de receção:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalHeaders: [{ text: 'cabeçalhos da mensagem original:', source: 'written by analogy with the English text, not verified' }],
  ndrStillTrying: [
    { text: 'esta mensagem ainda não foi entregue', source: 'written by analogy with the English text, not verified' },
    { text: 'o servidor continuará a tentar entregar esta mensagem', source: 'written by analogy with the English text, not verified' },
  ],
  ndrCouldNotDeliver: [
    { text: 'não foi possível entregar a sua mensagem para {rcpt}', source: 'written by analogy with the English text, not verified' },
    { text: 'a sua mensagem para {rcpt} não pôde ser entregue', source: 'written by analogy with the English text, not verified' },
  ],
  ndrActionRequired: [{ text: 'ação necessária', source: 'written by analogy with the English text, not verified' }],
  ndrSenderLabel: [{ text: 'remetente', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientLabel: [{ text: 'destinatário', source: 'written by analogy with the English text, not verified' }],
  ndrHowToFix: [{ text: 'como corrigir', source: 'written by analogy with the English text, not verified' }],
  ndrMoreInfo: [
    { text: 'mais informações para administradores de e-mail', source: 'written by analogy with the English text, not verified' },
  ],
  ndrStatusCode: [{ text: 'código de estado:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalDetails: [{ text: 'detalhes da mensagem original', source: 'written by analogy with the English text, not verified' }],
  ndrErrorDetails: [{ text: 'detalhes do erro', source: 'written by analogy with the English text, not verified' }],
  ndrReportedError: [
    { text: 'erro comunicado:', source: 'written by analogy with the English text, not verified' },
    { text: 'erro reportado:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDsnGeneratedBy: [{ text: 'dsn gerado por:', source: 'written by analogy with the English text, not verified' }],
  ndrSenderAddress: [{ text: 'endereço do remetente:', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientAddress: [{ text: 'endereço do destinatário:', source: 'written by analogy with the English text, not verified' }],
  ndrMessageHops: [{ text: 'saltos da mensagem', source: 'written by analogy with the English text, not verified' }],
  ndrFailedSubject: [{ text: 'não entregue:', source: 'written by analogy with the English text, not verified' }],
  ndrDelayedSubject: [{ text: 'entrega atrasada:', source: 'written by analogy with the English text, not verified' }],
  ndrDeliveredSubject: [{ text: 'entregue:', source: 'written by analogy with the English text, not verified' }],
  forwardFrom: [{ text: 'de', source: 'written by analogy with the English text, not verified' }],
  forwardSent: [{ text: 'enviado', source: 'written by analogy with the English text, not verified' }],
  forwardTo: [{ text: 'para', source: 'written by analogy with the English text, not verified' }],
  forwardCc: [{ text: 'cc', source: 'written by analogy with the English text, not verified' }],
  forwardSubject: [{ text: 'assunto', source: 'written by analogy with the English text, not verified' }],
  forwardDate: [{ text: 'data', source: 'written by analogy with the English text, not verified' }],
  forwardSeparator: [{ text: '-----mensagem original-----', source: 'written by analogy with the English text, not verified' }],
  forwardPrefix: [
    { text: 'enc:', source: 'written by analogy with the English text, not verified' },
    { text: 'fw:', source: 'written by analogy with the English text, not verified' },
  ],
  autoReplySubject: [{ text: 'resposta automática:', source: 'written by analogy with the English text, not verified' }],
};
