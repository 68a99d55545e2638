/** Brazilian Portuguese words of delivery notices, Exchange NDR layouts and Outlook forward blocks, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const PT_BR: LanguageLexicon = {
  lang: 'pt-BR',
  gmailFailedSentence: [
    {
      text: 'sua mensagem não foi entregue a {rcpt} porque',
      source:
        "Gmail's pt-BR notice ('Endereço não encontrado' / 'Sua mensagem não foi entregue a <rcpt> porque o endereço não foi encontrado ou não pode receber e-mails'), quoted independently in several public repositories' bounce readers and their tests (GitHub code search, task P20a: a Gmail API bounce reader's pattern 'Sua mensagem não foi entregue a [^ ]+ porque', and a test 'test_extrai_do_texto_google_portugues')",
    },
  ],
  gmailDelayedSentence: [
    {
      text: 'ocorreu um problema temporário na entrega da mensagem para {rcpt}',
      source:
        "Gmail's pt-BR delay notice ('Ocorreu um problema temporário na entrega da mensagem para <rcpt>. O Gmail tentará novamente por mais 44 horas'), subject 'Entrega incompleta', from mailer-daemon@googlemail.com, quoted in public repositories' bounce-handling tests (GitHub code search, task P20a)",
    },
  ],
  // Microsoft's own name for DLP in this language: a mail flow rule's NDR names it (task P19a).
  dlpProductName: [
    {
      text: 'prevenção contra perda de dados',
      source: 'Microsoft Learn (pt-br), Microsoft Purview: "prevenção contra perda de dados (DLP)"',
    },
  ],
  ndrFailedHeading: [
    { text: 'falha na entrega aos seguintes destinatários ou grupos:', source: 'written by analogy with the English text, not verified' },
    { text: 'a entrega falhou para estes destinatários ou grupos:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDelayedHeading: [
    {
      text: 'a entrega aos seguintes destinatários ou grupos está atrasada:',
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrDeliveredHeading: [
    { text: 'sua mensagem foi entregue aos seguintes destinatários:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrRejectedBy: [
    {
      text: 'rejeitou sua mensagem para os seguintes endereços de email:',
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrGaveError: [{ text: 'retornou este erro:', source: 'written by analogy with the English text, not verified' }],
  ndrAdminHeading: [
    { text: 'informações de diagnóstico para administradores:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrGeneratingServer: [{ text: 'servidor de geração:', source: 'written by analogy with the English text, not verified' }],
  ndrReceivingServer: [{ text: 'servidor de recebimento:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalHeaders: [{ text: 'cabeçalhos da mensagem original:', source: 'written by analogy with the English text, not verified' }],
  ndrStillTrying: [
    { text: 'esta mensagem ainda não foi entregue', source: 'written by analogy with the English text, not verified' },
    { text: 'o servidor continuará tentando entregar esta mensagem', source: 'written by analogy with the English text, not verified' },
  ],
  ndrCouldNotDeliver: [
    { text: 'sua mensagem para {rcpt} não pôde ser entregue', source: 'written by analogy with the English text, not verified' },
    { text: 'não foi possível entregar sua mensagem para {rcpt}', source: 'written by analogy with the English text, not verified' },
  ],
  ndrActionRequired: [{ text: 'ação necessária', source: 'written by analogy with the English text, not verified' }],
  ndrSenderLabel: [{ text: 'remetente', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientLabel: [{ text: 'destinatário', source: 'written by analogy with the English text, not verified' }],
  ndrHowToFix: [{ text: 'como corrigir', source: 'written by analogy with the English text, not verified' }],
  ndrMoreInfo: [
    { text: 'mais informações para administradores de email', source: 'written by analogy with the English text, not verified' },
  ],
  ndrStatusCode: [{ text: 'código de status:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalDetails: [{ text: 'detalhes da mensagem original', source: 'written by analogy with the English text, not verified' }],
  ndrErrorDetails: [{ text: 'detalhes do erro', source: 'written by analogy with the English text, not verified' }],
  ndrReportedError: [{ text: 'erro relatado:', source: 'written by analogy with the English text, not verified' }],
  ndrDsnGeneratedBy: [{ text: 'dsn gerado por:', source: 'written by analogy with the English text, not verified' }],
  ndrSenderAddress: [{ text: 'endereço do remetente:', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientAddress: [{ text: 'endereço do destinatário:', source: 'written by analogy with the English text, not verified' }],
  ndrMessageHops: [{ text: 'saltos da mensagem', source: 'written by analogy with the English text, not verified' }],
  ndrFailedSubject: [
    { text: 'não é possível entregar:', source: 'written by analogy with the English text, not verified' },
    { text: 'não entregue:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDelayedSubject: [{ text: 'entrega atrasada:', source: 'written by analogy with the English text, not verified' }],
  ndrDeliveredSubject: [{ text: 'entregue:', source: 'written by analogy with the English text, not verified' }],
  forwardFrom: [{ text: 'de', source: 'written by analogy with the English text, not verified' }],
  forwardSent: [{ text: 'enviado', source: 'written by analogy with the English text, not verified' }],
  forwardTo: [{ text: 'para', source: 'written by analogy with the English text, not verified' }],
  forwardCc: [{ text: 'cc', source: 'written by analogy with the English text, not verified' }],
  forwardSubject: [{ text: 'assunto', source: 'written by analogy with the English text, not verified' }],
  forwardDate: [{ text: 'data', source: 'written by analogy with the English text, not verified' }],
  forwardSeparator: [{ text: '-----mensagem original-----', source: 'written by analogy with the English text, not verified' }],
  forwardPrefix: [{ text: 'enc:', source: 'written by analogy with the English text, not verified' }],
  autoReplySubject: [{ text: 'resposta automática:', source: 'written by analogy with the English text, not verified' }],
};
