/**
 * Pane-only words (Spanish), in ICU MessageFormat: same keys and placeholders as `PANE_EN`.
 * Terms follow docs/glossary/es.md; the user is addressed as «usted».
 */
import type { PaneMessages } from './en';

export const PANE_ES: PaneMessages = {
  // Verdict and summary
  summaryTitle: '{recipients, plural, one {# destinatario} other {# destinatarios}}, {causes, plural, one {# causa} other {# causas}}',
  summaryCount: '{count, plural, one {# destinatario} other {# destinatarios}}',
  andMore: 'y {count} más',
  codeCaption: 'Código {code}',
  noCode: 'No se indicó ningún código de error',
  // Primary actions, by who must act
  actionDraft: 'Redactar informe para TI',
  actionDraftCompose: 'Convertir este borrador en el informe para TI',
  actionDraftDone: 'Informe redactado',
  actionCopyReport: 'Copiar informe para TI',
  actionCopyReportDone: 'Informe copiado',
  actionCopyReportHint:
    'Esta versión de Outlook no puede abrir un mensaje nuevo desde un complemento. Copie el informe y péguelo en un mensaje para el soporte técnico de TI.',
  actionFixSuggestion: 'Vuelva a enviarlo a {corrected} en lugar de a {address}.',
  actionFixCopy: 'Copiar {corrected}',
  actionFixGeneric: 'Qué corregir: {step}',
  actionFixCopyAddress: 'Copiar la dirección que hay que revisar',
  actionTell: 'Copiar una nota para el destinatario',
  actionTellHint: 'Envíesela por otro medio, por ejemplo por chat o por mensaje al teléfono: su correo no le llegó.',
  actionTellNote:
    'Hola: intenté escribirle por correo ({address}) sobre “{subject}”, pero el mensaje se devolvió: {title} (código {code}). ¿Podrían revisarlo usted o su equipo de TI? Gracias.',
  actionWaitUntil:
    'Aún no hay nada que hacer. Vuelva a mirar después de {when}: el servidor de correo lo sigue intentando hasta entonces y le avisará si finalmente falla.',
  actionWait:
    'Aún no hay nada que hacer. Vuelva a mirar dentro de unas horas: el servidor de correo lo sigue intentando (normalmente hasta dos días) y le avisará si finalmente falla.',
  actionNone: 'No hay nada que hacer. Puede eliminar este mensaje.',
  actionCopied: 'Copiado.',
  actionCopyFailed: 'Aquí no se pudo copiar. Seleccione el texto de abajo y cópielo usted mismo.',
  secondaryDraft: 'Redactar igualmente un informe para TI',
  // Report step
  reportStepTitle: 'Informe para TI',
  reportStepHint:
    'Revise la dirección, añada lo que ya ha intentado si lo desea y abra el borrador. No se envía nada hasta que usted lo envíe.',
  reportLanguage: 'Idioma del informe',
  reportCreate: 'Abrir el borrador',
  reportCreateCompose: 'Poner el informe en este borrador',
  reportAlreadyDrafted: 'El informe ya está redactado. Revíselo en Outlook y envíelo usted mismo.',
  reportInvalidTo: 'La dirección del soporte técnico no es válida, así que Para se deja vacío: rellénelo en el borrador.',
  mailtoCut: 'El vínculo de la aplicación de correo solo contiene el principio del informe; use Copiar informe para tenerlo completo.',
  // Helpdesk field
  helpdeskHintPlain: 'Adónde va el informe.',
  helpdeskRemember: 'Recordar esta dirección',
  helpdeskSavedNow: 'Guardado en la configuración de su buzón.',
  helpdeskSaveFailed: 'No se pudo guardar la dirección. Se sigue usando para este informe.',
  helpdeskInvalidHint: 'Esto no parece una sola dirección de correo. Aun así, puede redactar el informe y rellenar Para usted mismo.',
  settingsTitle: 'Configuración',
  // Loading and Outlook failures
  slowOutlook:
    'Outlook tarda en entregar el mensaje. Mientras el complemento lo sigue intentando, puede pegar el informe de no entrega, elegir el archivo guardado o soltarlo aquí.',
  readFailedPlain: 'Outlook no entregó este mensaje. Pegue su texto, elija el archivo guardado o arrástrelo aquí.',
  readTimedOut: 'Outlook no respondió a tiempo. Pegue el texto del informe de no entrega, elija el archivo guardado o arrástrelo aquí.',
  failureDetails: 'Detalles',
  stillTrying: 'Seguimos intentando leer el mensaje de Outlook…',
  // Not a bounce
  notBounceJudged: '“{subject}” ({source}) no parece un informe de no entrega: no tiene informe de entrega ni código de error.',
  notBounceNext: 'Si el informe de no entrega es otro mensaje, selecciónelo y elija Volver a leer, o pegue su texto abajo.',
  autoReplyJudged:
    '“{subject}” es una respuesta automática, por ejemplo de fuera de la oficina. Su mensaje se entregó; no hay nada que hacer.',
  // Technical details, in words
  techRecipient: 'Destinatario: {address}',
  techCode: 'Código: {code}',
  techServerSaid: 'Respuesta del servidor: {text}',
  techRemote: 'Rechazado por el servidor {host}',
  techReporting: 'Notificado por {host}',
  techCommand:
    'Rechazado al {command, select, MAIL {indicar su dirección (MAIL FROM)} RCPT {indicar la dirección del destinatario (RCPT TO)} DATA {enviar el propio mensaje (DATA)} other {enviar al servidor {command}}}',
  techEvidence: 'Basado en: “{text}”',
  linkLabel: '{host}: {page}',
  // Announcements
  announceVerdict: 'Resultado: {title}',
  announceSummary: 'Resultado: {summary}. Primero: {title}',
  announceDraftBusy: 'Preparando el informe.',
};
