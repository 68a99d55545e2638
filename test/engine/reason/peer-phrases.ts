/**
 * Peer phrase audit: what other bounce classifiers know about a server's diagnostic text, as
 * rows of `{ text, reason, source, at }`.
 *
 * - `text`: a one-line server reply written here, in our own words, around the phrase (or code) a
 *   peer rule keys on. No row copies a peer's sample message, test file or expected result; only
 *   the rule files named below were read.
 * - `reason`: OUR reason (Sisimai's names, `src/engine/reason/reasons.ts`), labelled blind: from
 *   the phrase's meaning and RFC 3463/5321/5248/7505 before the classifier was run on the row.
 * - `source`: the peer rule the row reflects (repository, path, rule or category).
 * - `at`: the SMTP step where such a reply is normally given (RCPT for address refusals, DATA for
 *   content, MAIL for sender checks, CONN for a refusal at the greeting, null when no SMTP step
 *   applies: a DNS failure, a queue time-out, a prose line).
 *
 * Sources (rules only):
 * - KumoCorp/kumomta `assets/community/bounces.toml` and `assets/bounce_classifier/iana.toml`
 *   (regex -> class); the classes are defined in `crates/bounce-classify/src/lib.rs`.
 * - cfortune/PHP-Bounce-Handler `bounce_responses.php` (phrase -> RFC 3463 code).
 * - rjbs/Mail-DeliveryStatus-BounceParser `lib/Mail/DeliveryStatus/BounceParser.pm` `_std_reason`.
 * - postalsys/emailengine `lib/bounce-detect.js`: no reason classes, only its delay/give-up words
 *   (`DELAY_NOTICE_RE`, `GAVE_UP_RE`).
 * - osandum/bounce-parser `src/main/java/**`: only `EximFailure` keys on words ("Message rejected by").
 * - RFC 3463 / 5321 / 5248 / 7505 / 7372 codes (`/work/shared/reference/status-codes.md`).
 *
 * Peer class -> our reason (the usual mapping; a row's own words may say more precisely):
 *   KumoMTA InvalidRecipient -> userunknown; BadDomain -> hostunknown (null MX: notaccept);
 *   InactiveMailbox -> suspend; InvalidSender -> rejected; QuotaIssues -> mailboxfull (X.2.3:
 *   exceedlimit, X.3.4: mesgtoobig, X.3.1: systemfull); NoAnswerFromHost, BadConnection,
 *   DNSFailure (temporary), RoutingErrors (loops) -> networkerror; RoutingErrors (relay) ->
 *   norelaying; RoutingErrors (unroutable domain), DNSFailure (no MX) -> hostunknown;
 *   TransientFailure -> systemerror; MessageExpired -> expired; ProtocolErrors -> syntaxerror;
 *   AuthenticationFailed -> authfailure (SPF/DKIM/DMARC), securityerror (SMTP AUTH), rejected
 *   (sender domain); PolicyRelated -> policyviolation; SpamBlock -> blocked (IP / DNSBL),
 *   badreputation (reputation), spamdetected (message judged spam); SpamContent -> spamdetected;
 *   TooManyRecipients -> toomanyconn; VirusRelated -> virusdetected; ProhibitedAttachment ->
 *   policyviolation.
 *   PHP-Bounce-Handler 4.2.0/4.3.2 "will be retried" -> expired; 4.2.2 -> mailboxfull; 4.3.2 busy
 *   -> systemerror, connections -> toomanyconn, throttling -> speeding, greylisting -> expired;
 *   4.4.7 -> expired; 5.1.1 -> userunknown (disabled words: suspend); 5.1.2 -> hostunknown or
 *   norelaying by the words; 5.1.8 -> rejected; 5.2.1 -> suspend; 5.4.4 -> hostunknown
 *   (temporary DNS: networkerror); 5.4.6 -> networkerror; 5.7.1 -> blocked / spamdetected /
 *   policyviolation / authfailure by the words.
 *   BounceParser domain_error -> hostunknown (relay words: norelaying; time-outs, refused
 *   connections, bad DNS replies: networkerror); over_quota -> mailboxfull (size words:
 *   mesgtoobig); user_unknown -> userunknown (disabled/suspended/inactive words: suspend);
 *   spam -> spamdetected; message_too_large (per-recipient) -> exceedlimit.
 *   emailengine delay and give-up words -> expired. osandum Exim "Message rejected by" spam -> spamdetected.
 * Greylisting is labelled `expired`: a refusal that only asks to come back later, which ends in a
 * bounce only when the sender stops retrying.
 */
import type { SmtpCommand } from '../../../src/engine/codes';
import type { Reason } from '../../../src/engine/reason/reasons';

export interface PeerRow {
  readonly text: string;
  readonly reason: Reason;
  readonly source: string;
  readonly at: SmtpCommand | null;
}

const KC = (cls: string): string => `KumoCorp/kumomta assets/community/bounces.toml [${cls}]`;
const KI = (cls: string): string => `KumoCorp/kumomta assets/bounce_classifier/iana.toml [${cls}]`;
const PBH = (phrase: string, code: string): string => `cfortune/PHP-Bounce-Handler bounce_responses.php '${phrase}' => ${code}`;
const BPP = (rule: string): string => `rjbs/Mail-DeliveryStatus-BounceParser lib/Mail/DeliveryStatus/BounceParser.pm parse() ${rule}`;
const BP = (cls: string): string => `rjbs/Mail-DeliveryStatus-BounceParser lib/Mail/DeliveryStatus/BounceParser.pm _std_reason ${cls}`;
const EE = (rule: string): string => `postalsys/emailengine lib/bounce-detect.js ${rule}`;
const OS = 'osandum/bounce-parser src/main/java/dk/sandum/mail/EximFailure.java "Message rejected by"';
const KCLS = (cls: string): string => `KumoCorp/kumomta crates/bounce-classify/src/lib.rs PreDefinedBounceClass::${cls}`;
const RFC = (what: string): string => `RFC ${what}`;

