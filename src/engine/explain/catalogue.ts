/**
 * The explanation catalogue as data. Lookup order (documented in `explain.ts`): an entry whose
 * code and text both match; then an exact code; then a class-wide code (`X.7.26`) or a range; then
 * the reason. Texts live in `messages/en.ts` under the same ids.
 */
import { words } from '../lexicon';
import type { CatalogueEntry } from './types';

const MS_NDR = 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online';
const ms = (slug: string): string => `https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/${slug}`;
const GOOGLE = 'https://support.google.com/a/answer/3726730';
const GOOGLE_SENDERS = 'https://support.google.com/mail/answer/81126';
const YAHOO = 'https://senders.yahooinc.com/smtp-error-codes/';
const RFC3463 = 'https://www.rfc-editor.org/rfc/rfc3463';
const RFC5248 = 'https://www.rfc-editor.org/rfc/rfc5248';
const MIMECAST = 'https://community.mimecast.com/s/article/email-security-cloud-gateway-mimecast-smtp-error-codes';
const MS_EXSRV =
  'https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages';
const OUTLOOK_LIMITS = 'https://support.microsoft.com/en-us/office/sending-limits-in-outlook-com-279ee200-594c-40f0-9ec8-bb6af7735c2e';

const ENTRIES = [
  // ---- Text-specific entries (a code and the server's words together) ----
  {
    id: 'stale-x500',
    codes: ['5.1.0', '5.1.1', 'X.1.1', 'X.1.0'],
    text: ['invalidinsmtp', 'exrecipnotfound', 'imceaex-'],
    owner: 'you',
    retry: 'after-fix',
    links: [ms('fix-error-code-550-5-1-0-in-exchange-online')],
  },
  // The sender's OWN account held at submission (STOREDRV.Submission is the sender's mailbox
  // server): never the recipient's mailbox, whatever the 5.2.x code suggests.
  {
    id: 'sender-account-held',
    codes: ['5.2.0', '5.2.2', '5.7.0', '5.7.1', 'X.0.0', '5.3.4'],
    text: ['outboundspamexception', 'wascl useraction', 'verify your account', 'hipsend'],
    owner: 'you',
    retry: 'after-fix',
    links: [OUTLOOK_LIMITS, MS_NDR],
  },
  // Also a sending provider's own quota on the sender ("550 5.4.6 … Sender Daily Quota Exceeded",
  // Neo's outgoing reject codes): the vendor's X.4.6 there is no routing loop (`SENDING_QUOTA` in
  // reason/phrases.ts reads the same words as speeding).
  {
    id: 'submission-quota',
    codes: ['5.2.0', '5.2.2', '5.1.90', 'X.5.4', '5.4.5', '4.2.2', 'X.4.6'],
    text: [
      'submissionquotaexceeded',
      'submission quota',
      'daily limit for message recipients',
      'daily sending quota',
      'daily user sending limit',
      'daily smtp relay limit',
      'sender daily quota',
      'sender hourly quota',
      'sending quota',
    ],
    owner: 'you',
    retry: 'later',
    links: [ms('fix-error-for-submission-quota-exceeded-in-exchange-online')],
  },
  {
    id: 'ms-own-mailbox-full',
    codes: ['5.2.2', '4.2.2', '5.2.0'],
    text: ['submission.exception:quotaexceeded'],
    owner: 'you',
    retry: 'after-fix',
    links: [MS_NDR],
  },
  // Microsoft mailboxes that exist but are disabled, inactive or soft-deleted: checked before the
  // generic "recipient not found" words that often come with them.
  {
    id: 'mailbox-disabled-text',
    codes: ['X.2.1', 'X.1.1', '5.1.10', 'X.2.0', 'X.0.0', 'X.1.0', '5.4.1'],
    text: [
      'mailboxdisabled',
      'recipientdisabled',
      'softdeleted',
      'soft-deleted',
      'soft deleted',
      'mailbox disabled',
      'mailbox is disabled',
      'mailbox has been disabled',
      'mailbox is inactive',
      'inactive mailbox',
      'account is disabled',
      'account has been disabled',
      'account that you tried to reach is disabled',
      'account that you tried to reach is inactive',
    ],
    owner: 'recipient-side',
    retry: 'no',
    links: [ms('fix-error-code-550-5-1-10-in-exchange-online'), GOOGLE],
  },
  // The recipient (the person, not their organisation) put the sender on a personal block list.
  {
    id: 'blocked-by-person',
    codes: ['X.0.0', 'X.7.1', 'X.7.0', 'X.1.0', '5.1.0', 'X.2.0'],
    text: [
      'envelope blocked - user entry',
      'envelope blocked \u2013 user entry',
      'user domain entry',
      'you have been blocked by the recipient',
      'blocked by the recipient',
      'recipient has blocked',
      'on the recipient\u2019s blocked senders',
      "on the recipient's blocked senders",
    ],
    owner: 'recipient-side',
    retry: 'no',
    links: [MIMECAST, ms('fix-error-code-550-5-1-0-in-exchange-online')],
  },
  // A recipient organisation's gateway policy refused the sender (not an internet-wide block list).
  {
    id: 'gateway-blocked-sender',
    codes: ['X.0.0', 'X.7.1', 'X.7.0', 'X.1.0'],
    text: ['administrative prohibition - envelope blocked', 'anti-spoofing policy', 'host network not allowed'],
    owner: 'recipient-side',
    retry: 'no',
    links: [MIMECAST],
  },
  // Send As / Send on Behalf refused at submission (STOREDRV.Submission SendAsDenied, 5.7.60,
  // Exchange's SmtpResponse.SendAsDenied "550 5.7.1 Client does not have permission to send as
  // this sender"): the sender's own organisation has not granted the permission (Microsoft Learn,
  // "Manage permissions for recipients"); an admin grants it, whatever the 5.2.x code suggests.
  {
    id: 'send-as-denied',
    codes: ['5.2.0', '5.7.60', 'X.7.1', 'X.7.0', 'X.0.0', 'X.2.0'],
    text: ['sendasdenied', 'permission to send as this sender', 'permissions to send as this sender'],
    owner: 'your-it',
    retry: 'after-fix',
    links: ['https://learn.microsoft.com/en-us/exchange/recipients-in-exchange-online/manage-permissions-for-recipients', MS_NDR],
  },
  // A moderated group's moderator turned the message down (Exchange message approval): only the
  // moderator, on the group's side, can let it through; the sender can revise and post again.
  {
    id: 'moderation-rejected',
    codes: ['X.2.0', 'X.7.1', 'X.7.0', 'X.0.0'],
    text: ['rejected by moderator', 'rejected by the moderator', 'moderator rejected', 'moderator of the group rejected'],
    owner: 'recipient-side',
    retry: 'no',
    links: [
      'https://learn.microsoft.com/en-us/exchange/recipients-in-exchange-online/manage-distribution-groups/manage-distribution-groups',
    ],
  },
  // A post held for a moderated group's moderator (decoders/moderation.ts): not a failure yet, and
  // only the moderator can act; if it ever ended as a failure, that would be the group's side.
  {
    id: 'moderation-pending',
    text: words('moderationHeld').map((w) => w.toLowerCase()),
    owner: 'recipient-side',
    whenDelayed: 'wait',
    retry: 'not-needed',
    links: [
      'https://learn.microsoft.com/en-us/exchange/recipients-in-exchange-online/manage-distribution-groups/manage-distribution-groups',
    ],
  },
  // A data loss prevention policy (Microsoft Purview DLP) blocked the message for its content:
  // DLP policies apply to what the organisation's own users send, so the sender removes the
  // sensitive data (or asks for an override); the words are the product's name, from the lexicon
  // (role dlpProductName), in every language it lists.
  {
    id: 'dlp-blocked',
    codes: ['X.7.1', 'X.7.0', '5.7.900-999', 'X.0.0'],
    text: words('dlpProductName').map((w) => w.toLowerCase()),
    owner: 'you',
    retry: 'after-fix',
    links: ['https://learn.microsoft.com/en-us/purview/dlp-learn-about-dlp'],
  },
  // An Exchange mail flow (transport) rule: the owner follows from whose organisation ran it.
  {
    id: 'transport-rule',
    codes: ['X.7.1', 'X.7.0', '5.7.900-999', 'X.0.0'],
    text: ['transport.rules.rejectmessage', 'transport.rules'],
    owner: 'recipient-side',
    retry: 'no',
    links: [MS_EXSRV, ms('fix-error-code-550-5-7-1-in-exchange-online')],
  },
  // Exchange Online's own 5.4.1 "Relay Access Denied": the recipient domain's MX records or
  // accepted-domain setup does not route mail for it (Microsoft's 5.4.1 page).
  {
    id: 'ms-relay-access-denied',
    codes: ['5.4.1'],
    text: ['relay access denied'],
    owner: 'recipient-side',
    retry: 'later',
    links: [ms('fix-error-code-550-5-4-1-in-exchange-online')],
  },
  // Microsoft's 5.1.0 "Sender denied": the recipient's side blocks the sender or the sender's
  // address is wrong; the sender can check both (the phrase alone reads as a generic rejection).
  {
    id: 'ms-sender-denied-text',
    codes: ['5.1.0'],
    text: ['sender denied', 'address rejected'],
    owner: 'you',
    retry: 'after-fix',
    links: [ms('fix-error-code-550-5-1-0-in-exchange-online')],
  },
  {
    id: 'ms-not-authenticated-text',
    codes: ['5.7.12', '5.7.13', '5.7.133-136', 'X.7.1'],
    text: ['sender was not authenticated', 'not authenticated for public folder', 'sender not authenticated for'],
    owner: 'recipient-side',
    retry: 'after-fix',
    links: [ms('fix-error-code-5-7-12-in-exchange-online'), MS_NDR],
  },
  // Yahoo's (and others') policy refusals: reputation, content or authentication of the sending side.
  {
    id: 'policy-block',
    codes: ['X.7.9', 'X.7.1', 'X.7.0', 'X.0.0'],
    text: ['message not accepted for policy reasons', 'email not accepted for policy reasons', '[ph01]'],
    owner: 'your-it',
    retry: 'after-fix',
    links: [YAHOO],
  },
  // Receivers that require SPF or DKIM at all (Gmail 4.7.26/5.7.26, Yahoo 5.7.9, Microsoft 4.7.26).
  {
    id: 'unauthenticated-sender',
    codes: ['X.7.26', 'X.7.9', 'X.7.1', 'X.7.27', 'X.7.30', 'X.7.0'],
    text: [
      'authenticate with either spf or dkim',
      'requires all senders to authenticate',
      'must pass either spf or dkim',
      'this message is not signed',
    ],
    owner: 'your-it',
    retry: 'after-fix',
    links: [GOOGLE, YAHOO, MS_NDR],
  },
  // Google's bulk-sender rules: no DMARC record (4.7.31 / 5.7.40), From not aligned (4.7.32 / 5.7.32).
  {
    id: 'no-dmarc-record',
    codes: ['X.7.26', 'X.7.31', 'X.7.40', 'X.7.1'],
    text: ['dmarc record', 'dmarc policy record'],
    owner: 'your-it',
    retry: 'after-fix',
    links: [GOOGLE, GOOGLE_SENDERS],
  },
  {
    id: 'dmarc-alignment',
    codes: ['X.7.32', 'X.7.26', 'X.7.1'],
    text: ["isn't aligned with", 'is not aligned with', 'not aligned with either'],
    owner: 'your-it',
    retry: 'after-fix',
    links: [GOOGLE, GOOGLE_SENDERS],
  },
  {
    id: 'ms-dbeb',
    codes: ['5.4.1', '5.7.504'],
    text: ['recipient address rejected: access denied'],
    owner: 'you',
    retry: 'after-fix',
    links: [ms('fix-error-code-550-5-4-1-in-exchange-online')],
  },
  {
    id: 'relay-denied',
    codes: ['X.7.1', 'X.7.0', 'X.0.0', 'X.4.1', 'X.4.0'],
    text: [
      'relay access denied',
      'unable to relay',
      'relaying denied',
      'not permitted to relay',
      'relay not permitted',
      'mail relay denied',
    ],
    owner: 'your-it',
    retry: 'after-fix',
    links: [ms('fix-error-code-550-5-4-1-in-exchange-online')],
  },
  {
    id: 'restricted-recipient',
    codes: ['X.7.1', '5.7.129', '5.7.124', '5.7.193'],
    text: [
      'delivery not authorized',
      'resolver.rst.notauthorized',
      'resolver.rst.authrequired',
      'restrictedtorecipientspermission',
      'allowed-senders list',
      'not a group member',
      'members-only',
      'not subscribed',
    ],
    owner: 'recipient-side',
    retry: 'after-fix',
    links: [ms('fix-error-code-550-5-7-1-in-exchange-online')],
  },
  {
    id: 'blocklisted-ip',
    codes: ['X.7.1', 'X.7.0', '5.7.2', 'X.0.0', '5.7.511', '5.7.606-649'],
    text: [
      'blocked using',
      'spamhaus',
      'blacklist',
      'blocklist',
      'block list',
      'banned sending ip',
      'barracudacentral',
      'tss09',
      'tss11',
      'permanently deferred',
      'proofpoint',
    ],
    owner: 'your-it',
    retry: 'after-fix',
    links: ['https://sender.office.com', YAHOO],
  },
  {
    id: 'ms-generic-remote',
    codes: ['5.0.350'],
    owner: 'recipient-side',
    retry: 'no',
    links: [ms('fix-error-code-550-5-0-350-in-exchange-online')],
  },
  {
    id: 'ms-x-dg-ref',
    codes: ['5.0.350'],
    text: ['x-dg-ref', 'as345'],
    owner: 'you',
    retry: 'after-fix',
    links: [ms('fix-error-code-550-5-0-350-in-exchange-online')],
  },
  {
    id: 'google-login',
    codes: ['5.7.14', '5.7.9', '5.7.8'],
    text: ['please log in through your web browser', 'application-specific password required', 'username and password not accepted'],
    owner: 'you',
    retry: 'after-fix',
    links: [GOOGLE],
  },
  {
    id: 'reputation',
    codes: ['X.7.0', 'X.7.1', '4.7.500-699', '4.7.650-652', '4.7.850-899'],
    text: [
      'low reputation',
      'very low reputation',
      'poor reputation',
      'unexpected volume or user complaints',
      'rate limited due to ip reputation',
      'server busy. please try again later',
      'tss04',
    ],
    owner: 'your-it',
    retry: 'after-fix',
    whenDelayed: 'wait',
    links: [ms('fix-error-code-451-4-7-500-699-asxxx-in-exchange-online'), GOOGLE, YAHOO],
  },
  {
    id: 'malformed-message',
    codes: ['X.7.1', '5.7.512'],
    text: ['rfc 5322', 'not rfc compliant', 'valid address in the from', 'valid message-id'],
    owner: 'your-it',
    retry: 'after-fix',
    links: [GOOGLE_SENDERS],
  },
  {
    id: 'spam-content',
    codes: ['X.7.1', 'X.7.0'],
    text: [
      'likely unsolicited',
      'spam detected',
      'detected as spam',
      'classified as spam',
      'looks like spam',
      'flagged as spam',
      'suspicious due to the nature of the content',
    ],
    owner: 'you',
    retry: 'after-fix',
    links: [GOOGLE_SENDERS],
  },
  {
    id: 'receiving-too-fast',
    codes: ['4.2.1', '5.2.1', '4.7.28'],
    text: ['receiving mail at a rate', 'receiving mail too quickly', 'too many messages'],
    owner: 'recipient-side',
    retry: 'later',
    links: [GOOGLE],
  },
  {
    id: 'blocked-content',
    codes: ['X.7.0'],
    text: ['illegal attachment', 'content presents a potential security issue', 'potentially executable'],
    owner: 'you',
    retry: 'after-fix',
    links: [GOOGLE],
  },

  // ---- Microsoft 365 / Exchange Online codes ----
  {
    id: 'ms-relay-pool',
    codes: ['5.7.367'],
    owner: 'your-it',
    retry: 'after-fix',
    links: [
      MS_NDR,
      'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/enhanced-filtering-for-connectors',
    ],
  },
  {
    id: 'recipient-not-found',
    codes: ['5.1.10'],
    text: ['recipientnotfound', 'recipient not found'],
    owner: 'you',
    retry: 'after-fix',
    links: [ms('fix-error-code-550-5-1-10-in-exchange-online')],
  },
  {
    id: 'ms-sender-denied',
    codes: ['5.1.0'],
    owner: 'you',
    retry: 'after-fix',
    links: [ms('fix-error-code-550-5-1-0-in-exchange-online')],
  },
  {
    id: 'ms-bad-outbound-sender',
    codes: ['5.1.8'],
    text: ['bad outbound sender'],
    owner: 'your-it',
    retry: 'after-fix',
    links: [ms('fix-error-code-5-1-8-in-exchange-online')],
  },
  {
    id: 'multiple-from',
    codes: ['5.1.20'],
    owner: 'you',
    retry: 'after-fix',
    links: [ms('fix-error-code-550-5-1-20-multiple-from-addresses')],
  },
  { id: 'daily-recipient-limit', codes: ['5.1.90'], owner: 'you', retry: 'later', links: [MS_NDR] },
  { id: 'hourly-sender-limit', codes: ['5.2.121'], owner: 'you', retry: 'later', links: [MS_NDR] },
  { id: 'hourly-recipient-limit', codes: ['5.2.122'], owner: 'recipient-side', retry: 'later', links: [MS_NDR] },
  { id: 'ms-journaling', codes: ['5.3.190'], owner: 'your-it', retry: 'after-fix', links: [MS_NDR] },
  { id: 'ms-thread-limit', codes: ['4.3.2', '5.3.2'], owner: 'recipient-side', retry: 'later', links: [MS_NDR] },
  {
    id: 'mail-loop',
    codes: ['X.4.6', '5.4.14', '5.4.6-20', '5.4.20'],
    owner: 'your-it',
    retry: 'after-fix',
    links: [ms('fix-error-code-5-4-6-through-5-4-20-in-exchange-online')],
  },
  {
    id: 'dns-failed',
    codes: ['X.4.3', '4.4.312', '5.4.312', '5.4.311', '5.4.313-315'],
    owner: 'recipient-side',
    retry: 'later',
    links: [MS_NDR],
  },
  { id: 'connection-refused', codes: ['4.4.316', '5.4.316'], owner: 'recipient-side', retry: 'later', links: [MS_NDR] },
  {
    id: 'tls-certificate',
    codes: ['4.4.317', '5.4.317'],
    owner: 'recipient-side',
    retry: 'later',
    links: [ms('fix-error-code-450-4-4-317-untrusted-root')],
  },
  { id: 'connection-dropped', codes: ['X.4.2', '4.4.318', '5.4.318'], owner: 'recipient-side', retry: 'later', links: [MS_NDR] },
  { id: 'mta-sts', codes: ['4.4.8', '5.4.8'], owner: 'recipient-side', retry: 'later', links: [MS_NDR] },
  { id: 'mta-sts-certificate', codes: ['X.7.5'], text: ['mta-sts'], owner: 'recipient-side', retry: 'later', links: [MS_NDR] },
  { id: 'dane', codes: ['X.7.321-325'], owner: 'recipient-side', retry: 'later', links: [MS_NDR] },
  {
    id: 'expired',
    codes: ['X.4.7', '5.4.300'],
    owner: 'recipient-side',
    retry: 'later',
    links: [ms('fix-error-code-550-4-4-7-in-exchange-online')],
  },
  {
    id: 'ms-bare-lf',
    codes: ['5.6.11'],
    owner: 'recipient-side',
    retry: 'after-fix',
    links: [ms('fix-error-code-550-5-6-11-in-exchange-online')],
  },
  {
    id: 'ms-not-authenticated-by-org',
    // Not 5.7.13: other servers use it for a disabled account (RFC 5248).
    codes: ['5.7.12', '5.7.133', '5.7.134', '5.7.135', '5.7.136'],
    owner: 'recipient-side',
    retry: 'after-fix',
    links: [ms('fix-error-code-5-7-12-in-exchange-online'), MS_NDR],
  },
  {
    id: 'group-allowed-senders',
    codes: ['5.7.124', '5.7.193'],
    owner: 'recipient-side',
    retry: 'after-fix',
    links: [ms('fix-error-code-5-7-124-in-exchange-online'), ms('550-5-7-193-when-external-users-send-to-microsoft-365-group')],
  },
  {
    id: 'restricted-list',
    codes: ['5.7.129'],
    owner: 'recipient-side',
    retry: 'after-fix',
    links: [ms('fix-error-code-550-5-7-1-in-exchange-online')],
  },
  { id: 'tenant-external-limit', codes: ['5.7.232', '5.7.233'], owner: 'your-it', retry: 'later', links: [MS_NDR] },
  { id: 'moera-limit', codes: ['5.7.236'], owner: 'your-it', retry: 'after-fix', links: [MS_NDR] },
  {
    id: 'ms-spam-abuse',
    codes: ['5.7.501-503', '5.7.800', '5.7.705'],
    owner: 'your-it',
    retry: 'after-fix',
    links: [MS_NDR, ms('fix-error-codes-550-5-7-703-550-5-7-705-550-5-7-708-550-5-7-750')],
  },
  { id: 'banned-recipient', codes: ['5.7.505'], owner: 'recipient-side', retry: 'no', links: [MS_NDR] },
  { id: 'bad-helo', codes: ['5.7.506'], owner: 'your-it', retry: 'after-fix', links: [MS_NDR] },
  { id: 'blocked-by-recipient', codes: ['5.7.507', '5.7.513'], owner: 'recipient-side', retry: 'after-fix', links: [MS_NDR] },
  { id: 'ipv6-limits', codes: ['5.7.508', '5.7.510'], owner: 'your-it', retry: 'after-fix', links: [MS_NDR] },
  { id: 'dmarc-fail', codes: ['5.7.509', 'X.7.26'], owner: 'your-it', retry: 'after-fix', links: [MS_NDR, GOOGLE_SENDERS] },
  {
    id: 'outlook-auth-level',
    codes: ['5.7.515'],
    owner: 'your-it',
    retry: 'after-fix',
    links: ['https://support.microsoft.com/en-au/topic/fix-ndr-error-550-5-7-515-in-outlook-com-34cfe8f8-6fbf-457e-9e8b-9e4dbaf4e0ef'],
  },
  {
    id: 'forwarding-blocked',
    codes: ['5.7.520'],
    owner: 'your-it',
    retry: 'after-fix',
    links: ['https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-policies-external-email-forwarding'],
  },
  {
    id: 'smtp-auth',
    codes: ['5.7.57', 'X.7.8'],
    owner: 'you',
    retry: 'after-fix',
    links: [ms('fix-error-code-5-7-57-in-exchange-online')],
  },
  {
    id: 'connector-mismatch',
    codes: ['5.7.64', '5.7.51'],
    owner: 'your-it',
    retry: 'after-fix',
    links: [ms('fix-error-code-5-7-64-in-exchange-online')],
  },
  {
    id: 'own-block-list',
    codes: ['5.7.703'],
    owner: 'your-it',
    retry: 'after-fix',
    links: [ms('fix-error-codes-550-5-7-703-550-5-7-705-550-5-7-708-550-5-7-750')],
  },
  {
    id: 'tenant-ip-refused',
    codes: ['5.7.708', '5.7.750'],
    owner: 'your-it',
    retry: 'after-fix',
    links: [ms('fix-error-code-5-7-700-through-5-7-750')],
  },
  {
    id: 'mail-flow-rule',
    codes: ['5.7.900-999'],
    owner: 'recipient-side',
    retry: 'no',
    links: [MS_EXSRV],
  },
  {
    id: 'ms-ip-throttle',
    codes: ['4.7.500-699', '4.7.650-652', '4.7.850-899'],
    owner: 'your-it',
    retry: 'later',
    whenDelayed: 'wait',
    links: [ms('fix-error-code-451-4-7-500-699-asxxx-in-exchange-online')],
  },
  { id: 'banned-ip', codes: ['5.7.511', '5.7.606-649'], owner: 'your-it', retry: 'after-fix', links: ['https://sender.office.com'] },
  {
    id: 'recipient-domain-refused',
    codes: ['5.4.1'],
    owner: 'recipient-side',
    retry: 'no',
    links: [ms('fix-error-code-550-5-4-1-in-exchange-online')],
  },

  // ---- Standard codes (RFC 3463 and the IANA registry), by subject ----
  { id: 'unknown-failure', codes: ['X.0.0'], owner: 'your-it', retry: 'no', links: [RFC3463] },
  { id: 'address-problem', codes: ['X.1.0'], owner: 'you', retry: 'after-fix', links: [RFC3463] },
  {
    id: 'address-unknown',
    codes: ['X.1.1', '5.7.504', '5.1.1-5'],
    reasons: ['userunknown'],
    owner: 'you',
    retry: 'after-fix',
    links: [ms('fix-error-code-550-5-1-1-through-5-1-20-in-exchange-online'), GOOGLE],
  },
  { id: 'domain-unknown', codes: ['X.1.2', '5.4.310'], reasons: ['hostunknown'], owner: 'you', retry: 'after-fix', links: [GOOGLE] },
  { id: 'address-syntax', codes: ['X.1.3'], reasons: ['syntaxerror'], owner: 'you', retry: 'after-fix', links: [RFC3463] },
  { id: 'address-ambiguous', codes: ['X.1.4'], owner: 'you', retry: 'after-fix', links: [RFC3463] },
  {
    id: 'delivered',
    codes: ['X.1.5', '2.1.5'],
    reasons: ['delivered'],
    owner: 'none',
    retry: 'not-needed',
    links: ['https://www.rfc-editor.org/rfc/rfc3464'],
  },
  { id: 'moved', codes: ['X.1.6'], reasons: ['hasmoved'], owner: 'you', retry: 'after-fix', links: [RFC3463] },
  { id: 'sender-address-bad', codes: ['X.1.7', 'X.1.8'], reasons: ['rejected'], owner: 'your-it', retry: 'after-fix', links: [RFC3463] },
  { id: 'relayed-no-dsn', codes: ['X.1.9'], owner: 'none', retry: 'not-needed', links: ['https://www.rfc-editor.org/rfc/rfc3886'] },
  {
    id: 'null-mx',
    codes: ['X.1.10', 'X.3.2'],
    reasons: ['notaccept'],
    owner: 'recipient-side',
    retry: 'no',
    links: ['https://www.rfc-editor.org/rfc/rfc7505'],
  },
  { id: 'mailbox-problem', codes: ['X.2.0'], reasons: ['filtered'], owner: 'recipient-side', retry: 'no', links: [RFC3463] },
  { id: 'mailbox-disabled', codes: ['X.2.1'], reasons: ['suspend'], owner: 'recipient-side', retry: 'no', links: [GOOGLE] },
  { id: 'mailbox-full', codes: ['X.2.2'], reasons: ['mailboxfull'], owner: 'recipient-side', retry: 'later', links: [GOOGLE] },
  { id: 'too-big-for-recipient', codes: ['X.2.3'], reasons: ['exceedlimit'], owner: 'you', retry: 'after-fix', links: [RFC3463] },
  { id: 'list-problem', codes: ['X.2.4', 'X.7.2'], owner: 'recipient-side', retry: 'no', links: [RFC3463] },
  { id: 'remote-system', codes: ['X.3.0', 'X.3.5'], reasons: ['systemerror'], owner: 'recipient-side', retry: 'later', links: [RFC3463] },
  { id: 'remote-disk-full', codes: ['X.3.1'], reasons: ['systemfull'], owner: 'recipient-side', retry: 'later', links: [RFC3463] },
  { id: 'feature-unsupported', codes: ['X.3.3', 'X.3.6'], owner: 'your-it', retry: 'after-fix', links: [RFC3463] },
  { id: 'too-big', codes: ['X.3.4'], reasons: ['mesgtoobig'], owner: 'you', retry: 'after-fix', links: [GOOGLE] },
  {
    id: 'network-problem',
    codes: ['X.4.0', 'X.4.1'],
    reasons: ['networkerror'],
    owner: 'recipient-side',
    retry: 'later',
    links: [RFC3463, MS_NDR],
  },
  { id: 'unroutable', codes: ['X.4.4'], owner: 'you', retry: 'after-fix', links: [RFC3463] },
  { id: 'remote-busy', codes: ['X.4.5', '4.3.0', '4.3.1'], owner: 'recipient-side', retry: 'later', links: [GOOGLE, RFC3463] },
  { id: 'protocol-error', codes: ['X.5.0', 'X.5.1', 'X.5.2', 'X.5.4', 'X.5.5', 'X.5.6'], owner: 'your-it', retry: 'no', links: [RFC3463] },
  { id: 'too-many-recipients', codes: ['X.5.3'], reasons: ['toomanyconn'], owner: 'you', retry: 'after-fix', links: [MS_NDR] },
  {
    id: 'content-problem',
    codes: ['X.6.0', 'X.6.1', 'X.6.6'],
    reasons: ['contenterror'],
    owner: 'you',
    retry: 'after-fix',
    links: [RFC3463],
  },
  { id: 'conversion-failed', codes: ['X.6.2', 'X.6.3', 'X.6.4', 'X.6.5'], owner: 'your-it', retry: 'after-fix', links: [RFC3463] },
  {
    id: 'international-address',
    codes: ['X.6.7', 'X.6.8', 'X.6.9', 'X.6.10'],
    owner: 'you',
    retry: 'after-fix',
    links: ['https://www.rfc-editor.org/rfc/rfc6531'],
  },
  {
    id: 'refused-policy',
    codes: ['X.7.0', 'X.7.1'],
    reasons: ['securityerror', 'policyviolation'],
    owner: 'recipient-side',
    retry: 'no',
    links: [ms('fix-error-code-550-5-7-1-in-exchange-online')],
  },
  {
    id: 'security-feature',
    codes: ['X.7.3', 'X.7.4', 'X.7.5', 'X.7.6', 'X.7.7', 'X.7.10', 'X.7.11', 'X.7.12', 'X.7.14', 'X.7.15', 'X.7.16', 'X.7.19'],
    owner: 'your-it',
    retry: 'after-fix',
    links: [RFC3463],
  },
  { id: 'auth-weak', codes: ['X.7.9'], owner: 'your-it', retry: 'after-fix', links: ['https://www.rfc-editor.org/rfc/rfc4954'] },
  // RFC 5248 X.7.13 "user account disabled": the sender's own account when its own server says
  // so; a remote server's X.7.13 at RCPT is the recipient's account (see `explain.ts`).
  { id: 'sender-account-disabled', codes: ['X.7.13'], owner: 'your-it', retry: 'after-fix', links: [RFC5248] },
  { id: 'owner-changed', codes: ['X.7.17', 'X.7.18'], owner: 'you', retry: 'after-fix', links: ['https://www.rfc-editor.org/rfc/rfc7293'] },
  { id: 'dkim-fail', codes: ['X.7.20', 'X.7.21', 'X.7.22', 'X.7.30'], owner: 'your-it', retry: 'after-fix', links: [GOOGLE_SENDERS] },
  {
    id: 'spf-fail',
    codes: ['X.7.23', 'X.7.24', 'X.7.27'],
    reasons: ['authfailure'],
    owner: 'your-it',
    retry: 'after-fix',
    links: [ms('fix-error-code-5-7-23-in-exchange-online'), GOOGLE_SENDERS],
  },
  { id: 'no-ptr', codes: ['X.7.25'], reasons: ['requireptr'], owner: 'your-it', retry: 'after-fix', links: [GOOGLE_SENDERS] },
  { id: 'mail-flood', codes: ['X.7.28'], reasons: ['speeding'], owner: 'your-it', retry: 'later', links: [GOOGLE] },
  { id: 'arc-or-tls', codes: ['X.7.29'], owner: 'your-it', retry: 'after-fix', links: [GOOGLE, GOOGLE_SENDERS] },
  { id: 'dmarc-alignment-code', codes: ['X.7.32'], owner: 'your-it', retry: 'after-fix', links: [GOOGLE, GOOGLE_SENDERS] },
  { id: 'no-dmarc-record-code', codes: ['4.7.31', '5.7.31', '4.7.40', '5.7.40'], owner: 'your-it', retry: 'after-fix', links: [GOOGLE] },

  // ---- Reasons with no code entry of their own ----
  { id: 'blocked', reasons: ['blocked', 'badreputation'], owner: 'your-it', retry: 'after-fix', links: ['https://sender.office.com'] },
  { id: 'spam', reasons: ['spamdetected'], owner: 'you', retry: 'after-fix', links: [GOOGLE_SENDERS] },
  { id: 'virus', reasons: ['virusdetected'], owner: 'you', retry: 'after-fix', links: [RFC3463] },
  { id: 'relay', reasons: ['norelaying'], owner: 'your-it', retry: 'after-fix', links: [MS_NDR] },
  { id: 'not-compliant', codes: ['5.7.512'], reasons: ['notcompliantrfc'], owner: 'your-it', retry: 'after-fix', links: [GOOGLE_SENDERS] },
  { id: 'starttls', reasons: ['failedstarttls'], owner: 'your-it', retry: 'after-fix', links: [MS_NDR] },
  {
    id: 'expired-reason',
    reasons: ['expired'],
    owner: 'recipient-side',
    retry: 'later',
    links: [ms('fix-error-code-550-4-4-7-in-exchange-online')],
  },
  { id: 'local-program', reasons: ['mailererror'], owner: 'recipient-side', retry: 'no', links: [RFC3463] },
  { id: 'suppressed', reasons: ['suppressed'], owner: 'your-it', retry: 'no' },
  { id: 'complaint', reasons: ['feedback'], owner: 'your-it', retry: 'not-needed', links: ['https://www.rfc-editor.org/rfc/rfc5965'] },
  { id: 'auto-reply', reasons: ['vacation'], owner: 'none', retry: 'not-needed', links: ['https://www.rfc-editor.org/rfc/rfc3834'] },
  { id: 'unclear', reasons: ['onhold', 'undefined'], owner: 'your-it', retry: 'no', links: [RFC3463] },

  // ---- Special cases, chosen by `special.ts` rather than by code ----
  { id: 'backscatter', owner: 'none', retry: 'not-needed', links: [ms('fix-error-code-550-5-1-1-through-5-1-20-in-exchange-online')] },
  { id: 'misspelt-domain', owner: 'you', retry: 'after-fix', links: [GOOGLE] },
  // The failed address is one the recipient forwards to, not one the user typed (Microsoft's
  // 5.1.1-5.1.20 and 5.1.10 pages: the recipient forwards to a bad address).
  {
    id: 'recipient-forwarding',
    owner: 'recipient-side',
    retry: 'no',
    links: [ms('fix-error-code-550-5-1-1-through-5-1-20-in-exchange-online'), ms('fix-error-code-550-5-1-10-in-exchange-online')],
  },
  { id: 'delayed', owner: 'wait', retry: 'automatic', links: [ms('fix-error-code-550-4-4-7-in-exchange-online')] },
] as const satisfies readonly CatalogueEntry[];

/** Every entry id: the message catalogue of each locale must have texts for exactly these. */
export type EntryId = (typeof ENTRIES)[number]['id'];

export const CATALOGUE: readonly (CatalogueEntry & { readonly id: EntryId })[] = ENTRIES;
