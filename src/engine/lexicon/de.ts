/** German (de). Headings of the legacy layout from Microsoft's de-DE Exchange documentation. */
import { analogy, ms } from './types';
import type { Lexicon } from './types';

const DE = 'https://technet.microsoft.com/de-de/library/Bb232118(v=EXCHG.150)';

export const de: Lexicon = {
  lang: 'de',
  exchange: {
    failedHeading: analogy(
      'Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:',
      'Fehler bei der Zustellung an diese Empfänger oder Gruppen:',
    ),
    delayedHeading: analogy(
      'Die Zustellung an folgende Empfänger oder Gruppen verzögert sich:',
      'Die Zustellung an diese Empfänger oder Gruppen wurde verzögert:',
    ),
    deliveredHeading: analogy('Ihre Nachricht wurde an die folgenden Empfänger zugestellt:'),
    rejectedBy: analogy('hat Ihre Nachricht an die folgenden E-Mail-Adressen abgelehnt:'),
    gaveError: analogy('hat diesen Fehler zurückgegeben:', 'hat folgenden Fehler gemeldet:'),
    adminHeading: ms(DE, 'Diagnoseinformationen für Administratoren:'),
    generatingServer: ms(DE, 'Generierender Server:'),
    receivingServer: analogy('Empfangender Server:'),
    originalHeaders: ms(DE, 'Ursprüngliche Nachrichtenkopfzeilen:'),
    stillTrying: analogy('Diese Nachricht wurde noch nicht zugestellt', 'Der Server versucht weiterhin'),
    couldNotDeliver: analogy('Ihre Nachricht an {rcpt} konnte nicht zugestellt werden'),
    actionRequired: analogy('Aktion erforderlich'),
    senderLabel: analogy('Absender'),
    recipientLabel: analogy('Empfänger'),
    howToFix: analogy('So beheben Sie das Problem'),
    moreInfo: analogy('Weitere Informationen für E-Mail-Administratoren'),
    statusCode: analogy('Statuscode:'),
    originalDetails: analogy('Details zur ursprünglichen Nachricht'),
    errorDetails: analogy('Fehlerdetails'),
    reportedError: analogy('Gemeldeter Fehler:'),
    dsnGeneratedBy: analogy('DSN generiert von:'),
    senderAddress: analogy('Absenderadresse:'),
    recipientAddress: analogy('Empfängeradresse:'),
    messageHops: analogy('Nachrichtenhops'),
    failedSubject: analogy('Unzustellbar:'),
    delayedSubject: analogy('Übermittlung verzögert:', 'Zustellung verzögert:'),
    deliveredSubject: analogy('Zugestellt:', 'Übermittelt:'),
  },
  forward: {
    from: analogy('Von'),
    sent: analogy('Gesendet'),
    to: analogy('An'),
    cc: analogy('Cc'),
    subject: analogy('Betreff'),
    date: analogy('Datum'),
    separator: analogy('-----Ursprüngliche Nachricht-----'),
    prefix: analogy('WG:', 'Fwd:'),
  },
  autoReplySubject: analogy('Automatische Antwort:'),
};
