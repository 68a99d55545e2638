/** Pane-only words in German (ICU MessageFormat); same keys and placeholders as en.ts, terms from docs/glossary/de.md. */
import type { PaneMessages } from './en';

export const PANE_DE: PaneMessages = {
  // Verdict and summary
  summaryTitle: '{recipients, plural, one {# Empfänger} other {# Empfänger}}, {causes, plural, one {# Ursache} other {# Ursachen}}',
  summaryCount: '{count, plural, one {# Empfänger} other {# Empfänger}}',
  andMore: 'und {count} weitere',
  codeCaption: 'Code {code}',
  noCode: 'Kein Fehlercode angegeben',
  // Primary actions, by who must act
  actionDraft: 'Bericht an die IT entwerfen',
  actionDraftCompose: 'Diesen Entwurf zum IT-Bericht machen',
  actionDraftDone: 'Bericht entworfen',
  actionCopyReport: 'Bericht für die IT kopieren',
  actionCopyReportDone: 'Bericht kopiert',
  actionCopyReportHint:
    'Diese Outlook-Version kann aus einem Add-In keine neue Nachricht öffnen. Kopieren Sie den Bericht und fügen Sie ihn in eine Nachricht an Ihren IT-Helpdesk ein.',
  actionFixSuggestion: 'Senden Sie erneut an {corrected} statt an {address}.',
  actionFixCopy: '{corrected} kopieren',
  actionFixGeneric: 'Was zu beheben ist: {step}',
  actionFixCopyAddress: 'Zu prüfende Adresse kopieren',
  actionTell: 'Notiz für den Empfänger kopieren',
  actionTellHint: 'Senden Sie sie auf anderem Weg, zum Beispiel per Chat oder Kurznachricht: Ihre E-Mail hat die Person nicht erreicht.',
  actionTellNote:
    'Hallo, ich wollte Ihnen ({address}) wegen „{subject}“ eine E-Mail senden, aber sie kam zurück: {title} (Code {code}). Könnten Sie oder Ihr IT-Team sich das ansehen? Vielen Dank.',
  actionWaitUntil:
    'Noch nichts zu tun. Sehen Sie nach {when} wieder nach: Der E-Mail-Server versucht es bis dahin weiter und meldet sich, falls es endgültig fehlschlägt.',
  actionWait:
    'Noch nichts zu tun. Sehen Sie in ein paar Stunden wieder nach: Der E-Mail-Server versucht es weiter (meist bis zu zwei Tage) und meldet sich, falls es endgültig fehlschlägt.',
  actionNone: 'Nichts zu tun. Sie können diese Nachricht löschen.',
  actionCopied: 'Kopiert.',
  actionCopyFailed: 'Kopieren hat hier nicht funktioniert. Markieren Sie den Text unten und kopieren Sie ihn selbst.',
  secondaryDraft: 'Trotzdem einen Bericht an die IT entwerfen',
  // Report step
  reportStepTitle: 'Bericht an die IT',
  reportStepHint:
    'Prüfen Sie die Adresse, ergänzen Sie bei Bedarf, was Sie schon versucht haben, und öffnen Sie dann den Entwurf. Nichts wird gesendet, bevor Sie ihn senden.',
  reportLanguage: 'Sprache des Berichts',
  reportCreate: 'Entwurf öffnen',
  reportCreateCompose: 'Bericht in diesen Entwurf einfügen',
  reportAlreadyDrafted: 'Der Bericht ist bereits entworfen. Prüfen Sie ihn in Outlook und senden Sie ihn dann selbst.',
  reportInvalidTo: 'Die Helpdesk-Adresse ist ungültig, daher bleibt „An“ leer: Füllen Sie es im Entwurf aus.',
  mailtoCut: 'Der Link für die E-Mail-App enthält nur den Anfang des Berichts; mit „Bericht kopieren“ erhalten Sie den ganzen.',
  // Helpdesk field
  helpdeskHintPlain: 'Wohin der Bericht geht.',
  helpdeskRemember: 'Diese Adresse merken',
  helpdeskSavedNow: 'In Ihren Postfacheinstellungen gespeichert.',
  helpdeskSaveFailed: 'Die Adresse konnte nicht gespeichert werden. Für diesen Bericht wird sie trotzdem verwendet.',
  helpdeskInvalidHint:
    'Das sieht nicht nach genau einer E-Mail-Adresse aus. Sie können den Bericht trotzdem entwerfen und „An“ selbst ausfüllen.',
  settingsTitle: 'Einstellungen',
  // Loading and Outlook failures
  slowOutlook:
    'Outlook gibt die Nachricht nur langsam heraus. Während das Add-In es weiter versucht, können Sie den Unzustellbarkeitsbericht einfügen, die gespeicherte Datei auswählen oder sie hier ablegen.',
  readFailedPlain:
    'Outlook hat diese Nachricht nicht herausgegeben. Fügen Sie ihren Text ein, wählen Sie die gespeicherte Datei aus, oder ziehen Sie sie hierher.',
  readTimedOut:
    'Outlook hat nicht rechtzeitig geantwortet. Fügen Sie den Text des Unzustellbarkeitsberichts ein, wählen Sie die gespeicherte Datei aus, oder ziehen Sie sie hierher.',
  failureDetails: 'Details',
  stillTrying: 'Es wird weiter versucht, die Nachricht aus Outlook zu lesen\u2026',
  // Not a bounce
  notBounceJudged:
    '„{subject}“ ({source}) sieht nicht wie ein Unzustellbarkeitsbericht aus: Die Nachricht enthält weder einen Zustellbericht noch einen Fehlercode.',
  notBounceNext:
    'Wenn der Unzustellbarkeitsbericht eine andere Nachricht ist, wählen Sie sie aus und dann „Neu lesen“, oder fügen Sie den Text des Berichts unten ein.',
  autoReplyJudged:
    '„{subject}“ ist eine automatische Antwort, zum Beispiel eine Abwesenheitsnotiz. Ihre Nachricht wurde zugestellt; nichts zu tun.',
  // Technical details, in words
  techRecipient: 'Empfänger: {address}',
  techCode: 'Code: {code}',
  techServerSaid: 'Der Server meldete: {text}',
  techRemote: 'Abgelehnt vom Server {host}',
  techReporting: 'Gemeldet von {host}',
  techCommand:
    'Abgelehnt, als {command, select, MAIL {Ihre Adresse übergeben wurde (MAIL FROM)} RCPT {die Empfängeradresse übergeben wurde (RCPT TO)} DATA {die Nachricht selbst gesendet wurde (DATA)} other {dem Server {command} gesendet wurde}}',
  techEvidence: 'Grundlage: „{text}“',
  linkLabel: '{host}: {page}',
  // Announcements
  announceVerdict: 'Ergebnis: {title}',
  announceSummary: 'Ergebnis: {summary}. Zuerst: {title}',
  announceDraftBusy: 'Bericht wird vorbereitet.',
};
