/**
 * The server's explicit words: phrase families that say plainly what went wrong with this
 * recipient or this message ("user unknown", "host or domain name not found", "blocked using
 * <list>", "spam"). Per the precedence in `precedence.ts`, a family outranks a class-generic
 * code (X.0.0, X.1.0, X.5.0, X.7.0, X.7.1 …), a bare reply code and a provider table's keyword,
 * and yields to a specific enhanced code (5.2.2, 5.7.26, 5.4.312 …) and to a reason the format
 * itself states.
 *
 * One row per family: its reason, its words, where the words come from, and a sample line that
 * `test/engine/families.test.ts` classifies (with a class-generic code) to the family's reason.
 * Families are tried in table order; the first that matches decides, so the narrow ones (a named
 * blocklist, a URI blocklist) stand before the broad one they contain ("spam").
 */
import type { SmtpCommand } from '../codes';
import type { Reason } from './reasons';
import { findIn, mayOccurEach, someIn } from '../haystack';

export interface PhraseFamily {
  /** Stable identifier, shown in evidence as `words:<id>`. */
  readonly id: string;
  readonly reason: Reason;
  /** Lower-case substrings, any of which is enough. */
  readonly any?: readonly string[];
  /** Lower-case whole words (letters or digits on neither side), any of which is enough. */
  readonly words?: readonly string[];
  /** Fragments that count only right after a host name (`example.com does not exist`), never after an address. */
  readonly afterHost?: readonly string[];
  /**
   * Words about the address decide here only when the refusal is known to answer RCPT TO. After
   * DATA the same words are often a content filter dressed as an address refusal (Sisimai's
   * `filtered`) and at MAIL FROM they are about the sender. With no command known, a known
   * family's convention decides in the later passes of `classify`; a bounce no family claims
   * has no convention, and its words mean what they say.
   */
  readonly onlyAfter?: SmtpCommand;
  /** What the words mean in a reply to MAIL FROM, where they are about the sender's address or domain. */
  readonly atMail?: Reason;
  /** What the words mean under a temporary (4.x.x) status, when that differs. */
  readonly temporary?: Reason;
  /** Fragments that cancel the family ("host not found, try again" is a temporary DNS failure). */
  readonly unless?: readonly string[];
  /** Where the words come from (RFC, MTA, provider documentation). */
  readonly source: string;
  /** A server line the family must read as `reason`, tested with a class-generic code. */
  readonly sample: string;
}

/**
 * What content filters say when they refuse a message without the word "classified": bulk and
 * pattern detectors, banned-content rules, spam profilers. One list, used by the `content-filter`
 * family here and by the spamdetected phrases (`phrases.ts`).
 */
export const CONTENT_FILTER_PHRASES: readonly string[] = [
  'bulk email',
  'mail content denied',
  'message contains spam',
  'spamprofiler',
  'message rejected because of unacceptable content',
  'reject bulk.advertising',
  'rejecting banned content',
  'rejecting mail content',
  'recurrent pattern detection system',
  'mass mailer',
  'spam blocked',
  'spam refused',
  'no spam please',
  'temporarily blocked by our filter',
];

