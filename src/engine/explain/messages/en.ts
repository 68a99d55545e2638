/**
 * English message catalogue (ICU MessageFormat). Written for someone who has never heard of SMTP:
 * "what happened" stays within two short sentences; technical words are explained where used.
 * Placeholders: {recipient} {domain} {suggestion} {limit} {hasLimit} {code} {until} {verdicts}.
 */
import type { Message } from '../../i18n/format';
import type { ErrorCode } from '../../types';
import type { EntryId } from '../catalogue';
import type { BackscatterSignCode } from '../special';
import type { Owner, Retry } from '../types';
import { EN_UI } from './en-ui';

export interface EntryTexts {
  readonly title: Message;
  /** What happened (the recipient has finally failed): at most two short sentences. */
  readonly summary: Message;
  /** What you can do now, in order. */
  readonly steps: readonly Message[];
  /** What IT should check. */
  readonly it: readonly Message[];
  /** Replacements while the servers are still retrying (a delay notice), when the words differ. */
  readonly delayed?: DelayedTexts;
}

export interface DelayedTexts {
  readonly title?: Message;
  readonly summary?: Message;
  readonly steps?: readonly Message[];
}

/**
 * The part of a catalogue the task pane itself words its UI with. English's is its own module
 * (`en-ui.ts`) so the pane's bundle carries only this part; the explanations come worded from the
 * engine worker.
 */
export type UiCatalogue = Pick<Catalogue, 'locale' | 'owners' | 'ownerSentences' | 'ui'>;

export interface Catalogue {
  readonly locale: string;
  /** One text set per catalogue entry: a missing or unknown id is a compile error. */
  readonly entries: Readonly<Record<EntryId, EntryTexts>>;
  readonly owners: Readonly<Record<Owner, Message>>;
  readonly ownerSentences: Readonly<Record<Owner, Message>>;
  readonly retry: Readonly<Record<Retry, Message>>;
  readonly retryUntil: Message;
  /** First step for a delayed recipient whose cause needs a fix before any retry can work. */
  readonly delayedNeedsFix: Message;
  readonly authVerdicts: Message;
  /** The IT report's words: exactly the keys of the English `REPORT` (a missing or extra key is a compile error). */
  readonly report: Readonly<Record<ReportKey, Message>>;
  /** Why an input could not be analysed (`AnalysisResult.error`). */
  readonly errors: Readonly<Record<ErrorCode, Message>>;
  /** The signs of a forged sender (backscatter), one sentence each. */
  readonly backscatterSigns: Readonly<Record<BackscatterSignCode, Message>>;
  /** The command line's own words. */
  readonly cli: Readonly<Record<CliKey, Message>>;
  /** The task pane's own words. */
  readonly ui: Readonly<Record<UiKey, Message>>;
}

export type CliKey = 'forgedSender' | 'recipientNotNamed' | 'andMore' | 'asciiForm' | 'lookAlike';

export type UiKey =
  | 'appTitle'
  | 'loading'
  | 'analysing'
  | 'analysedMessage'
  | 'readVia'
  | 'reRead'
  | 'selectionChanged'
  | 'noItem'
  | 'restricted'
  | 'readFailed'
  | 'notBounce'
  | 'autoReply'
  | 'deliveryReport'
  | 'feedbackReport'
  | 'inputError'
  | 'analysisTimeout'
  | 'analysisCrashed'
  | 'addressFlagged'
  | 'addressAscii'
  | 'whoMustAct'
  | 'whatHappened'
  | 'whatToDo'
  | 'whatItChecks'
  | 'recipients'
  | 'technicalDetails'
  | 'copyDetails'
  | 'copied'
  | 'serverSaid'
  | 'codes'
  | 'servers'
  | 'evidence'
  | 'confidence'
  | 'links'
  | 'backscatterTitle'
  | 'draftReport'
  | 'draftCompose'
  | 'drafting'
  | 'draftOpened'
  | 'draftOpenedNoAttachment'
  | 'draftComposeDone'
  | 'draftFallback'
  | 'copyReport'
  | 'openMailto'
  | 'helpdeskLabel'
  | 'helpdeskHint'
  | 'helpdeskSave'
  | 'helpdeskSaved'
  | 'helpdeskInvalid'
  | 'helpdeskMissing'
  | 'helpdeskFrom'
  | 'triedLabel'
  | 'inputTitle'
  | 'inputHint'
  | 'pasteLabel'
  | 'analyseText'
  | 'pickFile'
  | 'dropHere'
  | 'dropActive'
  | 'fileTooBig'
  | 'fileUnreadable'
  | 'sourcePaste'
  | 'sourceFile'
  | 'sourceDrop'
  | 'sourceSelected'
  | 'sourceDraft'
  | 'unknownSubject'
  | 'unknownValue'
  | 'routeFile'
  | 'routeBodyText'
  | 'routeBodyHtml'
  | 'routeHeaders'
  | 'routeAttachment'
  | 'routeNone'
  | 'analyseAnother'
  | 'techRemote'
  | 'techReporting'
  | 'techAfter'
  | 'techServerSaid'
  | 'techEvidence'
  // The analysed message's time; the selection Outlook does not report.
  | 'analysedWhen'
  | 'selectionUnknown';

const E = (title: Message, summary: Message, steps: readonly Message[], it: readonly Message[], delayed?: DelayedTexts): EntryTexts =>
  delayed === undefined ? { title, summary, steps, it } : { title, summary, steps, it, delayed };

const TELL_RECIPIENT = 'Let the person know another way, for example by phone or chat, that your email did not arrive.';
const NO_ACTION_YET = 'No action needed yet: your mail server keeps trying on its own.';
const AGAIN_LATER = 'Send the message again later.';
const SEND_REPORT = 'Send the prepared report to your IT helpdesk; it already contains everything they need.';
const SPF = 'SPF (the list of servers allowed to send mail for your domain)';
const DKIM = 'DKIM (the digital seal your server puts on each message)';
const DMARC = 'DMARC (your domain\u2019s rule for what receivers do when those checks fail)';

const MAILBOX_DISABLED = E(
  'The recipient\u2019s mailbox is disabled',
  'The recipient\u2019s mailbox exists but is switched off, for example because the person left or the account was closed or suspended.',
  [TELL_RECIPIENT, 'Ask them or their organisation for another address.'],
  [
    'If the recipient is in your organisation, check whether the mailbox is disabled, unlicensed or soft-deleted, and restore it or its address.',
  ],
);

const MAIL_FLOW_RULE = E(
  'A mail rule refused the message',
  'A rule set by a mail administrator refused the message. The bounce shows whose organisation the rule belongs to.',
  [
    'If the bounce gives the rule\u2019s reason, such as a blocked attachment type, follow it and send again.',
    'Otherwise send the report to your IT helpdesk: they can find the rule.',
  ],
  [
    'Find the mail flow (transport) rule that rejects with this code (TRANSPORT.RULES.RejectMessage): in your own tenant\u2019s message trace first, otherwise at the recipient\u2019s organisation.',
  ],
);

const NOT_AUTHENTICATED = E(
  'Only internal senders are allowed',
  'The recipient (a mailbox, group or public folder) only accepts mail from inside its own organisation. Your message came from outside.',
  ['Ask the owner of that address to allow outside senders, or to add you.'],
  ['If the recipient is internal, clear \u201crequire that all senders are authenticated\u201d or allow this sender.'],
);

