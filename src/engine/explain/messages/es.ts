/**
 * Spanish message catalogue (ICU MessageFormat), same keys and placeholders as `en.ts`.
 * Terms follow docs/glossary/es.md (Microsoft's Spanish Outlook and Exchange Online wording);
 * the user is addressed as «usted», as Outlook in Spanish does.
 */
import type { EntryId } from '../catalogue';
import type { Message } from '../../i18n/format';
import type { Catalogue, DelayedTexts, EntryTexts } from './en';

const E = (title: Message, summary: Message, steps: readonly Message[], it: readonly Message[], delayed?: DelayedTexts): EntryTexts =>
  delayed === undefined ? { title, summary, steps, it } : { title, summary, steps, it, delayed };

const TELL_RECIPIENT = 'Avise a la persona por otro medio, por ejemplo por teléfono o chat, de que el correo que le envió no llegó.';
const NO_ACTION_YET = 'Aún no tiene que hacer nada: su servidor de correo lo sigue intentando por su cuenta.';
const AGAIN_LATER = 'Vuelva a enviar el mensaje más tarde.';
const SEND_REPORT = 'Envíe el informe preparado al soporte técnico de TI; ya contiene todo lo que necesitan.';
const NOT_YET_REFUSED = 'No lo vuelva a enviar todavía; se volverá a rechazar.';
const NOT_NOW_REFUSED = 'No lo vuelva a enviar ahora; se volverá a rechazar.';
const TRY_LATER = 'Vuelva a intentarlo más tarde.';
const SEND_LATER = 'Vuelva a enviarlo más tarde.';
const NOTHING_TO_CHANGE = 'No hay nada que cambiar por su parte.';
const NOTHING_TO_CHECK = 'Nada que comprobar.';
const NO_ACTION = 'No tiene que hacer nada.';
const SPAM_CHECK =
  'Revise el mensaje en busca de lo que no gusta a los filtros de correo no deseado: muchos vínculos, vínculos acortados, imágenes grandes con poco texto o archivos que la persona no esperaba.';
const SPAM_TELL = 'Diga a la persona por otro medio que su mensaje fue rechazado, para que pida a su equipo de TI que lo revise.';
const SPAM_IT = 'Si varias personas rechazan su correo como no deseado, avise a su equipo de TI.';
const FORWARD_BROKEN =
  'Si usted no escribió esta dirección, puede que la persona reenvíe su correo a ella: avísele de que su reenvío no funciona.';
const SPF = 'SPF (la lista de servidores autorizados a enviar correo de su dominio)';
const DKIM = 'DKIM (el sello digital que su servidor pone en cada mensaje)';
const DMARC = 'DMARC (la regla de su dominio que indica qué hacen los receptores cuando esas comprobaciones fallan)';

const MAILBOX_DISABLED = E(
  'El buzón del destinatario está deshabilitado',
  'El buzón del destinatario existe, pero está desactivado, por ejemplo porque la persona se fue o porque la cuenta se cerró o se suspendió.',
  [TELL_RECIPIENT, 'Pídale a esa persona o a su organización otra dirección.'],
  [
    'Si el destinatario es de su organización, compruebe si el buzón está deshabilitado, sin licencia o eliminado temporalmente, y restaure el buzón o su dirección.',
  ],
);

const MAIL_FLOW_RULE = E(
  'Una regla de correo rechazó el mensaje',
  'Una regla definida por un administrador de correo rechazó el mensaje. El informe de no entrega muestra a qué organización pertenece la regla.',
  [
    'Si el informe de no entrega indica el motivo de la regla, como un tipo de archivo adjunto bloqueado, sígalo y vuelva a enviarlo.',
    'Si no, envíe el informe al soporte técnico de TI: ellos pueden encontrar la regla.',
  ],
  [
    'Busque la regla de flujo de correo (regla de transporte) que rechaza con este código (TRANSPORT.RULES.RejectMessage): primero en el seguimiento de mensajes de su propio inquilino y, si no, en la organización del destinatario.',
  ],
);

const NOT_AUTHENTICATED = E(
  'Solo se permiten remitentes internos',
  'El destinatario (un buzón, un grupo o una carpeta pública) solo acepta correo de su propia organización. Su mensaje vino de fuera.',
  ['Pida al propietario de esa dirección que permita remitentes externos o que le agregue a usted.'],
  ['Si el destinatario es interno, desactive “Requerir que todos los remitentes se autentiquen” o permita a este remitente.'],
);

const NO_DMARC_RECORD = E(
  'A su dominio le falta un registro de directiva que el receptor exige',
  'El receptor exige que los dominios de envío publiquen una directiva sobre cómo comprobar su correo, y su dominio no tiene ninguna. Su equipo de TI tiene que agregarla.',
  [NOT_YET_REFUSED, SEND_REPORT],
  [
    `Publique un registro ${DMARC} para el dominio From; p=none basta para la regla de remitentes masivos de Gmail (Gmail 4.7.31 / 5.7.40).`,
  ],
);

const DMARC_ALIGNMENT = E(
  'Su dirección de remitente no coincide con las comprobaciones de su correo',
  'El dominio de su dirección De no es el dominio en cuyo nombre su servidor de correo demostró enviar. El receptor exige que coincidan.',
  [NOT_YET_REFUSED, SEND_REPORT],
  [
    'Alinee el dominio From con el dominio SPF (remitente del sobre) o con el dominio de firma DKIM (Gmail 4.7.32 / 5.7.32).',
    `Compruebe la alineación ${DMARC} de todos los servicios que envían en nombre de su dominio.`,
  ],
);

const SENDER_DENIED = E(
  'Se rechazó su dirección',
  'El servidor receptor rechazó su dirección de remitente. Puede que el destinatario le haya bloqueado o que fallaran las comprobaciones de su dominio.',
  ['Pregunte al destinatario si bloqueó su dirección.', 'Si otras personas también rechazan su correo, avise a TI.'],
  [`Compruebe ${SPF} del dominio de envío.`, 'Compruebe si el remitente está en la lista de bloqueo del destinatario.'],
);