export const PHRASE_FAMILIES: readonly PhraseFamily[] = [
  {
    // The sender's organisation refused to submit the message as another mailbox (Send As / Send
    // on Behalf not granted): about the sender, so rejected, however the code (5.2.0, 5.7.60) reads.
    id: 'send-as-denied',
    reason: 'rejected',
    any: ['sendasdenied', 'permission to send as this sender', 'permissions to send as this sender'],
    source:
      'Exchange SmtpResponse.SendAsDenied ("550 5.7.1 Client does not have permission to send as this sender", Microsoft Learn); STOREDRV.Submission SendAsDeniedException; 5.7.60 in Exchange Online',
    sample: '554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Cannot submit message.',
  },
  {
    // A moderated group's moderator refused the post: the group's decision about this sender's
    // message (Exchange message approval), rejected as a list's refusal of a post is.
    id: 'moderator-rejected',
    reason: 'rejected',
    any: ['rejected by moderator', 'rejected by the moderator', 'moderator rejected', 'moderator of the group rejected'],
    source: 'Exchange Online / Exchange Server moderated recipients (Microsoft Learn, "Manage message approval")',
    sample: '550 5.2.0 Your message was rejected by the moderator of the group.',
  },
  {
    // An Exchange mail flow (transport) rule or a data loss prevention policy refused the message
    // under an organisation's policy: TRANSPORT.RULES.RejectMessage is the rule's own tag, and an
    // admin's custom reject text names DLP by the product's name (Microsoft Learn, mail flow rule
    // actions "Reject the message with the explanation"; Microsoft Purview DLP).
    id: 'organisation-rule',
    reason: 'policyviolation',
    any: ['transport.rules.rejectmessage', 'rejected by organization policy', 'data loss prevention'],
    source:
      'Microsoft Learn: mail flow rule actions in Exchange Online (RejectMessage, custom 5.7.900-5.7.999); Purview DLP policy reference',
    sample: '550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy',
  },
  {
    // A sender address on the receiver's own deny list: about the sender, not the sending IP, so
    // it stands before the DNSBL family whose "blacklisted by" it may contain.
    id: 'sender-denylisted',
    reason: 'rejected',
    any: [
      'sender address has been blacklisted',
      'sender is in my black list',
      'your email address has been blacklisted',
      'sender blacklisted',
      'sender address is blacklisted',
      'address that has been blacklisted',
    ],
    source: 'Sisimai 4.25 Reason/Rejected.pm phrase list (sender deny lists of Postfix check_sender_access, qmail badmailfrom)',
    sample: '550 5.7.1 Sender address has been blacklisted',
  },
  {
    // Bounce Address Tag Validation: the returned message's null-sender bounce carried no valid tag.
    id: 'batv',
    reason: 'rejected',
    any: [
      'batv failed to verify',
      'batv validation failure',
      'batv: no tag',
      'rejected by batv defense',
      'unsigned dsn for',
      'no third-party dsns',
    ],
    source: 'BATV (draft-levine-smtp-batv); Sisimai 4.25 Reason/Rejected.pm phrase list',
    sample: '550 5.7.1 Recipient not accepted. (BATV: no tag)',
  },
  {
    id: 'dnsbl',
    reason: 'blocked',
    any: [
      'blocked using ',
      'blacklisted by ',
      'blocklisted by ',
      'listed in spamhaus',
      'listed on spamhaus',
      'spamhaus.org',
      'spamcop.net',
      'barracudacentral.org',
      'sorbs.net',
      'abuseat.org',
      'dnsbl',
    ],
    // "Blocked using spam pattern" is a content filter's verdict on the message, not a list of IPs
    // (KumoMTA bounces.toml [SpamContent], BounceParser _std_reason spam).
    unless: ['using spam pattern'],
    source: 'Postfix reject_rbl_client ("blocked using <list>"), Sendmail dnsbl feature, Exim dnslists, public DNSBL zones',
    sample: '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org',
  },
  {
    // Refusals of the connecting IP or network that name no public list: the receiver's own list,
    // dynamic-address policies, abuse counters. Sisimai reads them as "blocked" (the IP, not the message).
    id: 'ip-refused',
    reason: 'blocked',
    any: [
      'not currently accepting mail from your ip',
      'you are not allowed to connect',
      'sender ip address rejected',
      'bad sender ip address',
      'server access forbidden by your ip',
      'listed as abusive',
      'rejecting open proxy',
      'extreme bad ip profile',
      'too many spams from your ip',
      'too many unwanted messages have been sent from the following ip address',
      'no access from mail server',
      'dynamic/zombied/spam ips blocked',
      'we do not accept mail from dynamic ips',
      'is in a black list',
      'is in an xrbl on',
      'rejected based on blacklist',
      'part of their network is on our block list',
      'your network is temporary blacklisted',
      'looks suspiciously like spammer',
      'you are sending spam',
      'currently sending spam see:',
      'confirm this mail server',
    ],
    source: 'Sisimai 4.25 Reason/Blocked.pm phrase list (AT&T, EarthLink, Comcast, Verizon, GMX, Yahoo connection policies)',
    sample: '550 5.7.1 Not currently accepting mail from your IP 192.0.2.1',
  },
  {
    id: 'uribl',
    reason: 'spamdetected',
    any: ['uribl', 'surbl', 'dbl.spamhaus.org', 'blacklisted url', 'blocklisted url', 'url in the message', 'contains a url'],
    source: 'URIBL/SURBL content checks (SpamAssassin URIBL_*, Exim/Postfix content filters)',
    sample: '550 5.7.1 Message rejected: the message contains a URI listed in multi.uribl.com',
  },
  {
    id: 'spam',
    reason: 'spamdetected',
    any: [
      'spam classification',
      'classified as spam',
      'detected as spam',
      'identified as spam',
      'considered spam',
      'considered as spam',
      'rejected as spam',
      'marked as spam',
      'tagged as spam',
      'blocked as spam',
      'looks like spam',
      'appears to be spam',
      'suspected spam',
      'message is spam',
      'spam detected',
      'spam message rejected',
      'rejected due to spam',
      'spam score',
      'uce rejected',
    ],
    source: 'Content filters (SpamAssassin, Rspamd, Amavis, Gmail, Yahoo) naming spam',
    sample: '554 5.7.1 Message rejected due to spam classification',
  },
  {
    // Content filters that refuse the message without the word "classified": bulk and
    // pattern detectors, banned-content rules, spam profilers.
    id: 'content-filter',
    reason: 'spamdetected',
    any: CONTENT_FILTER_PHRASES,
    source:
      'Sisimai 4.25 Reason/SpamDetected.pm phrase list (MailMarshal/Trustwave SpamProfiler, Amavis banned content, Exim content ACLs)',
    sample: '554 5.7.1 Message refused by MailMarshal SpamProfiler',
  },
  {
    id: 'virus',
    reason: 'virusdetected',
    words: ['virus', 'malware', 'infected'],
    source: 'Virus scanners behind MTAs (ClamAV via Amavis, Exim malware ACL, Exchange)',
    sample: '554 5.7.1 Message rejected: infected with Eicar-Test-Signature',
  },
  {
    id: 'host-not-found',
    reason: 'hostunknown',
    any: [
      "couldn't find any host named",
      'could not find any host named',
      'host or domain name not found',
      'host not found',
      'host unknown',
      'unknown host',
      'no such domain',
      'domain not found',
      'domain name not found',
      'domain does not exist',
      'unrouteable address',
      'unroutable address',
      'name or service not known',
      // hMailServer's own text when the domain has no MX and no A record ("… appear to exists …").
      'no mail servers appear to exist',
      // SmarterMail's text for a domain without MX records.
      'no mx records were found for the',
    ],
    afterHost: [' does not exist', ' not found'],
    unless: ['try again'],
    // A lookup the sender's server will retry is a DNS failure, not a verdict on the domain.
    temporary: 'networkerror',
    // At MAIL FROM the unknown domain is the sender's.
    atMail: 'rejected',
    source:
      'Gmail ("couldn\'t find any host named"), Postfix ("Host or domain name not found"), Sendmail ("Host unknown"), Exim ("Unrouteable address"), hMailServer server messages ("No mail servers appear to exists for the recipients address"), SmarterMail ("No MX records were found for the \'…\' domain")',
    sample:
      "DNS Error: Address resolution of example.invalid. failed: Domain name not found; we couldn't find any host named example.invalid",
  },
  {
    id: 'user-unknown',
    reason: 'userunknown',
    any: [
      'user unknown',
      'unknown user',
      'recipient unknown',
      'unknown recipient',
      'addressee unknown',
      'unknown local part',
      'unknown mailbox',
      'unknown local-part',
      'non-existent user',
      'nonexistent user',
      'non existent user',
    ],
    onlyAfter: 'RCPT',
    source: 'Sendmail ("User unknown"), Postfix local(8)/virtual(8) ("unknown user"), Exim, qmail',
    sample: '550 5.0.0 <someone@example.com>... User unknown',
  },
  {
    id: 'no-such-user',
    reason: 'userunknown',
    any: [
      'no such user',
      'no such mailbox',
      'no such recipient',
      'no such account',
      'no such address',
      'no such person',
      'user does not exist',
      "user doesn't exist",
      'mailbox does not exist',
      "mailbox doesn't exist",
      'account does not exist',
      "account doesn't exist",
      'address does not exist',
      "address doesn't exist",
      'recipient does not exist',
      "this user doesn't have a",
      'user not found',
      'mailbox not found',
      'recipient not found',
      'not listed in public name & address book',
      'not listed in domino directory',
    ],
    onlyAfter: 'RCPT',
    source:
      'Lotus Domino ("not listed in public Name & Address Book"), Exchange ("Recipient not found"), Yahoo ("This user doesn\'t have a … account"), many MTAs',
    sample: "554 delivery error: dd This user doesn't have a example.com account (someone@example.com)",
  },
  {
    id: 'mailbox-unavailable',
    reason: 'userunknown',
    any: [
      'mailbox unavailable',
      'mailbox is unavailable',
      'mailbox not available',
      'no mailbox here by that name',
      'recipient email address is possibly incorrect',
    ],
    // "Mailbox unavailable or access denied" is a suspended account (Sisimai 4.25 Reason/Suspend.pm).
    unless: ['mailbox unavailable or access denied'],
    onlyAfter: 'RCPT',
    source: 'RFC 5321 §4.2.2 reply text for 550 ("Requested action not taken: mailbox unavailable"), qmail, Mimecast',
    sample: '550 5.5.0 Requested action not taken: mailbox unavailable',
  },
  {
    id: 'invalid-mailbox',
    reason: 'userunknown',
    any: [
      'not a valid mailbox',
      'invalid mailbox',
      'is not a valid recipient',
      'invalid recipient address',
      'recipient address rejected: user unknown',
      'recipient address rejected: unknown user',
      'mailbox name not allowed',
      'bad destination mailbox address',
      'not a valid recipient',
      'not a valid user',
      'not a local address',
      'mailbox not present',
      'this email address is wrong or no longer valid',
    ],
    onlyAfter: 'RCPT',
    source: 'RFC 5321 reply 553 ("mailbox name not allowed"), RFC 3463 X.1.1 wording, AOL/Yahoo free-text bounces',
    sample: '550 5.1.0 <someone@example.com> is not a valid mailbox',
  },
  {
    // Exchange Online's own cause sentence in its newer NDR layout ("someone wasn't found at
    // example.com."), written by the service that looked the recipient up, not a remote reply to a
    // command that might have been DATA: it means what it says wherever it stands, including a
    // pasted NDR that keeps neither the code nor the diagnostic section.
    id: 'exchange-recipient-not-found',
    reason: 'userunknown',
    any: ["wasn't found at", 'wasn\u2019t found at'],
    source:
      'Microsoft Learn, "Email non-delivery reports and SMTP errors in Exchange Online" (the NDR\'s headline "X wasn\'t found at contoso.com"; 5.1.10 and 5.1.1)',
    sample: "someone wasn't found at example.com.",
  },
  {
    // Words of other languages for an unknown recipient (Spanish, Italian, French, Portuguese servers).
    id: 'user-unknown-translated',
    reason: 'userunknown',
    any: [
      'no existe dicha persona',
      'no existe ese usuario',
      'nessun utente simile in questo indirizzo',
      'utilisateur inconnu',
      'conta de email nao existe',
      'destinataire inconnu',
    ],
    onlyAfter: 'RCPT',
    source: 'Sisimai 4.25 Reason/UserUnknown.pm phrase list (es, it, fr), Sisimai FrancePTT/Orange codes, Brazilian hosting providers',
    sample: '550 5.1.0 <alguien@example.es>: no existe dicha persona',
  },
  {
    // qmail's recipient lists: badrcptto / badrecipientto (refused) and validrcptto (not on the list of valid ones).
    id: 'qmail-recipient-lists',
    reason: 'userunknown',
    any: ['badrcptto', 'badrecipientto', 'validrcptto'],
    onlyAfter: 'RCPT',
    source: 'qmail badrcptto/validrcptto patches; Sisimai 4.25 Reason/UserUnknown.pm',
    sample: '553 sorry, this recipient is not in my validrcptto list (#5.7.1)',
  },
  {
    // Authentication the receiving server asks of the sender's client (SMTP AUTH), not SPF/DKIM/DMARC.
    id: 'smtp-auth-required',
    reason: 'securityerror',
    any: [
      'authentication required',
      'authentication is required',
      "you don't authenticate",
      'unauthenticated senders not allowed',
      'authentification requise',
      "codes d'authentification invalide",
      'authentication failure',
      'authentication credentials invalid',
    ],
    // Exchange's RESOLVER.RST tags ("RESOLVER.RST.AuthRequired; authentication required",
    // "SenderNotAuthenticatedForGroup") are a recipient's delivery restriction, not SMTP AUTH.
    unless: ['dmarc', 'spf', 'dkim', 'relay', 'resolver.rst.'],
    source: 'RFC 4954 (530 5.7.0 Authentication required, 535 5.7.8); Sisimai 4.25 Reason/SecurityError.pm phrase list',
    sample: '530 5.7.0 Authentication required',
  },
  {
    // A list or group that takes posts from its members only.
    id: 'members-only-list',
    reason: 'policyviolation',
    any: [
      'by non-member to a members-only list',
      'closed mailing list',
      'is not subscribed to this group',
      'allowable number of posts without solving a captcha',
    ],
    source: 'Mailman/Google Groups/Yahoo Groups posting rules; Sisimai 4.25 Reason/PolicyViolation.pm phrase list',
    sample: '550 5.7.1 Posting by non-member to a members-only list rejected',
  },
  {
    // The message waited in a queue until its lifetime ran out.
    id: 'queue-expired',
    reason: 'expired',
    any: [
      'could not find a gateway for',
      'it has not been collected after',
      'message expired after sitting in queue',
      'message expired, connection refulsed',
    ],
    source:
      'Postfix/Exim/Sendmail queue lifetimes (maximal_queue_lifetime, timeout_frozen_after, Timeout.queuereturn); Sisimai 4.25 Reason/Expired.pm',
    sample: '550 5.4.7 Message expired after sitting in queue for 5 days',
  },
  {
    // The message's form (MIME structure, encoding, header count) is refused, not its size or content.
    id: 'message-format',
    reason: 'contenterror',
    any: [
      'message mime complexity exceeds',
      'improperly-formatted binary content',
      'unnecessary base64 encoding',
      'invalid mime headers',
      'too many received: headers',
      'message header size, or recipient list, exceeds policy limit',
      'improper use of 8-bit data in message header',
    ],
    source: 'RFC 3463 X.6.x (media errors); Sisimai 4.25 Reason/ContentError.pm phrase list (Amazon SES, Outlook.com, Sendmail)',
    sample: '554 5.6.0 This message contain invalid MIME headers',
  },
];