const NO_DMARC_RECORD = E(
  'Your domain lacks a policy record the receiver requires',
  'The receiver requires sending domains to publish a policy on how to check their mail, and your domain has none. Your IT has to add it.',
  ['Do not resend yet; it will be refused again.', SEND_REPORT],
  [`Publish a ${DMARC} record for the From domain; p=none is enough for Gmail\u2019s bulk-sender rule (Gmail 4.7.31 / 5.7.40).`],
);

const DMARC_ALIGNMENT = E(
  'Your sender address does not match your mail\u2019s checks',
  'The domain in your From address is not the domain your mail server proved it sends for. The receiver requires them to match.',
  ['Do not resend yet; it will be refused again.', SEND_REPORT],
  [
    'Align the From domain with the SPF (envelope sender) domain or the DKIM signing domain (Gmail 4.7.32 / 5.7.32).',
    `Check ${DMARC} alignment for every service that sends as your domain.`,
  ],
);

const SENDER_DENIED = E(
  'Your address was refused',
  'The receiving server refused your sender address. You may be blocked by the recipient, or your domain\u2019s checks failed.',
  ['Ask the recipient whether they blocked your address.', 'If other people also reject your mail, tell IT.'],
  [`Check ${SPF} for the sending domain.`, 'Check whether the sender is on the recipient\u2019s block list.'],
);

