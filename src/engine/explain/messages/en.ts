/**
 * English message catalogue (ICU MessageFormat). Written for someone who has never heard of SMTP:
 * "what happened" stays within two short sentences; technical words are explained where used.
 * Placeholders: {recipient} {domain} {suggestion} {limit} {hasLimit} {code} {until} {verdicts}.
 */
import type { ErrorCode } from '../../types';
import type { EntryId } from '../catalogue';
import type { BackscatterSignCode } from '../special';
import type { Owner, Retry } from '../types';

export interface EntryTexts {
  readonly title: string;
  /** What happened: at most two short sentences. */
  readonly summary: string;
  /** What you can do now, in order. */
  readonly steps: readonly string[];
  /** What IT should check. */
  readonly it: readonly string[];
}

export interface Catalogue {
  readonly locale: string;
  /** One text set per catalogue entry: a missing or unknown id is a compile error. */
  readonly entries: Readonly<Record<EntryId, EntryTexts>>;
  readonly owners: Readonly<Record<Owner, string>>;
  readonly ownerSentences: Readonly<Record<Owner, string>>;
  readonly retry: Readonly<Record<Retry, string>>;
  readonly retryUntil: string;
  readonly authVerdicts: string;
  readonly report: Readonly<Record<string, string>>;
  /** Why an input could not be analysed (`AnalysisResult.error`). */
  readonly errors: Readonly<Record<ErrorCode, string>>;
  /** The signs of a forged sender (backscatter), one sentence each. */
  readonly backscatterSigns: Readonly<Record<BackscatterSignCode, string>>;
  /** The command line's own words. */
  readonly cli: Readonly<Record<CliKey, string>>;
  /** The task pane's own words. */
  readonly ui: Readonly<Record<UiKey, string>>;
}

export type CliKey = 'forgedSender' | 'recipientNotNamed' | 'andMore';

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
  | 'techEvidence';

const E = (title: string, summary: string, steps: readonly string[], it: readonly string[]): EntryTexts => ({ title, summary, steps, it });

