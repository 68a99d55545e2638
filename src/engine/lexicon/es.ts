/** Spanish words of delivery notices, Exchange NDR layouts and Outlook forward blocks, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const ES: LanguageLexicon = {
  lang: 'es',
  gmailFailedSentence: [
    {
      text: 'tu mensaje no se ha entregado a {rcpt} porque',
      source:
        "Gmail's es notice ('No se ha encontrado la dirección' / 'Tu mensaje no se ha entregado a <rcpt> porque no se ha encontrado la dirección o esta no puede recibir correo.' / 'La respuesta fue:'), quoted verbatim in public GitHub text found by code search (task P22): a help-desk ticket export of a Peruvian university that holds a real Gmail notice, and an independent bounce reader's pattern 'no se ha entregado a (…) porque no se ha encontrado la dirección'. Delay notice: not found in public text",
    },
  ],
  recipientLabel: [
    {
      text: 'destinatario',
      source:
        "dictionary fact: the common Spanish noun for the recipient of a letter or message ('destinatario'), used as a field label in that language's mail notices; task P20a",
    },
  ],
  // Microsoft's own name for DLP in this language: a mail flow rule's NDR names it (task P19a).
  dlpProductName: [
    {
      text: 'prevención de pérdida de datos',
      source: 'Microsoft Learn (es-es), Microsoft Purview: "prevención de pérdida de datos (DLP)"',
    },
  ],
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
  autoReplySubject: [
    { text: 'respuesta automática:', source: 'written by analogy with the English text, not verified' },
    {
      text: 'respuesta automática',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'respuesta automatica',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'fuera de la oficina',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'fuera de oficina',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'ausente',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'vacaciones',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  reportSubject: [
    {
      text: 'no entregado',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'no se pudo entregar',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'error de entrega',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'notificación de estado de entrega',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'correo devuelto',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'mensaje no entregado',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'imposible de entregar',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'no se puede entregar',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  delaySubject: [
    {
      text: 'retrasado',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'entrega retrasada',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'entrega demorada',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  reportSentence: [
    {
      text: 'no se pudo entregar',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'no se ha podido entregar',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'no pudo ser entregado',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'error permanente',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  autoReplySentence: [
    {
      text: 'estoy fuera de la oficina',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'estaré fuera',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'me encuentro fuera',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'estoy de vacaciones',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'responderé a su',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'esta es una respuesta automática',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  readReceiptSubject: [
    {
      text: 'leído:',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'leido:',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'confirmación de lectura',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'no leído:',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  challengeSentence: [
    {
      text: 'verifique que usted es',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'para que su mensaje sea entregado',
      source: 'Spanish texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
};
