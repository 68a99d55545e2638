/**
 * Phrases other bounce classifiers key on, taken as facts from their rule files (never from their
 * sample messages or expected results) and written here as plain lower-case fragments: KumoMTA's
 * bounce classifier rules, PHP-Bounce-Handler's response table, Mail::DeliveryStatus::BounceParser's
 * `_std_reason`. Each group names the rule it reflects. Only what our lists and the Sisimai 5 port
 * did not already read as the same reason is here; `PHRASES` (`phrases.ts`) adds these after both,
 * so our precedence and the earlier lists keep deciding wherever they overlap.
 *
 * The audit behind them: `test/engine/reason/peer-phrases.ts` (one-line server replies around each
 * peer phrase, labelled blind) and its test, which checks every row not listed as a known gap.
 */
import type { Reason } from './reasons';
import type { SourcedPhraseRule } from './phrases-sisimai5';

export interface PeerPhraseGroup extends SourcedPhraseRule {
  readonly reason: Reason;
}

const KUMO = 'KumoMTA assets/community/bounces.toml';
const PBH = 'PHP-Bounce-Handler bounce_responses.php';
const BP = 'Mail::DeliveryStatus::BounceParser _std_reason';
const BPP = 'Mail::DeliveryStatus::BounceParser parse()';
const KUMO_CLASSES = 'KumoMTA crates/bounce-classify/src/lib.rs PreDefinedBounceClass::';

