/**
 * German message catalogue (ICU MessageFormat), same keys and placeholders as en.ts.
 * Terms follow docs/glossary/de.md (Microsoft's German Outlook and Exchange Online wording);
 * the user is addressed as „Sie“. SMTP codes, server text and command names stay unchanged.
 */
import type { EntryId } from '../catalogue';
import type { Message } from '../../i18n/format';
import type { Catalogue, DelayedTexts, EntryTexts } from './en';

const E = (title: Message, summary: Message, steps: readonly Message[], it: readonly Message[], delayed?: DelayedTexts): EntryTexts =>
  delayed === undefined ? { title, summary, steps, it } : { title, summary, steps, it, delayed };

const TELL_RECIPIENT = 'Sagen Sie der Person auf anderem Weg, zum Beispiel per Telefon oder Chat, dass Ihre E-Mail nicht angekommen ist.';
const NO_ACTION_YET = 'Noch nichts zu tun: Ihr E-Mail-Server versucht es selbst weiter.';
const AGAIN_LATER = 'Senden Sie die Nachricht später erneut.';
const SEND_REPORT = 'Senden Sie den vorbereiteten Bericht an Ihren IT-Helpdesk; er enthält schon alles, was dieser braucht.';
const SPF = 'SPF (die Liste der Server, die für Ihre Domäne E-Mails senden dürfen)';
const DKIM = 'DKIM (das digitale Siegel, das Ihr Server auf jede Nachricht setzt)';
const DMARC = 'DMARC (die Regel Ihrer Domäne, was Empfänger tun, wenn diese Prüfungen fehlschlagen)';

const MAILBOX_DISABLED = E(
  'Das Postfach des Empfängers ist deaktiviert',
  'Das Postfach des Empfängers existiert, ist aber abgeschaltet, zum Beispiel weil die Person gegangen ist oder das Konto geschlossen oder gesperrt wurde.',
  [TELL_RECIPIENT, 'Fragen Sie die Person oder ihre Organisation nach einer anderen Adresse.'],
  [
    'Wenn der Empfänger zu Ihrer Organisation gehört: Prüfen Sie, ob das Postfach deaktiviert, ohne Lizenz oder vorläufig gelöscht ist, und stellen Sie es oder seine Adresse wieder her.',
  ],
);

const MAIL_FLOW_RULE = E(
  'Eine E-Mail-Regel hat die Nachricht abgelehnt',
  'Eine Regel eines E-Mail-Administrators hat die Nachricht abgelehnt. Der Unzustellbarkeitsbericht zeigt, zu welcher Organisation die Regel gehört.',
  [
    'Wenn der Bericht den Grund der Regel nennt, etwa einen gesperrten Anlagentyp, beheben Sie ihn und senden Sie erneut.',
    'Andernfalls senden Sie den Bericht an Ihren IT-Helpdesk: Dort kann man die Regel finden.',
  ],
  [
    'Die Nachrichtenflussregel (Transportregel) finden, die mit diesem Code ablehnt (TRANSPORT.RULES.RejectMessage): zuerst in der Nachrichtenablaufverfolgung des eigenen Mandanten, sonst bei der Organisation des Empfängers.',
  ],
);

const NOT_AUTHENTICATED = E(
  'Nur interne Absender sind erlaubt',
  'Der Empfänger (ein Postfach, eine Gruppe oder ein öffentlicher Ordner) nimmt nur E-Mails aus der eigenen Organisation an. Ihre Nachricht kam von außen.',
  ['Bitten Sie den Besitzer dieser Adresse, externe Absender zuzulassen oder Sie hinzuzufügen.'],
  [
    'Wenn der Empfänger intern ist: „Authentifizierung aller Absender anfordern“ (require that all senders are authenticated) deaktivieren oder diesen Absender zulassen.',
  ],
);

const NO_DMARC_RECORD = E(
  'Ihrer Domäne fehlt ein Richtlinieneintrag, den der Empfänger verlangt',
  'Der Empfänger verlangt, dass sendende Domänen eine Richtlinie zur Prüfung ihrer E-Mails veröffentlichen, und Ihre Domäne hat keine. Ihre IT muss sie hinzufügen.',
  ['Senden Sie noch nicht erneut; die Nachricht würde wieder abgelehnt.', SEND_REPORT],
  [
    `Einen ${DMARC}-Eintrag für die From-Domäne veröffentlichen; p=none genügt für Gmails Regel für Massenabsender (Gmail 4.7.31 / 5.7.40).`,
  ],
);

const DMARC_ALIGNMENT = E(
  'Ihre Absenderadresse passt nicht zu den Prüfungen Ihrer E-Mail',
  'Die Domäne in Ihrer Absenderadresse ist nicht die Domäne, für die Ihr E-Mail-Server sich ausgewiesen hat. Der Empfänger verlangt, dass beide übereinstimmen.',
  ['Senden Sie noch nicht erneut; die Nachricht würde wieder abgelehnt.', SEND_REPORT],
  [
    'Die From-Domäne an die SPF-Domäne (Umschlagabsender) oder die DKIM-Signaturdomäne angleichen (Gmail 4.7.32 / 5.7.32).',
    `Die ${DMARC}-Ausrichtung für jeden Dienst prüfen, der im Namen Ihrer Domäne sendet.`,
  ],
);

const SENDER_DENIED = E(
  'Ihre Adresse wurde abgelehnt',
  'Der empfangende Server hat Ihre Absenderadresse abgelehnt. Vielleicht hat der Empfänger Sie blockiert, oder die Prüfungen Ihrer Domäne sind fehlgeschlagen.',
  ['Fragen Sie den Empfänger, ob er Ihre Adresse blockiert hat.', 'Wenn auch andere Ihre E-Mails ablehnen, informieren Sie die IT.'],
  [`${SPF} für die sendende Domäne prüfen.`, 'Prüfen, ob der Absender auf der Sperrliste des Empfängers steht.'],
);