const entries: Record<EntryId, EntryTexts> = {
  // ---- special cases ----
  backscatter: E(
    'Someone faked your address',
    'This bounce is for a message you never sent. A stranger put your address on their email, and the bounce came back to you.',
    [
      'Do not reply to this bounce and do not open links or attachments in it.',
      'Delete it. Nothing was sent from your mailbox.',
      'If you get many of these, tell your IT helpdesk so they can filter them.',
    ],
    [
      `Check that ${SPF}, ${DKIM} and ${DMARC} are published for the domain, with a DMARC policy of quarantine or reject.`,
      'Check the returned original: it should not have passed through your own servers.',
      'Consider a backscatter filter if many arrive.',
    ],
  ),
  'misspelt-domain': E(
    'The address may be misspelt',
    'The recipient\u2019s domain {domain} could not be found. Did you mean {suggestion}?',
    [
      'Check the part after the @ in the address: did you mean {suggestion}?',
      'If so, correct the address and send the message again.',
      'If Outlook suggested the wrong address, remove it from Auto-Complete: start typing it, then select the X next to the suggestion.',
    ],
    ['Nothing to check on your side unless the address really is {domain}.'],
  ),
  delayed: E(
    'Your message is delayed',
    'Your mail server could not deliver the message yet and is still trying. You will get another notice if it finally fails.',
    ['No action needed now.', 'If it is urgent, reach the person another way, for example by phone.'],
    [
      'If delays to this domain continue, check its MX records and your outbound connectivity.',
      'Read the latest error in the diagnostic text.',
    ],
  ),
  'stale-x500': E(
    'An old saved address was used',
    'Outlook used an old saved version of this contact that no longer works. The person may still exist under a new address.',
    [
      'Start typing the name in the To box, then select the X next to the old suggestion to remove it from Auto-Complete.',
      'Type the full email address again, or pick the person from the address book.',
      'Send the message again.',
    ],
    [
      'Check whether the mailbox was moved, recreated or migrated; its old LegacyExchangeDN may need to be added as an X500 proxy address.',
      'Check the offline address book is current.',
    ],
  ),
  // ---- the sender's own account ----
  'sender-account-held': E(
    'Your account must be verified before it can send',
    'Your mail provider paused sending from your account until you confirm it is really you. The recipients\u2019 addresses are not the problem.',
    [
      'Sign in to your mailbox on the web (for Outlook.com: outlook.com) and follow the prompts to verify your account.',
      'If you did not send unusual amounts of mail, change your password.',
      'Then send the message again.',
    ],
    [
      'Check the account for signs of compromise: sign-ins, inbox rules, forwarding.',
      'STOREDRV.Submission OutboundSpamException (WASCL verdict HipSend, ShowTierUpgrade) is the provider\u2019s outbound spam hold; only the account owner can clear it by verifying.',
    ],
  ),

  // ---- text-specific ----
  'ms-own-mailbox-full': E(
    'Your own mailbox is full',
    'Your own mailbox is over its size limit, so it cannot send. Sent items count towards the limit.',
    [
      'Empty Deleted Items and delete or archive large old messages, including in Sent Items.',
      'Send the message again once there is room.',
    ],
    [
      'STOREDRV.Submission QuotaExceededException: the sender\u2019s own mailbox quota, not the recipient\u2019s.',
      'Check the sender\u2019s mailbox quota and retention settings for Sent Items; consider an archive mailbox.',
    ],
  ),
  'submission-quota': E(
    'You reached your sending limit',
    'Your account sent to more recipients than allowed in a day, so your own mail service stopped sending for now. The recipients are not the problem.',
    [
      'Send the message again tomorrow; the limit counts the last 24 hours.',
      'Send to fewer people at once, or ask IT about a mailing tool for large lists.',
      'If you did not send that much mail, tell IT at once: your account may be misused.',
    ],
    [
      'STOREDRV.Submission SubmissionQuotaExceeded: the sender\u2019s recipient rate limit (10,000 recipients a day in Exchange Online).',
      'Check the account\u2019s recent sending volume for signs of a compromise.',
    ],
  ),
  'ms-dbeb': E(
    'The recipient\u2019s address is not known there',
    'The recipient\u2019s mail service does not recognise this address. It may be misspelt or no longer exist.',
    ['Check the spelling of {recipient}.', 'Ask the person for their current address another way.', 'Send again with the right address.'],
    ['If the recipient is in your own organisation, check the address is synchronised to Microsoft 365 (directory-based edge blocking).'],
  ),
  'relay-denied': E(
    'A server refused to pass the message on',
    'A mail server refused to pass your message on to the recipient\u2019s domain. This is a setup problem between mail servers, not with your message.',
    ['Do not resend yet: it will fail the same way.', SEND_REPORT],
    [
      'Check the connectors and relay permissions for this sending path.',
      'Check that the MX records of the recipient\u2019s domain point to the right servers.',
      'If a device or app sends through your server, check it is allowed to relay or signs in with SMTP AUTH.',
    ],
  ),
  'restricted-recipient': E(
    'You are not allowed to write to this address',
    'The recipient only accepts mail from certain senders, such as members of a group. Your address is not on that list.',
    ['Ask the group or mailbox owner to allow your address, or to forward your message.', 'Join the group first if that is how it works.'],
    ['If the recipient is internal, check delivery restrictions, moderation and mail flow rules for that mailbox or group.'],
  ),
  'blocklisted-ip': E(
    'Your mail server is on a block list',
    'The receiving server refused mail from your organisation\u2019s server because that server is listed as a spam source. Your message itself is not the problem.',
    ['Do not resend now; it will be refused again.', SEND_REPORT, TELL_RECIPIENT],
    [
      'Look up the sending IP address on the block list named in the server\u2019s text and follow its removal steps.',
      'Check for compromised accounts or devices sending spam.',
      'Consider sending through another network or a relay with a good reputation until the listing clears.',
    ],
  ),
  'ms-generic-remote': E(
    'The recipient\u2019s server refused the message',
    'The recipient\u2019s server refused the message, and Microsoft 365 passed on its error without a clear reason. Your IT can read the details in the bounce.',
    [TELL_RECIPIENT, SEND_REPORT],
    [
      'Read the original remote error in the diagnostic text.',
      'Check for message formats (such as Rich Text / TNEF) the remote side may not accept.',
    ],
  ),
  'ms-x-dg-ref': E(
    'The message format was refused',
    'The message was sent in Outlook\u2019s Rich Text format or with too many attached items. The recipient\u2019s server refused that format.',
    ['Switch the message to HTML (Format Text, then HTML) and send it again.', 'Attach fewer embedded files, or zip them.'],
    ['Check the TNEF (Rich Text) settings for remote domains.'],
  ),
  'google-login': E(
    'Gmail refused the sign-in',
    'The app you send from could not sign in to the mail server. The password was refused or the account needs a browser sign-in.',
    [
      'Sign in to your account in a web browser and follow any security prompts.',
      'If your account uses two-step sign-in, create an app password and use it in the app.',
      'Send the message again.',
    ],
    ['Check the app or device uses a supported sign-in method (OAuth or an app password).'],
  ),
  'spam-content': E(
    'The message looked like spam',
    'The recipient\u2019s spam filter judged your message to be unwanted mail. Links, attachments, wording or your organisation\u2019s sending reputation can cause this.',
    [
      'Check the message for things spam filters dislike: many links, shortened links, large images with little text, or files the person did not expect.',
      'Tell the person another way that your message was refused, so they can ask their IT to review it.',
      'If several people refuse your mail as spam, tell your IT.',
    ],
    [
      'Check SPF, DKIM and DMARC pass for your domain.',
      'Check the sending IP and domain reputation (for example Google Postmaster Tools) and complaint rates.',
    ],
  ),
  reputation: E(
    'Your organisation\u2019s mail server has a poor reputation',
    'The receiving provider refused mail from your organisation\u2019s server because of its reputation or unusual volume. Your message itself is probably not the problem.',
    ['Do not resend now; it will be refused again.', SEND_REPORT, TELL_RECIPIENT],
    [
      'Check sending volume and complaint rates for the sending IP and domain.',
      'Check SPF, DKIM and DMARC pass for all mail.',
      'Use the provider\u2019s sender support pages to request mitigation (Google Postmaster Tools, Yahoo Sender Hub, Microsoft sender support).',
    ],
    {
      title: 'Your mail server is being slowed down',
      summary:
        'The receiving provider is limiting mail from your organisation\u2019s server because of its reputation or volume. Your server is still trying to deliver.',
      steps: [NO_ACTION_YET, 'If a final failure notice follows, send the report to your IT helpdesk.'],
    },
  ),
  'malformed-message': E(
    'The message was not built correctly',
    'The receiving server found a problem in the message headers, such as a missing or doubled From line. This usually comes from an app or device, not from Outlook.',
    ['If you sent from an app, a scanner or a website, tell IT which one.', 'Try sending the same message from Outlook directly.'],
    ['Check the sending app writes one valid From header and a Message-ID (RFC 5322).'],
  ),
  'receiving-too-fast': E(
    'The recipient is getting too much mail',
    'The recipient\u2019s mailbox received mail faster than its provider allows, so your message was refused.',
    [TELL_RECIPIENT, 'Send the message again in a few hours.'],
    ['Nothing to fix on your side unless you sent many messages to this person in a short time.'],
    {
      summary:
        'The recipient\u2019s mailbox is receiving mail faster than its provider allows. Your message was held back and your server is still trying.',
      steps: [NO_ACTION_YET],
    },
  ),
  'blocked-content': E(
    'An attachment or link was blocked',
    'The receiving server blocked the message because of an attachment type or content it considers unsafe.',
    [
      'Remove the blocked attachment and send the message again without it.',
      'If the person needs the file, ask your IT which way of sharing it your organisation approves.',
    ],
    ['Check which attachment type or link the recipient\u2019s provider blocked, and whether the file is safe.'],
  ),

  // ---- Microsoft 365 ----
  'ms-relay-pool': E(
    'Microsoft 365 could not relay your message',
    'Your message was forwarded or relayed through Microsoft 365, and the next server refused it. Your organisation\u2019s mail setup is the cause, so resending will not help.',
    ['Do not resend; it will fail the same way.', SEND_REPORT, TELL_RECIPIENT],
    [
      `Check ${SPF}: it must include every service that sends for your domain.`,
      `Check ${DKIM} signing is turned on for the domain in Microsoft 365.`,
      `Check ${DMARC} and that mail is aligned with it.`,
      'Check inbound connectors: mail from your own gateways should match a connector (or use Enhanced Filtering) so Microsoft 365 does not use its relay pool.',
      'Check that the sender domain is an accepted domain in the tenant.',
      'Check forwarding rules that send mail on to outside addresses.',
      'If devices or apps send through Microsoft 365, check they sign in with SMTP AUTH or match a connector.',
      'Check the sending IP is not on a block list, and whether the failure only happens from one network (home, VPN or a branch office).',
    ],
  ),
  'recipient-not-found': E(
    'The address does not exist',
    'The recipient\u2019s organisation has no mailbox with this address. It may be misspelt or the person may have left.',
    [
      'Check the spelling of {recipient}.',
      'Remove the address from Auto-Complete if Outlook suggested it, then type it again.',
      'If you did not type this address, the person may forward mail to it: tell them their forwarding is broken.',
      'Ask the person for their current address another way.',
    ],
    [
      'If the recipient is in your organisation, check the user exists, is licensed and the domain is set up correctly.',
      'Check forwarding rules on the recipient\u2019s mailbox if the address is not the one the sender typed.',
    ],
  ),
  'ms-sender-denied': SENDER_DENIED,
  'ms-bad-outbound-sender': E(
    'Your account was blocked from sending',
    'Microsoft 365 stopped your account from sending because it looked like it was sending spam. This usually means someone else got into your account.',
    ['Change your password now.', 'Check your devices for malware.', 'Tell IT at once so they can unblock you.'],
    [
      'Check the account for compromise (sign-ins, inbox rules, forwarding).',
      'Remove the user from Restricted entities in the Microsoft Defender portal after cleaning up.',
    ],
  ),
  'multiple-from': E(
    'The message had more than one sender',
    'The message listed several From addresses without a Sender line. Servers refuse that format.',
    ['Send from a single From address.', 'If an app sent it, tell IT which app.'],
    ['Check the sending app\u2019s From and Sender header settings.'],
  ),
  'daily-recipient-limit': E(
    'You reached the daily recipient limit',
    'Your account sent to more recipients than allowed in one day. Sending is paused until the limit resets.',
    [
      'Send the message again tomorrow; the limit counts the last 24 hours.',
      'If you did not send that much, tell IT: your account may be misused.',
    ],
    ['Check recent sending from the account for signs of compromise.'],
  ),
  'hourly-sender-limit': E(
    'You sent too many messages to this person',
    'The recipient\u2019s service limits how many messages one sender can send them per hour. You went over that limit.',
    ['Send the message again in an hour.', 'If an app or rule sends these messages, slow it down.'],
    ['Check for automated sending loops to this recipient.'],
  ),
  'hourly-recipient-limit': E(
    'The recipient got too much mail this hour',
    'The recipient\u2019s mailbox received more messages than it accepts per hour. Your message was refused for now.',
    ['Send again later.', TELL_RECIPIENT],
    ['Nothing to change on your side.'],
  ),
  'ms-journaling': E(
    'An archive copy of your message could not be stored',
    'Your organisation keeps archive copies of mail, and the copy of this message could not be stored in Microsoft 365. This is an administrator setting.',
    [SEND_REPORT],
    ['Check journal rules that target Microsoft 365, and the journaling archive settings.'],
  ),
  'ms-thread-limit': E(
    'The recipient\u2019s mailbox is busy',
    'The recipient\u2019s mailbox received a burst of mail or holds too many items, so it did not accept your message.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Check for mail storms into the recipient\u2019s mailbox, or a folder over its item limit, if it is internal.'],
    {
      summary: 'The recipient\u2019s mailbox is receiving a burst of mail and is accepting messages slowly. Your server is still trying.',
      steps: [NO_ACTION_YET],
    },
  ),
  'mail-loop': E(
    'The message went round in circles',
    'The message passed between servers too many times, so it was stopped. A forwarding or routing setting is sending it in a loop.',
    [SEND_REPORT],
    [
      'Check that the recipient domain is authoritative where it should be.',
      'Check connectors and smart hosts (hybrid setups especially) and forwarding rules for loops.',
    ],
  ),
  'dns-failed': E(
    'The recipient\u2019s domain could not be looked up',
    'Your mail server could not find where to deliver mail for the recipient\u2019s domain. Their domain\u2019s internet settings may be broken.',
    ['Check the address for typos.', TELL_RECIPIENT, 'Try again later.'],
    ['Check the recipient domain\u2019s MX records from your network.'],
  ),
  'connection-refused': E(
    'The recipient\u2019s server would not answer',
    'The recipient\u2019s mail server refused connections from your mail server. Their server may be down or blocking you.',
    [TELL_RECIPIENT, 'Try again later.'],
    ['Check connectivity to the recipient\u2019s MX host from your outbound servers.'],
  ),
  'tls-certificate': E(
    'A secure connection could not be set up',
    'Your mail server could not set up an encrypted connection with the recipient\u2019s server. Their security certificate or settings look wrong.',
    [TELL_RECIPIENT, 'Try again later.'],
    ['Check the remote server\u2019s certificate chain and whether your side requires TLS for that domain.'],
  ),
  'connection-dropped': E(
    'The connection was cut off',
    'The connection to the recipient\u2019s server kept breaking while sending, so delivery failed.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Check for network problems to the recipient\u2019s servers if it keeps happening.'],
    {
      summary: 'The connection to the recipient\u2019s server broke while sending. Your server is still trying.',
      steps: [NO_ACTION_YET],
    },
  ),
  'mta-sts': E(
    'The recipient\u2019s security policy did not match',
    'The recipient\u2019s domain publishes a security policy for its mail servers, and its servers do not meet it. Your server would not deliver without it.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Check the recipient domain\u2019s MTA-STS policy and MX names (the recipient\u2019s side must fix it).'],
  ),
  'mta-sts-certificate': E(
    'The recipient\u2019s server certificate failed a check',
    'The recipient\u2019s mail server presented a security certificate that its own domain\u2019s policy does not accept.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['The recipient\u2019s side must fix its certificate or MTA-STS policy.'],
  ),
  dane: E(
    'The recipient\u2019s encryption check failed',
    'The recipient\u2019s domain publishes a check that proves its mail server is genuine, and that check failed.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['The recipient\u2019s side must fix its DANE (TLSA) or DNSSEC records.'],
  ),
  expired: E(
    'The message could not be delivered in time',
    'Your mail server kept trying for a long time but could not reach the recipient\u2019s server. It has now given up.',
    [TELL_RECIPIENT, 'Check the address, then send the message again later.'],
    [
      'If every message to this domain fails, check its MX records and your outbound connectivity.',
      'If all domains fail, check your own outbound mail flow.',
    ],
  ),
  'ms-bare-lf': E(
    'The message had characters the recipient refused',
    'The message contained line endings the recipient\u2019s server does not accept. This often happens with messages made by apps.',
    ['Send the message from Outlook on the web, or without the attachment.'],
    ['The recipient\u2019s side can allow bare line feeds or support BDAT.'],
  ),
  'ms-not-authenticated-by-org': NOT_AUTHENTICATED,
  'group-allowed-senders': E(
    'You are not on the group\u2019s allowed senders list',
    'The group only accepts messages from its members or listed senders. Your address is not one of them.',
    ['Ask the group owner to add you, or to forward your message.'],
    ['Check the group\u2019s allowed senders and whether outside senders are permitted.'],
  ),
  'restricted-list': E(
    'The recipient only accepts listed senders',
    'The recipient accepts mail only from people on its list, and you are not on it.',
    ['Ask the recipient to add you, or reach them another way.'],
    ['In a hybrid setup, check whether the on-premises account is disabled.'],
  ),
  'tenant-external-limit': E(
    'Your organisation reached its daily limit',
    'Your organisation sent more mail to outside addresses in 24 hours than Microsoft 365 allows. Outside mail is paused until it resets.',
    ['Send the message again tomorrow; tell IT if it is urgent.'],
    ['Check the tenant outbound external recipient report for unusual volume.', 'Check for compromised accounts or rogue connectors.'],
  ),
  'moera-limit': E(
    'The onmicrosoft.com address is limited',
    'Your message was sent from an onmicrosoft.com address, which may only send to a small number of outside people per day.',
    ['Send from your organisation\u2019s own domain address instead.'],
    ['Add and verify a custom domain and make it the default for senders.'],
  ),
  'ms-spam-abuse': E(
    'Your organisation is blocked for spam',
    'Microsoft 365 blocked mail from your account or server because spam was detected. This usually means an account was misused.',
    ['Tell IT at once.', 'Change your password if you did not send that mail.'],
    ['Investigate compromised accounts and connectors.', 'Request delisting through Microsoft support or the delist portal once fixed.'],
  ),
  'banned-recipient': E(
    'The recipient\u2019s address is banned',
    'The recipient\u2019s service refuses all mail to this address.',
    [TELL_RECIPIENT],
    ['Nothing to change on your side.'],
  ),
  'bad-helo': E(
    'Your mail server introduced itself wrongly',
    'Your mail server greeted the recipient\u2019s server with a name it should not use. The receiver refused it.',
    [SEND_REPORT],
    ['Check the HELO/EHLO name of your outbound server.'],
  ),
  'blocked-by-recipient': E(
    'The recipient\u2019s organisation blocked you',
    'The recipient\u2019s organisation added your server or address to its own block list.',
    ['Ask the recipient to have their IT unblock you.'],
    ['Nothing to change on your side unless other organisations also block you.'],
  ),
  'ipv6-limits': E(
    'The receiver refused your server\u2019s kind of connection',
    'Your mail server connected using a newer kind of internet address, and the receiver refused or limited mail sent that way.',
    [SEND_REPORT],
    ['Check IPv6 sending: PTR records and SPF/DKIM for IPv6, or send over IPv4.'],
  ),
  'dmarc-fail': E(
    'Your domain\u2019s email checks failed',
    'The receiver could not confirm the message really came from your domain, so it followed your domain\u2019s rule and refused it. Resending will not help until this is fixed.',
    ['Do not resend yet.', SEND_REPORT],
    [
      `Check ${SPF} includes every service that sends for your domain.`,
      `Check ${DKIM} signing is on and aligned with the From domain.`,
      `Check ${DMARC}; forwarding can break SPF, so DKIM matters most.`,
    ],
  ),
  'outlook-auth-level': E(
    'Your domain does not meet Outlook.com\u2019s checks',
    'Outlook.com requires large senders to prove their mail really comes from their domain, and this message did not. It was refused.',
    ['Do not resend yet.', SEND_REPORT],
    [`Check ${SPF}, ${DKIM} and ${DMARC} all pass and align with the From domain.`],
  ),
  'forwarding-blocked': E(
    'Automatic forwarding is turned off',
    'Your organisation does not allow messages to be forwarded automatically to outside addresses. A forwarding rule tried to do that.',
    ['Turn off the forwarding rule, or ask IT whether forwarding can be allowed for you.'],
    ['Check the outbound anti-spam policy for external forwarding; create a policy for named users if allowed.'],
  ),
  'smtp-auth': E(
    'The sending app did not sign in',
    'The app or device you sent from did not sign in to the mail server, so the server refused to send.',
    ['Check the user name and password saved in the app or device.', 'Ask IT for the correct mail server settings for that app or device.'],
    [
      'Check SMTP AUTH is enabled for the mailbox and the tenant, that the app uses port 587 with STARTTLS, and that it supports modern authentication.',
    ],
  ),
  'connector-mismatch': E(
    'Your organisation\u2019s mail route is no longer recognised',
    'Microsoft 365 no longer recognises the server that sent this message as one of your organisation\u2019s, so it refused it.',
    [SEND_REPORT],
    ['Check the inbound connector\u2019s certificate name or IP addresses against the sending server (TenantAttribution).'],
  ),
  'own-block-list': E(
    'Your organisation blocks this recipient',
    'Your own organisation\u2019s block list includes one of the recipients, so the whole message was stopped.',
    ['Remove that recipient and send again, or ask IT about the block.'],
    ['Check the Tenant Allow/Block List.'],
  ),
  'tenant-ip-refused': E(
    'Microsoft 365 does not accept mail from this source',
    'Microsoft 365 refused mail from this sending server or domain. New or unverified setups often hit this.',
    [SEND_REPORT],
    ['Check the domains are added and verified, connectors are correct, and request an exception from support if needed.'],
  ),
  'mail-flow-rule': MAIL_FLOW_RULE,
  'ms-ip-throttle': E(
    'Microsoft limited mail from your organisation\u2019s server',
    'Microsoft refused mail from your organisation\u2019s server for now because it is sending far more than usual.',
    [AGAIN_LATER, 'If it keeps happening, tell IT.'],
    ['Check for unusual sending volume and consider a connector or a third-party filter for relayed mail.'],
    {
      title: 'Microsoft is slowing down your mail server',
      summary:
        'Microsoft is temporarily limiting mail from your server because it is sending much more than usual. Your server is still trying.',
      steps: [NO_ACTION_YET],
    },
  ),
  'banned-ip': E(
    'Your mail server\u2019s address is blocked',
    'The receiving service put your sending server\u2019s IP address on its block list. Your message itself is not the problem.',
    ['Do not resend now.', SEND_REPORT],
    ['Request delisting (for Microsoft: sender.office.com) and check for compromised accounts.'],
  ),
  'recipient-domain-refused': E(
    'The recipient\u2019s server does not accept this address',
    'The recipient\u2019s mail server refused the address. Their domain may be set up wrongly, or the address may not exist.',
    ['Check the address.', TELL_RECIPIENT],
    ['Check the recipient domain\u2019s MX records; recent DNS changes can take up to 72 hours.'],
  ),

  // ---- standard codes ----
  'unknown-failure': E(
    'The message was refused without a clear reason',
    'The receiving server refused the message but gave only a general error. Your IT can read the details in the bounce.',
    [TELL_RECIPIENT, SEND_REPORT],
    ['Read the diagnostic text and the servers involved.'],
  ),
  'address-problem': E(
    'There is a problem with the address',
    'The receiving server reported a problem with the address, without more detail.',
    ['Check the address for typos and send again.'],
    ['Read the diagnostic text for the exact cause.'],
  ),
  'address-unknown': E(
    'The address does not exist',
    'The recipient\u2019s mail server has no mailbox called {recipient}. The address may be misspelt, or the person may have left.',
    [
      'Check the spelling of the address.',
      'If Outlook suggested it, remove it from Auto-Complete and type it again.',
      'If you did not type this address, the person may forward mail to it: tell them their forwarding is broken.',
      'Ask the person for their current address another way, then resend.',
    ],
    [
      'If the recipient is internal, check the mailbox exists and has the address.',
      'If you never sent this message, check for a forged sender.',
    ],
  ),
  'domain-unknown': E(
    'The recipient\u2019s domain does not exist',
    'The part after @ in {recipient} does not exist or cannot receive mail. It is probably misspelt.',
    ['Check the part after the @ for typos.', 'Send again with the corrected address.'],
    ['Check the domain resolves from your network if you are sure it is right.'],
  ),
  'address-syntax': E(
    'The address is not written correctly',
    'The address is not a valid email address, for example it has a space or a missing part.',
    ['Check the address for spaces, commas or missing characters, then send again.'],
    ['Nothing to check unless the address looks right.'],
  ),
  'address-ambiguous': E(
    'The address matches more than one person',
    'The receiving server found several mailboxes that match this address.',
    ['Use the person\u2019s full email address and send again.'],
    ['Check for duplicate addresses in the directory if the recipient is internal.'],
  ),
  delivered: E(
    'The message was delivered',
    'This notice confirms your message reached the recipient\u2019s server. Nothing went wrong.',
    ['No action needed.'],
    ['Nothing to check.'],
  ),
  moved: E(
    'The person has a new address',
    'The mailbox has moved and mail to the old address is no longer forwarded.',
    ['Find the person\u2019s new address and send again.', 'Update your contact entry.'],
    ['Nothing to check on your side.'],
  ),
  'sender-address-bad': E(
    'Your sender address was refused',
    'The receiving server did not accept the sender address or its domain. Resending the same way will fail again.',
    ['If you sent from an app or device, check its sender address.', SEND_REPORT],
    [`Check the sender domain exists and resolves, and ${SPF} is published.`, 'Check the envelope sender (Return-Path) the server uses.'],
  ),
  'relayed-no-dsn': E(
    'The message was passed on without confirmations',
    'The message was handed to a system that does not send delivery reports. No error is known.',
    ['No action needed unless the person says it never arrived.'],
    ['Nothing to check.'],
  ),
  'null-mx': E(
    'The recipient\u2019s domain does not accept email',
    'The recipient\u2019s domain says it accepts no email at all. The address cannot work.',
    ['Check the address; the person may use another domain for email.', TELL_RECIPIENT],
    ['Nothing to change on your side.'],
  ),
  'mailbox-problem': E(
    'The recipient\u2019s mailbox refused the message',
    'The recipient\u2019s mailbox or its filter refused your message.',
    [TELL_RECIPIENT, 'Ask them whether they filter or block messages like yours.'],
    ['Read the diagnostic text for the exact cause.'],
  ),
  'mailbox-disabled': MAILBOX_DISABLED,
  'mailbox-full': E(
    'The recipient\u2019s mailbox is full',
    'The recipient\u2019s mailbox has no room left, so it cannot take new mail.',
    [TELL_RECIPIENT, 'Send again later, once they have made room.', 'Send large attachments as links instead.'],
    ['If the recipient is internal, check their mailbox quota.'],
  ),
  'too-big-for-recipient': E(
    'The message is too big for this recipient',
    '{hasLimit, select, yes {The message is larger than this recipient accepts (their limit: {limit}).} other {The message is larger than this recipient accepts.}}',
    ['Remove or shrink attachments, or share them as links.', 'Send the message again.'],
    ['Check the per-recipient size limit if the recipient is internal.'],
  ),
  'list-problem': E(
    'The mailing list could not deliver it',
    'The address is a mailing list or group that could not send your message on to its members.',
    ['Ask the list owner about it.'],
    ['Check the list or group expansion settings if it is internal.'],
  ),
  'remote-system': E(
    'The recipient\u2019s mail system had a problem',
    'The recipient\u2019s mail server reported an internal problem. It is not caused by your message.',
    ['Send again later.', TELL_RECIPIENT],
    ['Nothing to change on your side.'],
  ),
  'remote-disk-full': E(
    'The recipient\u2019s server is out of space',
    'The recipient\u2019s mail server has no storage left. It is a problem on their side.',
    ['Send again later.', TELL_RECIPIENT],
    ['Nothing to change on your side.'],
  ),
  'feature-unsupported': E(
    'The receiving server lacks a needed feature',
    'The message needed a feature the receiving server does not support.',
    [SEND_REPORT],
    ['Check which SMTP extension the message required (for example SMTPUTF8 or a priority setting).'],
  ),
  'too-big': E(
    'The message is too big',
    '{hasLimit, select, yes {The message is larger than the receiving server accepts (limit: {limit}).} other {The message is larger than the receiving server accepts.}}',
    ['Remove or shrink attachments, or share them as links.', 'Send the message again.'],
    ['Check your own and the remote size limits.'],
  ),
  'network-problem': E(
    'The recipient\u2019s server could not be reached',
    'Your mail server could not connect to the recipient\u2019s server, so delivery failed.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['If it persists, check outbound connectivity and the recipient domain\u2019s MX records.'],
    {
      summary: 'Your mail server could not connect to the recipient\u2019s server yet. It is still trying.',
      steps: [NO_ACTION_YET],
    },
  ),
  unroutable: E(
    'No route to the recipient\u2019s domain',
    'Your mail server could not find where to send mail for the recipient\u2019s domain. The domain may be misspelt or set up wrongly.',
    ['Check the part after the @ for typos.', 'Send again with the corrected address.'],
    ['Check the recipient domain\u2019s MX and A records.'],
  ),
  'remote-busy': E(
    'The recipient\u2019s server is busy',
    'The recipient\u2019s server was overloaded and did not accept the message.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Nothing to change on your side.'],
    {
      summary: 'The recipient\u2019s server is overloaded and asked to try later. Your server is still trying.',
      steps: [NO_ACTION_YET],
    },
  ),
  'protocol-error': E(
    'The mail servers did not understand each other',
    'The sending and receiving servers had a technical disagreement about the mail protocol. It is a server setup problem.',
    [SEND_REPORT],
    ['Check the SMTP conversation in the diagnostic: command syntax, extensions or line length.'],
  ),
  'too-many-recipients': E(
    'Too many recipients at once',
    'The message was addressed to more recipients than the server accepts in one go.',
    ['Split the recipients into smaller groups, or use a group address.', 'Send again.'],
    ['Check the sending server splits large recipient lists.'],
  ),
  'content-problem': E(
    'The message content was refused',
    'The receiving server could not accept the content or format of the message.',
    ['Remove unusual attachments or formatting and send again.'],
    ['Read the diagnostic text for the exact content problem.'],
  ),
  'conversion-failed': E(
    'The message could not be converted',
    'The message had to be converted for the receiving server, and that conversion failed or was not allowed.',
    [SEND_REPORT],
    ['Check 8-bit/MIME handling on the path to the recipient.'],
  ),
  'international-address': E(
    'The address uses characters the server cannot handle',
    'The address or message uses non-English characters that the receiving server does not support.',
    ['Ask the person for an address with only plain letters and digits.'],
    ['Check SMTPUTF8 support on your outbound servers.'],
  ),
  'refused-policy': E(
    'The recipient\u2019s server refused the message',
    'The recipient\u2019s server refused the message because of one of its rules or security settings.',
    [
      TELL_RECIPIENT,
      'Ask them whether their organisation refuses mail like yours, for example from outside senders or with certain attachments.',
      SEND_REPORT,
    ],
    ['Read the diagnostic text: it usually names the rule, a block list or an authentication check.'],
  ),
  'security-feature': E(
    'A security requirement was not met',
    'The receiving server required a security feature, such as encryption or a trusted connection, that was not in place.',
    [SEND_REPORT],
    ['Check TLS and authentication settings for this sending path.'],
  ),
  'auth-weak': E(
    'The sign-in method was too weak',
    'The server refused the way the sending app or device signed in. A stronger sign-in method is needed.',
    ['Ask IT for the right settings for the app or device.'],
    ['Check the authentication mechanism (for example, enable OAuth or app passwords).'],
  ),
  'sender-account-disabled': E(
    'Your sending account is disabled',
    'The account used to send this message is disabled on the mail server.',
    ['Tell IT so they can check the account and turn it back on.'],
    ['Check the account status on the submission server (RFC 5248 X.7.13: user account disabled).'],
  ),
  'owner-changed': E(
    'The address now belongs to someone else',
    'The mailbox or domain changed owner since you last wrote, so your message was not delivered to the new owner.',
    ['Check you have the person\u2019s current address.'],
    ['Nothing to change on your side.'],
  ),
  'dkim-fail': E(
    'Your message\u2019s digital seal failed',
    'The receiver could not verify the digital seal your mail server puts on each message, so it refused the message.',
    ['Do not resend yet.', SEND_REPORT],
    [`Check ${DKIM} signing is turned on and the DNS key is published.`, `Check the signature aligns with the From domain for ${DMARC}.`],
  ),
  'spf-fail': E(
    'Your domain\u2019s sender check failed',
    'Your mail server is not on your domain\u2019s list of servers allowed to send its mail. The receiver refused the message.',
    ['Do not resend yet.', SEND_REPORT],
    [
      `Check ${SPF} includes every server and service that sends for your domain.`,
      'Check for too many DNS lookups in the SPF record.',
      'If mail is forwarded, rely on DKIM as well.',
    ],
  ),
  'no-ptr': E(
    'Your mail server has no proper name',
    'Your mail server\u2019s internet address has no matching name registered, and the receiver requires one. It refused the message.',
    [SEND_REPORT],
    ['Ask your network provider to set a PTR (reverse DNS) record that matches the server\u2019s name.'],
  ),
  'mail-flood': E(
    'Too much mail was sent too fast',
    'The receiver saw an unusual amount of mail from your side and refused more for now.',
    ['Send this message again later, and fewer messages at once.', 'If you did not send much, tell IT.'],
    ['Check sending volume for abuse or a misbehaving app.'],
  ),
  'arc-or-tls': E(
    'A sender requirement was not met',
    'The receiver needs extra proof for this mail, such as an encrypted connection or signatures added when mail is forwarded. It was missing.',
    [SEND_REPORT],
    ['Check TLS for outbound SMTP (Gmail 4.7.29 / 5.7.29), ARC signing on forwarding systems, and DMARC alignment.'],
  ),

  // ---- reasons ----
  blocked: E(
    'Your mail server was blocked',
    'The receiving server refused connections from your organisation\u2019s mail server. Block lists or reputation usually cause this.',
    ['Do not resend now.', SEND_REPORT, TELL_RECIPIENT],
    [
      'Check the sending IP on the block list named in the server\u2019s text and request removal.',
      'Check reverse DNS and authentication for the sending server.',
    ],
  ),
  spam: E(
    'The message was judged to be spam',
    'The receiving side judged your message to be spam and refused it.',
    [
      'Check the message for things spam filters dislike: many links, shortened links, large images with little text, or files the person did not expect.',
      'Tell the person another way that your message was refused, so they can ask their IT to review it.',
      'If several people refuse your mail as spam, tell your IT.',
    ],
    ['Check SPF, DKIM and DMARC, and the sending reputation.'],
  ),
  virus: E(
    'A virus scanner refused the message',
    'The recipient\u2019s virus scanner found something it considers dangerous in the message.',
    [
      'Do not send the file again.',
      'Scan your computer and the file with your antivirus, or ask IT to check them.',
      'Tell IT if the scan finds something or you are not sure.',
    ],
    ['Check the sender\u2019s device and the attachment for malware; the diagnostic text may name the threat.'],
  ),
  relay: E(
    'A server would not pass the message on',
    'A mail server refused to forward your message to the recipient\u2019s domain.',
    ['Do not resend yet.', SEND_REPORT],
    ['Check relay permissions, connectors and the recipient domain\u2019s MX records.'],
  ),
  'not-compliant': E(
    'The message broke email format rules',
    'The receiving server found the message breaks email format rules, for example duplicated headers.',
    ['If an app sent it, tell IT which app.'],
    ['Check the sending software writes RFC 5322-compliant headers.'],
  ),
  starttls: E(
    'An encrypted connection could not be made',
    'The servers could not set up the encrypted connection that one of them requires.',
    [SEND_REPORT],
    ['Check TLS settings and certificates on both sides of this path.'],
  ),
  'expired-reason': E(
    'Delivery took too long and was stopped',
    'Your mail server tried for a long time without success and has given up.',
    [TELL_RECIPIENT, 'Check the address, then send the message again later.'],
    ['Check the recipient domain\u2019s MX records and your outbound connectivity.'],
  ),
  'local-program': E(
    'The recipient\u2019s mail program failed',
    'A program on the recipient\u2019s server that files incoming mail failed.',
    ['Send again later.', TELL_RECIPIENT],
    ['Nothing to change on your side.'],
  ),
  suppressed: E(
    'The address is on a do-not-send list',
    'The sending service did not send to this address because it bounced or complained before.',
    ['Check the address is still valid.'],
    ['Review the suppression list of the sending service.'],
  ),
  complaint: E(
    'Someone reported your message as spam',
    'A recipient marked your message as spam, and their provider sent this report back. It is not a bounce.',
    ['Stop sending to people who did not ask for your mail.'],
    ['Review mailing practices and unsubscribe handling for this sender.'],
  ),
  'auto-reply': E(
    'This is an automatic reply',
    'The recipient\u2019s mailbox sent an automatic reply, such as an out-of-office note. Your message was delivered.',
    ['No action needed.'],
    ['Nothing to check.'],
  ),
  unclear: E(
    'We could not tell what went wrong',
    'The bounce does not say clearly why the message failed. Your IT helpdesk can read the technical details.',
    ['Send the report to your IT helpdesk; it includes the full technical details.'],
    ['Read the diagnostic text and the returned original; check the servers involved.'],
  ),
  // ---- causes added for issue #9 ----
  'mailbox-disabled-text': MAILBOX_DISABLED,
  'blocked-by-person': E(
    'The recipient has blocked you',
    'The recipient put your address or your domain on their own blocked-senders list. Their mail system refused your message because of it.',
    [
      'Ask the person another way, for example by phone, whether they blocked your address by mistake.',
      'Only they, or their IT, can remove the block; resending will not help.',
    ],
    [
      'A personal block entry at the recipient (for example Mimecast \u201cEnvelope blocked - User Entry\u201d); nothing to change on your side.',
    ],
  ),
  'gateway-blocked-sender': E(
    'The recipient\u2019s organisation refused your address',
    'A filtering service of the recipient\u2019s organisation refused your address under its own rules. Your message itself may be fine.',
    [TELL_RECIPIENT, 'Ask them to have their IT check why your address is refused.'],
    [
      'The recipient\u2019s gateway applied its own policy (for example Mimecast \u201cAdministrative prohibition\u201d or \u201cAnti-Spoofing policy\u201d).',
      'Check SPF, DKIM and DMARC pass for your domain in case its spoofing checks failed.',
    ],
  ),
  'send-as-denied': E(
    'You don’t have permission to send from that address',
    'You sent the message from another mailbox’s address, such as a shared mailbox, without permission to send as that mailbox. Your own mail server refused it, so nobody received it.',
    [
      'Send the message again from your own address, or ask the mailbox owner to send it.',
      'If you should be able to send from that mailbox, send the report to your IT helpdesk and ask for Send As or Send on Behalf permission.',
    ],
    [
      'Grant the user Send As or Send on Behalf on the mailbox named in From (Exchange admin center > Recipients > Mailboxes > Delegation, or Add-RecipientPermission / Set-Mailbox -GrantSendOnBehalfTo); allow up to an hour for the permission to apply, and have the user clear the From entry from Outlook’s Auto-Complete list.',
    ],
  ),
  'moderation-rejected': E(
    'The group’s moderator turned your message down',
    'The group you wrote to is moderated: a moderator checks each message before the members get it, and this one was rejected. The bounce may include the moderator’s comment.',
    [
      'Read the moderator’s comment, if there is one, and change the message before you send it again.',
      'If you think it should have been accepted, ask the group’s owner or moderator.',
    ],
    [
      'Only the group’s moderators or owners can approve it: check the group’s moderation settings (ModerationEnabled, ModeratedBy) and who may bypass moderation.',
    ],
  ),
  'moderation-pending': E(
    'Your message is waiting for the group’s moderator',
    'The group you wrote to is moderated: a moderator approves each message before the members get it. Nothing has failed; your message waits for that decision.',
    ['No action needed now: the moderator decides.', 'If the message is urgent, ask the group’s owner or moderator to look at it.'],
    [
      'Only the group’s moderators can approve it (ModeratedBy); check whether this sender should bypass moderation (BypassModerationFromSendersOrMembers).',
    ],
    {
      title: 'Your message is waiting for the group’s moderator',
      summary:
        'The group you wrote to is moderated: a moderator approves each message before the members get it. Nothing has failed; your message waits for that decision.',
      steps: [
        'No action needed now: the moderator decides.',
        'If the message is urgent, ask the group’s owner or moderator to look at it.',
      ],
    },
  ),
  'dlp-blocked': E(
    'A data protection policy stopped your message',
    'Your organisation’s data loss prevention policy found sensitive information in the message, such as card, passport or personal ID numbers, and blocked it. Nobody received it.',
    [
      'Remove the sensitive information, or share it in a protected way your organisation allows, and send the message again.',
      'If the message must go as it is, send the report to your IT helpdesk and ask whether an override or an exception is possible.',
    ],
    [
      'Find the matching DLP policy and rule in Microsoft Purview (Activity explorer or the DLP alerts for this message) and check its conditions, exceptions and whether users may override it with a justification.',
    ],
  ),
  'transport-rule': MAIL_FLOW_RULE,
  'ms-relay-access-denied': E(
    'The recipient\u2019s domain is not set up to receive this mail',
    'The server that received your message does not accept mail for the recipient\u2019s domain. Their domain\u2019s mail settings are probably wrong or were changed recently.',
    [TELL_RECIPIENT, 'Ask them to have their IT check their domain\u2019s mail settings.', 'Send the message again in a day or two.'],
    [
      'Check the recipient domain\u2019s MX records point to the right servers; allow up to 72 hours after a DNS change.',
      'If the domain is your own: check it is an accepted domain in Exchange Online with the right type (Authoritative or Internal Relay), and the hybrid connectors.',
    ],
  ),
  'ms-not-authenticated-text': NOT_AUTHENTICATED,
  'ms-sender-denied-text': SENDER_DENIED,
  'policy-block': E(
    'The receiver refused mail from your organisation',
    'The receiving provider refused the message under its rules for senders, such as reputation, sender checks or content. It does not say which.',
    ['Do not resend the same message now; it will be refused again.', SEND_REPORT, TELL_RECIPIENT],
    [
      'Yahoo \u201cMessage not accepted for policy reasons\u201d / [PH01]: check SPF, DKIM and DMARC pass and align, the sending IP and domain reputation, and complaint rates (Yahoo Sender Hub).',
    ],
  ),
  'unauthenticated-sender': E(
    'Your domain\u2019s sender checks are missing',
    'The receiver only accepts mail that proves it comes from the sender\u2019s domain, and your message had no such proof. Your IT has to set this up.',
    ['Do not resend yet; it will be refused again.', SEND_REPORT],
    [
      `Publish ${SPF} covering this sending server and turn on ${DKIM} signing for the domain.`,
      'Gmail 4.7.26 / 5.7.26, Yahoo 5.7.9 and Microsoft 4.7.26 (IPv6) need at least one of SPF or DKIM to pass.',
    ],
  ),
  'no-dmarc-record': NO_DMARC_RECORD,
  'no-dmarc-record-code': NO_DMARC_RECORD,
  'dmarc-alignment': DMARC_ALIGNMENT,
  'dmarc-alignment-code': DMARC_ALIGNMENT,
  'recipient-forwarding': E(
    'The recipient forwards mail to a broken address',
    'Your message reached the person, but their mailbox forwards mail on to {recipient}, which failed. You did not type that address.',
    [
      'Tell the person another way that their forwarding to {recipient} does not work.',
      'Ask them to fix or remove the forwarding, then send the message again.',
    ],
    [
      'The failed address is not in the original\u2019s To or Cc, and the bounce came from the provider of an address that was: a forwarding rule or alias there points to a dead address.',
    ],
  ),
};

