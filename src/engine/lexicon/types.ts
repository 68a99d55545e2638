/**
 * The lexicon's shape: the localised words of delivery notices, grouped by the role they play
 * for the readers (decoders, input, the Office adapter). One file per language; each word carries
 * where it was seen, so a reviewer can check it and a new language is one more file.
 */

export type Role =
  | 'bounceSubject'
  | 'bounceSender'
  | 'bounceOpening'
  | 'failureSubject'
  | 'delaySubject'
  | 'autoReplySubject'
  | 'reportSubject'
  | 'reportSentence'
  | 'autoReplySentence'
  | 'readReceiptSubject'
  | 'challengeSentence'
  | 'reportSubjectPrefix'
  | 'originalFollows'
  | 'exchangeSubject'
  | 'exchangeHeading'
  | 'exchangeOriginalHeaders'
  | 'exchangeBoilerplate'
  | 'recipientsFailedHeading'
  | 'headerOfOriginalFollows'
  | 'adviceBoilerplate'
  | 'notDeliveredSubject'
  | 'groupsProductName'
  | 'dlpProductName'
  | 'recallReportSubject'
  | 'moderationHeld'
  | 'cannotDeliverSubject'
  | 'ndrFailedHeading'
  | 'ndrDelayedHeading'
  | 'ndrDeliveredHeading'
  | 'ndrRejectedBy'
  | 'ndrGaveError'
  | 'ndrAdminHeading'
  | 'ndrGeneratingServer'
  | 'ndrReceivingServer'
  | 'ndrOriginalHeaders'
  | 'ndrStillTrying'
  | 'recipientLabel'
  | 'gmailFailedSentence'
  | 'gmailDelayedSentence'
  | 'ndrCouldNotDeliver'
  | 'ndrActionRequired'
  | 'ndrSenderLabel'
  | 'ndrRecipientLabel'
  | 'ndrHowToFix'
  | 'ndrMoreInfo'
  | 'ndrStatusCode'
  | 'ndrOriginalDetails'
  | 'ndrErrorDetails'
  | 'ndrReportedError'
  | 'ndrDsnGeneratedBy'
  | 'ndrSenderAddress'
  | 'ndrRecipientAddress'
  | 'ndrMessageHops'
  | 'ndrFailedSubject'
  | 'ndrDelayedSubject'
  | 'ndrDeliveredSubject'
  | 'forwardFrom'
  | 'forwardSent'
  | 'forwardTo'
  | 'forwardCc'
  | 'forwardSubject'
  | 'forwardDate'
  | 'forwardSeparator'
  | 'forwardPrefix';