const entries: Record<EntryId, EntryTexts> = {
  // ---- special cases ----
  backscatter: E(
    'Jemand hat Ihre Adresse missbraucht',
    'Dieser Unzustellbarkeitsbericht gehört zu einer Nachricht, die Sie nie gesendet haben. Ein Fremder hat Ihre Adresse als Absender eingetragen, und der Bericht kam zu Ihnen zurück.',
    [
      'Antworten Sie nicht auf diesen Bericht und öffnen Sie keine Links oder Anlagen darin.',
      'Löschen Sie ihn. Aus Ihrem Postfach wurde nichts gesendet.',
      'Wenn Sie viele davon erhalten, informieren Sie Ihren IT-Helpdesk, damit er sie filtern kann.',
    ],
    [
      `Prüfen, ob ${SPF}, ${DKIM} und ${DMARC} für die Domäne veröffentlicht sind, mit einer DMARC-Richtlinie quarantine oder reject.`,
      'Die zurückgesandte Originalnachricht prüfen: Sie sollte nicht über die eigenen Server gelaufen sein.',
      'Bei vielen solchen Berichten einen Backscatter-Filter erwägen.',
    ],
  ),
  'misspelt-domain': E(
    'Die Adresse ist vielleicht falsch geschrieben',
    'Die Domäne des Empfängers {domain} wurde nicht gefunden. Meinten Sie {suggestion}?',
    [
      'Prüfen Sie den Teil nach dem @ in der Adresse: Meinten Sie {suggestion}?',
      'Wenn ja, korrigieren Sie die Adresse und senden Sie die Nachricht erneut.',
      'Wenn Outlook die falsche Adresse vorgeschlagen hat, entfernen Sie sie aus der AutoVervollständigen-Liste: Beginnen Sie, sie einzugeben, und wählen Sie dann das X neben dem Vorschlag.',
    ],
    ['Auf Ihrer Seite nichts zu prüfen, außer die Adresse lautet wirklich {domain}.'],
  ),
  delayed: E(
    'Ihre Nachricht ist verzögert',
    'Ihr E-Mail-Server konnte die Nachricht noch nicht zustellen und versucht es weiter. Sie erhalten eine weitere Meldung, falls es endgültig fehlschlägt.',
    ['Im Moment ist nichts zu tun.', 'Wenn es eilt, erreichen Sie die Person auf anderem Weg, zum Beispiel per Telefon.'],
    [
      'Wenn Verzögerungen zu dieser Domäne anhalten, ihre MX-Einträge und die eigene ausgehende Verbindung prüfen.',
      'Den letzten Fehler im Diagnosetext lesen.',
    ],
  ),
  'stale-x500': E(
    'Eine alte gespeicherte Adresse wurde verwendet',
    'Outlook hat eine alte gespeicherte Version dieses Kontakts verwendet, die nicht mehr funktioniert. Die Person ist vielleicht unter einer neuen Adresse erreichbar.',
    [
      'Beginnen Sie, den Namen in das Feld „An“ einzugeben, und wählen Sie dann das X neben dem alten Vorschlag, um ihn aus der AutoVervollständigen-Liste zu entfernen.',
      'Geben Sie die vollständige E-Mail-Adresse erneut ein oder wählen Sie die Person im Adressbuch aus.',
      'Senden Sie die Nachricht erneut.',
    ],
    [
      'Prüfen, ob das Postfach verschoben, neu erstellt oder migriert wurde; der alte LegacyExchangeDN muss eventuell als X500-Proxyadresse hinzugefügt werden.',
      'Prüfen, ob das Offlineadressbuch aktuell ist.',
    ],
  ),
  // ---- the sender's own account ----
  'sender-account-held': E(
    'Ihr Konto muss bestätigt werden, bevor es senden kann',
    'Ihr E-Mail-Anbieter hat das Senden aus Ihrem Konto angehalten, bis Sie bestätigen, dass Sie es wirklich sind. Die Adressen der Empfänger sind nicht das Problem.',
    [
      'Melden Sie sich im Web bei Ihrem Postfach an (für Outlook.com: outlook.com) und folgen Sie den Anweisungen, um Ihr Konto zu bestätigen.',
      'Wenn Sie keine ungewöhnlich vielen E-Mails gesendet haben, ändern Sie Ihr Kennwort.',
      'Senden Sie die Nachricht dann erneut.',
    ],
    [
      'Das Konto auf Anzeichen einer Kompromittierung prüfen: Anmeldungen, Posteingangsregeln, Weiterleitungen.',
      'STOREDRV.Submission OutboundSpamException (WASCL-Urteil HipSend, ShowTierUpgrade) ist die Sperre des Anbieters wegen ausgehendem Spam; nur der Kontoinhaber kann sie durch Bestätigung aufheben.',
    ],
  ),

  // ---- text-specific ----
  'ms-own-mailbox-full': E(
    'Ihr eigenes Postfach ist voll',
    'Ihr eigenes Postfach hat seine Größenbeschränkung überschritten und kann daher nicht senden. Gesendete Elemente zählen mit.',
    [
      'Leeren Sie „Gelöschte Elemente“ und löschen oder archivieren Sie große alte Nachrichten, auch in „Gesendete Elemente“.',
      'Senden Sie die Nachricht erneut, sobald wieder Platz ist.',
    ],
    [
      'STOREDRV.Submission QuotaExceededException: das Postfachkontingent des Absenders, nicht das des Empfängers.',
      'Postfachkontingent und Aufbewahrungseinstellungen des Absenders für „Gesendete Elemente“ prüfen; ein Archivpostfach erwägen.',
    ],
  ),
  'submission-quota': E(
    'Sie haben Ihr Sendelimit erreicht',
    'Ihr Konto hat an mehr Empfänger gesendet, als an einem Tag erlaubt ist, deshalb sendet Ihr eigener E-Mail-Dienst vorerst nicht mehr. Die Empfänger sind nicht das Problem.',
    [
      'Senden Sie die Nachricht morgen erneut; das Limit zählt die letzten 24 Stunden.',
      'Senden Sie an weniger Personen auf einmal, oder fragen Sie die IT nach einem Werkzeug für große Verteiler.',
      'Wenn Sie nicht so viele E-Mails gesendet haben, informieren Sie sofort die IT: Ihr Konto wird vielleicht missbraucht.',
    ],
    [
      'STOREDRV.Submission SubmissionQuotaExceeded: das Empfängerratenlimit des Absenders (10.000 Empfänger pro Tag in Exchange Online).',
      'Das aktuelle Sendevolumen des Kontos auf Anzeichen einer Kompromittierung prüfen.',
    ],
  ),
  'ms-dbeb': E(
    'Die Adresse des Empfängers ist dort unbekannt',
    'Der E-Mail-Dienst des Empfängers kennt diese Adresse nicht. Sie ist vielleicht falsch geschrieben oder existiert nicht mehr.',
    [
      'Prüfen Sie die Schreibweise von {recipient}.',
      'Fragen Sie die Person auf anderem Weg nach ihrer aktuellen Adresse.',
      'Senden Sie erneut an die richtige Adresse.',
    ],
    [
      'Wenn der Empfänger zur eigenen Organisation gehört, prüfen, ob die Adresse mit Microsoft 365 synchronisiert ist (verzeichnisbasierte Edgeblockierung, DBEB).',
    ],
  ),
  'relay-denied': E(
    'Ein Server hat die Weitergabe der Nachricht abgelehnt',
    'Ein E-Mail-Server hat abgelehnt, Ihre Nachricht an die Domäne des Empfängers weiterzugeben. Das ist ein Einrichtungsproblem zwischen E-Mail-Servern, nicht ein Problem Ihrer Nachricht.',
    ['Senden Sie noch nicht erneut: Es würde genauso fehlschlagen.', SEND_REPORT],
    [
      'Die Connectors und Relayberechtigungen für diesen Sendeweg prüfen.',
      'Prüfen, ob die MX-Einträge der Empfängerdomäne auf die richtigen Server zeigen.',
      'Wenn ein Gerät oder eine App über den eigenen Server sendet, prüfen, ob es weiterleiten (relay) darf oder sich mit SMTP AUTH anmeldet.',
    ],
  ),
  'restricted-recipient': E(
    'Sie dürfen an diese Adresse nicht schreiben',
    'Der Empfänger nimmt nur E-Mails von bestimmten Absendern an, etwa von Mitgliedern einer Gruppe. Ihre Adresse steht nicht auf dieser Liste.',
    [
      'Bitten Sie den Besitzer der Gruppe oder des Postfachs, Ihre Adresse zuzulassen oder Ihre Nachricht weiterzuleiten.',
      'Treten Sie zuerst der Gruppe bei, falls das so vorgesehen ist.',
    ],
    [
      'Wenn der Empfänger intern ist: Übermittlungseinschränkungen, Moderation und Nachrichtenflussregeln für dieses Postfach oder diese Gruppe prüfen.',
    ],
  ),
  'blocklisted-ip': E(
    'Ihr E-Mail-Server steht auf einer Sperrliste',
    'Der empfangende Server hat E-Mails vom Server Ihrer Organisation abgelehnt, weil dieser als Spamquelle gelistet ist. Ihre Nachricht selbst ist nicht das Problem.',
    ['Senden Sie jetzt nicht erneut; die Nachricht würde wieder abgelehnt.', SEND_REPORT, TELL_RECIPIENT],
    [
      'Die sendende IP-Adresse auf der im Servertext genannten Sperrliste nachschlagen und deren Schritte zur Entfernung befolgen.',
      'Nach kompromittierten Konten oder Geräten suchen, die Spam senden.',
      'Bis zur Entfernung von der Liste über ein anderes Netz oder ein Relay mit gutem Ruf senden.',
    ],
  ),
  'ms-generic-remote': E(
    'Der Server des Empfängers hat die Nachricht abgelehnt',
    'Der Server des Empfängers hat die Nachricht abgelehnt, und Microsoft 365 hat seinen Fehler ohne klaren Grund weitergegeben. Ihre IT kann die Details im Bericht lesen.',
    [TELL_RECIPIENT, SEND_REPORT],
    [
      'Den ursprünglichen Fehler der Gegenstelle im Diagnosetext lesen.',
      'Auf Nachrichtenformate (etwa Rich-Text / TNEF) achten, die die Gegenseite vielleicht nicht annimmt.',
    ],
  ),
  'ms-x-dg-ref': E(
    'Das Nachrichtenformat wurde abgelehnt',
    'Die Nachricht wurde im Rich-Text-Format von Outlook oder mit zu vielen angehängten Elementen gesendet. Der Server des Empfängers hat dieses Format abgelehnt.',
    [
      'Stellen Sie die Nachricht auf HTML um („Text formatieren“, dann „HTML“) und senden Sie sie erneut.',
      'Hängen Sie weniger eingebettete Dateien an oder packen Sie sie in eine ZIP-Datei.',
    ],
    ['Die TNEF-Einstellungen (Rich-Text) für Remotedomänen prüfen.'],
  ),
  'google-login': E(
    'Gmail hat die Anmeldung abgelehnt',
    'Die App, aus der Sie senden, konnte sich nicht beim E-Mail-Server anmelden. Das Kennwort wurde abgelehnt, oder das Konto braucht eine Anmeldung im Browser.',
    [
      'Melden Sie sich in einem Webbrowser bei Ihrem Konto an und folgen Sie allen Sicherheitsabfragen.',
      'Wenn Ihr Konto die Bestätigung in zwei Schritten nutzt, erstellen Sie ein App-Passwort und verwenden Sie es in der App.',
      'Senden Sie die Nachricht erneut.',
    ],
    ['Prüfen, ob die App oder das Gerät eine unterstützte Anmeldemethode nutzt (OAuth oder ein App-Passwort).'],
  ),
  'spam-content': E(
    'Die Nachricht sah wie Spam aus',
    'Der Spamfilter des Empfängers hat Ihre Nachricht als unerwünschte E-Mail eingestuft. Links, Anlagen, Formulierungen oder der Ruf Ihrer Organisation als Absender können das auslösen.',
    [
      'Prüfen Sie die Nachricht auf das, was Spamfilter nicht mögen: viele Links, gekürzte Links, große Bilder mit wenig Text oder Dateien, die die Person nicht erwartet.',
      'Sagen Sie der Person auf anderem Weg, dass Ihre Nachricht abgelehnt wurde, damit sie ihre IT um Prüfung bitten kann.',
      'Wenn mehrere Personen Ihre E-Mails als Spam ablehnen, informieren Sie Ihre IT.',
    ],
    [
      'Prüfen, ob SPF, DKIM und DMARC für die eigene Domäne bestehen.',
      'Den Ruf der sendenden IP-Adresse und Domäne (zum Beispiel mit Google Postmaster Tools) und die Beschwerderaten prüfen.',
    ],
  ),
  reputation: E(
    'Der E-Mail-Server Ihrer Organisation hat einen schlechten Ruf',
    'Der empfangende Anbieter hat E-Mails vom Server Ihrer Organisation wegen dessen Ruf oder ungewöhnlicher Menge abgelehnt. Ihre Nachricht selbst ist wahrscheinlich nicht das Problem.',
    ['Senden Sie jetzt nicht erneut; die Nachricht würde wieder abgelehnt.', SEND_REPORT, TELL_RECIPIENT],
    [
      'Sendevolumen und Beschwerderaten der sendenden IP-Adresse und Domäne prüfen.',
      'Prüfen, ob SPF, DKIM und DMARC für alle E-Mails bestehen.',
      'Über die Absender-Supportseiten des Anbieters Abhilfe beantragen (Google Postmaster Tools, Yahoo Sender Hub, Microsoft-Absendersupport).',
    ],
    {
      title: 'Ihr E-Mail-Server wird gebremst',
      summary:
        'Der empfangende Anbieter begrenzt E-Mails vom Server Ihrer Organisation wegen dessen Ruf oder Menge. Ihr Server versucht weiter, zuzustellen.',
      steps: [NO_ACTION_YET, 'Wenn danach eine endgültige Fehlermeldung kommt, senden Sie den Bericht an Ihren IT-Helpdesk.'],
    },
  ),
  'malformed-message': E(
    'Die Nachricht war nicht korrekt aufgebaut',
    'Der empfangende Server hat ein Problem in den Kopfzeilen der Nachricht gefunden, etwa eine fehlende oder doppelte Absenderzeile. Das kommt meist von einer App oder einem Gerät, nicht von Outlook.',
    [
      'Wenn Sie aus einer App, von einem Scanner oder einer Website gesendet haben, sagen Sie der IT, von welcher.',
      'Versuchen Sie, dieselbe Nachricht direkt aus Outlook zu senden.',
    ],
    ['Prüfen, ob die sendende App genau einen gültigen From-Header und eine Message-ID schreibt (RFC 5322).'],
  ),
  'receiving-too-fast': E(
    'Der Empfänger erhält zu viele E-Mails',
    'Das Postfach des Empfängers hat schneller E-Mails erhalten, als sein Anbieter erlaubt, deshalb wurde Ihre Nachricht abgelehnt.',
    [TELL_RECIPIENT, 'Senden Sie die Nachricht in ein paar Stunden erneut.'],
    ['Auf Ihrer Seite nichts zu beheben, außer Sie haben dieser Person in kurzer Zeit viele Nachrichten gesendet.'],
    {
      summary:
        'Das Postfach des Empfängers erhält schneller E-Mails, als sein Anbieter erlaubt. Ihre Nachricht wurde zurückgehalten, und Ihr Server versucht es weiter.',
      steps: [NO_ACTION_YET],
    },
  ),
  'blocked-content': E(
    'Eine Anlage oder ein Link wurde blockiert',
    'Der empfangende Server hat die Nachricht wegen eines Anlagentyps oder Inhalts blockiert, den er für unsicher hält.',
    [
      'Entfernen Sie die blockierte Anlage und senden Sie die Nachricht ohne sie erneut.',
      'Wenn die Person die Datei braucht, fragen Sie Ihre IT, wie Ihre Organisation das Teilen erlaubt.',
    ],
    ['Prüfen, welchen Anlagentyp oder Link der Anbieter des Empfängers blockiert hat und ob die Datei sicher ist.'],
  ),

  // ---- Microsoft 365 ----
  'ms-relay-pool': E(
    'Microsoft 365 konnte Ihre Nachricht nicht weitergeben',
    'Ihre Nachricht wurde über Microsoft 365 weitergeleitet, und der nächste Server hat sie abgelehnt. Die E-Mail-Einrichtung Ihrer Organisation ist die Ursache, erneutes Senden hilft also nicht.',
    ['Senden Sie nicht erneut; es würde genauso fehlschlagen.', SEND_REPORT, TELL_RECIPIENT],
    [
      `${SPF} prüfen: Es muss jeden Dienst enthalten, der für Ihre Domäne sendet.`,
      `Prüfen, ob die ${DKIM}-Signierung für die Domäne in Microsoft 365 aktiviert ist.`,
      `${DMARC} prüfen und ob die E-Mails darauf ausgerichtet sind.`,
      'Eingehende Connectors prüfen: E-Mails von den eigenen Gateways sollten zu einem Connector passen (oder Enhanced Filtering nutzen), damit Microsoft 365 nicht seinen Relaypool verwendet.',
      'Prüfen, ob die Absenderdomäne eine akzeptierte Domäne im Mandanten ist.',
      'Weiterleitungsregeln prüfen, die E-Mails an externe Adressen weitersenden.',
      'Wenn Geräte oder Apps über Microsoft 365 senden, prüfen, ob sie sich mit SMTP AUTH anmelden oder zu einem Connector passen.',
      'Prüfen, ob die sendende IP-Adresse auf einer Sperrliste steht und ob der Fehler nur aus einem Netz auftritt (zu Hause, VPN oder Zweigstelle).',
    ],
  ),
  'recipient-not-found': E(
    'Die Adresse existiert nicht',
    'Die Organisation des Empfängers hat kein Postfach mit dieser Adresse. Sie ist vielleicht falsch geschrieben, oder die Person ist gegangen.',
    [
      'Prüfen Sie die Schreibweise von {recipient}.',
      'Entfernen Sie die Adresse aus der AutoVervollständigen-Liste, wenn Outlook sie vorgeschlagen hat, und geben Sie sie neu ein.',
      'Wenn Sie diese Adresse nicht eingegeben haben, leitet die Person vielleicht E-Mails dorthin weiter: Sagen Sie ihr, dass ihre Weiterleitung nicht funktioniert.',
      'Fragen Sie die Person auf anderem Weg nach ihrer aktuellen Adresse.',
    ],
    [
      'Wenn der Empfänger zur eigenen Organisation gehört, prüfen, ob der Benutzer existiert, lizenziert ist und die Domäne richtig eingerichtet ist.',
      'Weiterleitungsregeln im Postfach des Empfängers prüfen, wenn die Adresse nicht die vom Absender eingegebene ist.',
    ],
  ),
  'ms-sender-denied': SENDER_DENIED,
  'ms-bad-outbound-sender': E(
    'Ihr Konto wurde für das Senden gesperrt',
    'Microsoft 365 hat das Senden aus Ihrem Konto gestoppt, weil es offenbar Spam gesendet hat. Meist heißt das, dass jemand anderes in Ihr Konto gelangt ist.',
    [
      'Ändern Sie sofort Ihr Kennwort.',
      'Prüfen Sie Ihre Geräte auf Schadsoftware.',
      'Informieren Sie sofort die IT, damit sie Sie entsperren kann.',
    ],
    [
      'Das Konto auf Kompromittierung prüfen (Anmeldungen, Posteingangsregeln, Weiterleitungen).',
      'Nach der Bereinigung den Benutzer im Microsoft Defender-Portal unter „Eingeschränkte Entitäten“ (Restricted entities) entfernen.',
    ],
  ),
  'multiple-from': E(
    'Die Nachricht hatte mehr als einen Absender',
    'Die Nachricht nannte mehrere Absenderadressen ohne eine Sender-Zeile. Server lehnen dieses Format ab.',
    ['Senden Sie von einer einzigen Absenderadresse.', 'Wenn eine App sie gesendet hat, sagen Sie der IT, welche.'],
    ['Die Einstellungen der sendenden App für die Header From und Sender prüfen.'],
  ),
  'daily-recipient-limit': E(
    'Sie haben das tägliche Empfängerlimit erreicht',
    'Ihr Konto hat an einem Tag an mehr Empfänger gesendet als erlaubt. Das Senden ist angehalten, bis das Limit zurückgesetzt wird.',
    [
      'Senden Sie die Nachricht morgen erneut; das Limit zählt die letzten 24 Stunden.',
      'Wenn Sie nicht so viel gesendet haben, informieren Sie die IT: Ihr Konto wird vielleicht missbraucht.',
    ],
    ['Die letzten Sendevorgänge des Kontos auf Anzeichen einer Kompromittierung prüfen.'],
  ),
  'hourly-sender-limit': E(
    'Sie haben dieser Person zu viele Nachrichten gesendet',
    'Der Dienst des Empfängers begrenzt, wie viele Nachrichten ein Absender ihm pro Stunde senden kann. Sie haben dieses Limit überschritten.',
    ['Senden Sie die Nachricht in einer Stunde erneut.', 'Wenn eine App oder Regel diese Nachrichten sendet, bremsen Sie sie.'],
    ['Nach automatischen Sendeschleifen an diesen Empfänger suchen.'],
  ),
  'hourly-recipient-limit': E(
    'Der Empfänger hat in dieser Stunde zu viele E-Mails erhalten',
    'Das Postfach des Empfängers hat mehr Nachrichten erhalten, als es pro Stunde annimmt. Ihre Nachricht wurde vorerst abgelehnt.',
    ['Senden Sie später erneut.', TELL_RECIPIENT],
    ['Auf Ihrer Seite nichts zu ändern.'],
  ),
  'ms-journaling': E(
    'Eine Archivkopie Ihrer Nachricht konnte nicht gespeichert werden',
    'Ihre Organisation bewahrt Archivkopien von E-Mails auf, und die Kopie dieser Nachricht konnte nicht in Microsoft 365 gespeichert werden. Das ist eine Einstellung des Administrators.',
    [SEND_REPORT],
    ['Journalregeln mit Ziel Microsoft 365 und die Einstellungen des Journalarchivs prüfen.'],
  ),
  'ms-thread-limit': E(
    'Das Postfach des Empfängers ist ausgelastet',
    'Das Postfach des Empfängers hat sehr viele E-Mails auf einmal erhalten oder enthält zu viele Elemente, deshalb hat es Ihre Nachricht nicht angenommen.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Wenn das Postfach intern ist: nach E-Mail-Stürmen in das Postfach des Empfängers oder einem Ordner über seinem Elementlimit suchen.'],
    {
      summary:
        'Das Postfach des Empfängers erhält sehr viele E-Mails auf einmal und nimmt Nachrichten nur langsam an. Ihr Server versucht es weiter.',
      steps: [NO_ACTION_YET],
    },
  ),
  'mail-loop': E(
    'Die Nachricht ist im Kreis gelaufen',
    'Die Nachricht ist zu oft zwischen Servern hin- und hergegangen und wurde deshalb gestoppt. Eine Weiterleitungs- oder Routingeinstellung schickt sie in einer Schleife.',
    [SEND_REPORT],
    [
      'Prüfen, ob die Empfängerdomäne dort autoritativ ist, wo sie es sein soll.',
      'Connectors und Smarthosts (besonders in Hybridumgebungen) sowie Weiterleitungsregeln auf Schleifen prüfen.',
    ],
  ),
  'dns-failed': E(
    'Die Domäne des Empfängers konnte nicht nachgeschlagen werden',
    'Ihr E-Mail-Server konnte nicht herausfinden, wohin E-Mails für die Domäne des Empfängers gehen. Die Interneteinstellungen dieser Domäne sind vielleicht fehlerhaft.',
    ['Prüfen Sie die Adresse auf Tippfehler.', TELL_RECIPIENT, 'Versuchen Sie es später erneut.'],
    ['Die MX-Einträge der Empfängerdomäne aus dem eigenen Netz prüfen.'],
  ),
  'connection-refused': E(
    'Der Server des Empfängers hat nicht geantwortet',
    'Der E-Mail-Server des Empfängers hat Verbindungen von Ihrem E-Mail-Server abgelehnt. Sein Server ist vielleicht ausgefallen oder blockiert Sie.',
    [TELL_RECIPIENT, 'Versuchen Sie es später erneut.'],
    ['Die Verbindung von den eigenen ausgehenden Servern zum MX-Host des Empfängers prüfen.'],
  ),
  'tls-certificate': E(
    'Eine sichere Verbindung kam nicht zustande',
    'Ihr E-Mail-Server konnte keine verschlüsselte Verbindung mit dem Server des Empfängers aufbauen. Dessen Sicherheitszertifikat oder Einstellungen scheinen fehlerhaft.',
    [TELL_RECIPIENT, 'Versuchen Sie es später erneut.'],
    ['Die Zertifikatskette des Remoteservers prüfen und ob die eigene Seite für diese Domäne TLS verlangt.'],
  ),
  'connection-dropped': E(
    'Die Verbindung wurde unterbrochen',
    'Die Verbindung zum Server des Empfängers brach beim Senden immer wieder ab, deshalb ist die Zustellung fehlgeschlagen.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Wenn es wieder vorkommt, nach Netzwerkproblemen zu den Servern des Empfängers suchen.'],
    {
      summary: 'Die Verbindung zum Server des Empfängers brach beim Senden ab. Ihr Server versucht es weiter.',
      steps: [NO_ACTION_YET],
    },
  ),
  'mta-sts': E(
    'Die Sicherheitsrichtlinie des Empfängers passte nicht',
    'Die Domäne des Empfängers veröffentlicht eine Sicherheitsrichtlinie für ihre E-Mail-Server, und ihre Server erfüllen sie nicht. Ihr Server stellt ohne sie nicht zu.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Die MTA-STS-Richtlinie und die MX-Namen der Empfängerdomäne prüfen (die Seite des Empfängers muss das beheben).'],
  ),
  'mta-sts-certificate': E(
    'Das Serverzertifikat des Empfängers hat eine Prüfung nicht bestanden',
    'Der E-Mail-Server des Empfängers hat ein Sicherheitszertifikat vorgelegt, das die Richtlinie seiner eigenen Domäne nicht akzeptiert.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Die Seite des Empfängers muss ihr Zertifikat oder ihre MTA-STS-Richtlinie korrigieren.'],
  ),
  dane: E(
    'Die Verschlüsselungsprüfung des Empfängers ist fehlgeschlagen',
    'Die Domäne des Empfängers veröffentlicht eine Prüfung, die beweist, dass ihr E-Mail-Server echt ist, und diese Prüfung ist fehlgeschlagen.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Die Seite des Empfängers muss ihre DANE-Einträge (TLSA) oder DNSSEC-Einträge korrigieren.'],
  ),
  expired: E(
    'Die Nachricht konnte nicht rechtzeitig zugestellt werden',
    'Ihr E-Mail-Server hat es lange versucht, den Server des Empfängers aber nicht erreicht. Jetzt hat er aufgegeben.',
    [TELL_RECIPIENT, 'Prüfen Sie die Adresse und senden Sie die Nachricht später erneut.'],
    [
      'Wenn jede Nachricht an diese Domäne fehlschlägt, ihre MX-Einträge und die eigene ausgehende Verbindung prüfen.',
      'Wenn alle Domänen fehlschlagen, den eigenen ausgehenden Nachrichtenfluss prüfen.',
    ],
  ),
  'ms-bare-lf': E(
    'Die Nachricht enthielt Zeichen, die der Empfänger abgelehnt hat',
    'Die Nachricht enthielt Zeilenenden, die der Server des Empfängers nicht annimmt. Das passiert oft bei Nachrichten, die von Apps erstellt werden.',
    ['Senden Sie die Nachricht aus Outlook im Web oder ohne die Anlage.'],
    ['Die Seite des Empfängers kann einzelne Zeilenvorschübe (bare LF) zulassen oder BDAT unterstützen.'],
  ),
  'ms-not-authenticated-by-org': NOT_AUTHENTICATED,
  'group-allowed-senders': E(
    'Sie stehen nicht auf der Liste zulässiger Absender der Gruppe',
    'Die Gruppe nimmt nur Nachrichten von ihren Mitgliedern oder aufgeführten Absendern an. Ihre Adresse gehört nicht dazu.',
    ['Bitten Sie den Besitzer der Gruppe, Sie hinzuzufügen oder Ihre Nachricht weiterzuleiten.'],
    ['Die zulässigen Absender der Gruppe prüfen und ob externe Absender erlaubt sind.'],
  ),
  'restricted-list': E(
    'Der Empfänger nimmt nur aufgeführte Absender an',
    'Der Empfänger nimmt E-Mails nur von Personen auf seiner Liste an, und Sie stehen nicht darauf.',
    ['Bitten Sie den Empfänger, Sie hinzuzufügen, oder erreichen Sie ihn auf anderem Weg.'],
    ['In einer Hybridumgebung prüfen, ob das lokale Konto deaktiviert ist.'],
  ),
  'tenant-external-limit': E(
    'Ihre Organisation hat ihr Tageslimit erreicht',
    'Ihre Organisation hat in 24 Stunden mehr E-Mails an externe Adressen gesendet, als Microsoft 365 erlaubt. Externe E-Mails sind angehalten, bis das Limit zurückgesetzt wird.',
    ['Senden Sie die Nachricht morgen erneut; informieren Sie die IT, wenn es eilt.'],
    [
      'Den Bericht über ausgehende externe Empfänger des Mandanten auf ungewöhnliches Volumen prüfen.',
      'Nach kompromittierten Konten oder unerwünschten Connectors suchen.',
    ],
  ),
  'moera-limit': E(
    'Die onmicrosoft.com-Adresse ist eingeschränkt',
    'Ihre Nachricht wurde von einer onmicrosoft.com-Adresse gesendet, die pro Tag nur an wenige externe Personen senden darf.',
    ['Senden Sie stattdessen von der Adresse mit der eigenen Domäne Ihrer Organisation.'],
    ['Eine benutzerdefinierte Domäne hinzufügen, verifizieren und als Standard für Absender festlegen.'],
  ),
  'ms-spam-abuse': E(
    'Ihre Organisation ist wegen Spam gesperrt',
    'Microsoft 365 hat E-Mails von Ihrem Konto oder Server gesperrt, weil Spam erkannt wurde. Meist heißt das, dass ein Konto missbraucht wurde.',
    ['Informieren Sie sofort die IT.', 'Ändern Sie Ihr Kennwort, wenn Sie diese E-Mails nicht gesendet haben.'],
    [
      'Kompromittierte Konten und Connectors untersuchen.',
      'Nach der Behebung die Entfernung von der Liste über den Microsoft-Support oder das Delist-Portal beantragen.',
    ],
  ),
  'banned-recipient': E(
    'Die Adresse des Empfängers ist gesperrt',
    'Der Dienst des Empfängers lehnt alle E-Mails an diese Adresse ab.',
    [TELL_RECIPIENT],
    ['Auf Ihrer Seite nichts zu ändern.'],
  ),
  'bad-helo': E(
    'Ihr E-Mail-Server hat sich falsch vorgestellt',
    'Ihr E-Mail-Server hat den Server des Empfängers mit einem Namen begrüßt, den er nicht verwenden sollte. Der Empfänger hat ihn abgelehnt.',
    [SEND_REPORT],
    ['Den HELO/EHLO-Namen des ausgehenden Servers prüfen.'],
  ),
  'blocked-by-recipient': E(
    'Die Organisation des Empfängers hat Sie blockiert',
    'Die Organisation des Empfängers hat Ihren Server oder Ihre Adresse auf ihre eigene Sperrliste gesetzt.',
    ['Bitten Sie den Empfänger, Sie von seiner IT entsperren zu lassen.'],
    ['Auf Ihrer Seite nichts zu ändern, außer auch andere Organisationen blockieren Sie.'],
  ),
  'ipv6-limits': E(
    'Der Empfänger hat die Verbindungsart Ihres Servers abgelehnt',
    'Ihr E-Mail-Server hat sich über eine neuere Art von Internetadresse verbunden, und der Empfänger hat so gesendete E-Mails abgelehnt oder begrenzt.',
    [SEND_REPORT],
    ['IPv6-Versand prüfen: PTR-Einträge und SPF/DKIM für IPv6, oder über IPv4 senden.'],
  ),
  'dmarc-fail': E(
    'Die E-Mail-Prüfungen Ihrer Domäne sind fehlgeschlagen',
    'Der Empfänger konnte nicht bestätigen, dass die Nachricht wirklich von Ihrer Domäne kam, und hat sie nach der Regel Ihrer Domäne abgelehnt. Erneutes Senden hilft erst, wenn das behoben ist.',
    ['Senden Sie noch nicht erneut.', SEND_REPORT],
    [
      `Prüfen, ob ${SPF} jeden Dienst enthält, der für Ihre Domäne sendet.`,
      `Prüfen, ob die ${DKIM}-Signierung aktiviert und an der From-Domäne ausgerichtet ist.`,
      `${DMARC} prüfen; Weiterleitung kann SPF brechen, daher zählt DKIM am meisten.`,
    ],
  ),
  'outlook-auth-level': E(
    'Ihre Domäne erfüllt die Prüfungen von Outlook.com nicht',
    'Outlook.com verlangt von großen Absendern den Nachweis, dass ihre E-Mails wirklich von ihrer Domäne kommen, und diese Nachricht hatte ihn nicht. Sie wurde abgelehnt.',
    ['Senden Sie noch nicht erneut.', SEND_REPORT],
    [`Prüfen, ob ${SPF}, ${DKIM} und ${DMARC} alle bestehen und an der From-Domäne ausgerichtet sind.`],
  ),
  'forwarding-blocked': E(
    'Die automatische Weiterleitung ist ausgeschaltet',
    'Ihre Organisation erlaubt nicht, Nachrichten automatisch an externe Adressen weiterzuleiten. Eine Weiterleitungsregel hat das versucht.',
    ['Schalten Sie die Weiterleitungsregel aus, oder fragen Sie die IT, ob die Weiterleitung für Sie erlaubt werden kann.'],
    ['Die ausgehende Antispamrichtlinie auf externe Weiterleitung prüfen; falls erlaubt, eine Richtlinie für benannte Benutzer erstellen.'],
  ),
  'smtp-auth': E(
    'Die sendende App hat sich nicht angemeldet',
    'Die App oder das Gerät, von dem Sie gesendet haben, hat sich nicht beim E-Mail-Server angemeldet, deshalb hat der Server das Senden abgelehnt.',
    [
      'Prüfen Sie den Benutzernamen und das Kennwort, die in der App oder im Gerät gespeichert sind.',
      'Fragen Sie die IT nach den richtigen E-Mail-Servereinstellungen für diese App oder dieses Gerät.',
    ],
    [
      'Prüfen, ob SMTP AUTH für das Postfach und den Mandanten aktiviert ist, ob die App Port 587 mit STARTTLS nutzt und ob sie moderne Authentifizierung unterstützt.',
    ],
  ),
  'connector-mismatch': E(
    'Der E-Mail-Weg Ihrer Organisation wird nicht mehr erkannt',
    'Microsoft 365 erkennt den Server, der diese Nachricht gesendet hat, nicht mehr als Server Ihrer Organisation und hat sie deshalb abgelehnt.',
    [SEND_REPORT],
    ['Zertifikatsnamen oder IP-Adressen des eingehenden Connectors mit dem sendenden Server abgleichen (TenantAttribution).'],
  ),
  'own-block-list': E(
    'Ihre Organisation blockiert diesen Empfänger',
    'Die Sperrliste Ihrer eigenen Organisation enthält einen der Empfänger, deshalb wurde die ganze Nachricht gestoppt.',
    ['Entfernen Sie diesen Empfänger und senden Sie erneut, oder fragen Sie die IT nach der Sperre.'],
    ['Die Mandanten-Zulassungs-/Sperrliste (Tenant Allow/Block List) prüfen.'],
  ),
  'tenant-ip-refused': E(
    'Microsoft 365 nimmt keine E-Mails aus dieser Quelle an',
    'Microsoft 365 hat E-Mails von diesem sendenden Server oder dieser Domäne abgelehnt. Neue oder nicht verifizierte Einrichtungen stoßen oft darauf.',
    [SEND_REPORT],
    [
      'Prüfen, ob die Domänen hinzugefügt und verifiziert und die Connectors richtig sind; bei Bedarf beim Support eine Ausnahme beantragen.',
    ],
  ),
  'mail-flow-rule': MAIL_FLOW_RULE,
  'ms-ip-throttle': E(
    'Microsoft hat E-Mails vom Server Ihrer Organisation begrenzt',
    'Microsoft hat E-Mails vom Server Ihrer Organisation vorerst abgelehnt, weil er viel mehr als üblich sendet.',
    [AGAIN_LATER, 'Wenn es wieder vorkommt, informieren Sie die IT.'],
    ['Nach ungewöhnlichem Sendevolumen suchen und für weitergeleitete E-Mails einen Connector oder einen Drittanbieterfilter erwägen.'],
    {
      title: 'Microsoft bremst Ihren E-Mail-Server',
      summary:
        'Microsoft begrenzt vorübergehend E-Mails von Ihrem Server, weil er viel mehr als üblich sendet. Ihr Server versucht es weiter.',
      steps: [NO_ACTION_YET],
    },
  ),
  'banned-ip': E(
    'Die Adresse Ihres E-Mail-Servers ist gesperrt',
    'Der empfangende Dienst hat die IP-Adresse Ihres sendenden Servers auf seine Sperrliste gesetzt. Ihre Nachricht selbst ist nicht das Problem.',
    ['Senden Sie jetzt nicht erneut.', SEND_REPORT],
    ['Die Entfernung von der Liste beantragen (bei Microsoft: sender.office.com) und nach kompromittierten Konten suchen.'],
  ),
  'recipient-domain-refused': E(
    'Der Server des Empfängers nimmt diese Adresse nicht an',
    'Der E-Mail-Server des Empfängers hat die Adresse abgelehnt. Die Domäne ist vielleicht falsch eingerichtet, oder die Adresse existiert nicht.',
    ['Prüfen Sie die Adresse.', TELL_RECIPIENT],
    ['Die MX-Einträge der Empfängerdomäne prüfen; DNS-Änderungen können bis zu 72 Stunden dauern.'],
  ),

  // ---- standard codes ----
  'unknown-failure': E(
    'Die Nachricht wurde ohne klaren Grund abgelehnt',
    'Der empfangende Server hat die Nachricht abgelehnt, aber nur einen allgemeinen Fehler genannt. Ihre IT kann die Details im Bericht lesen.',
    [TELL_RECIPIENT, SEND_REPORT],
    ['Den Diagnosetext und die beteiligten Server lesen.'],
  ),
  'address-problem': E(
    'Mit der Adresse stimmt etwas nicht',
    'Der empfangende Server hat ein Problem mit der Adresse gemeldet, ohne weitere Details.',
    ['Prüfen Sie die Adresse auf Tippfehler und senden Sie erneut.'],
    ['Die genaue Ursache im Diagnosetext lesen.'],
  ),
  'address-unknown': E(
    'Die Adresse existiert nicht',
    'Der E-Mail-Server des Empfängers hat kein Postfach namens {recipient}. Die Adresse ist vielleicht falsch geschrieben, oder die Person ist gegangen.',
    [
      'Prüfen Sie die Schreibweise der Adresse.',
      'Wenn Outlook sie vorgeschlagen hat, entfernen Sie sie aus der AutoVervollständigen-Liste und geben Sie sie neu ein.',
      'Wenn Sie diese Adresse nicht eingegeben haben, leitet die Person vielleicht E-Mails dorthin weiter: Sagen Sie ihr, dass ihre Weiterleitung nicht funktioniert.',
      'Fragen Sie die Person auf anderem Weg nach ihrer aktuellen Adresse und senden Sie dann erneut.',
    ],
    [
      'Wenn der Empfänger intern ist, prüfen, ob das Postfach existiert und die Adresse hat.',
      'Wenn diese Nachricht nie gesendet wurde, auf einen gefälschten Absender prüfen.',
    ],
  ),
  'domain-unknown': E(
    'Die Domäne des Empfängers existiert nicht',
    'Der Teil nach dem @ in {recipient} existiert nicht oder kann keine E-Mails empfangen. Er ist wahrscheinlich falsch geschrieben.',
    ['Prüfen Sie den Teil nach dem @ auf Tippfehler.', 'Senden Sie erneut an die korrigierte Adresse.'],
    ['Wenn die Domäne sicher richtig ist, prüfen, ob sie aus dem eigenen Netz aufgelöst wird.'],
  ),
  'address-syntax': E(
    'Die Adresse ist nicht korrekt geschrieben',
    'Die Adresse ist keine gültige E-Mail-Adresse, sie enthält zum Beispiel ein Leerzeichen, oder ein Teil fehlt.',
    ['Prüfen Sie die Adresse auf Leerzeichen, Kommas oder fehlende Zeichen und senden Sie dann erneut.'],
    ['Nichts zu prüfen, außer die Adresse sieht richtig aus.'],
  ),
  'address-ambiguous': E(
    'Die Adresse passt zu mehr als einer Person',
    'Der empfangende Server hat mehrere Postfächer gefunden, die zu dieser Adresse passen.',
    ['Verwenden Sie die vollständige E-Mail-Adresse der Person und senden Sie erneut.'],
    ['Wenn der Empfänger intern ist, im Verzeichnis nach doppelten Adressen suchen.'],
  ),
  delivered: E(
    'Die Nachricht wurde zugestellt',
    'Diese Meldung bestätigt, dass Ihre Nachricht den Server des Empfängers erreicht hat. Nichts ist schiefgegangen.',
    ['Nichts zu tun.'],
    ['Nichts zu prüfen.'],
  ),
  moved: E(
    'Die Person hat eine neue Adresse',
    'Das Postfach ist umgezogen, und E-Mails an die alte Adresse werden nicht mehr weitergeleitet.',
    ['Finden Sie die neue Adresse der Person heraus und senden Sie erneut.', 'Aktualisieren Sie Ihren Kontakteintrag.'],
    ['Auf Ihrer Seite nichts zu prüfen.'],
  ),
  'sender-address-bad': E(
    'Ihre Absenderadresse wurde abgelehnt',
    'Der empfangende Server hat die Absenderadresse oder ihre Domäne nicht angenommen. Auf dieselbe Weise erneut zu senden, schlägt wieder fehl.',
    ['Wenn Sie aus einer App oder von einem Gerät gesendet haben, prüfen Sie dessen Absenderadresse.', SEND_REPORT],
    [
      `Prüfen, ob die Absenderdomäne existiert und aufgelöst wird und ob ${SPF} veröffentlicht ist.`,
      'Den Umschlagabsender (Return-Path) prüfen, den der Server verwendet.',
    ],
  ),
  'relayed-no-dsn': E(
    'Die Nachricht wurde ohne Bestätigungen weitergegeben',
    'Die Nachricht wurde an ein System übergeben, das keine Zustellberichte sendet. Ein Fehler ist nicht bekannt.',
    ['Nichts zu tun, außer die Person sagt, dass die Nachricht nie angekommen ist.'],
    ['Nichts zu prüfen.'],
  ),
  'null-mx': E(
    'Die Domäne des Empfängers nimmt keine E-Mails an',
    'Die Domäne des Empfängers gibt an, dass sie überhaupt keine E-Mails annimmt. Die Adresse kann nicht funktionieren.',
    ['Prüfen Sie die Adresse; die Person nutzt für E-Mails vielleicht eine andere Domäne.', TELL_RECIPIENT],
    ['Auf Ihrer Seite nichts zu ändern.'],
  ),
  'mailbox-problem': E(
    'Das Postfach des Empfängers hat die Nachricht abgelehnt',
    'Das Postfach des Empfängers oder sein Filter hat Ihre Nachricht abgelehnt.',
    [TELL_RECIPIENT, 'Fragen Sie, ob Nachrichten wie Ihre dort gefiltert oder blockiert werden.'],
    ['Die genaue Ursache im Diagnosetext lesen.'],
  ),
  'mailbox-disabled': MAILBOX_DISABLED,
  'mailbox-full': E(
    'Das Postfach des Empfängers ist voll',
    'Das Postfach des Empfängers hat keinen Platz mehr und kann keine neuen E-Mails annehmen.',
    [TELL_RECIPIENT, 'Senden Sie später erneut, wenn dort Platz geschaffen wurde.', 'Senden Sie große Anlagen stattdessen als Links.'],
    ['Wenn der Empfänger intern ist, sein Postfachkontingent prüfen.'],
  ),
  'too-big-for-recipient': E(
    'Die Nachricht ist zu groß für diesen Empfänger',
    '{hasLimit, select, yes {Die Nachricht ist größer, als dieser Empfänger annimmt (sein Limit: {limit}).} other {Die Nachricht ist größer, als dieser Empfänger annimmt.}}',
    ['Entfernen oder verkleinern Sie Anlagen, oder teilen Sie sie als Links.', 'Senden Sie die Nachricht erneut.'],
    ['Wenn der Empfänger intern ist, seine Größenbeschränkung prüfen.'],
  ),
  'list-problem': E(
    'Die Verteilerliste konnte die Nachricht nicht zustellen',
    'Die Adresse ist eine Verteilerliste oder Gruppe, die Ihre Nachricht nicht an ihre Mitglieder weitergeben konnte.',
    ['Fragen Sie den Besitzer der Liste danach.'],
    ['Wenn die Liste intern ist, ihre Erweiterungseinstellungen prüfen.'],
  ),
  'remote-system': E(
    'Das E-Mail-System des Empfängers hatte ein Problem',
    'Der E-Mail-Server des Empfängers hat ein internes Problem gemeldet. Es liegt nicht an Ihrer Nachricht.',
    ['Senden Sie später erneut.', TELL_RECIPIENT],
    ['Auf Ihrer Seite nichts zu ändern.'],
  ),
  'remote-disk-full': E(
    'Der Server des Empfängers hat keinen Speicherplatz mehr',
    'Der E-Mail-Server des Empfängers hat keinen Speicher mehr frei. Das Problem liegt auf seiner Seite.',
    ['Senden Sie später erneut.', TELL_RECIPIENT],
    ['Auf Ihrer Seite nichts zu ändern.'],
  ),
  'feature-unsupported': E(
    'Dem empfangenden Server fehlt eine nötige Funktion',
    'Die Nachricht brauchte eine Funktion, die der empfangende Server nicht unterstützt.',
    [SEND_REPORT],
    ['Prüfen, welche SMTP-Erweiterung die Nachricht brauchte (zum Beispiel SMTPUTF8 oder eine Prioritätseinstellung).'],
  ),
  'too-big': E(
    'Die Nachricht ist zu groß',
    '{hasLimit, select, yes {Die Nachricht ist größer, als der empfangende Server annimmt (Limit: {limit}).} other {Die Nachricht ist größer, als der empfangende Server annimmt.}}',
    ['Entfernen oder verkleinern Sie Anlagen, oder teilen Sie sie als Links.', 'Senden Sie die Nachricht erneut.'],
    ['Die eigenen Größenbeschränkungen und die der Gegenseite prüfen.'],
  ),
  'network-problem': E(
    'Der Server des Empfängers war nicht erreichbar',
    'Ihr E-Mail-Server konnte keine Verbindung zum Server des Empfängers herstellen, deshalb ist die Zustellung fehlgeschlagen.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Wenn es anhält, die ausgehende Verbindung und die MX-Einträge der Empfängerdomäne prüfen.'],
    {
      summary: 'Ihr E-Mail-Server konnte sich noch nicht mit dem Server des Empfängers verbinden. Er versucht es weiter.',
      steps: [NO_ACTION_YET],
    },
  ),
  unroutable: E(
    'Kein Weg zur Domäne des Empfängers',
    'Ihr E-Mail-Server konnte nicht herausfinden, wohin E-Mails für die Domäne des Empfängers gehen. Die Domäne ist vielleicht falsch geschrieben oder falsch eingerichtet.',
    ['Prüfen Sie den Teil nach dem @ auf Tippfehler.', 'Senden Sie erneut an die korrigierte Adresse.'],
    ['Die MX- und A-Einträge der Empfängerdomäne prüfen.'],
  ),
  'remote-busy': E(
    'Der Server des Empfängers ist ausgelastet',
    'Der Server des Empfängers war überlastet und hat die Nachricht nicht angenommen.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Auf Ihrer Seite nichts zu ändern.'],
    {
      summary: 'Der Server des Empfängers ist überlastet und bittet, es später zu versuchen. Ihr Server versucht es weiter.',
      steps: [NO_ACTION_YET],
    },
  ),
  'protocol-error': E(
    'Die E-Mail-Server haben sich nicht verstanden',
    'Der sendende und der empfangende Server waren sich technisch über das E-Mail-Protokoll uneinig. Das ist ein Einrichtungsproblem der Server.',
    [SEND_REPORT],
    ['Die SMTP-Kommunikation im Diagnosetext prüfen: Befehlssyntax, Erweiterungen oder Zeilenlänge.'],
  ),
  'too-many-recipients': E(
    'Zu viele Empfänger auf einmal',
    'Die Nachricht war an mehr Empfänger gerichtet, als der Server auf einmal annimmt.',
    ['Teilen Sie die Empfänger in kleinere Gruppen auf, oder verwenden Sie eine Gruppenadresse.', 'Senden Sie erneut.'],
    ['Prüfen, ob der sendende Server große Empfängerlisten aufteilt.'],
  ),
  'content-problem': E(
    'Der Inhalt der Nachricht wurde abgelehnt',
    'Der empfangende Server konnte den Inhalt oder das Format der Nachricht nicht annehmen.',
    ['Entfernen Sie ungewöhnliche Anlagen oder Formatierungen und senden Sie erneut.'],
    ['Das genaue Inhaltsproblem im Diagnosetext lesen.'],
  ),
  'conversion-failed': E(
    'Die Nachricht konnte nicht umgewandelt werden',
    'Die Nachricht musste für den empfangenden Server umgewandelt werden, und diese Umwandlung ist fehlgeschlagen oder war nicht erlaubt.',
    [SEND_REPORT],
    ['Die 8-Bit-/MIME-Verarbeitung auf dem Weg zum Empfänger prüfen.'],
  ),
  'international-address': E(
    'Die Adresse enthält Zeichen, die der Server nicht verarbeiten kann',
    'Die Adresse oder Nachricht enthält Sonderzeichen, die der empfangende Server nicht unterstützt.',
    ['Fragen Sie die Person nach einer Adresse nur mit einfachen Buchstaben und Ziffern.'],
    ['Die SMTPUTF8-Unterstützung der eigenen ausgehenden Server prüfen.'],
  ),
  'refused-policy': E(
    'Der Server des Empfängers hat die Nachricht abgelehnt',
    'Der Server des Empfängers hat die Nachricht wegen einer seiner Regeln oder Sicherheitseinstellungen abgelehnt.',
    [
      TELL_RECIPIENT,
      'Fragen Sie, ob ihre Organisation E-Mails wie Ihre ablehnt, zum Beispiel von externen Absendern oder mit bestimmten Anlagen.',
      SEND_REPORT,
    ],
    ['Den Diagnosetext lesen: Er nennt meist die Regel, eine Sperrliste oder eine Authentifizierungsprüfung.'],
  ),
  'security-feature': E(
    'Eine Sicherheitsanforderung wurde nicht erfüllt',
    'Der empfangende Server verlangte eine Sicherheitsfunktion, etwa Verschlüsselung oder eine vertrauenswürdige Verbindung, die nicht vorhanden war.',
    [SEND_REPORT],
    ['TLS- und Authentifizierungseinstellungen für diesen Sendeweg prüfen.'],
  ),
  'auth-weak': E(
    'Die Anmeldemethode war zu schwach',
    'Der Server hat die Art abgelehnt, wie sich die sendende App oder das Gerät angemeldet hat. Eine stärkere Anmeldemethode ist nötig.',
    ['Fragen Sie die IT nach den richtigen Einstellungen für die App oder das Gerät.'],
    ['Das Authentifizierungsverfahren prüfen (zum Beispiel OAuth oder App-Kennwörter aktivieren).'],
  ),
  'sender-account-disabled': E(
    'Ihr sendendes Konto ist deaktiviert',
    'Das Konto, mit dem diese Nachricht gesendet wurde, ist auf dem E-Mail-Server deaktiviert.',
    ['Informieren Sie die IT, damit sie das Konto prüft und wieder aktiviert.'],
    ['Den Kontostatus auf dem Übermittlungsserver prüfen (RFC 5248 X.7.13: user account disabled).'],
  ),
  'owner-changed': E(
    'Die Adresse gehört jetzt jemand anderem',
    'Das Postfach oder die Domäne hat seit Ihrer letzten Nachricht den Besitzer gewechselt, deshalb wurde Ihre Nachricht dem neuen Besitzer nicht zugestellt.',
    ['Prüfen Sie, ob Sie die aktuelle Adresse der Person haben.'],
    ['Auf Ihrer Seite nichts zu ändern.'],
  ),
  'dkim-fail': E(
    'Das digitale Siegel Ihrer Nachricht ist ungültig',
    'Der Empfänger konnte das digitale Siegel, das Ihr E-Mail-Server auf jede Nachricht setzt, nicht prüfen und hat die Nachricht deshalb abgelehnt.',
    ['Senden Sie noch nicht erneut.', SEND_REPORT],
    [
      `Prüfen, ob die ${DKIM}-Signierung aktiviert und der DNS-Schlüssel veröffentlicht ist.`,
      `Prüfen, ob die Signatur für ${DMARC} an der From-Domäne ausgerichtet ist.`,
    ],
  ),
  'spf-fail': E(
    'Die Absenderprüfung Ihrer Domäne ist fehlgeschlagen',
    'Ihr E-Mail-Server steht nicht auf der Liste der Server, die für Ihre Domäne senden dürfen. Der Empfänger hat die Nachricht abgelehnt.',
    ['Senden Sie noch nicht erneut.', SEND_REPORT],
    [
      `Prüfen, ob ${SPF} jeden Server und Dienst enthält, der für Ihre Domäne sendet.`,
      'Den SPF-Eintrag auf zu viele DNS-Abfragen prüfen.',
      'Bei weitergeleiteten E-Mails auch auf DKIM setzen.',
    ],
  ),
  'no-ptr': E(
    'Ihr E-Mail-Server hat keinen richtigen Namen',
    'Für die Internetadresse Ihres E-Mail-Servers ist kein passender Name eingetragen, und der Empfänger verlangt einen. Er hat die Nachricht abgelehnt.',
    [SEND_REPORT],
    ['Den Netzanbieter bitten, einen PTR-Eintrag (Reverse DNS) zu setzen, der zum Namen des Servers passt.'],
  ),
  'mail-flood': E(
    'Zu viele E-Mails zu schnell gesendet',
    'Der Empfänger hat ungewöhnlich viele E-Mails von Ihrer Seite gesehen und nimmt vorerst keine weiteren an.',
    [
      'Senden Sie diese Nachricht später erneut und weniger Nachrichten auf einmal.',
      'Wenn Sie nicht viel gesendet haben, informieren Sie die IT.',
    ],
    ['Das Sendevolumen auf Missbrauch oder eine fehlerhafte App prüfen.'],
  ),
  'arc-or-tls': E(
    'Eine Absenderanforderung wurde nicht erfüllt',
    'Der Empfänger braucht für diese E-Mail einen zusätzlichen Nachweis, etwa eine verschlüsselte Verbindung oder Signaturen beim Weiterleiten. Er fehlte.',
    [SEND_REPORT],
    ['TLS für ausgehendes SMTP (Gmail 4.7.29 / 5.7.29), ARC-Signierung auf weiterleitenden Systemen und die DMARC-Ausrichtung prüfen.'],
  ),

  // ---- reasons ----
  blocked: E(
    'Ihr E-Mail-Server wurde blockiert',
    'Der empfangende Server hat Verbindungen vom E-Mail-Server Ihrer Organisation abgelehnt. Meist sind Sperrlisten oder der Ruf die Ursache.',
    ['Senden Sie jetzt nicht erneut.', SEND_REPORT, TELL_RECIPIENT],
    [
      'Die sendende IP-Adresse auf der im Servertext genannten Sperrliste prüfen und die Entfernung beantragen.',
      'Reverse DNS und Authentifizierung des sendenden Servers prüfen.',
    ],
  ),
  spam: E(
    'Die Nachricht wurde als Spam eingestuft',
    'Die Empfängerseite hat Ihre Nachricht als Spam eingestuft und abgelehnt.',
    [
      'Prüfen Sie die Nachricht auf das, was Spamfilter nicht mögen: viele Links, gekürzte Links, große Bilder mit wenig Text oder Dateien, die die Person nicht erwartet.',
      'Sagen Sie der Person auf anderem Weg, dass Ihre Nachricht abgelehnt wurde, damit sie ihre IT um Prüfung bitten kann.',
      'Wenn mehrere Personen Ihre E-Mails als Spam ablehnen, informieren Sie Ihre IT.',
    ],
    ['SPF, DKIM und DMARC sowie den Ruf als Absender prüfen.'],
  ),
  virus: E(
    'Ein Virenscanner hat die Nachricht abgelehnt',
    'Der Virenscanner des Empfängers hat in der Nachricht etwas gefunden, das er für gefährlich hält.',
    [
      'Senden Sie die Datei nicht erneut.',
      'Prüfen Sie Ihren Computer und die Datei mit Ihrem Virenschutz, oder bitten Sie die IT, sie zu prüfen.',
      'Informieren Sie die IT, wenn die Prüfung etwas findet oder Sie unsicher sind.',
    ],
    ['Das Gerät des Absenders und die Anlage auf Schadsoftware prüfen; der Diagnosetext nennt vielleicht die Bedrohung.'],
  ),
  relay: E(
    'Ein Server hat die Nachricht nicht weitergegeben',
    'Ein E-Mail-Server hat abgelehnt, Ihre Nachricht an die Domäne des Empfängers weiterzuleiten.',
    ['Senden Sie noch nicht erneut.', SEND_REPORT],
    ['Relayberechtigungen, Connectors und die MX-Einträge der Empfängerdomäne prüfen.'],
  ),
  'not-compliant': E(
    'Die Nachricht verstieß gegen E-Mail-Formatregeln',
    'Der empfangende Server hat festgestellt, dass die Nachricht gegen E-Mail-Formatregeln verstößt, zum Beispiel durch doppelte Kopfzeilen.',
    ['Wenn eine App sie gesendet hat, sagen Sie der IT, welche.'],
    ['Prüfen, ob die sendende Software RFC 5322-konforme Header schreibt.'],
  ),
  starttls: E(
    'Eine verschlüsselte Verbindung kam nicht zustande',
    'Die Server konnten die verschlüsselte Verbindung nicht aufbauen, die einer von ihnen verlangt.',
    [SEND_REPORT],
    ['TLS-Einstellungen und Zertifikate auf beiden Seiten dieses Wegs prüfen.'],
  ),
  'expired-reason': E(
    'Die Zustellung dauerte zu lange und wurde abgebrochen',
    'Ihr E-Mail-Server hat es lange ohne Erfolg versucht und nun aufgegeben.',
    [TELL_RECIPIENT, 'Prüfen Sie die Adresse und senden Sie die Nachricht später erneut.'],
    ['Die MX-Einträge der Empfängerdomäne und die eigene ausgehende Verbindung prüfen.'],
  ),
  'local-program': E(
    'Das E-Mail-Programm des Empfängers ist fehlgeschlagen',
    'Ein Programm auf dem Server des Empfängers, das eingehende E-Mails ablegt, ist fehlgeschlagen.',
    ['Senden Sie später erneut.', TELL_RECIPIENT],
    ['Auf Ihrer Seite nichts zu ändern.'],
  ),
  suppressed: E(
    'Die Adresse steht auf einer Sendesperrliste',
    'Der sendende Dienst hat nicht an diese Adresse gesendet, weil sie früher unzustellbar war oder sich beschwert hat.',
    ['Prüfen Sie, ob die Adresse noch gültig ist.'],
    ['Die Unterdrückungsliste (suppression list) des sendenden Dienstes prüfen.'],
  ),
  complaint: E(
    'Jemand hat Ihre Nachricht als Spam gemeldet',
    'Ein Empfänger hat Ihre Nachricht als Spam markiert, und sein Anbieter hat diesen Bericht zurückgesendet. Es ist kein Unzustellbarkeitsbericht.',
    ['Senden Sie nicht mehr an Personen, die Ihre E-Mails nicht angefordert haben.'],
    ['Versandpraxis und Abmeldeverfahren für diesen Absender überprüfen.'],
  ),
  'auto-reply': E(
    'Dies ist eine automatische Antwort',
    'Das Postfach des Empfängers hat eine automatische Antwort gesendet, etwa eine Abwesenheitsnotiz. Ihre Nachricht wurde zugestellt.',
    ['Nichts zu tun.'],
    ['Nichts zu prüfen.'],
  ),
  unclear: E(
    'Wir konnten nicht erkennen, was schiefgelaufen ist',
    'Der Unzustellbarkeitsbericht sagt nicht klar, warum die Nachricht fehlgeschlagen ist. Ihr IT-Helpdesk kann die technischen Details lesen.',
    ['Senden Sie den Bericht an Ihren IT-Helpdesk; er enthält alle technischen Details.'],
    ['Den Diagnosetext und die zurückgesandte Originalnachricht lesen; die beteiligten Server prüfen.'],
  ),
  // ---- causes added for issue #9 ----
  'mailbox-disabled-text': MAILBOX_DISABLED,
  'blocked-by-person': E(
    'Der Empfänger hat Sie blockiert',
    'Der Empfänger hat Ihre Adresse oder Ihre Domäne auf seine eigene Liste blockierter Absender gesetzt. Sein E-Mail-System hat Ihre Nachricht deshalb abgelehnt.',
    [
      'Fragen Sie die Person auf anderem Weg, zum Beispiel per Telefon, ob sie Ihre Adresse versehentlich blockiert hat.',
      'Nur sie oder ihre IT kann die Sperre aufheben; erneutes Senden hilft nicht.',
    ],
    [
      'Ein persönlicher Sperreintrag beim Empfänger (zum Beispiel Mimecast „Envelope blocked - User Entry“); auf Ihrer Seite nichts zu ändern.',
    ],
  ),
  'gateway-blocked-sender': E(
    'Die Organisation des Empfängers hat Ihre Adresse abgelehnt',
    'Ein Filterdienst der Organisation des Empfängers hat Ihre Adresse nach eigenen Regeln abgelehnt. Ihre Nachricht selbst ist vielleicht in Ordnung.',
    [TELL_RECIPIENT, 'Bitten Sie die Person, von ihrer IT prüfen zu lassen, warum Ihre Adresse abgelehnt wird.'],
    [
      'Das Gateway des Empfängers hat eine eigene Richtlinie angewandt (zum Beispiel Mimecast „Administrative prohibition“ oder „Anti-Spoofing policy“).',
      'Prüfen, ob SPF, DKIM und DMARC für die eigene Domäne bestehen, falls seine Spoofing-Prüfungen fehlgeschlagen sind.',
    ],
  ),
  'send-as-denied': E(
    'Sie dürfen nicht von dieser Adresse senden',
    'Sie haben die Nachricht mit der Adresse eines anderen Postfachs gesendet (ein freigegebenes Postfach, ein Team-Postfach oder das einer Kollegin oder eines Kollegen), aber Ihre Organisation hat Ihnen nicht erlaubt, als dieses Postfach zu senden. Ihr eigener Mailserver hat die Nachricht deshalb nicht verschickt; niemand hat sie erhalten.',
    [
      'Senden Sie die Nachricht erneut von Ihrer eigenen Adresse, oder bitten Sie den Inhaber des Postfachs, sie zu senden.',
      'Wenn Sie von diesem Postfach senden können sollten: Senden Sie den Bericht an Ihren IT-Helpdesk und bitten Sie um die Berechtigung „Senden als“ oder „Senden im Auftrag von“.',
    ],
    [
      'Dem Benutzer „Senden als“ oder „Senden im Auftrag von“ für das Postfach im Feld Von erteilen (Exchange Admin Center > Empfänger > Postfächer > Stellvertretung, oder Add-RecipientPermission / Set-Mailbox -GrantSendOnBehalfTo); bis zu einer Stunde Wartezeit einplanen und den Von-Eintrag aus der AutoVervollständigen-Liste von Outlook löschen lassen.',
    ],
  ),
  'moderation-rejected': E(
    'Die Moderation der Gruppe hat Ihre Nachricht abgelehnt',
    'Die Gruppe, an die Sie geschrieben haben, ist moderiert: Jemand prüft jede Nachricht, bevor die Mitglieder sie erhalten, und diese wurde abgelehnt. Der Unzustellbarkeitsbericht enthält eventuell einen Kommentar der Moderation.',
    [
      'Lesen Sie den Kommentar der Moderation, falls vorhanden, und ändern Sie die Nachricht, bevor Sie sie erneut senden.',
      'Wenn Sie meinen, dass sie hätte angenommen werden sollen, wenden Sie sich an den Besitzer oder die Moderation der Gruppe.',
    ],
    [
      'Nur die Moderatoren oder Besitzer der Gruppe können die Nachricht genehmigen: Moderationseinstellungen der Gruppe prüfen (ModerationEnabled, ModeratedBy) und wer die Moderation umgehen darf.',
    ],
  ),
  'moderation-pending': E(
    'Ihre Nachricht wartet auf die Moderation der Gruppe',
    'Die Gruppe, an die Sie geschrieben haben, ist moderiert: Jede Nachricht wird freigegeben, bevor die Mitglieder sie erhalten. Nichts ist fehlgeschlagen; Ihre Nachricht wartet auf diese Entscheidung.',
    [
      'Im Moment ist nichts zu tun: Die Moderation entscheidet.',
      'Wenn die Nachricht dringend ist, bitten Sie den Besitzer oder die Moderation der Gruppe, sie anzusehen.',
    ],
    [
      'Nur die Moderatoren der Gruppe können sie genehmigen (ModeratedBy); prüfen, ob dieser Absender die Moderation umgehen soll (BypassModerationFromSendersOrMembers).',
    ],
    {
      title: 'Ihre Nachricht wartet auf die Moderation der Gruppe',
      summary:
        'Die Gruppe, an die Sie geschrieben haben, ist moderiert: Jede Nachricht wird freigegeben, bevor die Mitglieder sie erhalten. Nichts ist fehlgeschlagen; Ihre Nachricht wartet auf diese Entscheidung.',
      steps: [
        'Im Moment ist nichts zu tun: Die Moderation entscheidet.',
        'Wenn die Nachricht dringend ist, bitten Sie den Besitzer oder die Moderation der Gruppe, sie anzusehen.',
      ],
    },
  ),
  'dlp-blocked': E(
    'Eine Datenschutzrichtlinie hat Ihre Nachricht gestoppt',
    'Die Richtlinie Ihrer Organisation zur Verhinderung von Datenverlust (DLP) hat vertrauliche Daten in der Nachricht gefunden, etwa Kreditkarten-, Pass- oder Ausweisnummern, und sie blockiert. Niemand hat sie erhalten.',
    [
      'Entfernen Sie die vertraulichen Daten oder teilen Sie sie auf einem geschützten Weg, den Ihre Organisation erlaubt, und senden Sie die Nachricht erneut.',
      'Wenn die Nachricht unverändert hinausgehen muss: Senden Sie den Bericht an Ihren IT-Helpdesk und fragen Sie, ob eine Außerkraftsetzung oder Ausnahme möglich ist.',
    ],
    [
      'Die passende DLP-Richtlinie und -Regel in Microsoft Purview finden (Aktivitäts-Explorer oder DLP-Warnungen zu dieser Nachricht) und Bedingungen, Ausnahmen und die Außerkraftsetzung mit Begründung prüfen.',
    ],
  ),
  'transport-rule': MAIL_FLOW_RULE,
  'ms-relay-access-denied': E(
    'Die Domäne des Empfängers ist nicht für den Empfang dieser E-Mail eingerichtet',
    'Der Server, der Ihre Nachricht erhalten hat, nimmt keine E-Mails für die Domäne des Empfängers an. Die E-Mail-Einstellungen der Domäne sind wahrscheinlich falsch oder wurden kürzlich geändert.',
    [
      TELL_RECIPIENT,
      'Bitten Sie die Person, die E-Mail-Einstellungen ihrer Domäne von ihrer IT prüfen zu lassen.',
      'Senden Sie die Nachricht in ein bis zwei Tagen erneut.',
    ],
    [
      'Prüfen, ob die MX-Einträge der Empfängerdomäne auf die richtigen Server zeigen; nach einer DNS-Änderung bis zu 72 Stunden warten.',
      'Wenn die Domäne die eigene ist: prüfen, ob sie in Exchange Online eine akzeptierte Domäne mit dem richtigen Typ ist (Authoritative oder Internal Relay), und die Hybrid-Connectors prüfen.',
    ],
  ),
  'ms-not-authenticated-text': NOT_AUTHENTICATED,
  'ms-sender-denied-text': SENDER_DENIED,
  'policy-block': E(
    'Der Empfänger hat E-Mails Ihrer Organisation abgelehnt',
    'Der empfangende Anbieter hat die Nachricht nach seinen Regeln für Absender abgelehnt, etwa wegen Ruf, Absenderprüfungen oder Inhalt. Er sagt nicht, weshalb genau.',
    ['Senden Sie dieselbe Nachricht jetzt nicht erneut; sie würde wieder abgelehnt.', SEND_REPORT, TELL_RECIPIENT],
    [
      'Yahoo „Message not accepted for policy reasons“ / [PH01]: prüfen, ob SPF, DKIM und DMARC bestehen und ausgerichtet sind, den Ruf der sendenden IP-Adresse und Domäne sowie die Beschwerderaten (Yahoo Sender Hub).',
    ],
  ),
  'unauthenticated-sender': E(
    'Die Absenderprüfungen Ihrer Domäne fehlen',
    'Der Empfänger nimmt nur E-Mails an, die beweisen, dass sie von der Domäne des Absenders kommen, und Ihre Nachricht hatte keinen solchen Nachweis. Ihre IT muss das einrichten.',
    ['Senden Sie noch nicht erneut; die Nachricht würde wieder abgelehnt.', SEND_REPORT],
    [
      `${SPF} veröffentlichen, das diesen sendenden Server abdeckt, und die ${DKIM}-Signierung für die Domäne aktivieren.`,
      'Gmail 4.7.26 / 5.7.26, Yahoo 5.7.9 und Microsoft 4.7.26 (IPv6) verlangen, dass mindestens SPF oder DKIM besteht.',
    ],
  ),
  'no-dmarc-record': NO_DMARC_RECORD,
  'no-dmarc-record-code': NO_DMARC_RECORD,
  'dmarc-alignment': DMARC_ALIGNMENT,
  'dmarc-alignment-code': DMARC_ALIGNMENT,
  'recipient-forwarding': E(
    'Der Empfänger leitet E-Mails an eine defekte Adresse weiter',
    'Ihre Nachricht hat die Person erreicht, aber ihr Postfach leitet E-Mails an {recipient} weiter, und das ist fehlgeschlagen. Sie haben diese Adresse nicht eingegeben.',
    [
      'Sagen Sie der Person auf anderem Weg, dass ihre Weiterleitung an {recipient} nicht funktioniert.',
      'Bitten Sie sie, die Weiterleitung zu korrigieren oder zu entfernen, und senden Sie die Nachricht dann erneut.',
    ],
    [
      'Die fehlgeschlagene Adresse steht nicht in An oder Cc der Originalnachricht, und der Bericht kam vom Anbieter einer Adresse, die dort steht: Eine Weiterleitungsregel oder ein Alias dort zeigt auf eine tote Adresse.',
    ],
  ),
};

