/**
 * Pane-only words (Italian), in ICU MessageFormat, key for key as en.ts. Terms follow
 * docs/glossary/it.md: the bounce is a "rapporto di mancato recapito", the report to IT a
 * "segnalazione". Typographic apostrophes (’) because an ASCII one can start quoting in ICU.
 */
import type { PaneMessages } from './en';

export const PANE_IT: PaneMessages = {
  // Verdict and summary
  summaryTitle: '{recipients, plural, one {# destinatario} other {# destinatari}}, {causes, plural, one {# causa} other {# cause}}',
  summaryCount: '{count, plural, one {# destinatario} other {# destinatari}}',
  andMore: 'e altri {count}',
  codeCaption: 'Codice {code}',
  noCode: 'Nessun codice di errore indicato',
  // Primary actions, by who must act
  actionDraft: 'Prepara la segnalazione per l’IT',
  actionDraftCompose: 'Trasforma questa bozza nella segnalazione per l’IT',
  actionDraftDone: 'Segnalazione preparata',
  actionCopyReport: 'Copia la segnalazione per l’IT',
  actionCopyReportDone: 'Segnalazione copiata',
  actionCopyReportHint:
    'Questo Outlook non può aprire un nuovo messaggio da un componente aggiuntivo. Copia la segnalazione e incollala in un messaggio al supporto IT.',
  actionFixSuggestion: 'Invialo di nuovo a {corrected} invece che a {address}.',
  actionFixCopy: 'Copia {corrected}',
  actionFixGeneric: 'Cosa correggere: {step}',
  actionFixCopyAddress: 'Copia l’indirizzo da controllare',
  actionTell: 'Copia una nota per il destinatario',
  actionTellHint: 'Inviala in altro modo, ad esempio in chat o con un messaggio sul telefono: la tua email non è arrivata.',
  actionTellNote:
    'Buongiorno, ho provato a inviare un’email a {address} riguardo a \u201c{subject}\u201d, ma non è stata recapitata: {title} (codice {code}). È possibile verificare, anche con il vostro reparto IT? Grazie.',
  actionWaitUntil:
    'Per ora non serve fare nulla. Ricontrolla dopo {when}: fino ad allora il server di posta continua a riprovare e ti avvisa se alla fine non riesce.',
  actionWait:
    'Per ora non serve fare nulla. Ricontrolla tra qualche ora: il server di posta continua a riprovare (di solito fino a due giorni) e ti avvisa se alla fine non riesce.',
  actionNone: 'Non serve fare nulla. Puoi eliminare questo messaggio.',
  actionCopied: 'Copiato.',
  actionCopyFailed: 'Qui la copia non ha funzionato. Seleziona il testo qui sotto e copialo tu.',
  secondaryDraft: 'Prepara comunque una segnalazione per l’IT',
  // Report step
  reportStepTitle: 'Segnalazione all’IT',
  reportStepHint:
    'Controlla l’indirizzo, aggiungi se vuoi cosa hai già provato, poi apri la bozza. Non viene inviato nulla finché non la invii tu.',
  reportLanguage: 'Lingua della segnalazione',
  reportCreate: 'Apri la bozza',
  reportCreateCompose: 'Inserisci la segnalazione in questa bozza',
  reportAlreadyDrafted: 'La segnalazione è già pronta in bozza. Controllala in Outlook, poi inviala tu.',
  reportInvalidTo: 'L’indirizzo del supporto IT non è valido, quindi il campo A è vuoto: compilalo nella bozza.',
  mailtoCut: 'Il link per l’app di posta contiene solo l’inizio della segnalazione; usa Copia segnalazione per averla tutta.',
  // Helpdesk field
  helpdeskHintPlain: 'Dove va la segnalazione.',
  helpdeskRemember: 'Ricorda questo indirizzo',
  helpdeskSavedNow: 'Salvato nelle impostazioni della cassetta postale.',
  helpdeskSaveFailed: 'Impossibile salvare l’indirizzo. Viene comunque usato per questa segnalazione.',
  helpdeskInvalidHint: 'Non sembra un unico indirizzo email. Puoi comunque preparare la segnalazione e compilare tu il campo A.',
  settingsTitle: 'Impostazioni',
  // Loading and Outlook failures
  slowOutlook:
    'Outlook è lento a fornire il messaggio. Mentre il componente aggiuntivo continua a provare, puoi incollare il rapporto di mancato recapito, scegliere il file salvato o trascinarlo qui.',
  readFailedPlain: 'Outlook non ha fornito questo messaggio. Incollane il testo, scegli il file salvato o trascinalo qui.',
  readTimedOut:
    'Outlook non ha risposto in tempo. Incolla il testo del rapporto di mancato recapito, scegli il file salvato o trascinalo qui.',
  failureDetails: 'Dettagli',
  stillTrying: 'Ancora in attesa del messaggio da Outlook\u2026',
  // Not a bounce
  notBounceJudged:
    '\u201c{subject}\u201d ({source}) non sembra un rapporto di mancato recapito: non contiene una notifica di recapito né un codice di errore.',
  notBounceNext:
    'Se il rapporto di mancato recapito è un altro messaggio, selezionalo e scegli Rileggi, oppure incollane il testo qui sotto.',
  autoReplyJudged:
    '\u201c{subject}\u201d è una risposta automatica, ad esempio un messaggio di fuori sede. Il tuo messaggio è stato recapitato; non serve fare nulla.',
  // Technical details, in words
  techRecipient: 'Destinatario: {address}',
  techCode: 'Codice: {code}',
  techServerSaid: 'Il server ha risposto: {text}',
  techRemote: 'Rifiutato dal server {host}',
  techReporting: 'Segnalato da {host}',
  techCommand:
    'Rifiutato quando {command, select, MAIL {è stato indicato il tuo indirizzo (MAIL FROM)} RCPT {è stato indicato l’indirizzo del destinatario (RCPT TO)} DATA {è stato inviato il messaggio stesso (DATA)} other {al server è stato inviato {command}}}',
  techEvidence: 'In base a: \u201c{text}\u201d',
  linkLabel: '{host}: {page}',
  // Announcements
  announceVerdict: 'Risultato: {title}',
  announceSummary: 'Risultato: {summary}. Prima causa: {title}',
  announceDraftBusy: 'Preparazione della segnalazione.',
};