/** What each role means to its readers. */
export const ROLES: Readonly<Record<Role, string>> = {
  bounceSubject: 'Subject fragments of a delivery notice: worth a generic read (decoders/index.ts `looksLikeBounce`).',
  bounceSender: 'Sender fragments of a delivery notice (a mailer daemon, a postmaster).',
  bounceOpening: 'Phrases in the first lines of a delivery notice.',
  failureSubject: 'Subject fragments that say the message failed (not only delayed).',
  delaySubject: 'Subject fragments of a delay notice (a warning, the server still retries).',
  autoReplySubject: 'Subject fragments of an automatic reply (out of office, vacation; RFC 3834).',
  reportSubject: 'Subjects of delivery reports, failure or delay: one piece of structural evidence that a message is a bounce (detect.ts).',
  reportSentence:
    'Stock sentences near the top of a delivery report: structural evidence (detect.ts), and no diagnostic of their own (blocks.ts).',
  autoReplySentence:
    'Sentences of automatic replies ("I am out of the office"): an auto-reply when no report structure is present (detect.ts).',
  readReceiptSubject:
    'Subjects of read receipts (RFC 8098 MDNs and their text-only lookalikes): a delivery report, not a bounce (detect.ts).',
  challengeSentence:
    'Sentences of challenge-response systems asking the sender to prove they are a person (Boxbe and the like): not a bounce (detect.ts).',
  reportSubjectPrefix: 'How the subject of a delivery report starts, as the mail client shows it (office/item.ts).',
  originalFollows: 'A line saying the returned original follows: the notice proper ends there.',
  exchangeSubject: 'Subject fragments of an Exchange NDR.',
  exchangeHeading: 'First heading of an Exchange NDR body.',
  exchangeOriginalHeaders: 'Where an Exchange NDR quotes the original message headers.',
  exchangeBoilerplate: "Exchange NDR section headings that are no recipient's diagnostic.",
  recipientsFailedHeading: 'A heading above the failed recipients ("could not be delivered to one or more recipients").',
  headerOfOriginalFollows: 'A line saying the header of the original message follows (1&1 style).',
  adviceBoilerplate: "Advice lines of a notice that are no recipient's diagnostic.",
  notDeliveredSubject: 'Subject of a "message not delivered" notice (Mail.Ru).',
  groupsProductName: 'How a Google Groups refusal names the product.',
  recallReportSubject:
    'How the subject of a message recall result starts (Outlook\'s "Recall Success:", Exchange Online\'s "Message Recall Report"): not a bounce (detect.ts).',
  moderationHeld:
    "Words of a notice that a post waits for a moderated group's moderator: a warning, not a failure (decoders/moderation.ts, explain/catalogue.ts).",
  dlpProductName:
    "How an organisation's reject text names data loss prevention (Microsoft Purview DLP): the sender's own content policy (explain/catalogue.ts).",
  cannotDeliverSubject: 'Subject of a "message cannot be delivered" notice (Trend Micro gateways).',
  ndrFailedHeading: `Exchange legacy NDR: heading above the failed recipients ("Delivery has failed to these recipients or groups").`,
  ndrDelayedHeading: `Exchange legacy delay notice: heading above the delayed recipients.`,
  ndrDeliveredHeading: `Exchange delivery report: heading above the delivered recipients.`,
  ndrRejectedBy: `Exchange legacy NDR: "<host> rejected your message to the following email addresses", without the host.`,
  ndrGaveError: `Exchange legacy NDR: "<host> gave this error:", without the host; the remote's words follow.`,
  ndrAdminHeading: `Exchange legacy NDR: "Diagnostic information for administrators".`,
  ndrGeneratingServer: `Exchange legacy NDR: "Generating server:" label (the reporting host).`,
  ndrReceivingServer: `Exchange legacy NDR: "Receiving server:" label (the remote host).`,
  ndrOriginalHeaders: `Exchange NDR: where the returned original's headers begin.`,
  ndrStillTrying: `Sentences only an Exchange delay notice has ("This message hasn't been delivered yet").`,
  recipientLabel:
    'The label of a line naming the failed recipient ("Получатель: <addr>", "받는 사람: <addr>") in a notice no family reads (decoders/blocks.ts). The same word may head a forward block\'s To: such lines next to other header labels are never read.',
  gmailFailedSentence:
    "Gmail's notice: sentence pattern naming the failed recipient as {rcpt} (\"Your message wasn't delivered to {rcpt} because\"), in the user's language (decoders/families/gmail.ts).",
  gmailDelayedSentence:
    'Gmail\'s delay notice: sentence pattern naming the delayed recipient as {rcpt} ("There was a temporary problem delivering your message to {rcpt}") (decoders/families/gmail.ts).',
  ndrCouldNotDeliver: `Exchange enhanced NDR: sentence pattern naming the recipient as {rcpt} ("Your message to {rcpt} couldn't be delivered").`,
  ndrActionRequired: `Exchange enhanced NDR diagram: "Action Required" under the party that must act.`,
  ndrSenderLabel: `Exchange enhanced NDR diagram: the label under the sender.`,
  ndrRecipientLabel: `Exchange enhanced NDR diagram: the label under the recipient.`,
  ndrHowToFix: `Exchange enhanced NDR: "How to Fix It" heading.`,
  ndrMoreInfo: `Exchange enhanced NDR: "More Info for Email Admins" heading.`,
  ndrStatusCode: `Exchange enhanced NDR: "Status code:" label (Exchange's summary code).`,
  ndrOriginalDetails: `Exchange enhanced NDR: "Original Message Details" heading.`,
  ndrErrorDetails: `Exchange enhanced NDR: "Error Details" heading.`,
  ndrReportedError: `Exchange enhanced NDR: "Reported error:" label (the remote server's reply).`,
  ndrDsnGeneratedBy: `Exchange enhanced NDR: "DSN generated by:" label (the reporting host).`,
  ndrSenderAddress: `Exchange enhanced NDR: "Sender Address:" label (the user: never a recipient).`,
  ndrRecipientAddress: `Exchange enhanced NDR: "Recipient Address:" label.`,
  ndrMessageHops: `Exchange enhanced NDR: "Message Hops" heading.`,
  ndrFailedSubject: `Exchange NDR subject prefix ("Undeliverable:").`,
  ndrDelayedSubject: `Exchange delay notice subject prefix ("Delivery delayed:").`,
  ndrDeliveredSubject: `Exchange delivery report subject prefix ("Delivered:", "Relayed:").`,
  forwardFrom: `Outlook forward header block: the From label.`,
  forwardSent: `Outlook forward header block: the Sent label.`,
  forwardTo: `Outlook forward header block: the To label.`,
  forwardCc: `Outlook forward header block: the Cc label.`,
  forwardSubject: `Outlook forward header block: the Subject label.`,
  forwardDate: `Outlook for Mac / Gmail forward header block: the Date label.`,
  forwardSeparator: `A forward's separator line ("-----Original Message-----").`,
  forwardPrefix: `Subject prefix of a forward ("FW:").`,
};

export interface Term {
  /** Lower case, matched as a fragment unless the role says otherwise. */
  readonly text: string;
  /** Where the words come from (a product's template, an RFC, a family of servers). */
  readonly source: string;
}

/** BCP 47 language subtag. */
export type Lang =
  | 'en'
  | 'de'
  | 'fr'
  | 'it'
  | 'es'
  | 'pt'
  | 'pt-BR'
  | 'pt-PT'
  | 'nl'
  | 'sv'
  | 'da'
  | 'nb'
  | 'fi'
  | 'pl'
  | 'cs'
  | 'ja'
  | 'ru'
  | 'tr'
  | 'zh-CN'
  | 'zh-TW'
  | 'ko';

export type LanguageLexicon = { readonly lang: Lang } & { readonly [R in Role]?: readonly Term[] };
