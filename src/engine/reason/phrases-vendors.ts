/**
 * Phrases mail vendors use in their own documented replies (Google's Gmail SMTP error reference,
 * Microsoft's Exchange Online and Outlook.com postmaster pages, Yahoo's, Apple's, Mimecast's and
 * others' published reply lists), written here as plain lower-case fragments in the vendors'
 * wording. Each group names the documents it reflects. Only what our lists, the Sisimai 5 port
 * and the peer rules did not already read as the same reason is here; `PHRASES` (`phrases.ts`)
 * adds these last, so the earlier lists and our precedence keep deciding wherever they overlap.
 * Vendor-specific codes ("[TSS04]", "(S3150)", "[CS01]", "BL000000") are in the provider tables
 * of `providers.ts`, not here.
 *
 * The audit behind them: `test/engine/reason/vendor-replies.ts` (one-line replies as the vendors
 * document them, labelled blind) and its test, which checks every row not listed as a known gap.
 */
import type { Reason } from './reasons';
import type { SourcedPhraseRule } from './phrases-sisimai5';

export interface VendorPhraseGroup extends SourcedPhraseRule {
  readonly reason: Reason;
}

export const VENDOR_PHRASES: readonly VendorPhraseGroup[] = [
  {
    // Gmail's 2024 sender-requirement replies name the check that failed: 4.7.27/5.7.27 (SPF),
    // 4.7.30/5.7.30 (DKIM), 4.7.32/5.7.32 (From: not aligned). Their enhanced codes collide with the
    // registry's X.7.27 (null MX), X.7.30 (REQUIRETLS) meanings, so the words must name the cause.
    reason: 'authfailure',
    source:
      'Google Workspace Admin Help "Gmail SMTP errors and codes" (support.google.com/a/answer/3726730), 4.7.27-4.7.32 and 5.7.27-5.7.32',
    any: ["didn't pass spf", "didn't pass dkim", "authentication didn't pass", 'aligned with either the authenticated spf or dkim'],
  },
  {
    reason: 'authfailure',
    source:
      'Outlook.com Postmaster "Troubleshooting" ("550 command rejected due to Sender ID validation failure"), GMX/WEB.DE postmaster ("Reject due to SPF policy"), MailChannels docs ("rejected due to the domain\'s SPF policy", "[BFD] Sender prohibited by SPF")',
    any: ['sender id validation failure', 'spf policy', 'prohibited by spf'],
  },
  {
    // Cisco Secure Email (AsyncOS) refuses mail whose SPF check fails with "550 #5.7.1 SPF
    // unauthorized mail is prohibited." at MAIL FROM, where the command alone would read `rejected`.
    reason: 'authfailure',
    source:
      "Cisco Secure Email (AsyncOS) listener SPF rejection, as explained in suped.com \"How to fix the 'SPF unauthorized mail is prohibited' error\" (task P18a's gateways set)",
    any: ['spf unauthorized mail is prohibited'],
  },
  {
    // Gmail's RFC 5322 header checks (5.7.1), which the class-generic code cannot name.
    reason: 'notcompliantrfc',
    source: 'Google Workspace Admin Help "Gmail SMTP errors and codes", 550 5.7.1 header replies',
    any: [
      'missing a valid address in the from: header',
      'missing a valid message-id',
      'unicode character in a disallowed header',
      'encoded-word syntax is not permitted',
    ],
  },
  {
    reason: 'userunknown',
    source:
      'AT&T replies via smtp.codes/550 ("550 5.2.1 <address>... Addressee unknown") and Baruwa gateway ("Recipient verification failed")',
    any: ['addressee unknown', 'recipient verification failed'],
  },
  {
    // Postfix's reject_unknown_reverse_client_hostname wording, as hosting providers publish it.
    reason: 'requireptr',
    source: 'bytecamp.net FAQ "Fehlermeldungen bei Zustellproblemen" ("Client host rejected: cannot find your reverse hostname")',
    any: ['cannot find your reverse hostname'],
  },
  {
    reason: 'norelaying',
    source: 'Google Workspace Admin Help "Gmail SMTP errors and codes", 550 5.7.0/5.7.1 SMTP relay replies',
    any: ['invalid credentials for relay'],
  },
  {
    reason: 'speeding',
    source:
      'Gmail SMTP errors and codes (4.2.1 "receiving email too quickly", 5.4.5 "Daily user sending limit exceeded", "Daily SMTP relay limit exceeded", 5.7.1 "This email has been rate limited"), Rackspace G30 ("Mailbox received too much email in a short period of time"), iCloud ("deferred due to excessive volume"), Emailit SMTP troubleshooting ("Messages per second limit exceeded"), United Internet relays ("Rate limit reached"), Iridis mailRelay ("HST-RTE: Hourly send rate exceeded")',
    any: [
      'receiving email too quickly',
      'too much email in a short period',
      'sending limit exceeded',
      'smtp relay limit exceeded',
      'this email has been rate limited',
      'deferred due to excessive volume',
      'messages per second limit exceeded',
      'rate limit reached',
      'send rate exceeded',
    ],
  },
  {
    reason: 'toomanyconn',
    source:
      'Twilio SendGrid "SMTP Errors and Troubleshooting" ("too frequent connects from") and Yahoo via smtp.codes ("Max message per connection reached")',
    any: ['too frequent connects', 'max message per connection'],
  },
  {
    reason: 'blocked',
    source:
      'Gmail SMTP errors and codes ("IP not in whitelist for RCPT domain", "not authorized to send email directly to our servers"), Microsoft Learn 5.7.708 ("traffic not accepted from this IP"), Trend Micro DDEI ("Temporary denial of connection … for Zombie matches"), Baruwa gateway ("Dictionary attack detected")',
    any: [
      'ip not in whitelist',
      'not authorized to send email directly to our servers',
      'traffic not accepted from this ip',
      'denial of connection',
      'dictionary attack',
    ],
  },
  {
    reason: 'policyviolation',
    source:
      'Gmail SMTP errors and codes ("has a policy that prohibits the email"), Mimecast ("Rejected by header based Anti-Spoofing policy"), Barracuda via smtp.codes ("rejecting spoofed message"), Broadcom Email Security.cloud KB 169925 ("Rejected due to banned content"), Zoho via smtp.codes ("Mail rejected by destination domain"), MailChannels ("[IB_FEB] … an attachment type that is not allowed")',
    any: [
      'has a policy that prohibits',
      'anti-spoofing policy',
      'rejecting spoofed message',
      'banned content',
      'rejected by destination domain',
      'attachment type that is not allowed',
    ],
  },
  {
    reason: 'systemerror',
    source:
      'Mimecast SMTP Error Codes ("Unable to process connection at this time"), Gmail SMTP errors and codes ("Email server has temporarily rejected this message"), Yahoo via smtp.codes ("temporary domain failure")',
    any: ['unable to process connection at this time', 'server has temporarily rejected', 'temporary domain failure'],
  },
  {
    // SMTP AUTH refusals that end with a retry hint ("try again later"): the login words name
    // the cause, the client's credentials or its login rate (classify.ts reads the hint last).
    reason: 'securityerror',
    source:
      'Gmail SMTP errors and codes ("454 4.7.0 Too many login attempts, please try again later", "454 4.7.0 Cannot authenticate due to a temporary system problem"), Oracle Cloud Email Delivery SMTP errors ("421 Too many auth failures, try again later")',
    any: ['login attempts', 'cannot authenticate', 'auth failures'],
  },
  {
    reason: 'virusdetected',
    source: 'Broadcom Email Security.cloud KB 169925 ("Message contained unsafe content")',
    any: ['contained unsafe content'],
  },
  {
    reason: 'networkerror',
    source: 'Rackspace postmaster codes via smtp.codes ("Temporary DMARC DNS lookup failure (G1E)")',
    any: ['dns lookup failure'],
  },
];
