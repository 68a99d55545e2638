/**
 * Vendor reply audit: one-line SMTP replies as mail vendors document their own refusals, as rows
 * of `{ text, reason, source, at }` (the shape of `peer-phrases.ts`).
 *
 * - `text`: the reply as the vendor's document gives it (reply code, enhanced code where the
 *   document has one, the vendor's words). Long URLs are shortened, placeholders ("x.x.x.x",
 *   "ip-address", "domain-name", "[email]") are filled with documentation values
 *   (192.0.2.0/24, example.org, lee@example.org). Where a document lists only a code and its
 *   meaning (Comcast's BL/ES codes, Outlook.com's RP/SC/DY/OU codes), the row is the code followed
 *   by the document's own sentence. No row comes from a bounce-parser's sample messages, test files
 *   or expected results (GUIDE.md FORBIDDEN list); no row was taken from a pasted bounce log.
 * - `reason`: OUR reason (Sisimai's names, `src/engine/reason/reasons.ts`), labelled blind from
 *   the reply's meaning, the vendor's stated cause and RFC 3463/5321/5248/7505, before the
 *   classifier was run on the rows. Same conventions as the peer audit: an IP or network refusal is
 *   `blocked`, a stated reputation is `badreputation`, a message judged spam is `spamdetected`,
 *   SPF/DKIM/DMARC is `authfailure`, SMTP AUTH and login is `securityerror`, a per-recipient or
 *   per-sender rate is `speeding`, connection counts and recipient counts are `toomanyconn`,
 *   greylisting is `expired`, the sender's own address or account refused is `rejected`.
 * - `source`: the public document the row was checked against with the `search` tool (docs and
 *   pages corpora); Google's, Yahoo's, Apple's and Outlook.com's pages were read in the archived
 *   copies of azumakuniyuki/feb-2024-no-auth-no-entry (verbatim text of the vendors' pages).
 * - `at`: the SMTP step where the vendor gives the reply (RCPT for address refusals, MAIL for
 *   sender and IP checks made at MAIL FROM, CONN at the greeting, DATA for content, null when no
 *   SMTP step applies).
 *
 * Vendors searched for and not found as a list of replies in public text: Amazon SES, Mailgun,
 * Postmark and SparkPost (their bounce-classification pages name categories, not replies; one SES
 * suppression line is here), Fastmail, Cisco Secure Email, Proofpoint Essentials/PPS (only the
 * "Blocked - see ipcheck.proofpoint.com" reply, seen through iCloud). Yahoo's "5.7.9 Message not
 * accepted for policy reasons" was found only as quoted by a relay's blog (second batch).
 *
 * The rows after "Second batch" were added after the first blind measurement, from further
 * vendors' pages (MailChannels, Iridis, antispameurope, Baruwa, ...), and labelled blind the same
 * way before the classifier was run on them.
 */
import type { SmtpCommand } from '../../../src/engine/codes';
import type { Reason } from '../../../src/engine/reason/reasons';

export interface VendorRow {
  readonly text: string;
  readonly reason: Reason;
  readonly source: string;
  readonly at: SmtpCommand | null;
}

const GOOGLE = 'Google Workspace Admin Help "Gmail SMTP errors and codes" (support.google.com/a/answer/3726730)';
const GOOGLE_81126 = 'Google "Email sender guidelines" (support.google.com/mail/answer/81126) and SMTP error pages quoting 5.7.26';
const OUTLOOK =
  'Outlook.com Postmaster "Troubleshooting", SMTP Error Codes table (sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx)';
const EXO = 'Microsoft Learn "Email non-delivery reports and SMTP errors in Exchange Online"';
const EXO7 = 'Microsoft Learn "Fix NDR error codes 5.7.700 through 5.7.750 in Exchange Online"';
const EXO_BANNED = 'Microsoft Learn "Fix NDR error codes 5.7.606-649 in Exchange Online" (banned sending IP, sender.office.com)';
const EOP = 'SMTP Field Manual "Exchange Online Protection" (smtpfieldmanual.com/spamfilter/exchangeonline)';
const S3150 = 'Outlook.com block-list replies (S3150/S3140) quoted by dijitul.uk and sevencreative.co.uk';
const YAHOO = 'Yahoo Sender Hub "SMTP Error Codes" (senders.yahooinc.com/smtp-error-codes) and smtp.codes/yahoo';
const YAHOO_KB = 'Yahoo Help "Email sent to Yahoo Mail addresses is rejected" (help.yahoo.com/kb/SLN3444)';
const YAHOO_TS03 = 'Yahoo Help SLN3436 "421 4.7.1 [TS03] All messages from x.x.x.x permanently deferred"';
const APPLE = 'smtp.codes/icloud (iCloud Mail replies, support.apple.com/102322 for their causes)';
const APPLE_BENTO = 'bentonow.com/smtp-errors/apple and suped.com (iCloud [HM08]/[CS02] local policy replies)';
const COMCAST = 'Comcast postmaster "Mail delivery error codes" (postmaster.comcast.net/mail-error-codes.html)';
const COMCAST_BIZ = 'Comcast Business "Email bounce back messages" (BL006, BL007) and security.comcast.net non-specific codes';
const MIMECAST = 'Mimecast KB "Mimecast SMTP Error Codes" (community.mimecast.com, mimecastsupport.zendesk.com)';
const BARRACUDA = 'smtp.codes/550 (Barracuda) and MIT CSAIL TIG "host blocked using Barracuda reputation"';
const RACKSPACE = 'smtp.codes/rackspace (Rackspace postmaster codes G1F, G2, G6, G16, G1E, G28, G30)';
const ATT = 'smtp.codes/550 (AT&T / prodigy.net replies)';
const UI = 'smtp.codes/unitedinternet (1&1, IONOS, GMX, WEB.DE, mail.com) and support.gmx.com "Email returned as undeliverable"';
const DE_ISP =
  'sitepackage.de "Typische Fehlermeldungen bei Unzustellbarkeit" (T-Online, GMX, WEB.DE, Yahoo, AOL, Freenet, Lycos, Compuserve)';