export const DE: Catalogue = {
  locale: 'de',
  entries,
  owners: { you: 'Sie', 'your-it': 'Ihre IT', 'recipient-side': 'Seite des Empfängers', wait: 'Abwarten', none: 'Nichts zu tun' },
  ownerSentences: {
    you: 'Sie können das selbst beheben.',
    'your-it': 'Ihr IT-Team muss das beheben.',
    'recipient-side': 'Die Seite des Empfängers muss das beheben.',
    wait: 'Noch muss niemand handeln: Die Server versuchen es weiter.',
    none: 'Niemand muss etwas tun.',
  },
  retry: {
    no: 'Erneutes Senden hilft nicht.',
    'after-fix': 'Erneutes Senden hilft erst, wenn die Ursache behoben ist.',
    later: 'Später erneut zu senden, kann funktionieren.',
    automatic: 'Ihr E-Mail-Server versucht es selbst weiter.',
    'not-needed': 'Erneutes Senden ist nicht nötig.',
  },
  retryUntil: 'Ihr E-Mail-Server versucht es weiter bis {until}.',
  delayedNeedsFix: 'Ihr E-Mail-Server versucht es vorerst weiter, aber die Zustellung schlägt fehl, bis das behoben ist.',
  authVerdicts: 'Für Ihre Nachricht aufgezeichnete Authentifizierungsergebnisse: {verdicts}.',
  report: {
    subjectOne: 'Unzustellbar: {code} beim Senden an {recipient}',
    subjectMany:
      'Unzustellbar: {code} beim Senden an {recipient} und {others, plural, one {# weiteren Empfänger} other {# weitere Empfänger}}',
    subjectNoCode: 'Unzustellbar: Nachricht an {recipient} wurde nicht zugestellt',
    summaryLine:
      '{count, plural, one {# Empfänger hat} other {# Empfänger haben}} die Nachricht „{subject}“ nicht erhalten. Wahrscheinliche Ursache: {title}. Wer handeln muss: {owner}.',
    greeting: 'Hallo IT-Helpdesk,',
    intro: 'Eine von mir gesendete Nachricht ist unzustellbar zurückgekommen. Bounce Explainer hat die Details unten zusammengestellt.',
    failedRecipients: 'Nicht erreichte Empfänger',
    servers: 'Server',
    reportingServer: 'Meldender Server: {server}',
    remoteServer: 'Remoteserver: {server}',
    times: 'Zeiten',
    bounceArrived: 'Unzustellbarkeitsbericht eingegangen: {date}',
    originalSent: 'Original gesendet: {date}',
    original: 'Originalnachricht',
    originalSubject: 'Betreff: {subject}',
    originalMessageId: 'Message-ID: {id}',
    originalFrom: 'Von: {from}',
    auth: 'Authentifizierungsergebnisse',
    client: 'Mein Client',
    tried: 'Was ich schon versucht habe',
    machine: 'Maschinenlesbare Analyse (JSON)',
    truncated:
      '{count, plural, one {# weiterer Empfänger wurde} other {# weitere Empfänger wurden}} weggelassen, um diesen Bericht kurz zu halten; der JSON-Block enthält die Anzahlen.',
    cut: '[gekürzt: {count} weitere Zeichen]',
    itChecks: 'Was die IT prüfen sollte',
    noBody: 'Der Text der Originalnachricht ist nicht enthalten.',
    backscatter: 'Hinweis: Dies sieht nach Backscatter aus (ein Unzustellbarkeitsbericht zu einer Nachricht, die ich nicht gesendet habe).',
    notGiven: 'nicht angegeben',
    andMore: 'und {count, number} weitere',
    dateWithLocal: '{iso} ({local} meine Ortszeit)',
    clientLine:
      'Outlook: {host} {version}; Plattform: {platform}; Sprache: {language}; Mailbox API {set}; Unzustellbarkeitsbericht gelesen über: {route}',
    trace: 'Die Nachricht finden (Nachrichtenablaufverfolgung)',
    traceMessageId: 'Message-ID des Originals: {id}',
    traceWindow: 'Gesendet zwischen {start} und {end} (UTC)',
    tracePowerShell: 'Exchange Online PowerShell:',
    traceEac: 'Exchange Admin Center, Nachrichtenablaufverfolgung: {url}',
    traceServer: 'Meldender Server: {server}',
    traceQueue: 'Warteschlangen-ID: {id} (auf {server})',
    mailtoCut:
      '[Der Bericht wurde gekürzt, damit er in einen E-Mail-Link passt. Den vollständigen Text erhalten Sie mit „Bericht kopieren“.]',
  },
  errors: {
    unreadable: 'Die Eingabe konnte nicht gelesen werden.',
    empty: 'Die Eingabe ist leer: Es gibt keine Nachricht zu analysieren.',
    'too-large': 'Die Eingabe ist {size} MB groß; das Limit liegt bei {limit} MB.',
    unparseable: 'Die Nachricht konnte weder als E-Mail noch als Outlook-.msg-Datei gelesen werden.',
    'msg-damaged': 'Diese Outlook-.msg-Datei ist beschädigt oder manipuliert ({problem}); sie wurde nicht gelesen.',
    'analysis-failed': 'Die Nachricht wurde gelesen, aber ihre Analyse ist unerwartet fehlgeschlagen.',
    'time-limit':
      'Die Analyse dieser Nachricht dauerte länger als {seconds} s und wurde deshalb abgebrochen. Sie ist vielleicht so gebaut, dass sie die Analyse bremst.',
    'memory-limit':
      'Die Analyse dieser Nachricht brauchte mehr Speicher als erlaubt und wurde deshalb abgebrochen. Sie ist vielleicht so gebaut, dass sie den Speicher erschöpft.',
    'stdin-too-large': 'Die Standardeingabe überschreitet das Limit von {limit} MB; sie wurde nicht gelesen.',
    'file-not-found': '{file}: Datei nicht gefunden',
    'is-directory': '{file}: ist ein Verzeichnis',
    'not-regular-file': '{file}: keine normale Datei (ein Gerät, eine Pipe oder ein Socket), nicht gelesen',
    'file-unreadable': '{file}: Datei konnte nicht gelesen werden',
  },
  backscatterSigns: {
    'spf-failed': 'Die SPF-Prüfung des empfangenden Servers für {domain} ergab „{verdict}“.',
    'dmarc-failed': 'Die DMARC-Prüfung des empfangenden Servers für {domain} ergab „{verdict}“.',
    'foreign-message-id': 'Die Message-ID des Originals wurde von {domain} erzeugt, nicht von Ihrem E-Mail-System.',
    'foreign-received': 'Keine der {count} Received-Zeilen des Originals nennt {domain} oder dessen E-Mail-Anbieter.',
    'home-origin': 'Das Original kam über einen privaten oder Einwahlanschluss ({origin}) ins Internet, nicht über einen E-Mail-Server.',
  },
  cli: {
    forgedSender: 'Gefälschter Absender',
    recipientNotNamed: '(Empfänger nicht genannt)',
    asciiForm: 'ASCII-Form: {address}',
    lookAlike: 'Warnung vor ähnlich aussehenden Zeichen: {flags}',
    andMore: '\u2026 und {count} weitere',
  },
  ui: {
    appTitle: 'Bounce Explainer',
    loading: 'Nachricht wird gelesen\u2026',
    analysing: 'Wird analysiert\u2026',
    analysedMessage: 'Analysiert wird: {subject}',
    readVia: 'Gelesen über {route}.',
    reRead: 'Ausgewählte Nachricht neu lesen',
    selectionChanged: 'Jetzt ist eine andere Nachricht ausgewählt. Die Erklärung unten gilt weiterhin für die oben genannte Nachricht.',
    noItem:
      'Aus Outlook konnte keine Nachricht gelesen werden. Outlook lässt Add-Ins die meisten Zustellberichte nicht öffnen. Fügen Sie daher den Unzustellbarkeitsbericht ein, wählen Sie die gespeicherte Datei aus, oder ziehen Sie die Nachricht hierher.',
    restricted:
      'Outlook hat diese Nachricht als eingeschränkt markiert, deshalb kann das Add-In sie nicht lesen. Fügen Sie den Unzustellbarkeitsbericht ein, wählen Sie die gespeicherte Datei aus, oder ziehen Sie die Nachricht hierher.',
    readFailed:
      'Die Nachricht konnte nicht gelesen werden ({detail}). Fügen Sie den Unzustellbarkeitsbericht ein, wählen Sie die gespeicherte Datei aus, oder ziehen Sie die Nachricht hierher.',
    notBounce:
      'Diese Nachricht sieht nicht wie ein Unzustellbarkeitsbericht aus. Wenn sie doch einer ist, fügen Sie unten ihren vollständigen Text ein, dann versuchen wir es erneut.',
    autoReply: 'Dies ist eine automatische Antwort (zum Beispiel eine Abwesenheitsnotiz). Ihre Nachricht wurde zugestellt.',
    deliveryReport: 'Dies ist eine Zustellbestätigung: Ihre Nachricht ist angekommen.',
    feedbackReport: 'Dies ist ein Beschwerdebericht eines E-Mail-Anbieters, kein Unzustellbarkeitsbericht.',
    inputError: 'Diese Eingabe konnte nicht gelesen werden: {detail}',
    analysisTimeout:
      'Die Analyse dieser Nachricht dauerte länger als {seconds} Sekunden und wurde deshalb abgebrochen. Die Nachricht ist vielleicht beschädigt oder so gebaut, dass sie das Add-In bremst: Vertrauen Sie ihr nicht, und bitten Sie die IT, sich die Datei selbst anzusehen.',
    analysisCrashed:
      'Die Analyse dieser Nachricht ist fehlgeschlagen (sie ist vielleicht beschädigt oder so gebaut, dass sie das Add-In stört). Vertrauen Sie ihr nicht, und bitten Sie die IT, sich die Datei selbst anzusehen.',
    addressFlagged:
      'Warnung vor ähnlich aussehenden Zeichen: Diese Adresse {flags, select, mixed {mischt Alphabete} bidi {enthält Zeichen, die die Textrichtung ändern} zero {enthält unsichtbare Zeichen} other {enthält ungewöhnliche Zeichen}} und ist daher vielleicht nicht, was sie scheint.',
    addressAscii: 'ASCII-Form: {address}',
    whoMustAct: 'Wer handeln muss',
    whatHappened: 'Was passiert ist',
    whatToDo: 'Was Sie jetzt tun können',
    whatItChecks: 'Was die IT prüfen sollte',
    recipients: '{count, plural, one {Empfänger} other {Empfänger (#)}}',
    technicalDetails: 'Technische Details',
    copyDetails: 'Technische Details kopieren',
    copied: 'Kopiert',
    serverSaid: 'Meldung des Servers',
    codes: 'Codes',
    servers: 'Server',
    evidence: 'Warum wir das annehmen',
    confidence: 'Sicherheit: {percent} %',
    links: 'Weitere Informationen',
    backscatterTitle: 'Sie haben diese Nachricht nicht gesendet',
    draftReport: 'Bericht an die IT entwerfen',
    draftCompose: 'Diesen Entwurf zum IT-Bericht machen',
    drafting: 'Bericht wird vorbereitet\u2026',
    draftOpened: 'Ein Berichtsentwurf ist geöffnet. Prüfen Sie ihn und senden Sie ihn dann selbst.',
    draftOpenedNoAttachment:
      'Ein Berichtsentwurf ist geöffnet (Outlook hat das Anhängen des Unzustellbarkeitsberichts nicht erlaubt). Prüfen Sie ihn und senden Sie ihn dann selbst.',
    draftComposeDone:
      'Dieser Entwurf ist jetzt der Bericht: Der Helpdesk steht in „An“, und die Details stehen über dem weitergeleiteten Unzustellbarkeitsbericht. Prüfen Sie ihn und senden Sie ihn dann selbst.',
    draftFallback: 'Outlook kann hier keine neue Nachricht öffnen. Kopieren Sie den Bericht, oder öffnen Sie ihn in Ihrer E-Mail-App.',
    copyReport: 'Bericht kopieren',
    openMailto: 'In E-Mail-App öffnen',
    helpdeskLabel: 'Adresse des IT-Helpdesks',
    helpdeskHint: 'Wohin der Bericht geht. Gespeichert in Ihren Postfacheinstellungen.',
    helpdeskSave: 'Speichern',
    helpdeskSaved: 'Gespeichert.',
    helpdeskInvalid: 'Geben Sie eine E-Mail-Adresse ein, etwa helpdesk@example.com.',
    helpdeskMissing:
      'Es ist noch keine Helpdesk-Adresse festgelegt: Geben Sie sie unten ein, oder lassen Sie das Feld leer und füllen Sie „An“ selbst aus.',
    helpdeskFrom:
      '{source, select, user {Ihre eigene Einstellung.} url {Vom Add-In-Link festgelegt.} config {Standard Ihrer Organisation.} other {Nicht festgelegt.}}',
    triedLabel: 'Was ich schon versucht habe (optional)',
    inputTitle: 'Einen Unzustellbarkeitsbericht selbst analysieren',
    inputHint:
      'Funktioniert mit jedem Unzustellbarkeitsbericht: Fügen Sie seinen Text ein, wählen Sie eine gespeicherte .eml- oder .msg-Datei aus, oder ziehen Sie die Nachricht in dieses Feld.',
    pasteLabel: 'Text des Unzustellbarkeitsberichts',
    analyseText: 'Diesen Text erklären',
    pickFile: 'Datei auswählen (.eml, .msg)',
    dropHere: 'Oder eine Nachricht oder Datei hier ablegen',
    dropActive: 'Zum Analysieren ablegen',
    fileTooBig: 'Diese Datei ist zu groß für einen Unzustellbarkeitsbericht ({size}).',
    fileUnreadable: 'Diese Datei konnte nicht gelesen werden.',
    sourcePaste: 'eingefügter Text',
    sourceFile: 'Datei {name}',
    sourceDrop: 'abgelegte Nachricht {name}',
    sourceSelected: 'die ausgewählte Nachricht',
    sourceDraft: 'der weitergeleitete Unzustellbarkeitsbericht in diesem Entwurf',
    unknownSubject: '(kein Betreff)',
    unknownValue: 'unbekannt',
    routeFile: 'die ganze Nachrichtendatei',
    routeBodyText: 'den Nachrichtentext',
    routeBodyHtml: 'das HTML der Nachricht',
    routeHeaders: 'die Kopfzeilen und den Text',
    analysedWhen: 'Empfangen: {time}',
    selectionUnknown:
      'Outlook teilt Add-Ins nicht mit, wenn Sie einen Zustellbericht verlassen, daher weiß dieser Bereich nicht, was jetzt ausgewählt ist. Um eine andere Nachricht zu erklären, wählen Sie sie aus und dann „Neu lesen“.',
    routeAttachment: 'die angehängte Nachricht',
    routeNone: 'nichts',
    analyseAnother: 'Weiteren Unzustellbarkeitsbericht analysieren',
    techRemote: 'Gegenstelle',
    techReporting: 'meldend',
    techAfter: 'nach',
    techServerSaid: 'Server meldete',
    techEvidence: 'Hinweise',
  },
};