/**
 * The IT report's words. The keys are the report's vocabulary: `ReportKey` is derived from this
 * object, so every locale's `report` block is checked by the compiler for exactly these keys.
 */
const REPORT = {
  subjectOne: 'Bounce: {code} sending to {recipient}',
  subjectMany: 'Bounce: {code} sending to {recipient} and {others, plural, one {# other} other {# others}}',
  subjectNoCode: 'Bounce: message to {recipient} was not delivered',
  summaryLine:
    '{count, plural, one {# recipient} other {# recipients}} did not get the message "{subject}". Likely cause: {title}. Who must act: {owner}.',
  greeting: 'Hello IT helpdesk,',
  intro: 'A message I sent bounced. Bounce Explainer prepared the details below.',
  failedRecipients: 'Failed recipients',
  servers: 'Servers',
  reportingServer: 'Reporting server: {server}',
  remoteServer: 'Remote server: {server}',
  times: 'Times',
  bounceArrived: 'Bounce arrived: {date}',
  originalSent: 'Original sent: {date}',
  original: 'Original message',
  originalSubject: 'Subject: {subject}',
  originalMessageId: 'Message-ID: {id}',
  originalFrom: 'From: {from}',
  auth: 'Authentication results',
  client: 'My client',
  tried: 'What I already tried',
  machine: 'Machine-readable analysis (JSON)',
  truncated:
    '{count, plural, one {# more recipient was} other {# more recipients were}} left out to keep this report short; the JSON block has the counts.',
  cut: '[cut: {count} more characters]',
  itChecks: 'What IT should check',
  noBody: 'The original message body is not included.',
  backscatter: 'Note: this looks like backscatter (a bounce for a message I did not send).',
  // ---- Report additions (h11: issues #10 item 10, #11 item 8, #12 item 5). Kept together to ease merging. ----
  notGiven: 'not given',
  andMore: 'and {count, number} more',
  dateWithLocal: '{iso} ({local} my time)',
  clientLine: 'Outlook: {host} {version}; platform: {platform}; language: {language}; Mailbox API {set}; bounce read via: {route}',
  trace: 'Finding the message (message trace)',
  traceMessageId: 'Original Message-ID: {id}',
  traceWindow: 'Sent between {start} and {end} (UTC)',
  tracePowerShell: 'Exchange Online PowerShell:',
  traceEac: 'Exchange admin center, message trace: {url}',
  traceServer: 'Reporting server: {server}',
  traceQueue: 'Queue ID: {id} (at {server})',
  mailtoCut: '[The report was cut to fit a mail link. Use "Copy report" for the full text.]',
  // ---- end of report additions ----
} as const satisfies Readonly<Record<string, string>>;