const ZOHO = 'smtp.codes/zoho (Zoho Mail replies)';
const ORANGE = 'bentonow.com/smtp-errors/orange (Orange OFR codes) and suped.com "OFR_999 errors when sending to orange.fr"';
const BROADCOM = 'Broadcom Email Security.cloud KB 169925 "Common external Spam Filtering Error Codes" and KB 161393';
const SPAMHAUS = 'Spamhaus DNSBL rejections quoted by help.kreativmedia.ch, docs.gandi.net and help.creoline.com';
const SPAMCOP = '3essentials KB "554 IP found in Spamcop Black List"';
const CLOUDMARK = 'Cloudmark CSI-Global rejection quoted by suped.com "Why is my IP address listed on Cloudmark CSI-Global?"';
const TREND = 'Trend Micro Deep Discovery Email Inspector 5.1 online help "SMTP Error Codes"';
const ESE = 'everycloud / antispameurope "Workspace classification codes"';
const BYTECAMP = 'bytecamp.net FAQ "Fehlermeldungen bei Zustellproblemen"';
const ONESYS = 'support.onesystems.ch "Übersicht häufig vorkommender Fehlermeldungen"';
const SPAMBRELLA = 'Spambrella FAQ "Common Email Delivery Error Codes"';
const NEO = 'Neo support "Understanding Outgoing Email Reject Codes"';
const THEXYZ = 'thexyz.com KB "Common Bounce Messages Explained"';
const SENDGRID = 'Twilio SendGrid docs "SMTP Errors and Troubleshooting"';
const ORACLE = 'Oracle Cloud Email Delivery docs "Troubleshooting: common SMTP errors"';
const EMAILIT = 'Emailit docs "SMTP troubleshooting"';
const SES_LOG = 'rgnmed.com "Bounced emails" (Amazon SES log lines and the replies it relays)';
const RETURNPATH = 'Return Path (Validity) help "Block bounce code examples"';
const CHILI = 'chilipepperweb.net "Mail Quota Exceeded" (Juno, AOL, Hotmail replies)';
const ICLOUD_QUOTA = 'Chargebee support "5.2.2 user is over quota" (iCloud)';
const GMAIL_AUTH = 'dmarcbeacon.com / dmarctrust.com (Gmail 5.7.26 and 5.7.1 authentication replies)';
const GMAIL_REP = 'smtp.codes/google and smtpfieldmanual.com/provider/google (Gmail reputation replies)';
const MS_509 = 'ourcloudnetwork.com "Error 550 5.7.509: Access denied in Exchange Online"';
const MS_57 = 'easy365manager.com "Office 365 NDR error codes" (530 5.7.57) and tamingdns.com Microsoft 365 directory';
const MS_518 = 'University of Idaho KB "550 5.1.8 Access denied, bad outbound sender"';
const MS_510 = 'Access Group help "Reasons for client emails not being delivered" (550 5.1.10)';
const MIMECAST_SPOOF = 'suped.com "Why are emails bouncing with Mimecast Anti-Spoofing policy"';
const PROOFPOINT = 'suped.com "How to get Proofpoint to unblock my IP address" (554 5.7.0 Blocked, ipcheck.proofpoint.com)';
const KOMPLEX = 'comservice-ffo.de "SMTP-Fehlermeldungen" (United Internet relay replies)';

const MC_IN = 'MailChannels docs "Inbound filtering: SMTP errors" (docs.mailchannels.com/inbound/smtp-errors)';
const MC_OUT = 'MailChannels docs "Sending policies: reading a rejection" (docs.mailchannels.com/email-api/sending-policies)';
const MC_BLOG = 'MailChannels blog "Top SMTP Error Messages - June 2016" (GoDaddy, AT&T, Yahoo replies seen by its relay)';
const IRIDIS = 'Iridis mailRelay / mailFeed KB "response codes" (portal.iridis.uk knowledgebase 254)';
const ESE2 = 'everycloudtech / antispameurope "Workspace reason codes" (support.everycloudtech.com 4000039509)';
const BARUWA = 'Baruwa gateway rejection reasons (bastion.umanix.net/info)';
const VIRUSFREE = 'virusfree.cz FAQ "Most common delivery errors"';
const MXROUTE = 'MXroute changelog "Adjustments to outbound rejections" (Exchange replies it sees)';
const GENUK = 'support.gen.uk FAQ "Email Rejection Messages"';

const row =
  (at: SmtpCommand | null) =>
  (text: string, reason: Reason, source: string): VendorRow => ({ text, reason, source, at });
const R = row('RCPT');
const D = row('DATA');
const M = row('MAIL');
const C = row('CONN');
const N = row(null);

