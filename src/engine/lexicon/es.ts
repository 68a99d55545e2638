/** Spanish (es). Legacy admin headings from Microsoft's es-ES Exchange documentation. */
import { analogy, ms } from './types';
import type { Lexicon } from './types';

const ES = 'https://technet.microsoft.com/es-es/library/Bb232118(v=EXCHG.150)';

export const es: Lexicon = {
  lang: 'es',
  exchange: {
    failedHeading: analogy('Error en la entrega a estos destinatarios o grupos:', 'No se pudo entregar a estos destinatarios o grupos:'),
    delayedHeading: analogy('La entrega a estos destinatarios o grupos se ha retrasado:'),
    deliveredHeading: analogy('El mensaje se entregó a los siguientes destinatarios:'),
    rejectedBy: analogy('rechazó su mensaje para las siguientes direcciones de correo electrónico:'),
    gaveError: analogy('devolvió este error:', 'devolvió el siguiente error:'),
    adminHeading: ms(ES, 'Información de diagnóstico para administradores:'),
    generatingServer: ms(ES, 'Servidor de generación:'),
    receivingServer: analogy('Servidor de recepción:'),
    originalHeaders: ms(ES, 'Encabezados del mensaje original:'),
    stillTrying: analogy('Este mensaje todavía no se ha entregado', 'El servidor seguirá intentando entregar este mensaje'),
    couldNotDeliver: analogy('No se pudo entregar su mensaje a {rcpt}', 'Su mensaje para {rcpt} no se pudo entregar'),
    actionRequired: analogy('Acción necesaria', 'Acción requerida'),
    senderLabel: analogy('Remitente'),
    recipientLabel: analogy('Destinatario'),
    howToFix: analogy('Cómo solucionarlo'),
    moreInfo: analogy('Más información para administradores de correo electrónico'),
    statusCode: analogy('Código de estado:'),
    originalDetails: analogy('Detalles del mensaje original'),
    errorDetails: analogy('Detalles del error'),
    reportedError: analogy('Error notificado:', 'Error informado:'),
    dsnGeneratedBy: analogy('DSN generado por:'),
    senderAddress: analogy('Dirección del remitente:'),
    recipientAddress: analogy('Dirección del destinatario:'),
    messageHops: analogy('Saltos del mensaje'),
    failedSubject: analogy('No se puede entregar:'),
    delayedSubject: analogy('Entrega retrasada:'),
    deliveredSubject: analogy('Entregado:'),
  },
  forward: {
    from: analogy('De'),
    sent: analogy('Enviado'),
    to: analogy('Para'),
    cc: analogy('CC'),
    subject: analogy('Asunto'),
    date: analogy('Fecha'),
    separator: analogy('-----Mensaje original-----'),
    prefix: analogy('RV:'),
  },
  autoReplySubject: analogy('Respuesta automática:'),
};