const row =
  (at: SmtpCommand | null) =>
  (text: string, reason: Reason, source: string): PeerRow => ({ text, reason, source, at });
const R = row('RCPT');
const D = row('DATA');
const M = row('MAIL');
const C = row('CONN');
const N = row(null);

export const PEER_ROWS: readonly PeerRow[] = [
  // ── user unknown ──────────────────────────────────────────────────────────────────────────────
  R('552 1 Requested mail action aborted, mailbox not found', 'userunknown', KC('InvalidRecipient')),
  R('550 Requested action not taken: mailbox unavailable', 'userunknown', KC('InvalidRecipient')),
  R(
    '550 5.1.1 <lee@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
    'userunknown',
    KC('InvalidRecipient'),
  ),
  R('550 No such recipient here', 'userunknown', KC('InvalidRecipient')),
  R('550 No such user here (lee@example.org)', 'userunknown', KC('InvalidRecipient')),
  R('550 <lee@example.org>: No such mailbox', 'userunknown', KC('InvalidRecipient')),
  R('550 Invalid Recipient - https://support.example.net/rejections#invalid', 'userunknown', KC('InvalidRecipient')),
  R('550 Mailbox does not exist: lee@example.org', 'userunknown', KC('InvalidRecipient')),
  R('553 sorry, lee@example.org address unknown', 'userunknown', KC('InvalidRecipient')),
  R('550 <lee@example.org>: Address invalid', 'userunknown', KC('InvalidRecipient')),
  R('550 User lee@example.org unknown', 'userunknown', KC('InvalidRecipient')),
  R('553 sorry, no mail-box here by that name. (#5.1.1)', 'userunknown', KC('InvalidRecipient')),
  R('550 No such ID', 'userunknown', KC('InvalidRecipient')),
  R('550 Mailbox unavailable or access denied [lee@example.org]', 'userunknown', KC('InvalidRecipient')),
  R('550 User Unknown', 'userunknown', KC('InvalidRecipient')),
  R('550 The address does not exist on this server', 'userunknown', KC('InvalidRecipient')),
  R(
    '550 Message was not accepted -- invalid mailbox.  Local mailbox lee@example.org is unavailable',
    'userunknown',
    KC('InvalidRecipient'),
  ),
  R('550 5.1.1 Utilisateur inconnu (lee@example.fr)', 'userunknown', KC('InvalidRecipient')),
  R('550 sorry, no mailbox lee@example.org', 'userunknown', KC('InvalidRecipient')),
  R('550 5.1.1 Not our Customer', 'userunknown', KC('InvalidRecipient')),
  R('554 5.7.1 <lee@example.org>: Recipient address rejected: User unknown', 'userunknown', KC('InvalidRecipient')),
  R('550 5.1.1 lee@example.org: recipient unrecognized', 'userunknown', KC('InvalidRecipient')),
  R(
    '554 5.7.1 <lee@example.org>: Recipient address rejected: undeliverable address: host mx.example.org said: 550 No such user here',
    'userunknown',
    KC('InvalidRecipient'),
  ),
  R('550 lee@example.org is not a valid user', 'userunknown', KC('InvalidRecipient')),
  R('550 5.1.1 <lee@example.org>: Account not found', 'userunknown', PBH('Account not found', '5.1.1')),
  R('550 Address is unknown: lee@example.org', 'userunknown', PBH('Address is unknown', '5.1.1')),
  R('550 Addressee unknown, relay=mx.example.org', 'userunknown', PBH('Addressee unknown', '5.1.1')),
  R('550 5.1.1 ADDRESS_NOT_FOUND lee@example.org', 'userunknown', PBH('ADDRESS_NOT_FOUND', '5.1.1')),
  R('550 Bad destination mailbox address', 'userunknown', PBH('Bad destination mailbox address', '5.1.1')),
  R('550 destin. Sconosciuto', 'userunknown', PBH('destin. Sconosciuto', '5.1.1')),
  R('550 Destinatario errato: lee@example.it', 'userunknown', PBH('Destinatario errato', '5.1.1')),
  R('550 <lee@example.org> does not exist', 'userunknown', PBH('does not exist', '5.1.1')),
  R('550 Email Address was not found: lee@example.org', 'userunknown', PBH('Email Address was not found', '5.1.1')),
  R('550 Indirizzo inesistente', 'userunknown', PBH('Indirizzo inesistente', '5.1.1')),
  R('550 Invalid account lee@example.org', 'userunknown', PBH('Invalid account', '5.1.1')),
  R('550 Invalid or unknown virtual user lee@example.org', 'userunknown', PBH('Invalid or unknown virtual user', '5.1.1')),
  R('550 Invalid mailbox: lee@example.org', 'userunknown', PBH('Invalid mailbox', '5.1.1')),
  R('550 Recipient not found. lee@example.org', 'userunknown', PBH('Recipient not found', '5.1.1')),
  R('550 Skrzynka lee@example.pl nie istnieje', 'userunknown', PBH('nie istnieje', '5.1.1')),
  R('550 Nie ma takiego konta', 'userunknown', PBH('Nie ma takiego konta', '5.1.1')),
  R('550 No mail box available for this user', 'userunknown', PBH('No mail box available for this user', '5.1.1')),
  R('550 No one with that email address here', 'userunknown', PBH('No one with that email address here', '5.1.1')),
  R('550 no such address here', 'userunknown', PBH('no such address', '5.1.1')),
  R('550 No such mail drop defined for lee', 'userunknown', PBH('No such mail drop defined', '5.1.1')),
  R('550 No such person at this address', 'userunknown', PBH('No such person at this address', '5.1.1')),
  R('550 not a known user', 'userunknown', PBH('not a known user', '5.1.1')),
  R('550 <lee@example.org> is not a valid mailbox', 'userunknown', PBH('not a valid mailbox', '5.1.1')),
  R("550 Sorry, the server doesn't handle mail for that user", 'userunknown', PBH("server doesn't handle mail for that user", '5.1.1')),
  R('550 This email address is not known to this system', 'userunknown', PBH('This email address is not known to this system', '5.1.1')),
  R('550 Unknown account lee', 'userunknown', PBH('Unknown account', '5.1.1')),
  R('550 unknown address or alias: lee@example.org', 'userunknown', PBH('unknown address or alias', '5.1.1')),
  R('550 Unknown email address', 'userunknown', PBH('Unknown email address', '5.1.1')),
  R('550 Unknown local part lee in <lee@example.org>', 'userunknown', PBH('Unknown local part', '5.1.1')),
  R('550 unknown or illegal alias: lee@example.org', 'userunknown', PBH('unknown or illegal alias', '5.1.1')),
  R('550 Unknown recipient', 'userunknown', PBH('Unknown recipient', '5.1.1')),
  R("550 User doesn't exist in this server", 'userunknown', PBH("User doesn't exist in this server", '5.1.1')),
  R('550 user invalid', 'userunknown', PBH('user invalid', '5.1.1')),
  R('550 User is unknown', 'userunknown', PBH('User is unknown', '5.1.1')),
  R('550 User not known', 'userunknown', PBH('User not known', '5.1.1')),
  R('550 Recipient lee@example.org was not found in LDAP server', 'userunknown', PBH('was not found in LDAP server', '5.1.1')),
  R('550 We are sorry but the address is invalid', 'userunknown', PBH('We are sorry but the address is invalid', '5.1.1')),
  R('550 Unable to find alias user lee', 'userunknown', PBH('Unable to find alias user', '5.1.1')),
  R(
    "554 delivery error: dd This user doesn't have a example.com account (lee@example.com) [0] - mta.example.com",
    'userunknown',
    PBH('554 delivery error:', '5.1.1'),
  ),
  R('550 recipient not recognized', 'userunknown', BP('user_unknown (un|not) (known|recognized)')),
  R("550 5.1.1 That mailbox doesn't exist", 'userunknown', BP('user_unknown does not exist')),
  R('550 This account was not found', 'userunknown', BP('user_unknown not found')),
  R('550 No such customer', 'userunknown', BP('user_unknown no such')),
  R('550 sorry, lee@example.org is not our customer', 'userunknown', BP('user_unknown not our customer')),
  R('550 unknown mailbox lee', 'userunknown', BP('user_unknown unknown $user_re')),
  R('550 lee@example.org is invalid', 'userunknown', BP('user_unknown <addr> is invalid')),
  R('550 address not known here', 'userunknown', BP('user_unknown address.*not known here')),
  R('550 Recipient address rejected: lee@example.org', 'userunknown', BP('user_unknown recipient address rejected')),
  R('550 5.0.0 Lee Chen not listed in Domino Directory', 'userunknown', BP('user_unknown not listed in Domino')),
  R('550 5.1.1 recipient no longer on server', 'userunknown', BP('user_unknown recipient no longer on server')),
  R('550 lee is not a known user on this system', 'userunknown', BP('user_unknown is not a known user on this system')),
  R('550 No mailbox found', 'userunknown', BP('user_unknown No mailbox found')),
  R('550 Recipient does not exist on this system', 'userunknown', BP('user_unknown Recipient does not exist on this system')),
  R('550 user mail-box not found', 'userunknown', BP('user_unknown user mail-box not found')),
  R('550 User [lee@example.org] does not exist', 'userunknown', BP('user_unknown User [..] does not exist')),
  R('550 5.1.1 <lee@example.org>... User unknown', 'userunknown', KI('InvalidRecipient 5.1.1')),
  R('550 5.1.3 Bad recipient address syntax', 'userunknown', KI('InvalidRecipient 5.1.3')),
  R('550 5.4.1 Recipient address rejected: Access denied. [AS(201806281)]', 'userunknown', KC('PolicyRelated 5.1.4 Access denied')),

  // ── mailbox disabled / suspended ──────────────────────────────────────────────────────────────
  R('554 delivery error: dd This mailbox is disabled (554.30) - mta.example.com', 'suspend', KC('InactiveMailbox')),
  R('550 5.2.1 Account is not active', 'suspend', KC('InactiveMailbox')),
  R('550 User account not activated', 'suspend', KC('InactiveMailbox')),
  R('550 5.2.1 Account Closed, Please Remove', 'suspend', KC('InactiveMailbox')),
  R('505 5.2.1 this account is suspended', 'suspend', KC('InactiveMailbox')),
  R('550 5.2.1 The email account that you tried to reach is disabled. DisabledUser', 'suspend', KC('InactiveMailbox')),
  R('550 5.1.1 The account has been disabled', 'suspend', PBH('account has been disabled', '5.1.1')),
  R('550 This account is disabled', 'suspend', PBH('This account is disabled', '5.1.1')),
  R('550 user disabled', 'suspend', PBH('user disabled', '5.1.1')),
  R('550 User is suspended', 'suspend', PBH('User is suspended', '5.1.1')),
  R('550 This address no longer accepts mail', 'suspend', PBH('This address no longer accepts mail', '5.1.1')),
  R('550 Esta casilla ha expirado por falta de uso', 'suspend', PBH('Esta casilla ha expirado por falta de uso', '5.1.2')),
  R('550 Mailbox currently suspended - please contact the owner another way', 'suspend', PBH('Mailbox currently suspended', '5.2.0')),
  R('550 Account disabled', 'suspend', PBH('Account disabled', '5.2.1')),
  R('550 Account Inactive', 'suspend', PBH('Account Inactive', '5.2.1')),
  R(
    '550 mail is not currently being accepted for this mailbox',
    'suspend',
    PBH('mail is not currently being accepted for this mailbox', '5.2.1'),
  ),
  R('550 El usuario esta en estado: inactivo', 'suspend', PBH('El usuario esta en estado: inactivo', '5.2.1')),
  R('550 inactive user', 'suspend', PBH('inactive user', '5.2.1')),
  R('550 Mailbox disabled for this recipient', 'suspend', PBH('Mailbox disabled for this recipient', '5.2.1')),
  R('550 This mailbox has been blocked due to inactivity', 'suspend', PBH('mailbox has been blocked due to inactivity', '5.2.1')),
  R('550 Mailbox is disabled', 'suspend', PBH('Mailbox is disabled', '5.2.1')),
  R('550 Mailbox is inactive', 'suspend', PBH('Mailbox is inactive', '5.2.1')),
  R('550 Mailbox Locked or Suspended', 'suspend', PBH('Mailbox Locked or Suspended', '5.2.1')),
  R('450 mailbox temporarily disabled', 'suspend', PBH('mailbox temporarily disabled', '5.2.1')),
  R(
    '550 Podane konto jest zablokowane administracyjnie lub nieaktywne',
    'suspend',
    PBH('Podane konto jest zablokowane administracyjnie lub nieaktywne', '5.2.1'),
  ),
  R("550 Questo indirizzo e' bloccato per inutilizzo", 'suspend', PBH("Questo indirizzo e' bloccato per inutilizzo", '5.2.1')),
  R('550 Recipient mailbox was disabled', 'suspend', PBH('Recipient mailbox was disabled', '5.2.1')),
  R('550 user account expired', 'suspend', BP('user_unknown expired')),
  R('550 Your mail could not be delivered: account has been suspended', 'suspend', BP('user_unknown account has been suspended')),
  R('550 user discontinued', 'suspend', BP('user_unknown $user_re discontinued')),
  R('550 address is administratively disabled', 'suspend', BP('user_unknown address is administratively disabled')),
  R('550 account not activated', 'suspend', BP('user_unknown account not activated')),
  R('550 lee@example.org is a deactivated mailbox', 'suspend', BP('user_unknown is a deactivated mailbox')),
  R(
    '550 5.2.1 The email account that you tried to reach is disabled',
    'suspend',
    BP('user_unknown email account that you tried to reach is disabled'),
  ),
  R('525 5.7.13 User account disabled', 'suspend', KI('InactiveMailbox 5.7.13')),
  R('550 5.2.1 Mailbox disabled, not accepting messages', 'suspend', KI('InactiveMailbox 5.2.1')),

  // ── has moved ─────────────────────────────────────────────────────────────────────────────────
  R('550 5.1.6 Destination mailbox has moved, no forwarding address', 'hasmoved', KI('InactiveMailbox 5.1.6')),

  // ── mailbox full / quota ──────────────────────────────────────────────────────────────────────
  R(
    "452 4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to their storage settings",
    'mailboxfull',
    KC('QuotaIssues'),
  ),
  R('552 Mailbox limit exeeded for this email address', 'mailboxfull', KC('QuotaIssues')),
  R('552 Requested mail action aborted: exceeded storage allocation Quota exceeded', 'mailboxfull', KC('QuotaIssues')),
  R("552 user's mailbox quota exceeded", 'mailboxfull', KC('QuotaIssues')),
  R('550 Mailbox is full / Blocks limit exceeded / Inode limit exceeded', 'mailboxfull', KC('QuotaIssues')),
  R('552 Mailbox full', 'mailboxfull', KC('QuotaIssues')),
  R('554 Quota exceeded (mailbox for user is full)', 'mailboxfull', KC('QuotaIssues')),
  R('552 extended quota violation', 'mailboxfull', KC('QuotaIssues')),
  R(
    '552 5.2.2 The email account that you tried to reach is over quota and inactive. OverQuotaPerm',
    'mailboxfull',
    KC('QuotaIssues / InactiveMailbox OverQuotaPerm'),
  ),
  R('550 account is overquota', 'mailboxfull', KC('QuotaIssues')),
  R('452 Benutzer hat zuviele Mails auf dem Server', 'mailboxfull', PBH('Benutzer hat zuviele Mails auf dem Server', '4.2.2')),
  R('452 lee@example.org mailbox is full', 'mailboxfull', PBH('mailbox is full', '4.2.2')),
  R('552 Mailbox quota usage exceeded', 'mailboxfull', PBH('Mailbox quota usage exceeded', '4.2.2')),
  R('552 Mailbox size limit exceeded', 'mailboxfull', PBH('Mailbox size limit exceeded', '4.2.2')),
  R('452 user lee is over quota', 'mailboxfull', PBH('over ?quota', '4.2.2')),
  R('552 Quota violation for lee@example.org', 'mailboxfull', PBH('Quota violation', '4.2.2')),
  R('552 User has exhausted allowed storage space', 'mailboxfull', PBH('User has exhausted allowed storage space', '4.2.2')),
  R('452 User has too many messages on the server', 'mailboxfull', PBH('User has too many messages on the server', '4.2.2')),
  R('552 User mailbox exceeds allowed size: lee@example.org', 'mailboxfull', PBH('User mailbox exceeds allowed size', '4.2.2')),
  R('452 mailfolder is full', 'mailboxfull', PBH('mailfolder is full', '4.2.2')),
  R('552 user has Exceeded their storage quota', 'mailboxfull', PBH('user has Exceeded', '4.2.2')),
  R('452 not enough storage space in the mailbox of lee@example.org', 'mailboxfull', PBH('not enough storage space', '4.2.2')),
  R('552 5.2.2 Mailbox over its storage limit', 'mailboxfull', KI('QuotaIssues 5.2.2')),
  R('452 lee@example.org: storage exhausted for this mailbox', 'mailboxfull', BP('over_quota storage')),

  // ── per-recipient limit / message too big ─────────────────────────────────────────────────────
  R('552 5.2.3 Message length exceeds administrative limit', 'exceedlimit', KI('QuotaIssues 5.2.3')),
  D(
    '550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient',
    'exceedlimit',
    BP('message_too_large RESOLVER.RST.RecipSizeLimit'),
  ),
  D('552 5.3.4 Message too big for system', 'mesgtoobig', KI('QuotaIssues 5.3.4')),
  D(
    '552 message size 31457280 exceeds size limit 20971520 of server mx.example.org',
    'mesgtoobig',
    BP('over_quota message size N exceeds size limit N'),
  ),
  D('552 max message size exceeded', 'mesgtoobig', BP('over_quota max message size exceeded')),

  // ── host unknown / no MX / null MX ────────────────────────────────────────────────────────────
  R('556 5.1.10 Recipient address has a null MX', 'notaccept', KC('BadDomain')),
  R('550 5.1.10 Domain example.org publishes a null MX, it accepts no mail', 'notaccept', KI('BadDomain 5.1.10')),
  N('498 No MX for example.org', 'hostunknown', KC('DNSFailure')),
  N('550 Unrouteable address', 'hostunknown', KC('RoutingErrors')),
  N(
    'Host or domain name not found. Name service error for name=example.invalid type=MX: Host not found',
    'hostunknown',
    BP('domain_error (domain|host) not found'),
  ),
  N('550 host unknown: mx.example.invalid', 'hostunknown', BP('domain_error host unknown')),
  N('Name or service not known: example.invalid', 'hostunknown', BP('domain_error service not known')),
  N('550 No such domain at this location', 'hostunknown', BP('domain_error No such domain at this location')),
  N('no data record of requested type for example.invalid', 'hostunknown', BP('domain_error no data record of requested type')),
  N('553 5.1.2 hostname is unknown: example.invalid', 'hostunknown', PBH('host ?name is unknown', '5.1.2')),
  R('550 5.1.2 no such domain: example.invalid', 'hostunknown', PBH('no such domain', '5.1.2')),
  N('550 unrouteable mail domain "example.invalid"', 'hostunknown', PBH('unrouteable mail domain', '5.1.2')),
  N('550 Domain name not found', 'hostunknown', PBH('Domain name not found', '5.2.1')),
  N("550 I couldn't find any host named example.invalid. (#5.1.2)", 'hostunknown', PBH("couldn't find any host named", '5.4.4')),
  N("550 Sorry, I couldn't find any host by that name. (#4.1.2)", 'hostunknown', PBH("couldn't find any host by that name", '5.4.4')),
  N('PERM_FAILURE: DNS Error: Domain name not found', 'hostunknown', PBH('PERM_FAILURE: DNS Error', '5.4.4')),
  N('554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain', 'hostunknown', KI('RoutingErrors 5.4.4')),

  // ── relaying denied ───────────────────────────────────────────────────────────────────────────
  R(
    '503 This mail server requires authentication when attempting to send to a non-local e-mail address',
    'norelaying',
    KC('RoutingErrors'),
  ),
  R('550 5.7.1 relay not permitted', 'norelaying', KC('RoutingErrors')),
  R("550 mx.example.org isn't allowed to relay", 'norelaying', KC('RoutingErrors')),
  R("553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", 'norelaying', KC('RoutingErrors')),
  R('550 5.7.1 no relaying allowed', 'norelaying', PBH('no relaying allowed', '5.1.2')),
  R('554 5.7.1 <lee@example.org>: Relay access denied', 'norelaying', PBH('Relay access denied', '5.1.2')),
  R('550 5.7.1 relaying denied', 'norelaying', PBH('relaying denied', '5.1.2')),
  R('550 Relaying not allowed', 'norelaying', PBH('Relaying not allowed', '5.1.2')),
  R(
    '550 This system is not configured to relay mail from 192.0.2.10 to example.org',
    'norelaying',
    PBH('This system is not configured to relay mail', '5.1.2'),
  ),
  R('550 5.7.1 Unable to relay for lee@example.org', 'norelaying', PBH('Unable to relay', '5.1.2')),
  R('550 we do not relay, account limits apply', 'norelaying', PBH('we do not relay', '5.1.2')),
  R(
    '550 mx.example.org is being used as a relay, but I have not been configured to let that happen',
    'norelaying',
    BP('domain_error as a relay, but I have not been configured to let'),
  ),

  // ── network, routing, loops, time-outs ────────────────────────────────────────────────────────
  N('554 5.4.6 MailLoop: too many hops', 'networkerror', KC('RoutingErrors')),
  N('554 5.4.6 Too many hops (31 max)', 'networkerror', PBH('Too many hops', '5.4.6')),
  N('554 5.4.6 Routing loop detected', 'networkerror', KI('RoutingErrors 5.4.6')),
  N('451 4.4.1 No answer from host', 'networkerror', KI('NoAnswerFromHost 4.4.1')),
  N('421 4.4.2 Connection dropped', 'networkerror', KI('BadConnection 4.4.2')),
  N('451 4.4.3 Directory server failure', 'networkerror', KI('DNSFailure 4.4.3')),
  N('451 Temporary lookup failure for example.org', 'networkerror', PBH('Temporary lookup failure', '5.4.4')),
  C("can't connect to mx.example.org: Connection refused", 'networkerror', PBH("can't connect to", '5.4.4')),
  C('connect to mx.example.org[192.0.2.20]:25: Connection timed out', 'networkerror', BP('domain_error timed out')),
  C('connect to mx.example.org[192.0.2.20]:25: No route to host', 'networkerror', BP('domain_error route to host')),
  C('connect to mx.example.org[192.0.2.20]:25: Connection refused', 'networkerror', BP('domain_error connection refused')),
  N('Malformed name server reply for example.org', 'networkerror', BP('domain_error Malformed name server reply')),

  // ── expired / delayed ─────────────────────────────────────────────────────────────────────────
  N('4.4.7 Delivery time expired', 'expired', KI('MessageExpired 4.4.7')),
  N(
    'A transient error occurred while delivering to lee@example.org; the server keeps trying',
    'expired',
    BPP('$Not_An_Error transient error'),
  ),
  N(
    'Your message has not yet been delivered; the server will keep trying for 3 more days',
    'expired',
    PBH('not yet been delivered', '4.2.0'),
  ),
  N('Message will be retried for 2 more day(s)', 'expired', PBH('Message will be retried for', '4.2.0')),
  N('Delivery attempts will continue to be made for 4 day(s)', 'expired', PBH('Delivery attempts will continue to be made for', '4.3.2')),
  N('retry timeout exceeded', 'expired', PBH('retry timeout exceeded', '4.4.7')),
  N('Message held: queue too long', 'expired', PBH('queue too long', '4.4.7')),
  N('I am not going to try again; this message has been in the queue too long.', 'expired', EE('GAVE_UP_RE not going to try again')),
  N('The message will not be retried: its lifetime in the queue has ended', 'expired', EE('GAVE_UP_RE will not be retried')),
  R(
    '450 4.2.0 <lee@example.org>: Recipient address rejected: Greylisted for 5 minutes',
    'expired',
    PBH('Greylisted for 5 minutes', '4.3.2'),
  ),
  R('451 4.7.1 Greylisting in action, please come back later', 'expired', PBH('Greylisting in action', '4.3.2')),

  // ── system errors, busy servers ───────────────────────────────────────────────────────────────
  D('451 4.3.0 Temporarily unable to process your email, please retry', 'systemerror', KC('TransientFailure')),
  D(
    '554 Error: transaction failed, blame it on the weather: E2: Cannot accept your message due to internal error, please report that to our engineers',
    'systemerror',
    KC('TransientFailure'),
  ),
  C('421 4.3.2 Server busy, please try again later', 'systemerror', PBH('Server busy', '4.3.2')),
  C('421 server too busy to accept mail right now', 'systemerror', PBH('server too busy', '4.3.2')),
  C('421 system load is too high, try again later', 'systemerror', PBH('system load is too high', '4.3.2')),
  C('421 Service temporarily unavailable', 'systemerror', PBH('temporarily unavailable', '4.3.2')),
  C('421 Too much load; please try later', 'systemerror', PBH('Too much load', '4.3.2')),
  D('451 Requested action aborted: local error in processing', 'systemerror', PBH('Requested action aborted', '5.5.0')),
  N('451 4.4.5 Mail system congestion, try again later', 'systemerror', KI('TransientFailure 4.4.5')),
  D('452 4.3.1 Insufficient system storage', 'systemfull', KI('QuotaIssues 4.3.1')),

  // ── rate limiting, connections, recipients ────────────────────────────────────────────────────
  R(
    '550 5.2.1 The email account that you tried to reach is receiving mail at a rate that prevents additional messages from being delivered. ReceivingRatePerm',
    'speeding',
    KC('TransientFailure'),
  ),
  M('450 4.7.1 Throttling: you are sending too fast', 'speeding', PBH('Throttling', '4.3.2')),
  M('550 5.2.0 You have exceeded the rate limit, slow down', 'speeding', PBH('exceeded the rate limit', '5.2.0')),
  C('421 4.7.0 too many connections from your IP', 'toomanyconn', PBH('too many connections', '4.3.2')),
  C('421 too many sessions open from 192.0.2.10', 'toomanyconn', PBH('too many sessions', '4.3.2')),
  R('452 4.5.3 Too many recipients', 'toomanyconn', KI('TooManyRecipients 4.5.3')),

  // ── sender refused ────────────────────────────────────────────────────────────────────────────
  M('553 Sender Domain Resolve Fail', 'rejected', KC('AuthenticationFailed')),
  M('550 sorry, your envelope sender domain must exist (#5.7.1)', 'rejected', KC('AuthenticationFailed')),
  M('553 5.1.8 <ana@sender.invalid>: Domain of sender address ana@sender.invalid does not exist', 'rejected', KC('AuthenticationFailed')),
  M('550 Sender ana@sender.example has no A, AAAA, or MX DNS records', 'rejected', KC('AuthenticationFailed')),
  M('550 5.7.1 Domain may not exist or DNS check failed', 'rejected', KC('AuthenticationFailed')),
  M('550 5.0.1 Emetteur invalide. Invalid Sender. Your domain has been blacklisted', 'rejected', KC('SpamBlock')),
  M('553 5.1.8 <ana@sender.example>: Sender address rejected: Domain not found', 'rejected', PBH('Sender address rejected', '5.1.8')),
  M('550 5.1.7 Bad sender mailbox address syntax', 'rejected', KI('InvalidSender 5.1.7')),
  M('550 5.1.8 Bad sender system address', 'rejected', KI('InvalidSender 5.1.8')),
  M('550 5.7.27 Sender address has null MX', 'rejected', KI('InvalidSender 5.7.27')),
  M('550 5.7.1 You have been blocked by the recipient', 'rejected', PBH('You have been blocked by the recipient', '5.7.1')),

  // ── SPF, DKIM, DMARC ──────────────────────────────────────────────────────────────────────────
  D('501 5.0.2 Mail rejected. DMARC check failed.', 'authfailure', KC('AuthenticationFailed')),
  D(
    '550 5.7.1 Access denied, sending domain sender.example does not pass DMARC verification and has a DMARC policy of reject',
    'authfailure',
    KC('AuthenticationFailed'),
  ),
  D('550 5.7.1 Message rejected due to senders DMARC policy', 'authfailure', KC('AuthenticationFailed')),
  D('550 5.7.1 DmarcRejection: the sending domain failed DMARC', 'authfailure', KC('AuthenticationFailed')),
  D(
    '550 5.7.515 Access denied, sending domain sender.example does not meet the required authentication level for the domain in the 5322.From address',
    'authfailure',
    KC('AuthenticationFailed'),
  ),
  D('550 5.7.1 Message does not pass DomainKeys verification', 'authfailure', PBH('Message does not pass DomainKeys', '5.7.1')),
  D(
    '550 5.7.26 Unauthenticated email from sender.example is not accepted due to domain policy',
    'authfailure',
    KI('AuthenticationFailed 5.7.26'),
  ),
  M('550 5.7.23 SPF validation failed for sender.example', 'authfailure', KI('AuthenticationFailed 5.7.23')),
  D('550 5.7.20 No passing DKIM signature found', 'authfailure', KI('AuthenticationFailed 5.7.20')),

  // ── reverse DNS ───────────────────────────────────────────────────────────────────────────────
  C('550 5.7.25 Reverse DNS validation failed for 192.0.2.10', 'requireptr', KI('AuthenticationFailed 5.7.25')),

  // ── SMTP authentication, TLS ──────────────────────────────────────────────────────────────────
  M('530 5.7.0 Authentication required', 'securityerror', KC('AuthenticationFailed')),
  M('550 5.7.1 Please turn on SMTP Authentication in your mail client', 'securityerror', KC('AuthenticationFailed')),
  M('550 authentication required to send mail', 'securityerror', KC('AuthenticationFailed')),
  M('535 5.7.8 Authentication credentials invalid', 'securityerror', KI('AuthenticationFailed 5.7.8')),
  M(
    '530 5.7.0 Must issue a STARTTLS command first',
    'failedstarttls',
    RFC('3207 / 3463 X.7.0, KumoCorp/kumomta iana.toml [AuthenticationFailed]'),
  ),
  M('523 5.7.10 Encryption Needed', 'failedstarttls', KI('AuthenticationFailed 5.7.10')),

  // ── policy ────────────────────────────────────────────────────────────────────────────────────
  D('554 Email not accepted for policy reasons', 'policyviolation', KC('PolicyRelated')),
  D('550 Reject due to policy restrictions', 'policyviolation', KC('PolicyRelated')),
  D('554 5.7.1 Email rejected due to security policies', 'policyviolation', KC('PolicyRelated')),
  R('452 4.7.1 Request restricted by policy error', 'policyviolation', KC('PolicyRelated')),
  D('550 5.2.0 Local Policy Violation', 'policyviolation', PBH('Local Policy Violation', '5.2.0')),
  D(
    '554 5.6.2 rejecting password protected file attachment',
    'policyviolation',
    PBH('rejecting password protected file attachment', '5.6.2'),
  ),
  D('550 5.7.1 Rejected by policy', 'policyviolation', PBH('Rejected by policy', '5.7.1')),
  D('550 5.7.1 Rejected for policy reasons', 'policyviolation', PBH('Rejected for policy reasons', '5.7.1')),
  D('554 5.7.1 Delivery not authorized, message refused', 'policyviolation', RFC('3463 X.7.1')),

  // ── blocked sending IP, DNSBL ─────────────────────────────────────────────────────────────────
  C(
    '553 5.0.3 flph123 DNSBL:RBL 521< 192.0.2.10 >_is_blocked.For assistance forward this email to abuse_rbl@abuse-att.net',
    'blocked',
    KC('SpamBlock'),
  ),
  C('550 5.7.1 Service unavailable; client [192.0.2.10] blocked using zen.spamhaus.org', 'blocked', KC('SpamBlock 5.7.1')),
  C('550 The sending IP (192.0.2.10) is listed on bl.example.net. Please resolve this and retry', 'blocked', KC('SpamBlock')),
  C('550 Blocked by ivmSIP', 'blocked', KC('SpamBlock')),
  C('553 5.0.3 Blocked by ivmSIP/24', 'blocked', KC('SpamBlock')),
  C('550 Email blocked by cbl.abuseat.org', 'blocked', KC('SpamBlock')),
  R('550 Recipient not on bypass list, your IP has been found on a block list', 'blocked', KC('SpamBlock')),
  C('550 JunkMail rejected - mta.sender.example [192.0.2.10] is in an RBL', 'blocked', KC('SpamBlock')),
  C('554 5.7.1 Blocklisting in effect', 'blocked', KC('SpamBlock')),
  C('550 OU-001 Mail rejected by the receiving service for policy reasons', 'blocked', PBH('550 OU-00', '5.7.1')),
  C('550 SC-001 Mail rejected for policy reasons', 'blocked', PBH('550 SC-00', '5.7.1')),
  C('550 DY-001 Mail rejected: dynamic IP addresses are not accepted', 'blocked', PBH('550 DY-00', '5.7.1')),
  C('554 Your host 192.0.2.10 is blacklisted', 'blocked', PBH('Blacklisted', '5.7.1')),
  C('554 Connection refused due to abuse from your network', 'blocked', PBH('Connection refused due to abuse', '5.7.1')),
  C('550 dial-up or dynamic-ip denied', 'blocked', PBH('dial-up or dynamic-ip denied', '5.7.1')),
  C('554 192.0.2.10 found in a DNS blacklist', 'blocked', PBH('found in a DNS blacklist', '5.7.1')),
  C('554 IPs blocked: 192.0.2.0/24', 'blocked', PBH('IPs blocked', '5.7.1')),
  C('554 Your address 192.0.2.10 is blocked by our mail server', 'blocked', PBH('is blocked by', '5.7.1')),
  C(
    '554 Sending from 192.0.2.10 is not allowed access from your location',
    'blocked',
    PBH('not allowed access from your location', '5.7.1'),
  ),
  C(
    '550 Mail rejected by Windows Live Hotmail for policy reasons',
    'blocked',
    PBH('rejected by Windows Live Hotmail for policy reasons', '5.7.1'),
  ),
  C('554 Too many spams from your IP (192.0.2.10), please visit our help page', 'blocked', PBH('Too many spams from your IP', '5.7.1')),

  // ── reputation ────────────────────────────────────────────────────────────────────────────────
  D(
    '554 5.7.1 Your access to this mail system has been rejected due to poor reputation of a domain used in message transfer',
    'badreputation',
    KC('SpamBlock'),
  ),

  // ── spam ──────────────────────────────────────────────────────────────────────────────────────
  D('550 REJECT spam', 'spamdetected', KC('SpamBlock')),
  D('550 5.7.1 Message rejected as spam', 'spamdetected', KC('SpamBlock')),
  D('550 spam message rejected. Please visit the help page', 'spamdetected', KC('SpamBlock')),
  D("554 5.7.1 We can't accept this message because it is spam", 'spamdetected', KC('SpamBlock')),
  D('553 Blocked Using Spam Pattern, Your Message May Contain The Spam Contents', 'spamdetected', KC('SpamContent')),
  D(
    '550 5.7.1 A URL in this email (bad.example) is listed on uribl.example.net. Please resolve and retry',
    'spamdetected',
    KC('SpamContent'),
  ),
  D('550 REJECTED - spamtext', 'spamdetected', KC('SpamContent')),
  D('550 Mail content denied', 'spamdetected', KC('SpamContent')),
  D('550 5.7.1 Your message has been rejected due to spam or virus classification', 'spamdetected', KC('SpamContent')),
  D('554 Message contains Spam Content', 'spamdetected', KC('SpamContent')),
  D('550 5.7.1 message content rejected due to spam', 'spamdetected', KC('SpamContent')),
  D('554 5.7.1 Message blocked due to spam content in the message', 'spamdetected', KC('SpamContent')),
  D('554 5.7.1 Message blocked for spam', 'spamdetected', PBH('blocke?d? for spam', '5.7.1')),
  D('550 Message failed several antispam checks', 'spamdetected', PBH('failed several antispam checks', '5.7.1')),
  D('550 5.7.1 Message looks like spam', 'spamdetected', PBH('Message looks like spam', '5.7.1')),
  D('550 Sorry, looks like spam to me', 'spamdetected', PBH('Sorry, looks like spam', '5.7.1')),
  D('550 spam message discarded', 'spamdetected', PBH('spam message discarded', '5.7.1')),
  D(
    '550 Wiadomosc zostala odrzucona przez system antyspamowy',
    'spamdetected',
    PBH('Wiadomosc zostala odrzucona przez system antyspamowy', '5.7.1'),
  ),
  D('554 Your message was declared Spam', 'spamdetected', PBH('Your message was declared Spam', '5.7.1')),
  D('550 Blocked by SpamAssassin', 'spamdetected', BP('spam Blocked by SpamAssassin')),
  D('554 Message refused: spam rejection', 'spamdetected', BP('spam spam rejection')),
  D('550 identified SPAM, message permanently rejected', 'spamdetected', BP('spam identified SPAM, message permanently rejected')),
  D('550 Mail appears to be unsolicited', 'spamdetected', BP('spam Mail appears to be unsolicited')),
  D('550 Message rejected as spam by Content Filtering', 'spamdetected', BP('spam Message rejected as spam by Content Filtering')),
  D('554 Your message has triggered a SPAM block', 'spamdetected', BP('spam your message has triggered a SPAM block')),
  D('550 5.7.1 Spam detected', 'spamdetected', BP('spam Spam detected')),
  D('554 Message content rejected, UBE, id=12345', 'spamdetected', BP('spam Message content rejected, UBE')),
  D('550 Message breaches local URIBL policy', 'spamdetected', BP('spam breaches local URIBL policy')),
  D('550 Your email had spam-like header contents', 'spamdetected', BP('spam Your email had spam-like header contents')),
  D('550 5.7.1 Message detected as spam', 'spamdetected', BP('spam detected as spam')),
  D('550 Message rejected by abuse@mx.example.org: user profile spam level exceeded', 'spamdetected', OS),

  // ── virus, attachments ────────────────────────────────────────────────────────────────────────
  D('554 5.7.1 Message rejected: virus detected in attachment invoice.zip', 'virusdetected', KCLS('VirusRelated')),
  D('550 5.7.1 Your message was infected with a virus and has been refused', 'virusdetected', KCLS('VirusRelated')),
  D('552 5.7.0 Message refused: an illegal attachment was found on this message', 'policyviolation', KCLS('ProhibitedAttachment')),
  D('554 Message stopped: the content filter blocks this attachment type', 'policyviolation', BPP('content filter')),

  // ── protocol ──────────────────────────────────────────────────────────────────────────────────
  N('503 5.5.1 Bad sequence of commands', 'syntaxerror', KC('ProtocolErrors')),
  N('501 5.5.2 Syntax error in parameters or arguments', 'syntaxerror', KI('ProtocolErrors 5.5.2')),

  // ── content and format ────────────────────────────────────────────────────────────────────────
  D('554 5.6.0 Message content is corrupt or the header is malformed', 'contenterror', KI('ProtocolErrors 5.6.x')),
];