const entries: Record<EntryId, EntryTexts> = {
  // ---- special cases ----
  backscatter: E(
    'Alguien falsificó su dirección',
    'Este informe de no entrega corresponde a un mensaje que usted nunca envió. Un desconocido usó su dirección como remitente y el informe le llegó a usted.',
    [
      'No responda a este informe ni abra sus vínculos o datos adjuntos.',
      'Elimínelo. No se envió nada desde su buzón.',
      'Si recibe muchos, avise al soporte técnico de TI para que los filtre.',
    ],
    [
      `Compruebe que ${SPF}, ${DKIM} y ${DMARC} estén publicados para el dominio, con una directiva DMARC de quarantine o reject.`,
      'Compruebe el mensaje original devuelto: no debería haber pasado por sus propios servidores.',
      'Si llegan muchos, considere un filtro de backscatter (informes de no entrega de mensajes falsificados).',
    ],
  ),
  'misspelt-domain': E(
    'Puede que la dirección esté mal escrita',
    'No se encontró el dominio del destinatario, {domain}. ¿Quería decir {suggestion}?',
    [
      'Revise la parte de la dirección que va después de la @: ¿quería decir {suggestion}?',
      'Si es así, corrija la dirección y vuelva a enviar el mensaje.',
      'Si Outlook le sugirió la dirección incorrecta, quítela de Autocompletar: empiece a escribirla y seleccione la X junto a la sugerencia.',
    ],
    ['No hay nada que comprobar por su parte, salvo que el dominio de la dirección sea realmente {domain}.'],
  ),
  delayed: E(
    'Su mensaje se está retrasando',
    'Su servidor de correo aún no pudo entregar el mensaje y lo sigue intentando. Recibirá otro aviso si finalmente no se entrega.',
    ['Por ahora no tiene que hacer nada.', 'Si es urgente, contacte con la persona por otro medio, por ejemplo por teléfono.'],
    [
      'Si los retrasos hacia este dominio continúan, compruebe sus registros MX y su conectividad saliente.',
      'Lea el último error en el texto de diagnóstico.',
    ],
  ),
  'stale-x500': E(
    'Se usó una dirección guardada antigua',
    'Outlook usó una versión guardada antigua de este contacto que ya no funciona. Es posible que la persona tenga ahora una dirección nueva.',
    [
      'Empiece a escribir el nombre en el cuadro Para y seleccione la X junto a la sugerencia antigua para quitarla de Autocompletar.',
      'Vuelva a escribir la dirección de correo completa o elija a la persona en la libreta de direcciones.',
      'Vuelva a enviar el mensaje.',
    ],
    [
      'Compruebe si el buzón se movió, se volvió a crear o se migró; puede que haya que agregar su antiguo LegacyExchangeDN como dirección proxy X500.',
      'Compruebe que la libreta de direcciones sin conexión esté actualizada.',
    ],
  ),
  // ---- the sender's own account ----
  'sender-account-held': E(
    'Debe verificar su cuenta antes de poder enviar',
    'Su proveedor de correo pausó los envíos desde su cuenta hasta que confirme que es usted. Las direcciones de los destinatarios no son el problema.',
    [
      'Inicie sesión en su buzón en la web (para Outlook.com: outlook.com) y siga las indicaciones para verificar su cuenta.',
      'Si no envió cantidades inusuales de correo, cambie su contraseña.',
      'Después, vuelva a enviar el mensaje.',
    ],
    [
      'Compruebe si hay indicios de que la cuenta esté comprometida: inicios de sesión, reglas de la bandeja de entrada, reenvío.',
      'STOREDRV.Submission OutboundSpamException (veredicto WASCL HipSend, ShowTierUpgrade) es la retención del proveedor por correo no deseado saliente; solo el propietario de la cuenta puede levantarla verificando la cuenta.',
    ],
  ),

  // ---- text-specific ----
  'ms-own-mailbox-full': E(
    'Su propio buzón está lleno',
    'Su propio buzón superó su límite de tamaño, así que no puede enviar. Los elementos enviados cuentan para el límite.',
    [
      'Vacíe Elementos eliminados y elimine o archive mensajes antiguos grandes, también en Elementos enviados.',
      'Vuelva a enviar el mensaje cuando haya espacio.',
    ],
    [
      'STOREDRV.Submission QuotaExceededException: la cuota del buzón del propio remitente, no la del destinatario.',
      'Compruebe la cuota del buzón del remitente y la configuración de retención de Elementos enviados; considere un buzón de archivo.',
    ],
  ),
  'submission-quota': E(
    'Alcanzó su límite de envío',
    'Su cuenta envió a más destinatarios de los permitidos en un día, así que su propio servicio de correo dejó de enviar por ahora. Los destinatarios no son el problema.',
    [
      'Vuelva a enviar el mensaje mañana; el límite cuenta las últimas 24 horas.',
      'Envíe a menos personas a la vez o pregunte a TI por una herramienta de envío para listas grandes.',
      'Si no envió tanto correo, avise a TI de inmediato: puede que alguien esté usando su cuenta indebidamente.',
    ],
    [
      'STOREDRV.Submission SubmissionQuotaExceeded: el límite de frecuencia de destinatarios del remitente (10.000 destinatarios al día en Exchange Online).',
      'Compruebe el volumen de envío reciente de la cuenta en busca de indicios de que esté comprometida.',
    ],
  ),
  'ms-dbeb': E(
    'La dirección del destinatario no se conoce allí',
    'El servicio de correo del destinatario no reconoce esta dirección. Puede que esté mal escrita o que ya no exista.',
    [
      'Revise cómo está escrita {recipient}.',
      'Pida a la persona su dirección actual por otro medio.',
      'Vuelva a enviarlo con la dirección correcta.',
    ],
    [
      'Si el destinatario es de su organización, compruebe que la dirección esté sincronizada con Microsoft 365 (bloqueo perimetral basado en directorios).',
    ],
  ),
  'relay-denied': E(
    'Un servidor se negó a reenviar el mensaje',
    'Un servidor de correo se negó a pasar su mensaje al dominio del destinatario. Es un problema de configuración entre servidores de correo, no de su mensaje.',
    ['No lo vuelva a enviar todavía: fallará de la misma forma.', SEND_REPORT],
    [
      'Compruebe los conectores y los permisos de retransmisión de esta ruta de envío.',
      'Compruebe que los registros MX del dominio del destinatario apunten a los servidores correctos.',
      'Si un dispositivo o una aplicación envía a través de su servidor, compruebe que tenga permiso de retransmisión o que inicie sesión con SMTP AUTH.',
    ],
  ),
  'restricted-recipient': E(
    'No tiene permiso para escribir a esta dirección',
    'El destinatario solo acepta correo de ciertos remitentes, como los miembros de un grupo. Su dirección no está en esa lista.',
    [
      'Pida al propietario del grupo o del buzón que permita su dirección o que reenvíe su mensaje.',
      'Únase primero al grupo, si así es como funciona.',
    ],
    [
      'Si el destinatario es interno, compruebe las restricciones de entrega, la moderación y las reglas de flujo de correo de ese buzón o grupo.',
    ],
  ),
  'blocklisted-ip': E(
    'Su servidor de correo está en una lista de bloqueo',
    'El servidor receptor rechazó el correo del servidor de su organización porque figura como fuente de correo no deseado. Su mensaje en sí no es el problema.',
    [NOT_NOW_REFUSED, SEND_REPORT, TELL_RECIPIENT],
    [
      'Busque la dirección IP de envío en la lista de bloqueo que nombra el texto del servidor y siga sus pasos para salir de ella.',
      'Busque cuentas o dispositivos comprometidos que envíen correo no deseado.',
      'Considere enviar a través de otra red o de un servidor de retransmisión con buena reputación hasta que salga de la lista.',
    ],
  ),
  'ms-generic-remote': E(
    'El servidor del destinatario rechazó el mensaje',
    'El servidor del destinatario rechazó el mensaje, y Microsoft 365 transmitió su error sin un motivo claro. Su equipo de TI puede leer los detalles en el informe de no entrega.',
    [TELL_RECIPIENT, SEND_REPORT],
    [
      'Lea el error remoto original en el texto de diagnóstico.',
      'Busque formatos de mensaje (como Texto enriquecido / TNEF) que el lado remoto quizá no acepte.',
    ],
  ),
  'ms-x-dg-ref': E(
    'Se rechazó el formato del mensaje',
    'El mensaje se envió en el formato de texto enriquecido de Outlook o con demasiados elementos adjuntos. El servidor del destinatario rechazó ese formato.',
    [
      'Cambie el mensaje a HTML (Formato de texto y luego HTML) y vuelva a enviarlo.',
      'Adjunte menos archivos incrustados o comprímalos en un .zip.',
    ],
    ['Compruebe la configuración de TNEF (Texto enriquecido) para los dominios remotos.'],
  ),
  'google-login': E(
    'Gmail rechazó el inicio de sesión',
    'La aplicación desde la que envía no pudo iniciar sesión en el servidor de correo. Se rechazó la contraseña o la cuenta necesita que inicie sesión en un navegador.',
    [
      'Inicie sesión en su cuenta en un navegador web y siga las indicaciones de seguridad.',
      'Si su cuenta usa la verificación en dos pasos, cree una contraseña de aplicación y úsela en la aplicación.',
      'Vuelva a enviar el mensaje.',
    ],
    ['Compruebe que la aplicación o el dispositivo use un método de inicio de sesión compatible (OAuth o una contraseña de aplicación).'],
  ),
  'spam-content': E(
    'El mensaje parecía correo no deseado',
    'El filtro del destinatario consideró su mensaje correo no deseado. Pueden causarlo los vínculos, los datos adjuntos, la redacción o la reputación de envío de su organización.',
    [SPAM_CHECK, SPAM_TELL, SPAM_IT],
    [
      'Compruebe que su dominio supere SPF, DKIM y DMARC.',
      'Compruebe la reputación de la IP y del dominio de envío (por ejemplo, en Google Postmaster Tools) y las tasas de quejas.',
    ],
  ),
  reputation: E(
    'El servidor de correo de su organización tiene mala reputación',
    'El proveedor receptor rechazó el correo del servidor de su organización por su reputación o por un volumen inusual. Probablemente su mensaje en sí no sea el problema.',
    [NOT_NOW_REFUSED, SEND_REPORT, TELL_RECIPIENT],
    [
      'Compruebe el volumen de envío y las tasas de quejas de la IP y el dominio de envío.',
      'Compruebe que todo el correo supere SPF, DKIM y DMARC.',
      'Use las páginas de soporte para remitentes del proveedor para solicitar una mitigación (Google Postmaster Tools, Yahoo Sender Hub, soporte para remitentes de Microsoft).',
    ],
    {
      title: 'Su servidor de correo está siendo ralentizado',
      summary:
        'El proveedor receptor está limitando el correo del servidor de su organización por su reputación o su volumen. Su servidor sigue intentando entregarlo.',
      steps: [NO_ACTION_YET, 'Si después llega un aviso de error definitivo, envíe el informe al soporte técnico de TI.'],
    },
  ),
  'malformed-message': E(
    'El mensaje no estaba bien formado',
    'El servidor receptor encontró un problema en los encabezados del mensaje, como una línea De que falta o está duplicada. Suele deberse a una aplicación o un dispositivo, no a Outlook.',
    [
      'Si lo envió desde una aplicación, un escáner o un sitio web, indique a TI cuál.',
      'Intente enviar el mismo mensaje directamente desde Outlook.',
    ],
    ['Compruebe que la aplicación de envío escriba un único encabezado From válido y un Message-ID (RFC 5322).'],
  ),
  'receiving-too-fast': E(
    'El destinatario está recibiendo demasiado correo',
    'El buzón del destinatario recibió correo más rápido de lo que permite su proveedor, así que su mensaje fue rechazado.',
    [TELL_RECIPIENT, 'Vuelva a enviar el mensaje dentro de unas horas.'],
    ['No hay nada que corregir por su parte, salvo que haya enviado muchos mensajes a esta persona en poco tiempo.'],
    {
      summary:
        'El buzón del destinatario está recibiendo correo más rápido de lo que permite su proveedor. Su mensaje quedó retenido y su servidor lo sigue intentando.',
      steps: [NO_ACTION_YET],
    },
  ),
  'blocked-content': E(
    'Se bloqueó un archivo adjunto o un vínculo',
    'El servidor receptor bloqueó el mensaje por un tipo de archivo adjunto o un contenido que considera peligroso.',
    [
      'Quite el archivo adjunto bloqueado y vuelva a enviar el mensaje sin él.',
      'Si la persona necesita el archivo, pregunte a TI qué forma de compartirlo aprueba su organización.',
    ],
    ['Compruebe qué tipo de archivo adjunto o vínculo bloqueó el proveedor del destinatario y si el archivo es seguro.'],
  ),

  // ---- Microsoft 365 ----
  'ms-relay-pool': E(
    'Microsoft 365 no pudo retransmitir su mensaje',
    'Su mensaje se reenvió o retransmitió a través de Microsoft 365, y el siguiente servidor lo rechazó. La causa es la configuración de correo de su organización, así que volver a enviarlo no servirá.',
    ['No lo vuelva a enviar; fallará de la misma forma.', SEND_REPORT, TELL_RECIPIENT],
    [
      `Compruebe ${SPF}: debe incluir todos los servicios que envían en nombre de su dominio.`,
      `Compruebe que la firma ${DKIM} esté activada para el dominio en Microsoft 365.`,
      `Compruebe ${DMARC} y que el correo esté alineado con él.`,
      'Compruebe los conectores de entrada: el correo de sus propias puertas de enlace debe coincidir con un conector (o usar el Filtrado mejorado) para que Microsoft 365 no use su grupo de retransmisión.',
      'Compruebe que el dominio del remitente sea un dominio aceptado en el inquilino.',
      'Compruebe las reglas de reenvío que envían correo a direcciones externas.',
      'Si hay dispositivos o aplicaciones que envían a través de Microsoft 365, compruebe que inicien sesión con SMTP AUTH o coincidan con un conector.',
      'Compruebe que la IP de envío no esté en una lista de bloqueo y si el error solo ocurre desde una red (casa, VPN o una sucursal).',
    ],
  ),
  'recipient-not-found': E(
    'La dirección no existe',
    'La organización del destinatario no tiene ningún buzón con esta dirección. Puede que esté mal escrita o que la persona ya no esté.',
    [
      'Revise cómo está escrita {recipient}.',
      'Quite la dirección de Autocompletar si Outlook se la sugirió y vuelva a escribirla.',
      FORWARD_BROKEN,
      'Pida a la persona su dirección actual por otro medio.',
    ],
    [
      'Si el destinatario es de su organización, compruebe que el usuario exista y tenga licencia, y que el dominio esté bien configurado.',
      'Compruebe las reglas de reenvío del buzón del destinatario si la dirección no es la que escribió el remitente.',
    ],
  ),
  'ms-sender-denied': SENDER_DENIED,
  'ms-bad-outbound-sender': E(
    'Se bloqueó el envío desde su cuenta',
    'Microsoft 365 impidió que su cuenta enviara correo porque parecía estar enviando correo no deseado. Esto suele significar que otra persona entró en su cuenta.',
    ['Cambie su contraseña ahora.', 'Compruebe si sus dispositivos tienen malware.', 'Avise a TI de inmediato para que le desbloqueen.'],
    [
      'Compruebe si la cuenta está comprometida (inicios de sesión, reglas de la bandeja de entrada, reenvío).',
      'Quite al usuario de Entidades restringidas en el portal de Microsoft Defender después de la limpieza.',
    ],
  ),
  'multiple-from': E(
    'El mensaje tenía más de un remitente',
    'El mensaje tenía varias direcciones en De sin una línea que indicara quién lo envió realmente. Los servidores rechazan ese formato.',
    ['Envíe desde una sola dirección en De.', 'Si lo envió una aplicación, indique a TI cuál.'],
    ['Compruebe la configuración de los encabezados From y Sender de la aplicación de envío.'],
  ),
  'daily-recipient-limit': E(
    'Alcanzó el límite diario de destinatarios',
    'Su cuenta envió a más destinatarios de los permitidos en un día. El envío está en pausa hasta que se restablezca el límite.',
    [
      'Vuelva a enviar el mensaje mañana; el límite cuenta las últimas 24 horas.',
      'Si no envió tanto, avise a TI: puede que alguien esté usando su cuenta indebidamente.',
    ],
    ['Compruebe los envíos recientes de la cuenta en busca de indicios de que esté comprometida.'],
  ),
  'hourly-sender-limit': E(
    'Envió demasiados mensajes a esta persona',
    'El servicio del destinatario limita cuántos mensajes puede enviarle un mismo remitente por hora. Usted superó ese límite.',
    ['Vuelva a enviar el mensaje dentro de una hora.', 'Si una aplicación o una regla envía estos mensajes, reduzca su ritmo.'],
    ['Busque bucles de envío automático hacia este destinatario.'],
  ),
  'hourly-recipient-limit': E(
    'El destinatario recibió demasiado correo en esta hora',
    'El buzón del destinatario recibió más mensajes de los que acepta por hora. Su mensaje fue rechazado por ahora.',
    [SEND_LATER, TELL_RECIPIENT],
    [NOTHING_TO_CHANGE],
  ),
  'ms-journaling': E(
    'No se pudo guardar una copia de archivo de su mensaje',
    'Su organización guarda copias de archivo del correo, y la copia de este mensaje no se pudo guardar en Microsoft 365. Es una configuración del administrador.',
    [SEND_REPORT],
    ['Compruebe las reglas de diario que tienen Microsoft 365 como destino y la configuración del archivo de diario.'],
  ),
  'ms-thread-limit': E(
    'El buzón del destinatario está ocupado',
    'El buzón del destinatario recibió una ráfaga de correo o contiene demasiados elementos, así que no aceptó su mensaje.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Si es interno, busque avalanchas de correo hacia el buzón del destinatario o una carpeta que supere su límite de elementos.'],
    {
      summary:
        'El buzón del destinatario está recibiendo una ráfaga de correo y acepta mensajes con lentitud. Su servidor lo sigue intentando.',
      steps: [NO_ACTION_YET],
    },
  ),
  'mail-loop': E(
    'El mensaje dio vueltas en círculo',
    'El mensaje pasó demasiadas veces entre servidores, así que se detuvo. Una configuración de reenvío o de enrutamiento lo envía en bucle.',
    [SEND_REPORT],
    [
      'Compruebe que el dominio del destinatario sea autoritativo donde debe serlo.',
      'Busque bucles en los conectores y hosts inteligentes (sobre todo en configuraciones híbridas) y en las reglas de reenvío.',
    ],
  ),
  'dns-failed': E(
    'No se pudo buscar el dominio del destinatario',
    'Su servidor de correo no encontró adónde entregar el correo del dominio del destinatario. Puede que la configuración de internet de ese dominio esté dañada.',
    ['Revise si la dirección tiene errores de escritura.', TELL_RECIPIENT, TRY_LATER],
    ['Compruebe los registros MX del dominio del destinatario desde su red.'],
  ),
  'connection-refused': E(
    'El servidor del destinatario no respondía',
    'El servidor de correo del destinatario rechazó las conexiones de su servidor de correo. Puede que esté caído o que le esté bloqueando.',
    [TELL_RECIPIENT, TRY_LATER],
    ['Compruebe la conectividad con el host MX del destinatario desde sus servidores de salida.'],
  ),
  'tls-certificate': E(
    'No se pudo establecer una conexión segura',
    'Su servidor de correo no pudo establecer una conexión cifrada con el servidor del destinatario. El certificado de seguridad o la configuración de ese servidor parecen incorrectos.',
    [TELL_RECIPIENT, TRY_LATER],
    ['Compruebe la cadena de certificados del servidor remoto y si su lado exige TLS para ese dominio.'],
  ),
  'connection-dropped': E(
    'Se cortó la conexión',
    'La conexión con el servidor del destinatario se cortaba una y otra vez durante el envío, así que la entrega falló.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Si sigue ocurriendo, busque problemas de red hacia los servidores del destinatario.'],
    {
      summary: 'La conexión con el servidor del destinatario se cortó durante el envío. Su servidor lo sigue intentando.',
      steps: [NO_ACTION_YET],
    },
  ),
  'mta-sts': E(
    'La directiva de seguridad del destinatario no coincidía',
    'El dominio del destinatario publica una directiva de seguridad para sus servidores de correo, y sus servidores no la cumplen. Su servidor no quiso entregar el mensaje sin esa garantía.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Compruebe la directiva MTA-STS y los nombres MX del dominio del destinatario (debe corregirlo el lado del destinatario).'],
  ),
  'mta-sts-certificate': E(
    'El certificado del servidor del destinatario no superó una comprobación',
    'El servidor de correo del destinatario presentó un certificado de seguridad que la directiva de su propio dominio no acepta.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['El lado del destinatario debe corregir su certificado o su directiva MTA-STS.'],
  ),
  dane: E(
    'Falló la comprobación de cifrado del destinatario',
    'El dominio del destinatario publica una comprobación que demuestra que su servidor de correo es auténtico, y esa comprobación falló.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['El lado del destinatario debe corregir sus registros DANE (TLSA) o DNSSEC.'],
  ),
  expired: E(
    'El mensaje no se pudo entregar a tiempo',
    'Su servidor de correo lo intentó durante mucho tiempo, pero no pudo conectar con el servidor del destinatario. Ya ha dejado de intentarlo.',
    [TELL_RECIPIENT, 'Revise la dirección y vuelva a enviar el mensaje más tarde.'],
    [
      'Si fallan todos los mensajes a este dominio, compruebe sus registros MX y su conectividad saliente.',
      'Si fallan todos los dominios, compruebe su propio flujo de correo saliente.',
    ],
  ),
  'ms-bare-lf': E(
    'El mensaje tenía caracteres que el destinatario rechazó',
    'El mensaje contenía finales de línea que el servidor del destinatario no acepta. Suele pasar con mensajes creados por aplicaciones.',
    ['Envíe el mensaje desde Outlook en la Web o sin el archivo adjunto.'],
    ['El lado del destinatario puede permitir saltos de línea sueltos (bare LF) o admitir BDAT.'],
  ),
  'ms-not-authenticated-by-org': NOT_AUTHENTICATED,
  'group-allowed-senders': E(
    'No está en la lista de remitentes permitidos del grupo',
    'El grupo solo acepta mensajes de sus miembros o de los remitentes de su lista. Su dirección no es ninguna de ellas.',
    ['Pida al propietario del grupo que le agregue o que reenvíe su mensaje.'],
    ['Compruebe los remitentes permitidos del grupo y si se permiten remitentes externos.'],
  ),
  'restricted-list': E(
    'El destinatario solo acepta remitentes de su lista',
    'El destinatario solo acepta correo de las personas de su lista, y usted no está en ella.',
    ['Pida al destinatario que le agregue o contacte con él por otro medio.'],
    ['En una configuración híbrida, compruebe si la cuenta local está deshabilitada.'],
  ),
  'tenant-external-limit': E(
    'Su organización alcanzó su límite diario',
    'Su organización envió a direcciones externas más correo en 24 horas del que permite Microsoft 365. El correo externo está en pausa hasta que se restablezca.',
    ['Vuelva a enviar el mensaje mañana; avise a TI si es urgente.'],
    [
      'Compruebe el informe de destinatarios externos salientes del inquilino en busca de un volumen inusual.',
      'Busque cuentas comprometidas o conectores no autorizados.',
    ],
  ),
  'moera-limit': E(
    'La dirección onmicrosoft.com está limitada',
    'Su mensaje se envió desde una dirección onmicrosoft.com, que solo puede enviar a un número reducido de personas externas al día.',
    ['Envíe desde una dirección del dominio propio de su organización.'],
    ['Agregue y compruebe un dominio personalizado y conviértalo en el predeterminado para los remitentes.'],
  ),
  'ms-spam-abuse': E(
    'Su organización está bloqueada por correo no deseado',
    'Microsoft 365 bloqueó el correo de su cuenta o servidor porque detectó correo no deseado. Esto suele significar que se usó una cuenta indebidamente.',
    ['Avise a TI de inmediato.', 'Cambie su contraseña si usted no envió ese correo.'],
    [
      'Investigue las cuentas y los conectores comprometidos.',
      'Una vez corregido, solicite la exclusión de la lista a través del soporte de Microsoft o del portal de exclusión de listas.',
    ],
  ),
  'banned-recipient': E(
    'La dirección del destinatario está vetada',
    'El servicio del destinatario rechaza todo el correo dirigido a esta dirección.',
    [TELL_RECIPIENT],
    [NOTHING_TO_CHANGE],
  ),
  'bad-helo': E(
    'Su servidor de correo se presentó de forma incorrecta',
    'Su servidor de correo saludó al servidor del destinatario con un nombre que no debería usar. El receptor lo rechazó.',
    [SEND_REPORT],
    ['Compruebe el nombre HELO/EHLO de su servidor de salida.'],
  ),
  'blocked-by-recipient': E(
    'La organización del destinatario le bloqueó',
    'La organización del destinatario agregó su servidor o su dirección a su propia lista de bloqueo.',
    ['Pida al destinatario que su equipo de TI le desbloquee.'],
    ['No hay nada que cambiar por su parte, salvo que otras organizaciones también le bloqueen.'],
  ),
  'ipv6-limits': E(
    'El receptor rechazó el tipo de conexión de su servidor',
    'Su servidor de correo se conectó con un tipo de dirección de internet más reciente, y el receptor rechazó o limitó el correo enviado así.',
    [SEND_REPORT],
    ['Compruebe el envío por IPv6: registros PTR y SPF/DKIM para IPv6, o envíe por IPv4.'],
  ),
  'dmarc-fail': E(
    'Fallaron las comprobaciones de correo de su dominio',
    'El receptor no pudo confirmar que el mensaje procedía realmente de su dominio, así que aplicó la regla de su dominio y lo rechazó. Volver a enviarlo no servirá hasta que se corrija.',
    ['No lo vuelva a enviar todavía.', SEND_REPORT],
    [
      `Compruebe que ${SPF} incluya todos los servicios que envían en nombre de su dominio.`,
      `Compruebe que la firma ${DKIM} esté activada y alineada con el dominio From.`,
      `Compruebe ${DMARC}; el reenvío puede romper SPF, así que DKIM es lo más importante.`,
    ],
  ),
  'outlook-auth-level': E(
    'Su dominio no cumple las comprobaciones de Outlook.com',
    'Outlook.com exige a los grandes remitentes que demuestren que su correo procede realmente de su dominio, y este mensaje no lo hizo. Se rechazó.',
    ['No lo vuelva a enviar todavía.', SEND_REPORT],
    [`Compruebe que ${SPF}, ${DKIM} y ${DMARC} se superen y estén alineados con el dominio From.`],
  ),
  'forwarding-blocked': E(
    'El reenvío automático está desactivado',
    'Su organización no permite reenviar mensajes automáticamente a direcciones externas. Una regla de reenvío intentó hacerlo.',
    ['Desactive la regla de reenvío o pregunte a TI si se le puede permitir el reenvío.'],
    [
      'Compruebe la directiva contra correo no deseado saliente para el reenvío externo; si se permite, cree una directiva para usuarios concretos.',
    ],
  ),
  'smtp-auth': E(
    'La aplicación de envío no inició sesión',
    'La aplicación o el dispositivo desde el que envió no inició sesión en el servidor de correo, así que el servidor se negó a enviar.',
    [
      'Compruebe el nombre de usuario y la contraseña guardados en la aplicación o el dispositivo.',
      'Pida a TI la configuración correcta del servidor de correo para esa aplicación o dispositivo.',
    ],
    [
      'Compruebe que SMTP AUTH esté habilitado para el buzón y el inquilino, que la aplicación use el puerto 587 con STARTTLS y que admita la autenticación moderna.',
    ],
  ),
  'connector-mismatch': E(
    'Ya no se reconoce la ruta de correo de su organización',
    'Microsoft 365 ya no reconoce el servidor que envió este mensaje como uno de su organización, así que lo rechazó.',
    [SEND_REPORT],
    ['Compare el nombre del certificado o las direcciones IP del conector de entrada con el servidor de envío (TenantAttribution).'],
  ),
  'own-block-list': E(
    'Su organización bloquea a este destinatario',
    'La lista de bloqueo de su propia organización incluye a uno de los destinatarios, así que se detuvo todo el mensaje.',
    ['Quite a ese destinatario y vuelva a enviarlo, o pregunte a TI por el bloqueo.'],
    ['Compruebe la Lista de permitidos y bloqueados de inquilinos (Tenant Allow/Block List).'],
  ),
  'tenant-ip-refused': E(
    'Microsoft 365 no acepta correo de este origen',
    'Microsoft 365 rechazó el correo de este servidor o dominio de envío. Suele ocurrir con configuraciones nuevas o sin comprobar.',
    [SEND_REPORT],
    [
      'Compruebe que los dominios estén agregados y comprobados y que los conectores sean correctos; si es necesario, solicite una excepción al soporte técnico.',
    ],
  ),
  'mail-flow-rule': MAIL_FLOW_RULE,
  'ms-ip-throttle': E(
    'Microsoft limitó el correo del servidor de su organización',
    'Microsoft rechazó por ahora el correo del servidor de su organización porque está enviando mucho más de lo habitual.',
    [AGAIN_LATER, 'Si sigue ocurriendo, avise a TI.'],
    ['Busque un volumen de envío inusual y considere un conector o un filtro de terceros para el correo retransmitido.'],
    {
      title: 'Microsoft está ralentizando su servidor de correo',
      summary:
        'Microsoft está limitando temporalmente el correo de su servidor porque envía mucho más de lo habitual. Su servidor lo sigue intentando.',
      steps: [NO_ACTION_YET],
    },
  ),
  'banned-ip': E(
    'La dirección de su servidor de correo está bloqueada',
    'El servicio receptor puso la dirección de internet de su servidor de envío en su lista de bloqueo. Su mensaje en sí no es el problema.',
    ['No lo vuelva a enviar ahora.', SEND_REPORT],
    ['Solicite la exclusión de la lista (para Microsoft: sender.office.com) y busque cuentas comprometidas.'],
  ),
  'recipient-domain-refused': E(
    'El servidor del destinatario no acepta esta dirección',
    'El servidor de correo del destinatario rechazó la dirección. Puede que ese dominio esté mal configurado o que la dirección no exista.',
    ['Revise la dirección.', TELL_RECIPIENT],
    ['Compruebe los registros MX del dominio del destinatario; los cambios recientes de DNS pueden tardar hasta 72 horas.'],
  ),

  // ---- standard codes ----
  'unknown-failure': E(
    'El mensaje se rechazó sin un motivo claro',
    'El servidor receptor rechazó el mensaje, pero solo dio un error genérico. Su equipo de TI puede leer los detalles en el informe de no entrega.',
    [TELL_RECIPIENT, SEND_REPORT],
    ['Lea el texto de diagnóstico y los servidores implicados.'],
  ),
  'address-problem': E(
    'Hay un problema con la dirección',
    'El servidor receptor indicó un problema con la dirección, sin más detalles.',
    ['Revise si la dirección tiene errores de escritura y vuelva a enviarlo.'],
    ['Lea el texto de diagnóstico para ver la causa exacta.'],
  ),
  'address-unknown': E(
    'La dirección no existe',
    'El servidor de correo del destinatario no tiene ningún buzón llamado {recipient}. Puede que la dirección esté mal escrita o que la persona ya no esté.',
    [
      'Revise cómo está escrita la dirección.',
      'Si Outlook se la sugirió, quítela de Autocompletar y vuelva a escribirla.',
      FORWARD_BROKEN,
      'Pida a la persona su dirección actual por otro medio y vuelva a enviarlo.',
    ],
    [
      'Si el destinatario es interno, compruebe que el buzón exista y tenga esa dirección.',
      'Si usted nunca envió este mensaje, compruebe si se falsificó el remitente.',
    ],
  ),
  'domain-unknown': E(
    'El dominio del destinatario no existe',
    'La parte después de la @ en {recipient} no existe o no puede recibir correo. Probablemente esté mal escrita.',
    ['Revise si la parte después de la @ tiene errores de escritura.', 'Vuelva a enviarlo con la dirección corregida.'],
    ['Si está seguro de que es correcto, compruebe que el dominio se resuelva desde su red.'],
  ),
  'address-syntax': E(
    'La dirección no está bien escrita',
    'La dirección no es una dirección de correo válida, por ejemplo porque tiene un espacio o le falta una parte.',
    ['Revise si la dirección tiene espacios, comas o caracteres que falten y vuelva a enviarlo.'],
    ['Nada que comprobar, salvo que la dirección parezca correcta.'],
  ),
  'address-ambiguous': E(
    'La dirección coincide con más de una persona',
    'El servidor receptor encontró varios buzones que coinciden con esta dirección.',
    ['Use la dirección de correo completa de la persona y vuelva a enviarlo.'],
    ['Si el destinatario es interno, busque direcciones duplicadas en el directorio.'],
  ),
  delivered: E(
    'El mensaje se entregó',
    'Este aviso confirma que su mensaje llegó al servidor del destinatario. No hubo ningún problema.',
    [NO_ACTION],
    [NOTHING_TO_CHECK],
  ),
  moved: E(
    'La persona tiene una dirección nueva',
    'El buzón se ha trasladado y el correo enviado a la dirección antigua ya no se reenvía.',
    ['Averigüe la nueva dirección de la persona y vuelva a enviarlo.', 'Actualice su contacto.'],
    ['Nada que comprobar por su parte.'],
  ),
  'sender-address-bad': E(
    'Se rechazó su dirección de remitente',
    'El servidor receptor no aceptó la dirección del remitente o su dominio. Si lo vuelve a enviar de la misma forma, volverá a fallar.',
    ['Si lo envió desde una aplicación o un dispositivo, revise su dirección de remitente.', SEND_REPORT],
    [
      `Compruebe que el dominio del remitente exista y se resuelva, y que ${SPF} esté publicado.`,
      'Compruebe el remitente del sobre (Return-Path) que usa el servidor.',
    ],
  ),
  'relayed-no-dsn': E(
    'El mensaje se transmitió sin confirmaciones',
    'El mensaje se entregó a un sistema que no envía informes de entrega. No se conoce ningún error.',
    ['No tiene que hacer nada, salvo que la persona le diga que nunca le llegó.'],
    [NOTHING_TO_CHECK],
  ),
  'null-mx': E(
    'El dominio del destinatario no acepta correo',
    'El dominio del destinatario indica que no acepta ningún correo. La dirección no puede funcionar.',
    ['Revise la dirección; puede que la persona use otro dominio para el correo.', TELL_RECIPIENT],
    [NOTHING_TO_CHANGE],
  ),
  'mailbox-problem': E(
    'El buzón del destinatario rechazó el mensaje',
    'El buzón del destinatario o su filtro rechazaron su mensaje.',
    [TELL_RECIPIENT, 'Pregúntele si filtra o bloquea mensajes como el suyo.'],
    ['Lea el texto de diagnóstico para ver la causa exacta.'],
  ),
  'mailbox-disabled': MAILBOX_DISABLED,
  'mailbox-full': E(
    'El buzón del destinatario está lleno',
    'El buzón del destinatario no tiene espacio libre, así que no puede recibir correo nuevo.',
    [TELL_RECIPIENT, 'Vuelva a enviarlo más tarde, cuando haya liberado espacio.', 'Envíe los archivos adjuntos grandes como vínculos.'],
    ['Si el destinatario es interno, compruebe la cuota de su buzón.'],
  ),
  'too-big-for-recipient': E(
    'El mensaje es demasiado grande para este destinatario',
    '{hasLimit, select, yes {El mensaje supera el tamaño que acepta este destinatario (su límite: {limit}).} other {El mensaje supera el tamaño que acepta este destinatario.}}',
    ['Quite o reduzca los archivos adjuntos, o compártalos como vínculos.', 'Vuelva a enviar el mensaje.'],
    ['Si el destinatario es interno, compruebe su límite de tamaño por destinatario.'],
  ),
  'list-problem': E(
    'La lista de distribución no pudo entregarlo',
    'La dirección es una lista de distribución o un grupo que no pudo hacer llegar su mensaje a sus miembros.',
    ['Pregunte al propietario de la lista.'],
    ['Si es interna, compruebe la configuración de expansión de la lista o el grupo.'],
  ),
  'remote-system': E(
    'El sistema de correo del destinatario tuvo un problema',
    'El servidor de correo del destinatario indicó un problema interno. No lo causa su mensaje.',
    [SEND_LATER, TELL_RECIPIENT],
    [NOTHING_TO_CHANGE],
  ),
  'remote-disk-full': E(
    'El servidor del destinatario se quedó sin espacio',
    'El servidor de correo del destinatario no tiene almacenamiento libre. Es un problema del lado del destinatario.',
    [SEND_LATER, TELL_RECIPIENT],
    [NOTHING_TO_CHANGE],
  ),
  'feature-unsupported': E(
    'Al servidor receptor le falta una función necesaria',
    'El mensaje necesitaba una función que el servidor receptor no admite.',
    [SEND_REPORT],
    ['Compruebe qué extensión SMTP requería el mensaje (por ejemplo, SMTPUTF8 o una configuración de prioridad).'],
  ),
  'too-big': E(
    'El mensaje es demasiado grande',
    '{hasLimit, select, yes {El mensaje supera el tamaño que acepta el servidor receptor (límite: {limit}).} other {El mensaje supera el tamaño que acepta el servidor receptor.}}',
    ['Quite o reduzca los archivos adjuntos, o compártalos como vínculos.', 'Vuelva a enviar el mensaje.'],
    ['Compruebe sus propios límites de tamaño y los del servidor remoto.'],
  ),
  'network-problem': E(
    'No se pudo conectar con el servidor del destinatario',
    'Su servidor de correo no pudo conectarse con el servidor del destinatario, así que la entrega falló.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Si persiste, compruebe la conectividad saliente y los registros MX del dominio del destinatario.'],
    {
      summary: 'Su servidor de correo aún no ha podido conectarse con el servidor del destinatario. Lo sigue intentando.',
      steps: [NO_ACTION_YET],
    },
  ),
  unroutable: E(
    'No hay ruta hacia el dominio del destinatario',
    'Su servidor de correo no encontró adónde enviar el correo del dominio del destinatario. Puede que el dominio esté mal escrito o mal configurado.',
    ['Revise si la parte después de la @ tiene errores de escritura.', 'Vuelva a enviarlo con la dirección corregida.'],
    ['Compruebe los registros MX y A del dominio del destinatario.'],
  ),
  'remote-busy': E(
    'El servidor del destinatario está ocupado',
    'El servidor del destinatario estaba sobrecargado y no aceptó el mensaje.',
    [TELL_RECIPIENT, AGAIN_LATER],
    [NOTHING_TO_CHANGE],
    {
      summary: 'El servidor del destinatario está sobrecargado y pidió que se intente más tarde. Su servidor lo sigue intentando.',
      steps: [NO_ACTION_YET],
    },
  ),
  'protocol-error': E(
    'Los servidores de correo no se entendieron',
    'Los servidores de envío y de recepción tuvieron un desacuerdo técnico sobre el protocolo de correo. Es un problema de configuración de los servidores.',
    [SEND_REPORT],
    ['Revise la conversación SMTP en el diagnóstico: sintaxis de los comandos, extensiones o longitud de línea.'],
  ),
  'too-many-recipients': E(
    'Demasiados destinatarios a la vez',
    'El mensaje iba dirigido a más destinatarios de los que el servidor acepta de una vez.',
    ['Divida los destinatarios en grupos más pequeños o use una dirección de grupo.', 'Vuelva a enviarlo.'],
    ['Compruebe que el servidor de envío divida las listas grandes de destinatarios.'],
  ),
  'content-problem': E(
    'Se rechazó el contenido del mensaje',
    'El servidor receptor no pudo aceptar el contenido o el formato del mensaje.',
    ['Quite los archivos adjuntos o el formato poco habituales y vuelva a enviarlo.'],
    ['Lea el texto de diagnóstico para ver el problema exacto de contenido.'],
  ),
  'conversion-failed': E(
    'No se pudo convertir el mensaje',
    'El mensaje tenía que convertirse para el servidor receptor, y esa conversión falló o no se permitió.',
    [SEND_REPORT],
    ['Compruebe el tratamiento de 8 bits/MIME en la ruta hacia el destinatario.'],
  ),
  'international-address': E(
    'La dirección usa caracteres que el servidor no admite',
    'La dirección o el mensaje usan caracteres especiales (como tildes o la ñ) que el servidor receptor no admite.',
    ['Pida a la persona una dirección que solo tenga letras sin tilde y números.'],
    ['Compruebe la compatibilidad con SMTPUTF8 de sus servidores de salida.'],
  ),
  'refused-policy': E(
    'El servidor del destinatario rechazó el mensaje',
    'El servidor del destinatario rechazó el mensaje por una de sus reglas o configuraciones de seguridad.',
    [
      TELL_RECIPIENT,
      'Pregúntele si su organización rechaza correo como el suyo, por ejemplo de remitentes externos o con ciertos archivos adjuntos.',
      SEND_REPORT,
    ],
    ['Lea el texto de diagnóstico: suele nombrar la regla, una lista de bloqueo o una comprobación de autenticación.'],
  ),
  'security-feature': E(
    'No se cumplió un requisito de seguridad',
    'El servidor receptor exigía una función de seguridad, como el cifrado o una conexión de confianza, que no estaba disponible.',
    [SEND_REPORT],
    ['Compruebe la configuración de TLS y de autenticación de esta ruta de envío.'],
  ),
  'auth-weak': E(
    'El método de inicio de sesión era demasiado débil',
    'El servidor rechazó la forma en que la aplicación o el dispositivo de envío inició sesión. Se necesita un método más seguro.',
    ['Pida a TI la configuración correcta para la aplicación o el dispositivo.'],
    ['Compruebe el mecanismo de autenticación (por ejemplo, habilite OAuth o las contraseñas de aplicación).'],
  ),
  'sender-account-disabled': E(
    'Su cuenta de envío está deshabilitada',
    'La cuenta usada para enviar este mensaje está deshabilitada en el servidor de correo.',
    ['Avise a TI para que revisen la cuenta y la vuelvan a activar.'],
    ['Compruebe el estado de la cuenta en el servidor de envío (RFC 5248 X.7.13: cuenta de usuario deshabilitada).'],
  ),
  'owner-changed': E(
    'La dirección ahora pertenece a otra persona',
    'El buzón o el dominio cambió de propietario desde la última vez que usted escribió, así que su mensaje no se entregó al nuevo propietario.',
    ['Compruebe que tiene la dirección actual de la persona.'],
    [NOTHING_TO_CHANGE],
  ),
  'dkim-fail': E(
    'Falló el sello digital de su mensaje',
    'El receptor no pudo verificar el sello digital que su servidor de correo pone en cada mensaje, así que lo rechazó.',
    ['No lo vuelva a enviar todavía.', SEND_REPORT],
    [
      `Compruebe que la firma ${DKIM} esté activada y que la clave DNS esté publicada.`,
      `Compruebe que la firma esté alineada con el dominio From para ${DMARC}.`,
    ],
  ),
  'spf-fail': E(
    'Falló la comprobación de remitente de su dominio',
    'Su servidor de correo no está en la lista de servidores que su dominio autoriza a enviar su correo. El receptor rechazó el mensaje.',
    ['No lo vuelva a enviar todavía.', SEND_REPORT],
    [
      `Compruebe que ${SPF} incluya todos los servidores y servicios que envían en nombre de su dominio.`,
      'Compruebe si el registro SPF tiene demasiadas búsquedas DNS.',
      'Si el correo se reenvía, confíe también en DKIM.',
    ],
  ),
  'no-ptr': E(
    'Su servidor de correo no tiene un nombre válido',
    'La dirección de internet de su servidor de correo no tiene registrado un nombre que coincida, y el receptor lo exige. Rechazó el mensaje.',
    [SEND_REPORT],
    ['Pida a su proveedor de red que configure un registro PTR (DNS inverso) que coincida con el nombre del servidor.'],
  ),
  'mail-flood': E(
    'Se envió demasiado correo demasiado rápido',
    'El receptor vio una cantidad inusual de correo desde su lado y por ahora rechaza más.',
    ['Vuelva a enviar este mensaje más tarde y envíe menos mensajes a la vez.', 'Si no envió mucho, avise a TI.'],
    ['Revise el volumen de envío en busca de abusos o de una aplicación que funcione mal.'],
  ),
  'arc-or-tls': E(
    'No se cumplió un requisito para remitentes',
    'El receptor necesita una prueba adicional para este correo, como una conexión cifrada o firmas añadidas al reenviar el correo. Faltaba.',
    [SEND_REPORT],
    ['Compruebe TLS para el SMTP saliente (Gmail 4.7.29 / 5.7.29), la firma ARC en los sistemas de reenvío y la alineación DMARC.'],
  ),

  // ---- reasons ----
  blocked: E(
    'Su servidor de correo fue bloqueado',
    'El servidor receptor rechazó las conexiones del servidor de correo de su organización. Suelen causarlo las listas de bloqueo o la reputación.',
    ['No lo vuelva a enviar ahora.', SEND_REPORT, TELL_RECIPIENT],
    [
      'Busque la IP de envío en la lista de bloqueo que nombra el texto del servidor y solicite salir de ella.',
      'Compruebe el DNS inverso y la autenticación del servidor de envío.',
    ],
  ),
  spam: E(
    'El mensaje se consideró correo no deseado',
    'El lado receptor consideró su mensaje correo no deseado y lo rechazó.',
    [SPAM_CHECK, SPAM_TELL, SPAM_IT],
    ['Compruebe SPF, DKIM y DMARC, y la reputación de envío.'],
  ),
  virus: E(
    'Un antivirus rechazó el mensaje',
    'El antivirus del destinatario encontró en el mensaje algo que considera peligroso.',
    [
      'No vuelva a enviar el archivo.',
      'Analice su equipo y el archivo con su antivirus, o pida a TI que los revise.',
      'Avise a TI si el análisis encuentra algo o si no está seguro.',
    ],
    ['Compruebe si el dispositivo del remitente y el archivo adjunto tienen malware; puede que el texto de diagnóstico nombre la amenaza.'],
  ),
  relay: E(
    'Un servidor no quiso reenviar el mensaje',
    'Un servidor de correo se negó a reenviar su mensaje al dominio del destinatario.',
    ['No lo vuelva a enviar todavía.', SEND_REPORT],
    ['Compruebe los permisos de retransmisión, los conectores y los registros MX del dominio del destinatario.'],
  ),
  'not-compliant': E(
    'El mensaje incumplía las reglas de formato del correo',
    'El servidor receptor detectó que el mensaje incumple las reglas de formato del correo electrónico, por ejemplo con encabezados duplicados.',
    ['Si lo envió una aplicación, indique a TI cuál.'],
    ['Compruebe que el software de envío escriba encabezados conformes a RFC 5322.'],
  ),
  starttls: E(
    'No se pudo establecer una conexión cifrada',
    'Los servidores no pudieron establecer la conexión cifrada que uno de ellos exige.',
    [SEND_REPORT],
    ['Compruebe la configuración de TLS y los certificados en ambos extremos de esta ruta.'],
  ),
  'expired-reason': E(
    'La entrega tardó demasiado y se detuvo',
    'Su servidor de correo lo intentó durante mucho tiempo sin éxito y ha dejado de intentarlo.',
    [TELL_RECIPIENT, 'Revise la dirección y vuelva a enviar el mensaje más tarde.'],
    ['Compruebe los registros MX del dominio del destinatario y su conectividad saliente.'],
  ),
  'local-program': E(
    'Falló el programa de correo del destinatario',
    'Falló un programa del servidor del destinatario que clasifica el correo entrante.',
    [SEND_LATER, TELL_RECIPIENT],
    [NOTHING_TO_CHANGE],
  ),
  suppressed: E(
    'La dirección está en una lista de no envío',
    'El servicio de envío no envió nada a esta dirección porque antes rechazó correos o marcó alguno como no deseado.',
    ['Compruebe que la dirección siga siendo válida.'],
    ['Revise la lista de supresión del servicio de envío.'],
  ),
  complaint: E(
    'Alguien marcó su mensaje como correo no deseado',
    'Un destinatario marcó su mensaje como correo no deseado, y su proveedor devolvió este informe. No es un informe de no entrega.',
    ['Deje de enviar correo a quienes no lo han pedido.'],
    ['Revise las prácticas de envío masivo y la gestión de bajas de este remitente.'],
  ),
  'auto-reply': E(
    'Es una respuesta automática',
    'El buzón del destinatario envió una respuesta automática, como un aviso de fuera de la oficina. Su mensaje se entregó.',
    [NO_ACTION],
    [NOTHING_TO_CHECK],
  ),
  unclear: E(
    'No pudimos averiguar qué falló',
    'El informe de no entrega no indica con claridad por qué falló el mensaje. Su soporte técnico de TI puede leer los detalles técnicos.',
    ['Envíe el informe al soporte técnico de TI; incluye todos los detalles técnicos.'],
    ['Lea el texto de diagnóstico y el mensaje original devuelto; compruebe los servidores implicados.'],
  ),
  // ---- causes added for issue #9 ----
  'mailbox-disabled-text': MAILBOX_DISABLED,
  'blocked-by-person': E(
    'El destinatario le ha bloqueado',
    'El destinatario agregó su dirección o su dominio a su lista personal de remitentes bloqueados. Por eso, su sistema de correo rechazó el mensaje.',
    [
      'Pregunte a la persona por otro medio, por ejemplo por teléfono, si bloqueó su dirección por error.',
      'Solo esa persona o su equipo de TI pueden quitar el bloqueo; volver a enviarlo no servirá.',
    ],
    [
      'Una entrada de bloqueo personal en el lado del destinatario (por ejemplo, Mimecast “Envelope blocked - User Entry”); no hay nada que cambiar por su parte.',
    ],
  ),
  'gateway-blocked-sender': E(
    'La organización del destinatario rechazó su dirección',
    'Un servicio de filtrado de la organización del destinatario rechazó su dirección según sus propias reglas. Puede que su mensaje en sí esté bien.',
    [TELL_RECIPIENT, 'Pídale que su equipo de TI compruebe por qué se rechaza su dirección.'],
    [
      'La puerta de enlace del destinatario aplicó su propia directiva (por ejemplo, Mimecast “Administrative prohibition” o “Anti-Spoofing policy”).',
      'Compruebe que su dominio supere SPF, DKIM y DMARC, por si fallaron las comprobaciones contra la suplantación de ese servicio.',
    ],
  ),
  'send-as-denied': E(
    'No tiene permiso para enviar desde esa dirección',
    'Envió el mensaje con la dirección de otro buzón (un buzón compartido, de equipo o de un compañero), pero su organización no le ha dado permiso para enviar como ese buzón, así que su propio servidor de correo se negó a enviarlo. Nadie lo recibió.',
    [
      'Vuelva a enviar el mensaje desde su propia dirección, o pida al propietario del buzón que lo envíe.',
      'Si debería poder enviar desde ese buzón, envíe el informe al soporte técnico de TI y solicite el permiso «Enviar como» o «Enviar en nombre de».',
    ],
    [
      'Conceder al usuario «Enviar como» o «Enviar en nombre de» sobre el buzón indicado en De (Centro de administración de Exchange > Destinatarios > Buzones > Delegación, o Add-RecipientPermission / Set-Mailbox -GrantSendOnBehalfTo); el permiso puede tardar hasta una hora en aplicarse, y el usuario debe borrar la entrada De de la lista de Autocompletar de Outlook.',
    ],
  ),
  'moderation-rejected': E(
    'El moderador del grupo rechazó su mensaje',
    'El grupo al que escribió está moderado: un moderador revisa cada mensaje antes de que lo reciban los miembros, y este fue rechazado. El informe puede incluir el comentario del moderador.',
    [
      'Lea el comentario del moderador, si lo hay, y modifique el mensaje antes de volver a enviarlo.',
      'Si cree que debería haberse aceptado, consulte al propietario o al moderador del grupo.',
    ],
    [
      'Solo los moderadores o propietarios del grupo pueden aprobarlo: revise la configuración de moderación del grupo (ModerationEnabled, ModeratedBy) y quién puede omitir la moderación.',
    ],
  ),
  'moderation-pending': E(
    'Su mensaje está esperando al moderador del grupo',
    'El grupo al que escribió está moderado: un moderador aprueba cada mensaje antes de que lo reciban los miembros. Nada ha fallado; su mensaje espera esa decisión.',
    [
      'No hace falta hacer nada ahora: decide el moderador.',
      'Si el mensaje es urgente, pida al propietario o al moderador del grupo que lo revise.',
    ],
    [
      'Solo los moderadores del grupo pueden aprobarlo (ModeratedBy); compruebe si este remitente debe omitir la moderación (BypassModerationFromSendersOrMembers).',
    ],
    {
      title: 'Su mensaje está esperando al moderador del grupo',
      summary:
        'El grupo al que escribió está moderado: un moderador aprueba cada mensaje antes de que lo reciban los miembros. Nada ha fallado; su mensaje espera esa decisión.',
      steps: [
        'No hace falta hacer nada ahora: decide el moderador.',
        'Si el mensaje es urgente, pida al propietario o al moderador del grupo que lo revise.',
      ],
    },
  ),
  'dlp-blocked': E(
    'Una directiva de protección de datos detuvo su mensaje',
    'La directiva de prevención de pérdida de datos (DLP) de su organización encontró información confidencial en el mensaje, como números de tarjeta, pasaporte o documento de identidad, y lo bloqueó. Nadie lo recibió.',
    [
      'Quite la información confidencial, o compártala de una forma protegida que permita su organización, y vuelva a enviar el mensaje.',
      'Si el mensaje debe salir tal cual, envíe el informe al soporte técnico de TI y pregunte si es posible una invalidación o una excepción.',
    ],
    [
      'Localice la directiva y la regla DLP correspondientes en Microsoft Purview (Explorador de actividad o alertas DLP de este mensaje) y revise sus condiciones, excepciones y si los usuarios pueden invalidarla con una justificación.',
    ],
  ),
  'transport-rule': MAIL_FLOW_RULE,
  'ms-relay-access-denied': E(
    'El dominio del destinatario no está configurado para recibir este correo',
    'El servidor que recibió su mensaje no acepta correo para el dominio del destinatario. Probablemente la configuración de correo de ese dominio es incorrecta o cambió hace poco.',
    [
      TELL_RECIPIENT,
      'Pídale que su equipo de TI compruebe la configuración de correo de su dominio.',
      'Vuelva a enviar el mensaje dentro de uno o dos días.',
    ],
    [
      'Compruebe que los registros MX del dominio del destinatario apunten a los servidores correctos; espere hasta 72 horas tras un cambio de DNS.',
      'Si el dominio es suyo: compruebe que sea un dominio aceptado en Exchange Online con el tipo correcto (Autoritativo o Retransmisión interna), y los conectores híbridos.',
    ],
  ),
  'ms-not-authenticated-text': NOT_AUTHENTICATED,
  'ms-sender-denied-text': SENDER_DENIED,
  'policy-block': E(
    'El receptor rechazó el correo de su organización',
    'El proveedor receptor rechazó el mensaje según sus reglas para remitentes, como la reputación, las comprobaciones del remitente o el contenido. No dice cuál.',
    ['No vuelva a enviar el mismo mensaje ahora; se volverá a rechazar.', SEND_REPORT, TELL_RECIPIENT],
    [
      'Yahoo “Message not accepted for policy reasons” / [PH01]: compruebe que SPF, DKIM y DMARC se superen y estén alineados, la reputación de la IP y del dominio de envío, y las tasas de quejas (Yahoo Sender Hub).',
    ],
  ),
  'unauthenticated-sender': E(
    'Faltan las comprobaciones de remitente de su dominio',
    'El receptor solo acepta correo que demuestre que procede del dominio del remitente, y su mensaje no tenía esa prueba. Su equipo de TI tiene que configurarlo.',
    [NOT_YET_REFUSED, SEND_REPORT],
    [
      `Publique ${SPF} que incluya este servidor de envío y active la firma ${DKIM} para el dominio.`,
      'Gmail 4.7.26 / 5.7.26, Yahoo 5.7.9 y Microsoft 4.7.26 (IPv6) exigen que se supere al menos SPF o DKIM.',
    ],
  ),
  'no-dmarc-record': NO_DMARC_RECORD,
  'no-dmarc-record-code': NO_DMARC_RECORD,
  'dmarc-alignment': DMARC_ALIGNMENT,
  'dmarc-alignment-code': DMARC_ALIGNMENT,
  'recipient-forwarding': E(
    'El destinatario reenvía el correo a una dirección que no funciona',
    'Su mensaje llegó a la persona, pero su buzón reenvía el correo a {recipient}, y esa entrega falló. Usted no escribió esa dirección.',
    [
      'Diga a la persona por otro medio que su reenvío a {recipient} no funciona.',
      'Pídale que corrija o quite el reenvío; después, vuelva a enviar el mensaje.',
    ],
    [
      'La dirección que falló no está en Para ni en CC del original, y el informe de no entrega vino del proveedor de una dirección que sí estaba: una regla de reenvío o un alias de ese proveedor apunta a una dirección que ya no existe.',
    ],
  ),
};