export const VENDOR_ROWS: readonly VendorRow[] = [
  // ── Google (Gmail, Google Workspace) ─────────────────────────────────────────────────────────
  R(
    '450 4.2.1 The user you are trying to contact is receiving email too quickly. Please resend your message at a later time.',
    'speeding',
    GOOGLE,
  ),
  R(
    '450 4.2.1 The user you are trying to contact is receiving email at a rate that prevents additional messages from being delivered.',
    'speeding',
    GOOGLE,
  ),
  M('450 4.2.1 Peak SMTP relay limit exceeded for this customer. This is a temporary error.', 'speeding', GOOGLE),
  R(
    "452 4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to Manage files in your Google Drive storage.",
    'mailboxfull',
    GOOGLE,
  ),
  D('451 4.3.0 Email server has temporarily rejected this message.', 'systemerror', GOOGLE),
  C('421 4.3.0 Temporary System Problem. Try again later.', 'systemerror', GOOGLE),
  C('421 4.4.5 Server busy, try again later.', 'systemerror', GOOGLE),
  D('451 4.5.0 SMTP protocol violation, see RFC 5321.', 'syntaxerror', GOOGLE),
  R(
    "452 4.5.3 Your message has too many recipients. For more information regarding Google's sending limits, go to Limits for sending & getting email.",
    'toomanyconn',
    GOOGLE,
  ),
  C('421 4.7.0 IP not in whitelist for RCPT domain, closing connection.', 'blocked', GOOGLE),
  C('421 4.7.0 TLS required for RCPT domain, closing connection.', 'failedstarttls', GOOGLE),
  M(
    '421 4.7.0 The IP address sending this message does not have a PTR record, or the corresponding forward DNS entry does not point to the sending IP. To protect our users from spam, email sent from your IP address has been temporarily rate limited.',
    'requireptr',
    GOOGLE,
  ),
  C('454 4.7.0 Too many login attempts, please try again later.', 'securityerror', GOOGLE),
  C('454 4.7.0 Cannot authenticate due to a temporary system problem. Try again later.', 'securityerror', GOOGLE),
  D(
    '421 4.7.0 This message is suspicious due to the very low reputation of the sending IP address. To protect our users from spam, email sent from your IP address has been temporarily rate limited.',
    'badreputation',
    GOOGLE,
  ),
  D(
    '421 4.7.0 This message is suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked.',
    'badreputation',
    GOOGLE,
  ),
  D(
    '421 4.7.0 This message is suspicious due to the nature of the content or the links within. To best protect our users from spam, the message has been blocked.',
    'spamdetected',
    GOOGLE,
  ),
  D(
    "451 4.7.23 192.0.2.1 The sending IP address for this message doesn't have a PTR record, or the PTR record's forward DNS entry doesn't match the sending IP address. To protect users from spam, your email has been temporarily rate limited.",
    'requireptr',
    GOOGLE,
  ),
  D(
    '451 4.7.24 The SPF record of the sending domain has one or more suspicious entries. To protect our users from spam, email sent from your IP address has been temporarily rate limited.',
    'authfailure',
    GOOGLE,
  ),
  D(
    "451 4.7.26 Unauthenticated email from example.org is not accepted due to domain's DMARC policy, but temporary DNS failures prevent authentication.",
    'authfailure',
    GOOGLE,
  ),
  D(
    '421 4.7.26 This email has been rate limited because it is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.',
    'authfailure',
    GOOGLE,
  ),
  D(
    "421 4.7.27 Your email has been rate limited because SPF authentication didn't pass for this message. Gmail requires all bulk email senders to authenticate their email with SPF.",
    'authfailure',
    GOOGLE,
  ),
  D(
    '421 4.7.28 Gmail has detected an unusual rate of email. To protect our users from spam, email has been temporarily rate limited.',
    'speeding',
    GOOGLE,
  ),
  D(
    '421 4.7.28 Gmail has detected an unusual rate of email originating from your IP address 192.0.2.1. To protect our users from spam, email sent from your IP address has been temporarily rate limited.',
    'blocked',
    GOOGLE,
  ),
  D(
    '421 4.7.28 Gmail has detected an unusual rate of unsolicited email originating from your IP Netblock 192.0.2.0. To protect our users from spam, email sent from your IP Netblock has been temporarily rate limited.',
    'blocked',
    GOOGLE,
  ),
  D(
    '421 4.7.28 Gmail has detected an unusual rate of unsolicited email originating from your DKIM domain example.org. To protect our users from spam, email sent from your domain has been temporarily rate limited.',
    'badreputation',
    GOOGLE,
  ),
  D(
    '421 4.7.28 Gmail has detected an unusual rate of unsolicited email originating from your SPF domain example.org. To protect our users from spam, email sent from your domain has been temporarily rate limited.',
    'badreputation',
    GOOGLE,
  ),
  D(
    '421 4.7.28 Gmail has detected an unusual rate of unsolicited email containing one of your URL domains. To protect our users from spam, email with the URL has been temporarily rate limited.',
    'spamdetected',
    GOOGLE,
  ),
  D(
    '421 4.7.28 Gmail has detected an unusual amount of unsolicited email originating from your IP address. To protect our users from spam, email sent from your IP address has been temporarily blocked.',
    'blocked',
    GOOGLE,
  ),
  D(
    "421 4.7.29 Your email has been rate limited because you're not using a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections.",
    'failedstarttls',
    GOOGLE,
  ),
  D(
    "421 4.7.30 Your email has been rate limited because DKIM authentication didn't pass for this message. Gmail requires all email bulk senders to authenticate their email with DKIM.",
    'authfailure',
    GOOGLE,
  ),
  D(
    "421 4.7.40 Your email has been rate limited because the sending domain doesn't have a DMARC record, or the DMARC record doesn't specify a DMARC policy.",
    'authfailure',
    GOOGLE,
  ),
  D(
    "421 4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain.",
    'authfailure',
    GOOGLE,
  ),
  D(
    "421 5.7.32 Your email was blocked because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain.",
    'authfailure',
    GOOGLE,
  ),
  R(
    "550 5.1.1 The email account that you tried to reach does not exist. Please double-check the recipient's email address for typos or unnecessary spaces.",
    'userunknown',
    GOOGLE,
  ),
  R(
    "553 5.1.2 We weren't able to find the recipient domain. Please check for any spelling errors and make sure you didn't enter any spaces, periods, or other punctuation after the recipient's email address.",
    'hostunknown',
    GOOGLE,
  ),
  R('553 5.1.3 The recipient address <lee@example..org> is not a valid RFC 5321 address.', 'userunknown', GOOGLE),
  M('553 5.1.7 The sender address <kim@example..org> is not a valid RFC 5321 address.', 'rejected', GOOGLE),
  R(
    '550 5.2.1 The email account that you tried to reach is inactive. For more information, go to https://support.google.com/mail/?p=DisabledUser',
    'suspend',
    GOOGLE,
  ),
  R(
    '550 5.2.1 The user you are trying to contact is receiving email at a rate that prevents additional messages from being delivered.',
    'speeding',
    GOOGLE,
  ),
  R(
    "552 5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to Manage files in your Google Drive storage.",
    'mailboxfull',
    GOOGLE,
  ),
  D(
    "552 5.3.4 Your message exceeded Google's message size limits. To view our message size guidelines, go to Send attachments with your Gmail message.",
    'mesgtoobig',
    GOOGLE,
  ),
  D("552 5.3.4 The size of your message (41943040 bytes) exceeded Google's message size limits of 26214400 bytes.", 'mesgtoobig', GOOGLE),
  D(
    "552 5.3.4 Your message exceeded Google's message header size limits. To view our header size guidelines, go to Gmail message header limits.",
    'mesgtoobig',
    GOOGLE,
  ),
  D("552 5.3.4 Your message has a Subject: header that exceeds Google's message header size limits.", 'mesgtoobig', GOOGLE),
  M(
    '550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits, go to Gmail sending limits.',
    'speeding',
    GOOGLE,
  ),
  M(
    '550 5.4.5 Daily SMTP relay limit exceeded for user. For more information on SMTP relay sending limits, contact your administrator.',
    'speeding',
    GOOGLE,
  ),
  D('554 5.4.6 Message exceeded 50 hops, this may indicate an email loop.', 'networkerror', GOOGLE),
  R(
    '503 5.5.1 Bad sequence of commands. For more information, go to About SMTP error messages and review RFC 5321 specifications.',
    'syntaxerror',
    GOOGLE,
  ),
  C('502 5.5.1 Unrecognized command. For more information, go to About SMTP error messages.', 'syntaxerror', GOOGLE),
  C('502 5.5.1 Too many unrecognized commands, goodbye.', 'syntaxerror', GOOGLE),
  R('503 5.5.1 RCPT first. An email transaction protocol command was issued out of sequence.', 'syntaxerror', GOOGLE),
  C(
    '555 5.5.2 Syntax error, goodbye. For more information, go to About SMTP error messages and review RFC 5321 specifications.',
    'syntaxerror',
    GOOGLE,
  ),
  R(
    '550 5.5.3 Too many recipients for this sender. For more information, go to About SMTP error messages and review RFC 5321 specifications.',
    'toomanyconn',
    GOOGLE,
  ),
  C('501 5.5.4 HELO/EHLO argument mail.example..org invalid closing connection.', 'blocked', GOOGLE),
  C('501 5.5.4 Empty HELO/EHLO argument not allowed, closing connection.', 'blocked', GOOGLE),
  D(
    '554 5.6.0 Email message is malformed. Not accepted. For more information, go to Email sender guidelines and review RFC 5322 specifications.',
    'notcompliantrfc',
    GOOGLE,
  ),
  D(
    '552 5.7.0 This message was blocked because its content presents a potential security issue. To review our message content and attachment content guidelines, go to File types blocked in Gmail.',
    'policyviolation',
    GOOGLE,
  ),
  M(
    "550 5.7.0 Email relay denied 192.0.2.1. Invalid credentials for relay for one of the domains in: example.org (as obtained from HELO and (E)MAIL FROM). Email is being sent from a domain or IP address which isn't registered in your Workspace account.",
    'norelaying',
    GOOGLE,
  ),
  M('550 5.7.0 Email relay denied 192.0.2.1. The sending email account has been temporarily suspended due to abuse.', 'rejected', GOOGLE),
  M('550 5.7.0 Email sending denied. For more information, go to SMTP relay service error messages.', 'rejected', GOOGLE),
  M("530 5.7.0 Authentication required. For more information, go to Can't sign in to your Google Account.", 'securityerror', GOOGLE),
  M(
    '530 5.7.0 Must issue a STARTTLS command first. For more information, go to About SMTP error messages and review RFC 3207 specifications.',
    'failedstarttls',
    GOOGLE,
  ),
  D(
    '550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibits the email that you sent. Contact your domain administrator for assistance.',
    'policyviolation',
    GOOGLE,
  ),
  M(
    "550 5.7.1 Invalid credentials for relay 192.0.2.1. The IP address you've registered in your Workspace SMTP Relay service doesn't match the domain of the account this email is being sent from.",
    'norelaying',
    GOOGLE,
  ),
  D(
    '550 5.7.1 This message is likely unsolicited email. To reduce the amount of spam sent to Gmail, this message has been blocked.',
    'spamdetected',
    GOOGLE,
  ),
  D('550 5.7.1 This message does not meet IPv6 sending guidelines regarding PTR records and authentication.', 'requireptr', GOOGLE),
  D(
    '550 5.7.1 This message is likely suspicious due to the very low reputation of the sending IP address. To best protect our users from spam, the message has been blocked.',
    'badreputation',
    GOOGLE,
  ),
  D(
    '550 5.7.1 This message is likely suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked.',
    'badreputation',
    GOOGLE,
  ),
  D(
    '550 5.7.1 Messages missing a valid address in the From: header, or having no From: header, are not accepted.',
    'notcompliantrfc',
    GOOGLE,
  ),
  D('550 5.7.1 Messages missing a valid Message-ID: header are not accepted.', 'notcompliantrfc', GOOGLE),
  D('550 5.7.1 Messages with multiple addresses in the From: header are not accepted.', 'notcompliantrfc', GOOGLE),
  D('550 5.7.1 The message contains a unicode character in a disallowed header.', 'notcompliantrfc', GOOGLE),
  D(
    '550 5.7.1 This message is not RFC 5322 compliant because it has duplicate headers. To reduce the amount of spam sent to Gmail, this message has been blocked.',
    'notcompliantrfc',
    GOOGLE,
  ),
  D(
    '550 5.7.1 This message is not RFC 5322 compliant because the From: header has a non-compliant domain name. To reduce the amount of spam sent to Gmail, this message has been blocked.',
    'notcompliantrfc',
    GOOGLE,
  ),
  D('550 5.7.1 This email has been rate limited. For more information, go to Limits for sending & getting email.', 'speeding', GOOGLE),
  M(
    "550 5.7.1 The IP you're using to send email is not authorized to send email directly to our servers. Use the SMTP relay at your service provider instead.",
    'blocked',
    GOOGLE,
  ),
  M('550 5.7.1 Daily SMTP relay sending limit exceeded for this customer.', 'speeding', GOOGLE),
  D(
    '550 5.7.1 Encoded-word syntax is not permitted in message header Subject. To reduce the amount of spam sent to Gmail, this message has been blocked.',
    'notcompliantrfc',
    GOOGLE,
  ),
  D(
    '550 5.7.1 This message is not RFC 5322 compliant. There is a malformed Date header. To reduce the amount of spam sent to Gmail, this message has been blocked.',
    'notcompliantrfc',
    GOOGLE,
  ),
  C('523 5.7.10 SMTP protocol violation, no commands allowed to pipeline after STARTTLS.', 'syntaxerror', GOOGLE),
  C('534 5.7.14 Please log in through your web browser and then try again.', 'securityerror', GOOGLE),
  D('550 5.7.24 The SPF record of the sending domain has one or more suspicious entries.', 'authfailure', GOOGLE),
  D(
    "550 5.7.25 This message was blocked because the sending IP address doesn't have a PTR record, or the forwarding DNS entry doesn't reference the sending IP address. Gmail requires that sending IP addresses have a PTR record.",
    'requireptr',
    GOOGLE,
  ),
  D(
    '550 5.7.26 This email has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.',
    'authfailure',
    GOOGLE,
  ),
  D(
    '550 5.7.26 The (E)MAIL FROM domain [example.org] has an SPF record with a hard fail policy (-all) but it fails to pass SPF checks with the ip: [192.0.2.1].',
    'authfailure',
    GOOGLE,
  ),
  D(
    "550 5.7.26 Unauthenticated email from example.org is not accepted due to domain's DMARC policy. Contact the administrator of example.org domain if this was legitimate email.",
    'authfailure',
    GOOGLE,
  ),
  D(
    "550 5.7.27 This message was blocked because it didn't pass SPF authentication. Gmail requires bulk email senders to authenticate their email with SPF.",
    'authfailure',
    GOOGLE,
  ),
  D(
    '550 5.7.28 There is an unusual rate of unsolicited email originating from your IP address. To protect our users from spam, email sent from your IP address has been blocked.',
    'blocked',
    GOOGLE,
  ),
  D(
    "550 5.7.29 This message was blocked because it wasn't sent over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections.",
    'failedstarttls',
    GOOGLE,
  ),
  D(
    "550 5.7.30 This message was blocked because it didn't pass DKIM authentication. Gmail requires bulk email senders to authenticate their email with DKIM.",
    'authfailure',
    GOOGLE,
  ),
  D(
    "550 5.7.40 Your message was blocked because the sending domain doesn't have a DMARC record or the DMARC record doesn't specify a DMARC policy.",
    'authfailure',
    GOOGLE,
  ),
  C(
    "535 5.7.80 Username and Password not accepted. For more information, go to Can't sign in to your Google Account.",
    'securityerror',
    GOOGLE,
  ),
  C('534 5.7.90 Application-specific password required. For more information, go to Sign in with app passwords.', 'securityerror', GOOGLE),
  D(
    '550 5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has been blocked. The sender must authenticate with at least one of SPF or DKIM.',
    'authfailure',
    GMAIL_AUTH,
  ),
  D(
    '550 5.7.1 This message does not have authentication information or fails to pass authentication checks. To best protect our users from spam, the message has been blocked.',
    'authfailure',
    GMAIL_AUTH,
  ),
  D(
    '421 4.7.0 This message does not have authentication information or fails to pass authentication checks. To best protect our users from spam, the message has been blocked.',
    'authfailure',
    GOOGLE_81126,
  ),
  D(
    '421 4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.',
    'blocked',
    GMAIL_REP,
  ),
  D(
    '421 4.7.0 Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily blocked.',
    'blocked',
    GMAIL_REP,
  ),
  D(
    '421 4.7.0 [192.0.2.1] Our system has detected that this message is suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked.',
    'badreputation',
    GMAIL_REP,
  ),

  // ── Microsoft (Outlook.com, Exchange Online / EOP) ───────────────────────────────────────────
  C(
    '421 RP-001 The mail server IP connecting to Outlook.com server has exceeded the rate limit allowed. Reason for rate limitation is related to IP/domain reputation.',
    'badreputation',
    OUTLOOK,
  ),
  C(
    '421 RP-002 The mail server IP connecting to Outlook.com server has exceeded the rate limit allowed on this connection. Reason for rate limitation is related to IP/domain reputation.',
    'badreputation',
    OUTLOOK,
  ),
  C(
    '421 RP-003 The mail server IP connecting to Outlook.com server has exceeded the connection limit allowed. Reason for limitation is related to IP/domain reputation.',
    'toomanyconn',
    OUTLOOK,
  ),
  D(
    '550 5.7.515 Mail rejected by Outlook.com for policy reasons. Messages from domains sending over 5,000 emails per day to Outlook.com accounts must be authenticated with SPF, DKIM, and DMARC.',
    'authfailure',
    OUTLOOK,
  ),
  D(
    '550 SC-001 Mail rejected by Outlook.com for policy reasons. Reasons for rejection may be related to content with spam-like characteristics or IP/domain reputation.',
    'spamdetected',
    OUTLOOK,
  ),
  C(
    '550 SC-002 Mail rejected by Outlook.com for policy reasons. The mail server IP connecting to Outlook.com has exhibited namespace mining behavior.',
    'blocked',
    OUTLOOK,
  ),
  C('550 SC-003 Mail rejected by Outlook.com for policy reasons. Your IP address appears to be an open proxy/relay.', 'blocked', OUTLOOK),
  C(
    '550 SC-004 Mail rejected by Outlook.com for policy reasons. A block has been placed against your IP address because we have received complaints concerning mail coming from that IP address.',
    'blocked',
    OUTLOOK,
  ),
  C(
    "550 DY-001 Mail rejected by Outlook.com for policy reasons. We generally do not accept email from dynamic IP's as they are not typically used to deliver unauthenticated SMTP email to an Internet mail server.",
    'blocked',
    OUTLOOK,
  ),
  C(
    '550 DY-002 Mail rejected by Outlook.com for policy reasons. The likely cause is a compromised or virus infected server/personal computer.',
    'blocked',
    OUTLOOK,
  ),
  C(
    '550 OU-001 Mail rejected by Outlook.com for policy reasons. For more information about this block and to request removal please go to: Spamhaus.',
    'blocked',
    OUTLOOK,
  ),
  D(
    '550 OU-002 Mail rejected by Outlook.com for policy reasons. Reasons for rejection may be related to content with spam-like characteristics or IP/domain reputation.',
    'spamdetected',
    OUTLOOK,
  ),
  M('550 command rejected due to Sender ID validation failure.', 'authfailure', OUTLOOK),
  M(
    "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
    'blocked',
    S3150,
  ),
  M(
    "550 5.7.1 Unfortunately, messages from [192.0.2.2] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140).",
    'blocked',
    S3150,
  ),
  M(
    "550 SC-001 (BAY004-MC4F3) Unfortunately, messages from IP 192.0.2.3 weren't sent. Please contact your Internet service provider since part of their network is on our block list.",
    'blocked',
    RETURNPATH,
  ),
  R(
    '550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/ and follow the directions.',
    'blocked',
    EXO_BANNED,
  ),
  R('550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.', 'blocked', EXO7),
  R(
    "Your message can't be delivered because messages to lee@example.org are blocked by your organization using Tenant Allow Block List. 550 5.7.703",
    'policyviolation',
    EXO7,
  ),
  N('5.7.705 Access denied, tenant has exceeded threshold.', 'rejected', EXO7),
  M('550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains.', 'rejected', EXO7),
  N('550 5.7.501 Access denied, spam abuse detected.', 'rejected', EXO),
  M('550 5.1.8 Access denied, bad outbound sender AS(42004)', 'rejected', MS_518),
  R('550 5.4.1 [lee@example.org]: Recipient address rejected: Access denied', 'userunknown', EOP),
  M('530 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM', 'securityerror', MS_57),
  R('432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded', 'speeding', EXO),
  N('4.4.7 Message expired', 'expired', EXO),
  N('4.4.316 Connection refused [Message=Socket error code 10061]', 'networkerror', EXO),
  R('550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', 'userunknown', MS_510),
  D(
    '550 5.7.13 STOREDRV.Deliver.Exception:AccountDisabledException.MapiExceptionADUserDisabledAndHidden; Failed to process message due to a permanent exception',
    'suspend',
    MS_57,
  ),
  D(
    '550 5.7.509 Access denied, sending domain example.org does not pass DMARC verification and has a DMARC policy of reject',
    'authfailure',
    MS_509,
  ),
  C('451 4.7.500 Server busy. Please try again later from [192.0.2.1]. (AS77712344)', 'badreputation', EOP),
  C(
    '550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.1 (AS16012611)',
    'blocked',
    EOP,
  ),
  C(
    '550 5.7.1 Service unavailable, Helo domain is listed in Spamhaus. To request removal from this list see https://www.spamhaus.org/query/dbl (S8001)',
    'blocked',
    EOP,
  ),
  C(
    '421 4.3.2 The maximum number of concurrent connections per resource forest has exceeded a limit, closing transmission channel.',
    'toomanyconn',
    EOP,
  ),
  D('451 4.7.0 Temporary server error. Please try again later. PRX4', 'systemerror', EOP),

  // ── Yahoo / AOL ──────────────────────────────────────────────────────────────────────────────
  M(
    '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    'badreputation',
    YAHOO,
  ),
  M(
    '421 4.7.0 [TSS02] Messages from 192.0.2.1 temporarily deferred due to user complaints or because the IP/domain is in the unverified category. Please make sure that your email is RFC-5321 compliant.',
    'badreputation',
    'tamingdns.com "Yahoo / AOL SMTP Error Code Directory" ([TSS02])',
  ),
  M(
    '421 4.7.1 [TS03] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed. See https://help.yahoo.com/kb/postmaster/SLN3436.html',
    'blocked',
    YAHOO_TS03,
  ),
  M('421 4.7.0 Messages from 192.0.2.1 temporarily deferred due to user complaints - 4.16.55', 'badreputation', YAHOO),
  D(
    '421 Message temporarily deferred - 4.16.51',
    'spamdetected',
    'Yahoo postmaster page postmaster-22 "421 Message temporarily deferred - [numeric code]"',
  ),
  D(
    "554 delivery error: dd This user doesn't have a yahoo.com account (lee@yahoo.com) [-5] - mta123.mail.mud.yahoo.com",
    'userunknown',
    YAHOO,
  ),
  D(
    '554 delivery error: dd Sorry your message to lee@yahoo.de cannot be delivered. This account has been disabled or discontinued',
    'suspend',
    DE_ISP,
  ),
  C('421 Resources temporarily unavailable. Please try again later', 'systemerror', YAHOO_KB),
  C('553 VS99-IP1 deferred', 'blocked', YAHOO_KB),
  R('451 VS1-IP Excessive unknown recipients - possible Open Relay (#4.1.8)', 'blocked', YAHOO_KB),
  R('451 VS1-MF Excessive unknown recipients - possible Open Relay (#4.4.5)', 'blocked', YAHOO_KB),
  R('450 User is receiving mail too quickly', 'speeding', YAHOO),
  D('451 mta1.yahoo.com Resources temporarily unavailable. Please try again later [#4.16.1].', 'systemerror', YAHOO),
  D('451 4.3.2 Internal server error', 'systemerror', YAHOO),
  R('452 temporary domain failure <lee@yahoo.com>', 'systemerror', YAHOO),
  D('421 Max message per connection reached, closing transmission channel', 'toomanyconn', YAHOO),
  C('421 Service not available, closing transmission channel', 'systemerror', YAHOO),
  C(
    "553 5.7.1 Connections will not be accepted from 192.0.2.1, because the ip is in Spamhaus's list; see https://postmaster.yahooinc.com/error-codes",
    'blocked',
    'Palisade "What are Gmail and Yahoo error codes" (Yahoo 553 5.7.1 Spamhaus reply)',
  ),
  D(
    '554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit https://postmaster.yahooinc.com/error-codes [120]',
    'policyviolation',
    RETURNPATH,
  ),
  R('550 MAILBOX NOT FOUND', 'userunknown', DE_ISP),
  R('552 lee@aol.com has a full mailbox', 'mailboxfull', CHILI),
  R('554 30 Sorry, your message to lee@example.org cannot be delivered. This mailbox is disabled', 'suspend', SES_LOG),
  R('552 1 Requested mail action aborted, mailbox not found', 'userunknown', SES_LOG),

  // ── Apple iCloud Mail ────────────────────────────────────────────────────────────────────────
  R(
    '421 4.7.1 Messages to lee@icloud.com deferred due to excessive volume. Try again later - https://support.apple.com/en-us/HT204137',
    'speeding',
    APPLE,
  ),
  C('451 4.7.1 Service unavailable - try again later', 'systemerror', APPLE),
  R('550 5.1.1 <lee@icloud.com>: user does not exist', 'userunknown', APPLE),
  D(
    '550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
    'policyviolation',
    APPLE,
  ),
  D(
    '554 5.7.1 [HM08] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
    'policyviolation',
    APPLE_BENTO,
  ),
  D(
    '554 5.7.1 [CS02] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
    'policyviolation',
    APPLE_BENTO,
  ),
  D('550 5.7.1 Your message was rejected due to example.org DMARC policy.', 'authfailure', APPLE),
  D(
    '550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL -- see https://www.spamhaus.org/dbl/',
    'spamdetected',
    APPLE,
  ),
  R('552 5.2.2 <lee@icloud.com>: user is over quota', 'mailboxfull', ICLOUD_QUOTA),
  R('550 5.1.1 <lee@icloud.com>: inactive email address', 'suspend', APPLE_BENTO),
  C('554 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.1', 'blocked', PROOFPOINT),

  // ── Comcast / Xfinity ────────────────────────────────────────────────────────────────────────
  C("554 ES000001 This error results when mail delivery is attempted from Comcast's dynamic/residential space.", 'blocked', COMCAST),
  C('554 ES000010 This error results when mail delivery is attempted from external dynamic/residential space.', 'blocked', COMCAST),
  C('554 BL000000 Email from your mail server has been sent in patterns that are characteristic of spam.', 'blocked', COMCAST),
  C(
    '554 BL000001 This error results when mail delivery is attempted from addresses that are listed on the Spamhaus Zen Blocklist.',
    'blocked',
    COMCAST,
  ),
  C('554 BL000010 This error results when mail delivery is attempted from addresses that are listed on Cloudmark CSI.', 'blocked', COMCAST),
  C(
    '554 BL000100 This error results when mail delivery is attempted from addresses that are listed on the SenderScore blocklist.',
    'blocked',
    COMCAST,
  ),
  C('550 BL006 Your mail could not be delivered because your mail provider is listed on the Spamhaus SBL/XBL.', 'blocked', COMCAST_BIZ),
  C(
    '550 BL007 Your email could not be delivered because your email provider is listed on the Cloudmark Sender Intelligence (CSI).',
    'blocked',
    COMCAST_BIZ,
  ),
  C('421 - [Too many sessions opened]', 'toomanyconn', COMCAST_BIZ),
  C('421 - [Reverse DNS failure : Try again later]', 'requireptr', COMCAST_BIZ),

  // ── Mimecast ─────────────────────────────────────────────────────────────────────────────────
  C('421 Sender address blocked', 'blocked', MIMECAST),
  C('421 Unable to process connection at this time', 'systemerror', MIMECAST),
  C('451 Internal resources are temporarily unavailable', 'badreputation', MIMECAST),
  D('550 Rejected by header based Anti-Spoofing policy', 'policyviolation', MIMECAST_SPOOF),

  // ── Barracuda ────────────────────────────────────────────────────────────────────────────────
  R('550 cuda_nsu 5.1.1 <lee@example.org> Recipient address rejected: User unknown', 'userunknown', BARRACUDA),
  R('550 No such user (lee@example.org)', 'userunknown', BARRACUDA),
  D('550 rejecting spoofed message', 'policyviolation', BARRACUDA),
  D('554 Service unavailable; Client host [192.0.2.1] blocked using Barracuda Reputation;', 'blocked', BARRACUDA),

  // ── Rackspace ────────────────────────────────────────────────────────────────────────────────
  C('421 Too many concurrent connections from this client (G2)', 'toomanyconn', RACKSPACE),
  C('450 4.7.1 Client host 192.0.2.1 has no PTR record (G1F)', 'requireptr', RACKSPACE),
  R(
    "450 4.4.1 <lee@example.org>: The recipient's server was temporarily unavailable to accept your message (G6)",
    'systemerror',
    RACKSPACE,
  ),
  R('450 4.2.1 <lee@example.org>: Mailbox received too much email in a short period of time (G30)', 'speeding', RACKSPACE),
  D('450 4.4.6 Routing loop detected (G16)', 'networkerror', RACKSPACE),
  M('450 4.4.0 <kim@example.org> Temporary DMARC DNS lookup failure (G1E)', 'networkerror', RACKSPACE),
  M('451 4.7.1 Received too many messages from a new or untrusted IP (G28)', 'speeding', RACKSPACE),

  // ── AT&T ─────────────────────────────────────────────────────────────────────────────────────
  R('550 5.2.1 <LEE@PRODIGY.NET>... Addressee unknown, relay=[192.0.2.1]', 'userunknown', ATT),
  R('550 5.2.1 <lee@prodigy.net>... blank mailhost - invalid address, relay=[192.0.2.1]', 'userunknown', ATT),
  C('550 5.7.1 Connections not accepted from servers without a valid sender domain. ## Fix reverse DNS for 192.0.2.1', 'requireptr', ATT),

  // ── United Internet (GMX, WEB.DE, 1&1/IONOS), T-Online and other German ISPs ─────────────────
  D(
    '550 <kim@example.org>: Reject due to SPF policy. The originating IP of the message is not permitted by the domain owner',
    'authfailure',
    UI,
  ),
  R('550 <lee@web.de>: Requested action not taken: mailbox unavailable', 'userunknown', UI),
  R('550 5.1.1 <lee@gmx.de> User is unknown', 'userunknown', DE_ISP),
  R('550 5.2.1 <lee@gmx.de> User is inactive', 'suspend', DE_ISP),
  R('550 Benutzer nicht bekannt/User unknown', 'userunknown', DE_ISP),
  R('550 Unknown local part lee in <lee@web.de>', 'userunknown', DE_ISP),
  R('550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage space.', 'mailboxfull', DE_ISP),
  R('550 Benutzer hat zuviele Mails auf dem Server. / User has too many messages on the server.', 'mailboxfull', DE_ISP),
  R('552 5.2.2 Over STORAGE quota', 'mailboxfull', DE_ISP),
  R('550 5.1.1 <lee@t-online.de> user unknown', 'userunknown', DE_ISP),
  R('550 unrouteable address', 'hostunknown', DE_ISP),
  R('550 5.1.1 <lee@compuserve.de>... Mailbox not found', 'userunknown', DE_ISP),
  C('554 Refused. Your reverse DNS entry contains your IP address and a country code.', 'requireptr', DE_ISP),
  R('550 <lee@lycos.de>: Recipient address rejected: Account Closed', 'suspend', DE_ISP),
  R('mailbox full - quota exceeded', 'mailboxfull', DE_ISP),
  R('550 RCPT TO:<lee@example.org> User unknown', 'userunknown', DE_ISP),
  R('550 5.2.0 No such mailbox', 'userunknown', DE_ISP),
  R('554 Sorry, no mailbox here by that name. (#5.1.1)', 'userunknown', DE_ISP),
  R('User lee@example.org not listed in Domino Directory', 'userunknown', DE_ISP),
  R('550 Protocol violation', 'syntaxerror', DE_ISP),
  D('550 5.7.1 Requested action not taken: message refused', 'policyviolation', DE_ISP),
  D('552 Error: message too large', 'mesgtoobig', DE_ISP),
  C('421 Reject due to policy violations', 'blocked', KOMPLEX),
  C('421 Rate limit reached. Please try again later', 'speeding', KOMPLEX),
  D('451 Requested action aborted: local error in processing', 'systemerror', KOMPLEX),

  // ── Zoho Mail ────────────────────────────────────────────────────────────────────────────────
  R('541 5.4.1 Mail rejected by destination domain', 'policyviolation', ZOHO),
  R('452 <lee@zoho.com> Mailbox delivery restricted by policy error', 'policyviolation', ZOHO),
  R('452 4.3.1 Temporary System Error', 'systemerror', ZOHO),
  D('550 5.7.1 Email rejected per DMARC policy for example.org', 'authfailure', ZOHO),
  R('550 5.1.1 <lee@zoho.com> User unknown', 'userunknown', ZOHO),
  R('552 5.1.1 <lee@zoho.com> Mailbox delivery failure policy error', 'policyviolation', ZOHO),
  D('552 5.7.1 virus Eicar-Test-Signature detected by Zoho Mail', 'virusdetected', ZOHO),

  // ── Orange ───────────────────────────────────────────────────────────────────────────────────
  C(
    '421 mwinf0000 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR004_104',
    'toomanyconn',
    ORANGE,
  ),
  C('421 mwinf0000 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR004_105', 'blocked', ORANGE),
  C('421 mwinf0000 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR_999', 'blocked', ORANGE),
  C('550 5.7.1 Service refuse. Veuillez essayer plus tard. service refused, please try later.', 'blocked', SES_LOG),

  // ── Broadcom Email Security.cloud (formerly MessageLabs) ─────────────────────────────────────
  M('550 "5.7.0" Mail relay denied', 'norelaying', BROADCOM),
  D('550 5.7.1 Message rejected as spam by Content Filtering', 'spamdetected', BROADCOM),
  C('550 Connection refused', 'blocked', BROADCOM),
  D('550 Message contained unsafe content (Heuristics.Phishing.Email.SpoofedDomain)', 'virusdetected', BROADCOM),
  M("551 Sender is on domain's blacklist", 'rejected', BROADCOM),
  R('5.7.1 Recipient not authorized, your IP has been found on a block list', 'blocked', BROADCOM),
  D('554 Rejected due to banned content', 'policyviolation', BROADCOM),
  D('554 Rejected due to spam content', 'spamdetected', BROADCOM),
  C('550 5.7.1 Rejecting mail, 192.0.2.1 is blacklisted', 'blocked', BROADCOM),
  R('550 unknown user', 'userunknown', BROADCOM),
  R('553 Relay denied', 'norelaying', BROADCOM),
  D('554 Too many Received: headers', 'networkerror', BROADCOM),
  C('550 Message rejected due to sender IP reputation ([192.0.2.1])', 'badreputation', BROADCOM),

  // ── DNS block lists (Spamhaus, SpamCop, Cloudmark, SORBS, manitu) ─────────────────────────────
  C(
    '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1',
    'blocked',
    SPAMHAUS,
  ),
  C('554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using dnsbl.sorbs.net', 'blocked', SPAMHAUS),
  C('554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked you may be infected', 'blocked', SPAMHAUS),
  R(
    '550 5.7.1 Service unavailable; client [192.0.2.1] blocked using zen.spamhaus.org; from=kim@example.org, to=lee@example.org',
    'blocked',
    SPAMHAUS,
  ),
  C('554 IP found in Spamcop Black List. Visit spamcop.net for more information', 'blocked', SPAMCOP),
  C('554 5.3.2 system not accepting network messages cmsmtp 192.0.2.1 is listed on Cloudmark CSI-Global.', 'blocked', CLOUDMARK),
  C('554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using ix.dnsbl.manitu.net', 'blocked', ONESYS),

  // ── Security gateways (Trend Micro, antispameurope) ──────────────────────────────────────────
  C('450 Temporary denial of connection (450) for Zombie matches (ERS)', 'blocked', TREND),
  C('550 Permanent denial of connection (550) for RBL+ matches (ERS)', 'blocked', TREND),
  M('450 4.1.8 <kim@example.org>: Sender address rejected: Domain not found', 'rejected', ESE),
  M('504 5.5.2 <kim>: Sender address rejected: need fully-qualified address', 'rejected', ESE),
  R('550 5.1.1 <lee@example.org>: Recipient address rejected: undeliverable address', 'userunknown', ESE),
  C('554 5.5.4 Spam IP rejected', 'blocked', ESE),
  D('554 5.5.5 e-mail Rejected Spam', 'spamdetected', ESE),
  D('554 5.6.4 Virus E-Mail Blocked', 'virusdetected', ESE),
  D('554 5.5.7 e-mail Rejected Content Attachment', 'policyviolation', ESE),
  D('552 5.5.2 Message size (content filter)', 'mesgtoobig', ESE),
  R('554 5.7.1 unknown domain or unknown recipient (LDAP check)', 'userunknown', ESE),
  D('554 5.6.2 Spam Link rejected', 'spamdetected', ESE),

  // ── Hosting providers' published reply lists ─────────────────────────────────────────────────
  C('450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.1]', 'requireptr', BYTECAMP),
  R('450 4.2.0 <lee@example.org>: Recipient address rejected: Greylisted', 'expired', BYTECAMP),
  C('421 4.7.0 Error: too many connections from 192.0.2.1', 'toomanyconn', BYTECAMP),
  R('422 4.2.2 Quota limit exceeded (Speicherplatz des Kontos ueberschritten)', 'mailboxfull', BYTECAMP),
  D('571 5.7.1 message classified as spam (Nachricht als Spam eingestuft)', 'spamdetected', BYTECAMP),
  R('554 5.7.1 <lee@example.net>: Relay access denied', 'norelaying', ONESYS),
  R('554 5.7.1 <lee@example.org>: Recipient address rejected: User unknown', 'userunknown', ONESYS),
  M('550 5.1.8 <kim@example.invalid>: Sender address rejected: Domain not found', 'rejected', ONESYS),
  D('451 qq trouble in home directory', 'mailboxfull', ONESYS),
  C('450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]', 'requireptr', ONESYS),
  R('452 4.3.1 Insufficient system resources', 'systemfull', SPAMBRELLA),
  R('550 5.7.1 <lee@example.org>: Recipient address rejected: User email address is marked as invalid', 'userunknown', SPAMBRELLA),
  M('550 5.1.0 <kim@example.org> sender rejected', 'rejected', SPAMBRELLA),
  R('550 5.7.1 Relay Access denied', 'norelaying', SPAMBRELLA),
  R('550 5.4.6 <lee@example.org>: Recipient address rejected: Sender Hourly Quota Exceeded', 'speeding', NEO),
  R('550 5.4.6 <lee@example.org>: Recipient address rejected: Sender Daily Quota Exceeded', 'speeding', NEO),
  R('550 5.4.6 <lee@example.org>: Recipient address rejected: Sender Domain Daily Bounce Limit Exceeded', 'speeding', NEO),
  C('451 4.3.0 <mail.example.net[192.0.2.1]>: Client host rejected: Throttled - Too much spam from your IP', 'blocked', THEXYZ),
  M('450 4.1.8 <kim@example.com>: Sender address rejected: Domain not found', 'rejected', THEXYZ),

  // ── Sending services (SendGrid, Oracle Email Delivery, Emailit, Amazon SES) ───────────────────
  C('450 too frequent connects from 192.0.2.1, please try again later.', 'toomanyconn', SENDGRID),
  M('403 You are not authorized to send from that email address', 'rejected', SENDGRID),
  C('421 Too many connections, try again later', 'toomanyconn', ORACLE),
  C('421 Too many auth failures, try again later', 'securityerror', ORACLE),
  C('535 Authentication failed', 'securityerror', EMAILIT),
  C('454 Temporary authentication failure', 'securityerror', EMAILIT),
  M('452 4.4.5 Messages per second limit exceeded', 'speeding', EMAILIT),
  N(
    'Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address',
    'suppressed',
    SES_LOG,
  ),
  R('511 sorry, no mailbox here by that name (#5.1.1 - chkuser)', 'userunknown', SES_LOG),
  N('550 4.4.7 Message expired: unable to deliver in 840 minutes', 'expired', SES_LOG),
  R('550 5.4.4 Invalid domain', 'hostunknown', SES_LOG),
  D('550 spam detected', 'spamdetected', SES_LOG),
  R('553 5.1.2 Unknown mail server. Could not find a mail server for example.invalid', 'hostunknown', SES_LOG),
  R('550 Address unknown', 'userunknown', SES_LOG),
  R('550 5.5.0 Requested action not taken: mailbox unavailable', 'userunknown', SES_LOG),
  R('552 <lee@juno.com>... Mail quota exceeded', 'mailboxfull', CHILI),
  R('552 Requested mail action aborted: exceeded storage allocation', 'mailboxfull', CHILI),
  // ── Second batch (written after the first measurement, labelled blind the same way) ─────────
  // MailChannels (inbound filtering and relay)
  C('450 [S09] Try Again Later', 'expired', MC_IN),
  C('550 [S10] Blocked', 'blocked', MC_IN),
  D(
    '550 5.7.1 [IB_FEB] Your message could not be delivered because it contained an attachment type that is not allowed',
    'policyviolation',
    MC_IN,
  ),
  D('552 5.3.4 Error: message file too big', 'mesgtoobig', MC_IN),
  D("550 5.7.1 Email has been rejected due to the domain's SPF policy", 'authfailure', MC_IN),
  D("550 5.7.1 Unauthenticated email is not accepted due to domain's DMARC policy", 'authfailure', MC_IN),
  R('452 4.5.3 Recipient policy mismatch', 'toomanyconn', MC_IN),
  M('550 5.7.1 This sender is not authorized to send from example.org', 'rejected', MC_OUT),
  M('550 5.7.1 [BFD] Sender prohibited by SPF', 'authfailure', MC_OUT),
  M('550 5.7.1 [ESA] Sender blocked.', 'rejected', MC_OUT),
  R(
    '550 5.7.1 [BR] Our system has detected an excessively high number of invalid recipients originating from your account.',
    'rejected',
    MC_OUT,
  ),
  R('550 5.7.1 [UNS] Recipient has unsubscribed from your list.', 'suppressed', MC_OUT),
  M(
    "550 5.1.0 192.0.2.1 is not allowed to send from <kim@example.org> per it's SPF Record. Please inspect your SPF settings, and try again. IB508",
    'authfailure',
    MC_BLOG,
  ),
  D(
    '552 5.2.0 9qos1t0 This message has been rejected due to content judged to be spam by the internet community IB212',
    'spamdetected',
    MC_BLOG,
  ),
  C('553 5.3.0 alph135 DNSBL:ATTRBL 521< 192.0.2.1 >_is_blocked.__For_information_see_http://att.net/blocks', 'blocked', MC_BLOG),
  D('554 5.7.9 Message not accepted for policy reasons.', 'policyviolation', MC_BLOG),
  D(
    '554 delivery error: dd Sorry your message to lee@yahoo.com cannot be delivered. This account has been disabled or discontinued [#102]. - mta1496.mail.bf1.yahoo.com',
    'suspend',
    MC_BLOG,
  ),
  // Iridis mailRelay
  M('HST-RTE: Hourly send rate exceeded, retry later.', 'speeding', IRIDIS),
  M('HST-RTE: Daily send rate exceeded, retry later', 'speeding', IRIDIS),
  M('SND-NUL: High Null sender rate', 'blocked', IRIDIS),
  M('SND-VFY: Sender domain does not exist', 'rejected', IRIDIS),
  R('RPT-VFY: Recipient domain does not exist', 'hostunknown', IRIDIS),
  R('RPT-VFY: Recipient does not exist', 'userunknown', IRIDIS),
  D('MSG-RFC: Your message does not conform to RFC2822 standard', 'notcompliantrfc', IRIDIS),
  D('MSG-EXT: Blacklisted high risk file extension detected', 'policyviolation', IRIDIS),
  M('Relay Prohibited: The sending domain, IP address or authenticated login is not authorised to send', 'norelaying', IRIDIS),
  // antispameurope (everycloud)
  D('554 5.5.6 loop detection', 'networkerror', ESE2),
  D('554 5.6.5 TLS encryption required by customer rule', 'failedstarttls', ESE2),
  D('450 4.5.5 early spam detection (temporarily blocked)', 'spamdetected', ESE2),
  D('554 5.6.1 signature of spam in mail header resp. subject', 'spamdetected', ESE2),
  D('554 5.6.3 spam text signature detected', 'spamdetected', ESE2),
  R('550 5.1.1 unknown recipient (SMTP check)', 'userunknown', ESE2),
  D('554 5.5.3 email rejected due to Content Filter Size Limit', 'mesgtoobig', ESE2),
  // Baruwa gateway
  C('The sender 192.0.2.1 is banned', 'blocked', BARUWA),
  M('The domain example.org is banned', 'rejected', BARUWA),
  R('Dictionary attack detected', 'blocked', BARUWA),
  M('Sender verification failed', 'rejected', BARUWA),
  R('Recipient verification failed', 'userunknown', BARUWA),
  R('Relay not permitted', 'norelaying', BARUWA),
  C('The sender is in a black list rbl.baruwa.net', 'blocked', BARUWA),
  R('Restricted characters in address', 'userunknown', BARUWA),
  // Others
  C('421 Service temporarily not available', 'toomanyconn', VIRUSFREE),
  C('Your access to submit messages to this e-mail system has been rejected', 'blocked', MXROUTE),
  C('You are not allowed to connect', 'blocked', MXROUTE),
  M('Sender address rejected: unverified address', 'rejected', GENUK),
  D('550 Denied by policy', 'policyviolation', BROADCOM),
  C('521 access denied', 'blocked', BROADCOM),
];