const LETTER = /[\p{L}\p{N}]/u;

function hasWord(lower: string, word: string): boolean {
  let at = lower.indexOf(word);
  while (at >= 0) {
    const before = at === 0 ? '' : (lower[at - 1] ?? '');
    const after = lower[at + word.length] ?? '';
    if (!LETTER.test(before) && !LETTER.test(after)) return true;
    at = lower.indexOf(word, at + 1);
  }
  return false;
}

const HOST_CHAR = /[a-z0-9.-]/;

/** True when `fragment` occurs right after a host name: a dotted name, not the domain of an address. */
function hasAfterHost(lower: string, fragment: string): boolean {
  let at = lower.indexOf(fragment);
  while (at >= 0) {
    let start = at;
    while (start > 0 && HOST_CHAR.test(lower[start - 1] ?? '')) start--;
    const name = lower.slice(start, at).replace(/\.$/, '');
    const before = start === 0 ? '' : (lower[start - 1] ?? '');
    if (/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(name) && /[a-z]/.test(name) && before !== '@' && before !== '<') return true;
    at = lower.indexOf(fragment, at + 1);
  }
  return false;
}

/** The fragment of `family` found in `lower`, or null. */
export function matchFamily(family: PhraseFamily, lower: string): string | null {
  // `findIn`/`mayOccurEach` skip, without searching, the fragments whose letters cannot all be there (haystack.ts).
  const any = family.any === undefined ? undefined : findIn(lower, family.any);
  if (any !== undefined) return any;
  const word = family.words === undefined ? undefined : mayOccurEach(lower, family.words, (w) => hasWord(lower, w));
  if (word !== undefined) return word;
  const host = family.afterHost === undefined ? undefined : mayOccurEach(lower, family.afterHost, (f) => hasAfterHost(lower, f));
  return host === undefined ? null : `<host>${host}`;
}

export interface FamilyHit {
  readonly family: PhraseFamily;
  readonly reason: Reason;
  readonly text: string;
}

/**
 * The first family whose words occur in `lower` (lower-cased diagnostic). `familyKnown` is false
 * for recipients read by the structural or generic reader (no family convention applies).
 */
export function findFamily(lower: string, command: string | null, familyKnown = true, status: string | null = null): FamilyHit | null {
  if (lower === '') return null;
  for (const family of PHRASE_FAMILIES) {
    const text = matchFamily(family, lower);
    if (text === null || (family.unless !== undefined && someIn(lower, family.unless))) continue;
    const commandFits = command === family.onlyAfter || (command === null && !familyKnown);
    if (family.onlyAfter !== undefined && !commandFits) continue;
    const reason =
      command === 'MAIL' && family.atMail !== undefined
        ? family.atMail
        : status?.startsWith('4') === true && family.temporary !== undefined
          ? family.temporary
          : family.reason;
    return { family, reason, text };
  }
  return null;
}