export type ReportKey = keyof typeof REPORT;

export const EN: Catalogue = {
  ...EN_UI,
  entries,
  retry: {
    no: 'Resending will not help.',
    'after-fix': 'Resending helps only after the cause is fixed.',
    later: 'Resending later may work.',
    automatic: 'Your mail server keeps retrying on its own.',
    'not-needed': 'No need to resend.',
  },
  retryUntil: 'Your mail server keeps retrying until {until}.',
  delayedNeedsFix: 'Your mail server is still trying for now, but delivery will keep failing until this is fixed.',
  authVerdicts: 'Authentication results recorded on your message: {verdicts}.',
  report: REPORT,
  errors: {
    unreadable: 'The input could not be read.',
    empty: 'The input is empty: there is no message to analyse.',
    'too-large': 'The input is {size} MB; the limit is {limit} MB.',
    unparseable: 'The message could not be read as an email or an Outlook .msg file.',
    'msg-damaged': 'This Outlook .msg file is damaged or crafted ({problem}); it was not read.',
    'analysis-failed': 'The message was read, but analysing it failed unexpectedly.',
    'time-limit': 'Analysing this message took longer than {seconds} s, so it was stopped. It may be crafted to slow the analysis down.',
    'memory-limit': 'Analysing this message needed more memory than allowed, so it was stopped. It may be crafted to exhaust memory.',
    'stdin-too-large': 'Standard input is over the {limit} MB limit; it was not read.',
    'file-not-found': '{file}: file not found',
    'is-directory': '{file}: is a directory',
    'not-regular-file': '{file}: not a regular file (a device, pipe or socket), not read',
    'file-unreadable': '{file}: file could not be read',
  },
  backscatterSigns: {
    'spf-failed': 'The receiving server\'s SPF check for {domain} said "{verdict}".',
    'dmarc-failed': 'The receiving server\'s DMARC check for {domain} said "{verdict}".',
    'foreign-message-id': "The original's Message-ID was made by {domain}, not by your mail system.",
    'foreign-received': "None of the original's {count} Received lines mention {domain} or its mail provider.",
    'home-origin': 'The original entered the Internet from a home or dial-up connection ({origin}), not from a mail server.',
  },
  cli: {
    forgedSender: 'Forged sender',
    recipientNotNamed: '(recipient not named)',
    asciiForm: 'ASCII form: {address}',
    lookAlike: 'Look-alike warning: {flags}',
    andMore: '\u2026 and {count} more',
  },
};
