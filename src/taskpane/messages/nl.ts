/** Pane-only words in Dutch (ICU MessageFormat); same keys and placeholders as en.ts, terms from docs/glossary/nl.md. */
import type { PaneMessages } from './en';

export const PANE_NL: PaneMessages = {
  // Verdict and summary
  summaryTitle:
    '{recipients, plural, one {# geadresseerde} other {# geadresseerden}}, {causes, plural, one {# oorzaak} other {# oorzaken}}',
  summaryCount: '{count, plural, one {# geadresseerde} other {# geadresseerden}}',
  andMore: 'en nog {count}',
  codeCaption: 'Code {code}',
  noCode: 'Geen foutcode opgegeven',
  // Primary actions, by who must act
  actionDraft: 'Rapport aan IT opstellen',
  actionDraftCompose: 'Dit concept omzetten in het IT-rapport',
  actionDraftDone: 'Rapport opgesteld',
  actionCopyReport: 'Rapport voor IT kopiëren',
  actionCopyReportDone: 'Rapport gekopieerd',
  actionCopyReportHint:
    'Deze versie van Outlook kan vanuit een invoegtoepassing geen nieuw bericht openen. Kopieer het rapport en plak het in een bericht aan je IT-helpdesk.',
  actionFixSuggestion: 'Verzend het opnieuw naar {corrected} in plaats van {address}.',
  actionFixCopy: '{corrected} kopiëren',
  actionFixGeneric: 'Wat je moet oplossen: {step}',
  actionFixCopyAddress: 'Het te controleren adres kopiëren',
  actionTell: 'Een bericht voor de geadresseerde kopiëren',
  actionTellHint: 'Stuur het op een andere manier, bijvoorbeeld via chat of sms: je e-mail heeft de persoon niet bereikt.',
  actionTellNote:
    'Hallo, ik probeerde je te e-mailen ({address}) over “{subject}”, maar het bericht kwam terug: {title} (code {code}). Kun jij of je IT-team ernaar kijken? Bedankt.',
  actionWaitUntil:
    'Nog niets te doen. Kijk na {when} opnieuw: de e-mailserver blijft het tot dan proberen en laat het weten als het uiteindelijk mislukt.',
  actionWait:
    'Nog niets te doen. Kijk over een paar uur opnieuw: de e-mailserver blijft het proberen (meestal tot twee dagen) en laat het weten als het uiteindelijk mislukt.',
  actionNone: 'Niets te doen. Je kunt dit bericht verwijderen.',
  actionCopied: 'Gekopieerd.',
  actionCopyFailed: 'Kopiëren werkte hier niet. Selecteer de tekst hieronder en kopieer die zelf.',
  secondaryDraft: 'Toch een rapport aan IT opstellen',
  // Report step
  reportStepTitle: 'Rapport aan IT',
  reportStepHint:
    'Controleer het adres, vul eventueel aan wat je al hebt geprobeerd en open dan het concept. Er wordt niets verzonden tot je het zelf verzendt.',
  reportLanguage: 'Taal van het rapport',
  reportCreate: 'Het concept openen',
  reportCreateCompose: 'Het rapport in dit concept zetten',
  reportAlreadyDrafted: 'Het rapport is al opgesteld. Controleer het in Outlook en verzend het dan zelf.',
  reportInvalidTo: 'Het helpdeskadres is ongeldig, dus Aan blijft leeg: vul het in het concept in.',
  mailtoCut: 'De link naar de e-mailapp bevat alleen het begin van het rapport; gebruik Rapport kopiëren voor de hele tekst.',
  // Helpdesk field
  helpdeskHintPlain: 'Waar het rapport heen gaat.',
  helpdeskRemember: 'Dit adres onthouden',
  helpdeskSavedNow: 'Opgeslagen in de instellingen van je postvak.',
  helpdeskSaveFailed: 'Het adres kon niet worden opgeslagen. Het wordt wel gebruikt voor dit rapport.',
  helpdeskInvalidHint: 'Dit lijkt niet op één e-mailadres. Je kunt het rapport toch opstellen en Aan zelf invullen.',
  settingsTitle: 'Instellingen',
  // Loading and Outlook failures
  slowOutlook:
    'Outlook geeft het bericht traag door. Terwijl de invoegtoepassing het blijft proberen, kun je het rapport van niet-bezorging plakken, het opgeslagen bestand kiezen of het hier neerzetten.',
  readFailedPlain: 'Outlook heeft dit bericht niet doorgegeven. Plak de tekst, kies het opgeslagen bestand of sleep het hierheen.',
  readTimedOut:
    'Outlook antwoordde niet op tijd. Plak de tekst van het rapport van niet-bezorging, kies het opgeslagen bestand of sleep het hierheen.',
  failureDetails: 'Details',
  stillTrying: 'Nog steeds bezig het bericht uit Outlook te lezen\u2026',
  // Not a bounce
  notBounceJudged: '“{subject}” ({source}) lijkt geen rapport van niet-bezorging: het bevat geen bezorgingsrapport en geen foutcode.',
  notBounceNext:
    'Is het rapport van niet-bezorging een ander bericht, selecteer het dan en kies Opnieuw lezen, of plak de tekst van het rapport hieronder.',
  autoReplyJudged:
    '“{subject}” is een automatisch antwoord, bijvoorbeeld een afwezigheidsbericht. Je bericht is bezorgd; je hoeft niets te doen.',
  // Technical details, in words
  techRecipient: 'Geadresseerde: {address}',
  techCode: 'Code: {code}',
  techServerSaid: 'De server meldde: {text}',
  techRemote: 'Geweigerd door de server {host}',
  techReporting: 'Gerapporteerd door {host}',
  techCommand:
    'Geweigerd toen {command, select, MAIL {je adres werd doorgegeven (MAIL FROM)} RCPT {het adres van de geadresseerde werd doorgegeven (RCPT TO)} DATA {het bericht zelf werd verzonden (DATA)} other {{command} naar de server werd gestuurd}}',
  techEvidence: 'Gebaseerd op: “{text}”',
  linkLabel: '{host}: {page}',
  // Announcements
  announceVerdict: 'Resultaat: {title}',
  announceSummary: 'Resultaat: {summary}. Eerst: {title}',
  announceDraftBusy: 'Het rapport wordt voorbereid.',
};