export const PEER_PHRASES: readonly PeerPhraseGroup[] = [
  {
    reason: 'userunknown',
    source: `${KUMO} [InvalidRecipient] ("No such ID", "sorry, no mailbox", "User <address> unknown")`,
    any: ['no such id', 'sorry, no mailbox'],
    seq: [['user ', '@', ' unknown']],
  },
  {
    reason: 'userunknown',
    source: `${PBH} 5.1.1 (English, Italian and Polish "no such user" phrases)`,
    any: [
      'destin. sconosciuto',
      'destinatario errato',
      'indirizzo inesistente',
      'nie istnieje',
      'nie ma takiego konta',
      'invalid account',
      'invalid or unknown virtual user',
      'no one with that email address here',
      "doesn't handle mail for that user",
      'not known to this system',
      'unknown account',
      'user invalid',
      'address is invalid',
      'unable to find alias',
    ],
  },
  {
    reason: 'userunknown',
    source: `${BP} user_unknown ("<user> not recognized", "no such <user>", "<address> is invalid", "address … not known here")`,
    any: [
      'recipient not recognized',
      'user not recognized',
      'address not recognized',
      'mailbox not recognized',
      'no such customer',
      'no such account',
    ],
    seq: [
      ['@', ' is invalid'],
      ['address', 'not known here'],
    ],
  },
  {
    reason: 'suspend',
    source: `${KUMO} [InactiveMailbox] ("User account not activated", "Account Closed")`,
    any: ['account not activated', 'account closed'],
  },
  {
    reason: 'suspend',
    source: `${PBH} 5.2.1 / 5.1.1 / 5.1.2 (disabled, inactive, locked or expired mailboxes; Spanish, Italian, Polish)`,
    any: [
      'user disabled',
      'expirado por falta de uso',
      'estado: inactivo',
      'inactive user',
      'due to inactivity',
      'mailbox locked',
      'mailbox temporarily disabled',
      'zablokowane administracyjnie',
      'bloccato per inutilizzo',
      'mailbox was disabled',
    ],
  },
  {
    reason: 'suspend',
    source: `${BP} user_unknown ("<user> discontinued", "address is administratively disabled")`,
    any: ['user discontinued', 'account discontinued', 'mailbox discontinued', 'administratively disabled'],
  },
  {
    reason: 'mailboxfull',
    source: `${KUMO} [QuotaIssues] ("Mailbox limit exeeded", "extended quota violation", "account is overquota")`,
    any: ['mailbox limit exeeded', 'mailbox limit exceeded', 'quota violation', 'overquota'],
  },
  {
    reason: 'mailboxfull',
    source: `${PBH} 4.2.2 ("Benutzer hat zuviele Mails auf dem Server", storage and size phrases); ${BP} over_quota ("storage")`,
    any: [
      'zuviele mails auf dem server',
      'exhausted allowed storage',
      'mailbox exceeds allowed size',
      'storage quota',
      'storage exhausted',
      'out of storage',
    ],
  },
  {
    reason: 'hostunknown',
    source: `${KUMO} [DNSFailure] ("No MX for"); ${BP} domain_error ("no data record of requested type")`,
    any: ['no mx for ', 'no data record of requested type'],
  },
  {
    reason: 'norelaying',
    source: `${KUMO} [RoutingErrors] ("isn't allowed to relay"); ${PBH} 5.1.2 ("we do not relay")`,
    // "we do not relay" also stands in our userunknown list (Sisimai 5's reading of qmail); the
    // words say relaying, and norelaying is tried first among the strong reasons.
    any: ["isn't allowed to relay", 'we do not relay'],
  },
  {
    // The sending side's own socket errors ("connect to host[ip]:25: Connection refused"), not a
    // server's "554 Connection refused due to abuse" (an IP block): the "connect to" must come first.
    reason: 'networkerror',
    source: `${BP} domain_error ("connection refused", "route to host"); ${PBH} 5.4.4 ("can't connect to")`,
    seq: [
      ['connect to ', ': connection refused'],
      ['connect to ', ': no route to host'],
      ["can't connect to ", 'connection refused'],
    ],
  },
  {
    reason: 'userunknown',
    source: `${BP} user_unknown ("not our customer", Comcast)`,
    any: ['not our customer'],
  },
  {
    // A gateway's content filter stopping the message for what it carries (an attachment type):
    // the sender's message broke the receiving side's rules. BounceParser.pm's WebShield check.
    reason: 'policyviolation',
    source: `${BPP} ("norton associates webshield|content filter": a filter's block, not an address failure)`,
    seq: [['the content filter', 'attachment']],
  },
  {
    // A notice that only reports a transient error and a retry: while it lasts the verdict is
    // the one for a give-up, as for the other "will be retried" notices.
    reason: 'expired',
    source: `${BPP} $Not_An_Error ("transient.{0,20}\\serror")`,
    any: ['transient delivery error', 'transient error'],
  },
  {
    // A refusal that only asks the sender to come back later; it ends in a bounce when the
    // sender stops retrying, so the verdict is the one for a give-up.
    reason: 'expired',
    source: `${PBH} 4.3.2 ("Greylisted for 5 minutes", "Greylisting in action")`,
    any: ['greylisted', 'greylisting', 'graylisted', 'graylisting'],
  },
  {
    reason: 'systemerror',
    source: `${KUMO} [TransientFailure] ("Temporarily unable to process"); ${PBH} 4.3.2 ("server too busy", "Too much load")`,
    any: ['temporarily unable to process', 'too busy to accept', 'server too busy', 'too much load'],
  },
  {
    reason: 'speeding',
    source: `${PBH} 5.2.0 ("exceeded the rate limit")`,
    any: ['exceeded the rate limit'],
  },
  {
    reason: 'toomanyconn',
    source: `${PBH} 4.3.2 ("too many sessions")`,
    any: ['too many sessions'],
  },
  {
    reason: 'authfailure',
    source: `${PBH} 5.7.1 ("Message does not pass DomainKeys")`,
    any: ['does not pass domainkeys'],
  },
  {
    reason: 'policyviolation',
    // "illegal attachment" also stands in our contenterror list; Sisimai 5 reads Google's
    // "illegal attachment on your message" as policyviolation, which is tried first.
    source: `${KUMO} [PolicyRelated] ("Reject due to policy restrictions", "restricted by policy"); ${KUMO_CLASSES}ProhibitedAttachment`,
    any: ['due to policy restrictions', 'restricted by policy', 'illegal attachment'],
  },
  {
    reason: 'blocked',
    source: `${KUMO} [SpamBlock] ("The sending IP … is listed on"); ${PBH} 5.7.1 (Outlook.com's OU-/SC-/DY- codes, "not allowed access from your location")`,
    any: [' ou-00', ' sc-00', ' dy-00', 'not allowed access from your location', 'rejected by windows live hotmail for policy reasons'],
    seq: [['sending ip', 'is listed on']],
  },
  {
    reason: 'spamdetected',
    source: `${KUMO} [SpamContent] ("Blocked Using Spam Pattern"); ${PBH} 5.7.1 ("blocked for spam")`,
    any: ['using spam pattern', 'blocked for spam'],
  },
];
