/**
 * Pane-only words (English), in ICU MessageFormat. The engine's catalogue keeps the words the
 * explanations, the report and the CLI share; these are the pane's own. Keys are stable: every
 * locale's file is an object of the same `PaneMessages` type, so the compiler checks it.
 */
import type { Message } from '../../engine/i18n/format';

export const PANE_EN = {
  // Verdict and summary
  summaryTitle: '{recipients, plural, one {# recipient} other {# recipients}}, {causes, plural, one {# cause} other {# causes}}',
  summaryCount: '{count, plural, one {# recipient} other {# recipients}}',
  andMore: 'and {count} more',
  codeCaption: 'Code {code}',
  noCode: 'No error code given',
  // Primary actions, by who must act
  actionDraft: 'Draft report to IT',
  actionDraftCompose: 'Turn this draft into the IT report',
  actionDraftDone: 'Report drafted',
  actionCopyReport: 'Copy report for IT',
  actionCopyReportDone: 'Report copied',
  actionCopyReportHint:
    'This Outlook cannot open a new message from an add-in. Copy the report and paste it into a message to your IT helpdesk.',
  actionFixSuggestion: 'Send it again to {corrected} instead of {address}.',
  actionFixCopy: 'Copy {corrected}',
  actionFixGeneric: 'What to fix: {step}',
  actionFixCopyAddress: 'Copy the address to check',
  actionTell: 'Copy a note for the recipient',
  actionTellHint: 'Send it to them another way, for example by chat or phone message: your email did not reach them.',
  actionTellNote:
    'Hello, I tried to email you ({address}) about \u201c{subject}\u201d, but it bounced: {title} (code {code}). Could you or your IT team look into it? Thank you.',
  actionWaitUntil: 'Nothing to do yet. Look again after {when}: the mail server keeps trying until then and tells you if it finally fails.',
  actionWait:
    'Nothing to do yet. Look again in a few hours: the mail server keeps trying (usually for up to two days) and tells you if it finally fails.',
  actionNone: 'Nothing to do. You can delete this message.',
  actionCopied: 'Copied.',
  actionCopyFailed: 'Copying did not work here. Select the text below and copy it yourself.',
  secondaryDraft: 'Draft a report to IT anyway',
  // Report step
  reportStepTitle: 'Report to IT',
  reportStepHint: 'Check the address, add what you already tried if you like, then open the draft. Nothing is sent until you send it.',
  reportLanguage: 'Language of the report',
  reportCreate: 'Open the draft',
  reportCreateCompose: 'Put the report into this draft',
  reportAlreadyDrafted: 'The report is already drafted. Check it in Outlook, then send it yourself.',
  reportInvalidTo: 'The helpdesk address is not valid, so To is left empty: fill it in the draft.',
  mailtoCut: 'The mail-app link holds only the start of the report; use Copy report for all of it.',
  // Helpdesk field
  helpdeskHintPlain: 'Where the report goes.',
  helpdeskRemember: 'Remember this address',
  helpdeskSavedNow: 'Saved in your mailbox settings.',
  helpdeskSaveFailed: 'The address could not be saved. It is still used for this report.',
  helpdeskInvalidHint: 'This does not look like one email address. You can still draft the report and fill in To yourself.',
  settingsTitle: 'Settings',
  // Loading and Outlook failures
  slowOutlook:
    'Outlook is slow to hand over the message. While the add-in keeps trying, you can paste the bounce, pick the saved file or drop it here.',
  readFailedPlain: 'Outlook did not hand over this message. Paste its text, pick the saved file, or drag it here.',
  readTimedOut: 'Outlook did not answer in time. Paste the bounce text, pick the saved file, or drag it here.',
  failureDetails: 'Details',
  stillTrying: 'Still trying to read the message from Outlook\u2026',
  // Not a bounce
  notBounceJudged: '\u201c{subject}\u201d ({source}) does not look like a bounce: it has no delivery report and no error code.',
  notBounceNext: 'If the bounce is another message, select it and choose Re-read, or paste the bounce\u2019s text below.',
  autoReplyJudged:
    '\u201c{subject}\u201d is an automatic reply, for example an out-of-office message. Your message was delivered; nothing to do.',
  // Technical details, in words
  techRecipient: 'Recipient: {address}',
  techCode: 'Code: {code}',
  techServerSaid: 'The server said: {text}',
  techRemote: 'Refused by the server {host}',
  techReporting: 'Reported by {host}',
  techCommand:
    'Refused when {command, select, MAIL {your address was given (MAIL FROM)} RCPT {the recipient address was given (RCPT TO)} DATA {the message itself was sent (DATA)} other {the server was sent {command}}}',
  techEvidence: 'Based on: \u201c{text}\u201d',
  linkLabel: '{host}: {page}',
  // Announcements
  announceVerdict: 'Result: {title}',
  announceSummary: 'Result: {summary}. First: {title}',
  announceDraftBusy: 'Preparing the report.',
} as const satisfies Readonly<Record<string, string>>;

export type PaneKey = keyof typeof PANE_EN;
/**
 * A message is its ICU text here and in Node; the pane's build precompiles the texts with ICU syntax
 * (scripts/precompile-messages.cjs), so what the pane holds is typed `Message`.
 */
export type PaneMessages = Readonly<Record<PaneKey, Message>>;