const TELL_RECIPIENT = 'Let the person know another way, for example by phone or chat, that your email did not arrive.';
const SEND_REPORT = 'Send the report to your IT helpdesk with the button below; it already contains everything they need.';
const SPF = 'SPF (the list of servers allowed to send mail for your domain)';
const DKIM = 'DKIM (the digital seal your server puts on each message)';
const DMARC = 'DMARC (your domain\u2019s rule for what receivers do when those checks fail)';

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
    'The address looks misspelt',
    'The recipient\u2019s domain {domain} does not look right. You probably meant {suggestion}.',
    [
      'Check the address for typing mistakes; {domain} looks like a typo of {suggestion}.',
      'Fix the address and send the message again.',
      'If Outlook suggested the wrong address, remove it from Auto-Complete: start typing it, then select the X next to the suggestion.',
    ],
    ['Nothing to check on your side unless the address really is {domain}.'],
  ),
  delayed: E(
    'Your message is delayed',
    'Your mail server could not deliver the message yet and is still trying. You will get another notice if it finally fails.',
    ['No action needed now.', 'If it is urgent, reach the person another way.'],
    [
      'If delays to this domain continue, check its MX records and your outbound connectivity.',
      'Read the latest error in the server\u2019s text.',
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

  // ---- text-specific ----
  'ms-own-mailbox-full': E(
    'Your own mailbox is full',
    'Your mailbox is over its size limit, so it cannot send. Sent items count towards the limit.',
    [
      'Empty Deleted Items and delete or archive large old messages, including in Sent Items.',
      'Send the message again once there is room.',
    ],
    ['Check the sender\u2019s mailbox quota and retention settings for Sent Items.', 'Consider an archive mailbox.'],
  ),
  'submission-quota': E(
    'You reached your sending limit',
    'Your account sent more messages or recipients than allowed in a day or an hour. Sending is paused for a while.',
    [
      'Wait a few hours, up to a day, before sending again.',
      'Send to fewer people at once, or use a mailing tool for large lists.',
      'If you did not send that much mail, tell IT at once: your account may be misused.',
    ],
    ['Check the account\u2019s recent sending volume for signs of a compromise.', 'Check the sending limits for the account or service.'],
  ),
  'ms-dbeb': E(
    'The recipient\u2019s address is not known there',
    'The recipient\u2019s mail service does not recognise this address. It may be misspelt or no longer exist.',
    ['Check the spelling of {recipient}.', 'Ask the person for their current address another way.', 'Send again with the right address.'],
    ['If the recipient is in your own organisation, check the address is synchronised to Microsoft 365 (directory-based edge blocking).'],
  ),
  'relay-denied': E(
    'A server refused to pass the message on',
    'A mail server refused to forward your message to its destination. This is a setup problem between servers, not with your text.',
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
    'The recipient\u2019s server gave an error that Microsoft 365 passes on without details. The server\u2019s own words below say more.',
    ['Read the server\u2019s text under technical details; it often names the cause.', SEND_REPORT],
    [
      'Read the original remote error in the diagnostic text.',
      'Check for message formats (such as Rich Text) the remote side may not accept.',
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
    'The recipient\u2019s spam filter judged your message to be unwanted mail. Links, attachments or wording can cause this.',
    [
      'Send a shorter, plain message without links or attachments to check it gets through.',
      'Ask the recipient to add your address to their safe senders.',
      'If many people are affected, tell IT.',
    ],
    [
      'Check SPF, DKIM and DMARC pass for your domain.',
      'Check the sending IP and domain reputation (for example Google Postmaster Tools).',
    ],
  ),
  reputation: E(
    'Your mail server is being slowed down',
    'The receiving provider is limiting mail from your organisation\u2019s server because of its reputation or volume. It usually clears up after some time.',
    ['Wait: your server normally keeps trying for a while.', 'If the message still fails, tell IT.'],
    [
      'Check sending volume and complaint rates for the sending IP and domain.',
      'Check SPF, DKIM and DMARC pass for all mail.',
      'Use the provider\u2019s sender support pages to request mitigation if it persists.',
    ],
  ),
  'malformed-message': E(
    'The message was not built correctly',
    'The receiving server found a problem in the message headers, such as a missing or doubled From line. This usually comes from an app or device, not from Outlook.',
    ['If you sent from an app, a scanner or a website, tell IT which one.', 'Try sending the same message from Outlook directly.'],
    ['Check the sending app writes one valid From header and a Message-ID (RFC 5322).'],
  ),
  'receiving-too-fast': E(
    'The recipient is getting too much mail',
    'The recipient\u2019s mailbox is receiving mail faster than its provider allows. Your message was held back for now.',
    ['Wait; your server will try again.', 'If it still fails, send it again later.'],
    ['Nothing to fix on your side unless you sent many messages to this person in a short time.'],
  ),
  'blocked-content': E(
    'An attachment or link was blocked',
    'The receiving server blocked the message because of an attachment type or content it considers unsafe.',
    [
      'Remove the attachment, or share it through a link to a file service.',
      'Zip files will not always help; some servers block those too.',
      'Send the message again.',
    ],
    ['Check whether the attachment type is allowed by the recipient\u2019s provider.'],
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
      'Ask the person for their current address another way.',
    ],
    ['If the recipient is in your organisation, check the user exists, is licensed and the domain is set up correctly.'],
  ),
  'ms-sender-denied': E(
    'Your address was refused',
    'The receiving server refused your sender address. You may be blocked by the recipient, or your domain\u2019s checks failed.',
    ['Ask the recipient whether they blocked your address.', 'If other people also reject your mail, tell IT.'],
    [`Check ${SPF} for the sending domain.`, 'Check whether the sender is on the recipient\u2019s block list.'],
  ),
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
    ['Wait 24 hours and send again.', 'If you did not send that much, tell IT: your account may be misused.'],
    ['Check recent sending from the account for signs of compromise.'],
  ),
  'hourly-sender-limit': E(
    'You sent too many messages to this person',
    'The recipient\u2019s service limits how many messages one sender can send them per hour. You went over that limit.',
    ['Wait an hour and send again.', 'If an app or rule sends these messages, slow it down.'],
    ['Check for automated sending loops to this recipient.'],
  ),
  'hourly-recipient-limit': E(
    'The recipient got too much mail this hour',
    'The recipient\u2019s mailbox received more messages than it accepts per hour. Your message was refused for now.',
    ['Send again later.', TELL_RECIPIENT],
    ['Nothing to change on your side.'],
  ),
  'ms-journaling': E(
    'A journaling rule could not be delivered',
    'A journaling copy of your message could not be stored in Microsoft 365. This is an administrator setting.',
    [SEND_REPORT],
    ['Check journal rules that target Microsoft 365, and the journaling archive settings.'],
  ),
  'ms-thread-limit': E(
    'The recipient\u2019s mailbox is busy',
    'The recipient\u2019s mailbox is receiving a burst of mail and is accepting messages slowly. Your server will keep trying.',
    ['No action needed now; wait for delivery.'],
    ['Check for mail storms into the recipient\u2019s mailbox if it is internal.'],
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
    'The connection to the recipient\u2019s server broke while sending. This is usually temporary.',
    ['Wait; your server will try again.'],
    ['Check for network problems to the recipient\u2019s servers if it keeps happening.'],
  ),
  'mta-sts': E(
    'The recipient\u2019s security policy did not match',
    'The recipient\u2019s domain publishes a security policy (MTA-STS) that its mail servers do not meet. Your server would not deliver without it.',
    [TELL_RECIPIENT, 'Try again later.'],
    ['Check the recipient domain\u2019s MTA-STS policy and MX names (the recipient\u2019s side must fix it).'],
  ),
  'mta-sts-certificate': E(
    'The recipient\u2019s server certificate failed a check',
    'The recipient\u2019s mail server presented a certificate that its own security policy (MTA-STS) does not accept.',
    [TELL_RECIPIENT, 'Try again later.'],
    ['The recipient\u2019s side must fix its certificate or MTA-STS policy.'],
  ),
  dane: E(
    'The recipient\u2019s encryption check failed',
    'The recipient\u2019s domain uses DANE, a check that proves its mail server is genuine. That check failed.',
    [TELL_RECIPIENT, 'Try again later.'],
    ['The recipient\u2019s side must fix its TLSA or DNSSEC records.'],
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
  'ms-not-authenticated-by-org': E(
    'Only internal senders are allowed',
    'The recipient (a mailbox, group or public folder) only accepts mail from inside its own organisation. Your message came from outside.',
    ['Ask the owner of that address to allow outside senders, or to add you.'],
    ['If the recipient is internal, clear "require that all senders are authenticated" or allow this sender.'],
  ),
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
    ['Wait and send again later; tell IT if it is urgent.'],
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
    'Mail over IPv6 was refused',
    'Your mail server sent over IPv6, and the receiver refused or limited that route.',
    [SEND_REPORT],
    ['Check IPv6 sending: PTR records and authentication for IPv6, or send over IPv4.'],
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
    'Outlook.com requires large senders to pass SPF, DKIM and DMARC checks, and this message did not. It was refused.',
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
    ['Check the user name and password in the app or device.', 'Make sure it uses port 587 with TLS.'],
    ['Check SMTP AUTH is enabled for the mailbox and the tenant, and that the app supports modern authentication.'],
  ),
  'connector-mismatch': E(
    'Your organisation\u2019s connector did not match',
    'Your organisation\u2019s mail connector no longer matches the server that sent this message. Microsoft 365 refused it.',
    [SEND_REPORT],
    ['Check the inbound connector\u2019s certificate name or IP addresses against the sending server.'],
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
  'mail-flow-rule': E(
    'A mail rule refused the message',
    'A mail flow rule set by an administrator refused the message. The rule\u2019s own text below explains why.',
    ['Read the server\u2019s text under technical details.', 'Ask the recipient (or your IT, if the rule is yours) about the rule.'],
    ['Find the transport rule that rejects with this code.'],
  ),
  'ms-ip-throttle': E(
    'Microsoft is slowing down your mail server',
    'Microsoft is temporarily limiting mail from your server because it is sending much more than usual.',
    ['Wait; your server will keep trying.'],
    ['Check for unusual sending volume and consider a connector or a third-party filter for relayed mail.'],
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
    'The receiving server refused the message but gave only a general error. The server\u2019s own words below may say more.',
    ['Read the server\u2019s text under technical details.', SEND_REPORT],
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
  'mailbox-disabled': E(
    'The recipient\u2019s mailbox is disabled',
    'The recipient\u2019s mailbox exists but is switched off, for example because the account is suspended or closed.',
    [TELL_RECIPIENT, 'Ask for another address.'],
    ['If the recipient is internal, check the mailbox is enabled and licensed.'],
  ),
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
    'Your mail server could not connect to the recipient\u2019s server. This is often temporary.',
    ['Wait; your server keeps trying for a while.', 'If the message finally fails, send it again later.'],
    ['If it persists, check outbound connectivity and the recipient domain\u2019s MX records.'],
  ),
  unroutable: E(
    'No route to the recipient\u2019s domain',
    'Your mail server could not find where to send mail for the recipient\u2019s domain. The domain may be misspelt or set up wrongly.',
    ['Check the part after the @ for typos.', 'Send again with the corrected address.'],
    ['Check the recipient domain\u2019s MX and A records.'],
  ),
  'remote-busy': E(
    'The recipient\u2019s server is busy',
    'The recipient\u2019s server is overloaded and asked to try later. Your server will do that.',
    ['Wait; no action needed yet.'],
    ['Nothing to change on your side.'],
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
    'The recipient\u2019s server refused the message because of a rule or a security setting. The server\u2019s own words below say which.',
    ['Read the server\u2019s text under technical details.', TELL_RECIPIENT, SEND_REPORT],
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
    'The server refused the way the sending app signed in. A stronger method is needed.',
    ['Update the app or device, or ask IT for the right settings.'],
    ['Check the authentication mechanism (for example, enable OAuth or app passwords).'],
  ),
  'sender-account-disabled': E(
    'Your sending account is disabled',
    'The account used to send this message is disabled on the mail server.',
    ['Tell IT so they can re-enable it.'],
    ['Check the account status on the submission server.'],
  ),
  'owner-changed': E(
    'The address now belongs to someone else',
    'The mailbox or domain changed owner since you last wrote, so your message was not delivered to the new owner.',
    ['Check you have the person\u2019s current address.'],
    ['Nothing to change on your side.'],
  ),
  'dkim-fail': E(
    'Your message\u2019s digital seal failed',
    `The receiver could not verify ${DKIM}. Without it, the receiver refused the message.`,
    ['Do not resend yet.', SEND_REPORT],
    [`Check ${DKIM} signing is turned on and the DNS key is published.`, `Check the signature aligns with the From domain for ${DMARC}.`],
  ),
  'spf-fail': E(
    'Your domain\u2019s sender check failed',
    `The receiver checked ${SPF} and your server was not on it. It refused the message.`,
    ['Do not resend yet.', SEND_REPORT],
    [
      `Check ${SPF} includes every server and service that sends for your domain.`,
      'Check for too many DNS lookups in the SPF record.',
      'If mail is forwarded, rely on DKIM as well.',
    ],
  ),
  'no-ptr': E(
    'Your mail server has no proper name',
    'Your mail server\u2019s IP address has no reverse DNS name, or the name does not match. The receiver refused it.',
    [SEND_REPORT],
    ['Ask your network provider to set a PTR record that matches the server\u2019s name.'],
  ),
  'mail-flood': E(
    'Too much mail was sent too fast',
    'The receiver saw an unusual amount of mail from your side and refused more for now.',
    ['Wait before sending more.', 'If you did not send much, tell IT.'],
    ['Check sending volume for abuse or a misbehaving app.'],
  ),
  'arc-or-tls': E(
    'A sender requirement was not met',
    'The receiver needs extra proof for this mail, such as an encrypted connection or forwarding signatures (ARC). It was missing.',
    [SEND_REPORT],
    ['Check TLS for outbound SMTP, ARC signing on forwarding systems, and DMARC alignment.'],
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
    ['Send a short plain message without links or attachments.', 'Ask the recipient to add you to their safe senders.'],
    ['Check SPF, DKIM and DMARC, and the sending reputation.'],
  ),
  virus: E(
    'A virus scanner refused the message',
    'The recipient\u2019s virus scanner found something it considers dangerous in the message.',
    ['Scan your attachment with your antivirus.', 'Send the file another way, for example a shared link.'],
    ['Check whether the sender\u2019s device is infected.'],
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
    [TELL_RECIPIENT, 'Send the message again later.'],
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
};

export const EN: Catalogue = {
  locale: 'en',
  entries,
  owners: { you: 'You', 'your-it': 'Your IT', 'recipient-side': 'Recipient\u2019s side', wait: 'Wait', none: 'Nothing to do' },
  ownerSentences: {
    you: 'You can fix this yourself.',
    'your-it': 'Your IT team needs to fix this.',
    'recipient-side': 'The recipient\u2019s side needs to fix this.',
    wait: 'Nobody needs to act yet: the servers are still trying.',
    none: 'Nobody needs to do anything.',
  },
  retry: {
    no: 'Resending will not help.',
    'after-fix': 'Resending helps only after the cause is fixed.',
    later: 'Resending later may work.',
    automatic: 'Your mail server keeps retrying on its own.',
    'not-needed': 'No need to resend.',
  },
  retryUntil: 'Your mail server keeps retrying until {until}.',
  authVerdicts: 'Authentication results recorded on your message: {verdicts}.',
  report: {
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
    clientPlaceholder: '(Outlook version and platform are filled in by the add-in)',
    tried: 'What I already tried',
    triedPlaceholder: '(please describe)',
    machine: 'Machine-readable analysis (JSON)',
    truncated:
      '{count, plural, one {# more recipient was} other {# more recipients were}} left out to keep this report short; the JSON block has the counts.',
    cut: '[cut: {count} more characters]',
    itChecks: 'What IT should check',
    noBody: 'The original message body is not included.',
    backscatter: 'Note: this looks like backscatter (a bounce for a message I did not send).',
    unknown: 'unknown',
  },
  errors: {
    unreadable: 'The input could not be read.',
    empty: 'The input is empty: there is no message to analyse.',
    'too-large': 'The input is {size} MB; the limit is {limit} MB.',
    unparseable: 'The message could not be read as an email or an Outlook .msg file.',
    'analysis-failed': 'The message was read, but analysing it failed unexpectedly.',
    'file-not-found': '{file}: file not found',
    'is-directory': '{file}: is a directory',
    'file-unreadable': '{file}: file could not be read',
  },
  backscatterSigns: {
    'spf-failed': 'The receiving server\'s SPF check for {domain} said "{verdict}".',
    'dmarc-failed': 'The receiving server\'s DMARC check for {domain} said "{verdict}".',
    'foreign-message-id': "The original's Message-ID was made by {domain}, not by your mail system.",
    'foreign-received': "None of the original's {count} Received lines mention {domain} or its mail provider.",
  },
  cli: {
    forgedSender: 'Forged sender',
    recipientNotNamed: '(recipient not named)',
    andMore: '\u2026 and {count} more',
  },
  ui: {
    appTitle: 'Bounce Explainer',
    loading: 'Reading the message\u2026',
    analysing: 'Analysing\u2026',
    analysedMessage: 'Analysing: {subject}',
    readVia: 'Read via {route}.',
    reRead: 'Re-read selected message',
    selectionChanged: 'A different message is selected now. The explanation below is still for the message named above.',
    noItem:
      'No message could be read from Outlook. Outlook does not let add-ins open most delivery reports, so paste the bounce, pick the saved file, or drag the message here.',
    restricted:
      'Outlook marked this message as restricted, so the add-in cannot read it. Paste the bounce, pick the saved file, or drag the message here.',
    readFailed: 'The message could not be read ({detail}). Paste the bounce, pick the saved file, or drag the message here.',
    notBounce: 'This message does not look like a bounce. If it is one, paste its full text below and we will try again.',
    autoReply: 'This is an automatic reply (for example, out of office). Your message was delivered.',
    deliveryReport: 'This is a delivery confirmation: your message arrived.',
    feedbackReport: 'This is a complaint report from a mail provider, not a bounce.',
    inputError: 'This input could not be read: {detail}',
    whoMustAct: 'Who must act',
    whatHappened: 'What happened',
    whatToDo: 'What you can do now',
    whatItChecks: 'What IT should check',
    recipients: '{count, plural, one {Recipient} other {Recipients (#)}}',
    technicalDetails: 'Technical details',
    copyDetails: 'Copy technical details',
    copied: 'Copied',
    serverSaid: 'Server said',
    codes: 'Codes',
    servers: 'Servers',
    evidence: 'Why we think so',
    confidence: 'Confidence: {percent}%',
    links: 'More information',
    backscatterTitle: 'You did not send this message',
    draftReport: 'Draft report to IT',
    draftCompose: 'Turn this draft into the IT report',
    drafting: 'Preparing the report\u2026',
    draftOpened: 'A draft report is open. Check it, then send it yourself.',
    draftOpenedNoAttachment: 'A draft report is open (Outlook did not allow attaching the bounce itself). Check it, then send it yourself.',
    draftComposeDone:
      'This draft is now the report: the helpdesk is in To and the details are above the forwarded bounce. Check it, then send it yourself.',
    draftFallback: 'Outlook cannot open a new message here. Copy the report, or open it in your mail app.',
    copyReport: 'Copy report',
    openMailto: 'Open in mail app',
    helpdeskLabel: 'IT helpdesk address',
    helpdeskHint: 'Where the report goes. Saved in your mailbox settings.',
    helpdeskSave: 'Save',
    helpdeskSaved: 'Saved.',
    helpdeskInvalid: 'Enter one email address, like helpdesk@example.com.',
    helpdeskMissing: 'No helpdesk address is set yet: enter it below, or leave it empty and fill in To yourself.',
    helpdeskFrom:
      '{source, select, user {Your own setting.} url {Set by the add-in link.} config {Your organisation\u2019s default.} other {Not set.}}',
    triedLabel: 'What I already tried (optional)',
    inputTitle: 'Analyse a bounce yourself',
    inputHint: 'Works with any bounce: paste its text, pick a saved .eml or .msg file, or drag the message into this box.',
    pasteLabel: 'Bounce text',
    analyseText: 'Explain this text',
    pickFile: 'Pick a file (.eml, .msg)',
    dropHere: 'Or drop a message or file here',
    dropActive: 'Drop to analyse',
    fileTooBig: 'That file is too large to be a bounce ({size}).',
    fileUnreadable: 'That file could not be read.',
    sourcePaste: 'pasted text',
    sourceFile: 'file {name}',
    sourceDrop: 'dropped message {name}',
    sourceSelected: 'the selected message',
    sourceDraft: 'the forwarded bounce in this draft',
    unknownSubject: '(no subject)',
    unknownValue: 'unknown',
    routeFile: 'the whole message file',
    routeBodyText: 'the message text',
    routeBodyHtml: 'the message HTML',
    routeHeaders: 'the headers and text',
    routeAttachment: 'the attached message',
    routeNone: 'nothing',
    analyseAnother: 'Analyse another bounce',
    techRemote: 'remote',
    techReporting: 'reporting',
    techAfter: 'after',
    techServerSaid: 'server said',
    techEvidence: 'evidence',
  },
};