export const ES: Catalogue = {
  locale: 'es',
  entries,
  owners: {
    you: 'Usted',
    'your-it': 'Su equipo de TI',
    'recipient-side': 'El lado del destinatario',
    wait: 'Esperar',
    none: 'Nada que hacer',
  },
  ownerSentences: {
    you: 'Puede resolverlo usted mismo.',
    'your-it': 'Su equipo de TI tiene que resolverlo.',
    'recipient-side': 'Tiene que resolverlo el lado del destinatario.',
    wait: 'Nadie tiene que actuar todavía: los servidores siguen intentándolo.',
    none: 'Nadie tiene que hacer nada.',
  },
  retry: {
    no: 'Volver a enviarlo no servirá.',
    'after-fix': 'Volver a enviarlo solo servirá cuando se corrija la causa.',
    later: 'Puede que funcione si lo vuelve a enviar más tarde.',
    automatic: 'Su servidor de correo sigue reintentándolo por su cuenta.',
    'not-needed': 'No hace falta volver a enviarlo.',
  },
  retryUntil: 'Su servidor de correo seguirá reintentándolo hasta {until}.',
  delayedNeedsFix: 'Su servidor de correo sigue intentándolo por ahora, pero la entrega seguirá fallando hasta que se corrija esto.',
  authVerdicts: 'Resultados de autenticación registrados en su mensaje: {verdicts}.',
  report: {
    subjectOne: 'Mensaje no entregado: {code} al enviar a {recipient}',
    subjectMany:
      'Mensaje no entregado: {code} al enviar a {recipient} y {others, plural, one {# destinatario más} other {# destinatarios más}}',
    subjectNoCode: 'Mensaje no entregado: el mensaje para {recipient} no se entregó',
    summaryLine:
      '{count, plural, one {# destinatario no recibió} other {# destinatarios no recibieron}} el mensaje “{subject}”. Causa probable: {title}. Quién debe actuar: {owner}.',
    greeting: 'Hola, equipo de soporte técnico de TI:',
    intro: 'Un mensaje que envié no se pudo entregar. Bounce Explainer preparó los detalles siguientes.',
    failedRecipients: 'Destinatarios con error',
    servers: 'Servidores',
    reportingServer: 'Servidor que emitió el informe: {server}',
    remoteServer: 'Servidor remoto: {server}',
    times: 'Fechas y horas',
    bounceArrived: 'Llegada del informe de no entrega: {date}',
    originalSent: 'Envío del mensaje original: {date}',
    original: 'Mensaje original',
    originalSubject: 'Asunto: {subject}',
    originalMessageId: 'Message-ID: {id}',
    originalFrom: 'De: {from}',
    auth: 'Resultados de autenticación',
    client: 'Mi cliente de correo',
    tried: 'Lo que ya he intentado',
    machine: 'Análisis legible por máquina (JSON)',
    truncated:
      '{count, plural, one {Se omitió # destinatario más} other {Se omitieron # destinatarios más}} para que este informe sea breve; el bloque JSON contiene los recuentos.',
    cut: '[recortado: {count} caracteres más]',
    itChecks: 'Qué debe comprobar TI',
    noBody: 'No se incluye el cuerpo del mensaje original.',
    backscatter: 'Nota: parece backscatter (un informe de no entrega de un mensaje que yo no envié).',
    // ---- Report additions (h11: issues #10 item 10, #11 item 8, #12 item 5). Kept together to ease merging. ----
    notGiven: 'no indicado',
    andMore: 'y {count, number} más',
    dateWithLocal: '{iso} ({local}, mi hora local)',
    clientLine:
      'Outlook: {host} {version}; plataforma: {platform}; idioma: {language}; API de buzón {set}; informe de no entrega leído mediante: {route}',
    trace: 'Localizar el mensaje (seguimiento de mensajes)',
    traceMessageId: 'Message-ID original: {id}',
    traceWindow: 'Enviado entre {start} y {end} (UTC)',
    tracePowerShell: 'Exchange Online PowerShell:',
    traceEac: 'Centro de administración de Exchange, seguimiento de mensajes: {url}',
    traceServer: 'Servidor que emitió el informe: {server}',
    traceQueue: 'Id. de cola: {id} (en {server})',
    mailtoCut: '[El informe se recortó para que quepa en un vínculo de correo. Use “Copiar informe” para obtener el texto completo.]',
    // ---- end of report additions ----
  },
  errors: {
    unreadable: 'No se pudo leer la entrada.',
    empty: 'La entrada está vacía: no hay ningún mensaje que analizar.',
    'too-large': 'La entrada ocupa {size} MB; el límite es {limit} MB.',
    unparseable: 'No se pudo leer el mensaje como correo electrónico ni como archivo .msg de Outlook.',
    'msg-damaged': 'Este archivo .msg de Outlook está dañado o manipulado ({problem}); no se leyó.',
    'analysis-failed': 'El mensaje se leyó, pero su análisis falló de forma inesperada.',
    'time-limit':
      'El análisis de este mensaje tardó más de {seconds} s, así que se detuvo. Puede que esté manipulado para ralentizar el análisis.',
    'memory-limit':
      'El análisis de este mensaje necesitó más memoria de la permitida, así que se detuvo. Puede que esté manipulado para agotar la memoria.',
    'stdin-too-large': 'La entrada estándar supera el límite de {limit} MB; no se leyó.',
    'file-not-found': '{file}: no se encontró el archivo',
    'is-directory': '{file}: es un directorio',
    'not-regular-file': '{file}: no es un archivo normal (es un dispositivo, una canalización o un socket); no se leyó',
    'file-unreadable': '{file}: no se pudo leer el archivo',
  },
  backscatterSigns: {
    'spf-failed': 'La comprobación SPF del servidor receptor para {domain} dio “{verdict}”.',
    'dmarc-failed': 'La comprobación DMARC del servidor receptor para {domain} dio “{verdict}”.',
    'foreign-message-id': 'El Message-ID del original lo generó {domain}, no su sistema de correo.',
    'foreign-received': 'Ninguna de las {count} líneas Received del original menciona {domain} ni su proveedor de correo.',
    'home-origin':
      'El original entró en internet desde una conexión doméstica o de acceso telefónico ({origin}), no desde un servidor de correo.',
  },
  cli: {
    forgedSender: 'Remitente falsificado',
    recipientNotNamed: '(destinatario no indicado)',
    asciiForm: 'Forma ASCII: {address}',
    lookAlike: 'Advertencia de dirección engañosa: {flags}',
    andMore: '… y {count} más',
  },
  ui: {
    appTitle: 'Bounce Explainer',
    loading: 'Leyendo el mensaje…',
    analysing: 'Analizando…',
    analysedMessage: 'Analizando: {subject}',
    readVia: 'Leído mediante {route}.',
    reRead: 'Volver a leer el mensaje seleccionado',
    selectionChanged: 'Ahora hay otro mensaje seleccionado. La explicación de abajo sigue siendo del mensaje indicado arriba.',
    noItem:
      'No se pudo leer ningún mensaje de Outlook. Outlook no permite a los complementos abrir la mayoría de los informes de entrega, así que pegue el informe de no entrega, elija el archivo guardado o arrastre el mensaje aquí.',
    restricted:
      'Outlook marcó este mensaje como restringido, así que el complemento no puede leerlo. Pegue el informe de no entrega, elija el archivo guardado o arrastre el mensaje aquí.',
    readFailed:
      'No se pudo leer el mensaje ({detail}). Pegue el informe de no entrega, elija el archivo guardado o arrastre el mensaje aquí.',
    notBounce: 'Este mensaje no parece un informe de no entrega. Si lo es, pegue su texto completo abajo y lo volveremos a intentar.',
    autoReply: 'Es una respuesta automática (por ejemplo, de fuera de la oficina). Su mensaje se entregó.',
    deliveryReport: 'Es una confirmación de entrega: su mensaje llegó.',
    feedbackReport: 'Es un informe de queja de un proveedor de correo, no un informe de no entrega.',
    inputError: 'No se pudo leer esta entrada: {detail}',
    analysisTimeout:
      'El análisis de este mensaje tardó más de {seconds} segundos, así que se detuvo. Puede que el mensaje esté dañado o creado para ralentizar el complemento: no confíe en él y pida a TI que examine el propio archivo.',
    analysisCrashed:
      'El análisis de este mensaje falló (puede que esté dañado o creado para bloquear el complemento). No confíe en él y pida a TI que examine el propio archivo.',
    addressFlagged:
      'Advertencia de dirección engañosa: esta dirección {flags, select, mixed {mezcla alfabetos} bidi {contiene caracteres que reordenan el texto} zero {contiene caracteres invisibles} other {contiene caracteres poco habituales}}, así que puede no ser lo que parece.',
    addressAscii: 'Forma ASCII: {address}',
    whoMustAct: 'Quién debe actuar',
    whatHappened: 'Qué ha pasado',
    whatToDo: 'Qué puede hacer ahora',
    whatItChecks: 'Qué debe comprobar TI',
    recipients: '{count, plural, one {Destinatario} other {Destinatarios (#)}}',
    technicalDetails: 'Detalles técnicos',
    copyDetails: 'Copiar detalles técnicos',
    copied: 'Copiado',
    serverSaid: 'Respuesta del servidor',
    codes: 'Códigos',
    servers: 'Servidores',
    evidence: 'Por qué lo creemos',
    confidence: 'Confianza: {percent} %',
    links: 'Más información',
    backscatterTitle: 'Usted no envió este mensaje',
    draftReport: 'Redactar informe para TI',
    draftCompose: 'Convertir este borrador en el informe para TI',
    drafting: 'Preparando el informe…',
    draftOpened: 'Hay un borrador del informe abierto. Revíselo y envíelo usted mismo.',
    draftOpenedNoAttachment:
      'Hay un borrador del informe abierto (Outlook no permitió adjuntar el propio informe de no entrega). Revíselo y envíelo usted mismo.',
    draftComposeDone:
      'Este borrador es ahora el informe: el soporte técnico está en Para y los detalles están encima del informe de no entrega reenviado. Revíselo y envíelo usted mismo.',
    draftFallback: 'Outlook no puede abrir un mensaje nuevo aquí. Copie el informe o ábralo en su aplicación de correo.',
    copyReport: 'Copiar informe',
    openMailto: 'Abrir en la aplicación de correo',
    helpdeskLabel: 'Dirección del soporte técnico de TI',
    helpdeskHint: 'Adónde va el informe. Se guarda en la configuración de su buzón.',
    helpdeskSave: 'Guardar',
    helpdeskSaved: 'Guardado.',
    helpdeskInvalid: 'Escriba una sola dirección de correo, como helpdesk@example.com.',
    helpdeskMissing: 'Aún no hay ninguna dirección de soporte técnico: escríbala abajo, o déjela vacía y rellene Para usted mismo.',
    helpdeskFrom:
      '{source, select, user {Su propia configuración.} url {Definida por el vínculo del complemento.} config {Valor predeterminado de su organización.} other {Sin definir.}}',
    triedLabel: 'Lo que ya he intentado (opcional)',
    inputTitle: 'Analizar un informe de no entrega usted mismo',
    inputHint:
      'Funciona con cualquier informe de no entrega: pegue su texto, elija un archivo .eml o .msg guardado, o arrastre el mensaje a este cuadro.',
    pasteLabel: 'Texto del informe de no entrega',
    analyseText: 'Explicar este texto',
    pickFile: 'Elegir un archivo (.eml, .msg)',
    dropHere: 'O suelte aquí un mensaje o un archivo',
    dropActive: 'Suéltelo para analizarlo',
    fileTooBig: 'Ese archivo es demasiado grande para ser un informe de no entrega ({size}).',
    fileUnreadable: 'No se pudo leer ese archivo.',
    sourcePaste: 'texto pegado',
    sourceFile: 'archivo {name}',
    sourceDrop: 'mensaje arrastrado {name}',
    sourceSelected: 'el mensaje seleccionado',
    sourceDraft: 'el informe de no entrega reenviado en este borrador',
    unknownSubject: '(sin asunto)',
    unknownValue: 'desconocido',
    routeFile: 'el archivo completo del mensaje',
    routeBodyText: 'el texto del mensaje',
    routeBodyHtml: 'el HTML del mensaje',
    routeHeaders: 'los encabezados y el texto',
    // h11 (#11 item 4)
    analysedWhen: 'Recibido: {time}',
    selectionUnknown:
      'Outlook no avisa a los complementos cuando usted deja un informe de entrega, así que este panel no sabe qué hay seleccionado ahora. Para explicar otro mensaje, selecciónelo y elija Volver a leer.',
    routeAttachment: 'el mensaje adjunto',
    routeNone: 'nada',
    analyseAnother: 'Analizar otro informe de no entrega',
    techRemote: 'remoto',
    techReporting: 'que informa',
    techAfter: 'después de',
    techServerSaid: 'respuesta del servidor',
    techEvidence: 'indicios',
  },
};
