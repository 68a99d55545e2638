/** Spanish words of delivery notices, Exchange NDR layouts and Outlook forward blocks, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const ES: LanguageLexicon = {
  lang: 'es',
  exchangeSubject: [{ text: 'no se puede entregar', source: 'Exchange Online / Exchange 2013+ NDR template subject (es)' }],
  ndrFailedHeading: [
    { text: 'error en la entrega a estos destinatarios o grupos:', source: 'written by analogy with the English text, not verified' },
    { text: 'no se pudo entregar a estos destinatarios o grupos:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDelayedHeading: [
    {
      text: 'la entrega a estos destinatarios o grupos se ha retrasado:',
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrDeliveredHeading: [
    { text: 'el mensaje se entregó a los siguientes destinatarios:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrRejectedBy: [
    {
      text: 'rechazó su mensaje para las siguientes direcciones de correo electrónico:',
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrGaveError: [
    { text: 'devolvió este error:', source: 'written by analogy with the English text, not verified' },
    { text: 'devolvió el siguiente error:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrAdminHeading: [
    {
      text: 'información de diagnóstico para administradores:',
      source: 'Microsoft documentation: https://technet.microsoft.com/es-es/library/Bb232118(v=EXCHG.150)',
    },
  ],
  ndrGeneratingServer: [
    {
      text: 'servidor de generación:',
      source: 'Microsoft documentation: https://technet.microsoft.com/es-es/library/Bb232118(v=EXCHG.150)',
    },
  ],
  ndrReceivingServer: [{ text: 'servidor de recepción:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalHeaders: [
    {
      text: 'encabezados del mensaje original:',
      source: 'Microsoft documentation: https://technet.microsoft.com/es-es/library/Bb232118(v=EXCHG.150)',
    },
  ],
  ndrStillTrying: [
    { text: 'este mensaje todavía no se ha entregado', source: 'written by analogy with the English text, not verified' },
    { text: 'el servidor seguirá intentando entregar este mensaje', source: 'written by analogy with the English text, not verified' },
  ],
  ndrCouldNotDeliver: [
    { text: 'no se pudo entregar su mensaje a {rcpt}', source: 'written by analogy with the English text, not verified' },
    { text: 'su mensaje para {rcpt} no se pudo entregar', source: 'written by analogy with the English text, not verified' },
  ],
  ndrActionRequired: [
    { text: 'acción necesaria', source: 'written by analogy with the English text, not verified' },
    { text: 'acción requerida', source: 'written by analogy with the English text, not verified' },
  ],
  ndrSenderLabel: [{ text: 'remitente', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientLabel: [{ text: 'destinatario', source: 'written by analogy with the English text, not verified' }],
  ndrHowToFix: [{ text: 'cómo solucionarlo', source: 'written by analogy with the English text, not verified' }],
  ndrMoreInfo: [
    {
      text: 'más información para administradores de correo electrónico',
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrStatusCode: [{ text: 'código de estado:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalDetails: [{ text: 'detalles del mensaje original', source: 'written by analogy with the English text, not verified' }],
  ndrErrorDetails: [{ text: 'detalles del error', source: 'written by analogy with the English text, not verified' }],
  ndrReportedError: [
    { text: 'error notificado:', source: 'written by analogy with the English text, not verified' },
    { text: 'error informado:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDsnGeneratedBy: [{ text: 'dsn generado por:', source: 'written by analogy with the English text, not verified' }],
  ndrSenderAddress: [{ text: 'dirección del remitente:', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientAddress: [{ text: 'dirección del destinatario:', source: 'written by analogy with the English text, not verified' }],
  ndrMessageHops: [{ text: 'saltos del mensaje', source: 'written by analogy with the English text, not verified' }],
  ndrFailedSubject: [{ text: 'no se puede entregar:', source: 'written by analogy with the English text, not verified' }],
  ndrDelayedSubject: [{ text: 'entrega retrasada:', source: 'written by analogy with the English text, not verified' }],
  ndrDeliveredSubject: [{ text: 'entregado:', source: 'written by analogy with the English text, not verified' }],
  forwardFrom: [{ text: 'de', source: 'written by analogy with the English text, not verified' }],
  forwardSent: [{ text: 'enviado', source: 'written by analogy with the English text, not verified' }],
  forwardTo: [{ text: 'para', source: 'written by analogy with the English text, not verified' }],
  forwardCc: [{ text: 'cc', source: 'written by analogy with the English text, not verified' }],
  forwardSubject: [{ text: 'asunto', source: 'written by analogy with the English text, not verified' }],
  forwardDate: [{ text: 'fecha', source: 'written by analogy with the English text, not verified' }],
  forwardSeparator: [{ text: '-----mensaje original-----', source: 'written by analogy with the English text, not verified' }],
  forwardPrefix: [{ text: 'rv:', source: 'written by analogy with the English text, not verified' }],
  autoReplySubject: [{ text: 'respuesta automática:', source: 'written by analogy with the English text, not verified' }],
};
