/**
 * Provider tables: big receivers word their refusals in their own way, and the same words mean
 * different things at different providers. A table applies when the remote server, the reporting
 * server or the recipient's domain belongs to the provider.
 */
import type { Evidence } from '../types';
import type { Reason } from './reasons';
import { findIn } from '../haystack';

interface ProviderRule {
  /** Status code prefix (`5.7.`) the rule needs, if any. */
  readonly status?: string;
  /**
   * The status's subject and detail (`7.28`, either class), when the rule reads a registry code the
   * provider documents with its own meaning: the code and the words decide together.
   */
  readonly detail?: string;
  /** SMTP command the refusal must follow, if any. */
  readonly command?: string;
  /** Any of these lower-case fragments. */
  readonly any: readonly string[];
  readonly reason: Reason;
}

/**
 * A provider's own numbered refusal codes ("AUP#CXBL", "AUP#In-1310", "IB104", "OFR_416",
 * "i.ua/err/2"): each names one cause, so they count as specific codes (precedence.ts, tier B).
 */
interface ProviderCodes {
  /** Lower-case text written right before the code, at the start of a word. */
  readonly markers: readonly string[];
  /** `token`: the whole code after the marker; `last3`/`last4`: its last three or four digits. */
  readonly key: 'token' | 'last3' | 'last4';
  /** The code after the marker is digits only ("IB104", never "IBM104"). */
  readonly digitsOnly?: boolean;
  readonly table: Readonly<Record<string, Reason | null>>;
  /** Numbered ranges, for codes the table does not list. */
  readonly ranges?: ReadonlyArray<readonly [number, number, Reason]>;
  /** Where the table comes from. */
  readonly source: string;
}

interface Provider {
  readonly name: string;
  readonly codes?: ProviderCodes;
  /** The provider's tags are unique to it: the table applies whoever relayed the text. */
  readonly global?: boolean;
  /** Host name suffixes of the provider's servers. */
  readonly hosts: readonly string[];
  /**
   * Lower-case fragments only the provider's own replies carry (the link to its error-code page):
   * the reply is the provider's whoever relays it, as when Exchange Online or Gmail quotes a
   * gateway's refusal and names no remote host.
   */
  readonly replyMarks?: readonly string[];
  /** Recipient domains the provider hosts. */
  readonly domains: readonly string[];
  readonly rules: readonly ProviderRule[];
}

export const PROVIDERS: readonly Provider[] = [
  {
    name: 'exchange-tags',
    global: true,
    hosts: [],
    domains: [],
    rules: [
      {
        any: [
          'resolver.adr.recipnotfound',
          'resolver.adr.recipientnotfound',
          'resolver.adr.exrecipnotfound',
          'remote server returned unknown recipient',
        ],
        reason: 'userunknown',
      },
      { any: ['resolver.rst.recipsizelimit'], reason: 'exceedlimit' },
      { any: ['resolver.adr.reciplimit'], reason: 'toomanyconn' },
      // RESOLVER.RST.NotAuthorized is Exchange's "Delivery not authorized": Microsoft Learn says the
      // sender isn't allowed to send to this recipient or group, so it is about the sender
      // (rejected, as Sisimai 5 Rhost/Microsoft.pm reads "delivery not authorized").
      { any: ['resolver.rst.notauthorized'], reason: 'rejected' },
      { any: ['resolver.rst.authrequired', 'restrictedtorecipientspermission'], reason: 'policyviolation' },
      { any: ['smtpsend.dns.nonexistentdomain'], reason: 'hostunknown' },
      { any: ['queue.expired'], reason: 'expired' },
      // A mail flow rule's own tag, whatever code the admin chose (5.7.1 by default, or a custom
      // 5.7.900-5.7.999, Microsoft Learn "Mail flow rule actions in Exchange Online"): the
      // organisation's policy refused the message.
      { any: ['transport.rules.rejectmessage'], reason: 'policyviolation' },
      // Exchange Online's Directory Based Edge Blocking: the recipient is not in the organisation's
      // directory ("550 5.4.1 Recipient address rejected: Access denied", Microsoft Learn NDR 5.4.1).
      { status: '5.4.1', any: ['recipient address rejected: access denied'], reason: 'userunknown' },
    ],
  },
  {
    // Yahoo's "dd" tag marks a mailbox that does not exist; Yahoo says it after DATA, not at RCPT.
    name: 'yahoo-tags',
    global: true,
    hosts: [],
    domains: [],
    rules: [{ any: ["delivery error: dd this user doesn't have a"], reason: 'userunknown' }],
  },
  {
    name: 'google',
    hosts: ['google.com', 'googlemail.com', 'gmail-smtp-in.l.google.com'],
    // Every Gmail reply ends with "- gsmtp" ("Google SMTP", support.google.com/a/answer/3726730,
    // "Gmail SMTP errors and codes"): a Workspace domain's reply quoted by a report that names no
    // remote host (Exchange Online's "Remote Server returned") is still Google's.
    replyMarks: [
      ' - gsmtp',
      // Sentences only Google's own replies carry (support.google.com/a/answer/3726730): a Gmail
      // reply pasted or forwarded without its host or its "- gsmtp" mark is still Google's, and
      // its reused X.7.2x codes below must be read as Google documents them.
      'to protect our users from spam',
      'to protect users from spam',
      'gmail has detected',
      'gmail requires',
    ],
    domains: ['gmail.com', 'googlemail.com'],
    rules: [
      // Google reuses X.7.28 (registry: "mail flood detected", read as badreputation by the status
      // map) for its rate limits on unsolicited mail, and names what it counted
      // (support.google.com/a/answer/3726730, 4.7.28 and 5.7.28): the sending IP or netblock
      // (blocked), the SPF or DKIM domain (badreputation: the domain's reputation), a URL domain in
      // the message (spamdetected: the content), or nothing more than "an unusual rate of email"
      // (speeding). Google's other reused codes (X.7.23 PTR, X.7.29 TLS) are read by the rules
      // below through Google's words, which this table reads before the status map.
      { detail: '7.28', any: ['one of your url domains', 'email with the url'], reason: 'spamdetected' },
      { detail: '7.28', any: ['your dkim domain', 'your spf domain', 'sent from your domain'], reason: 'badreputation' },
      { detail: '7.28', any: ['your ip address', 'your ip netblock', 'from your ip'], reason: 'blocked' },
      { detail: '7.28', any: ['unusual rate of', 'unusual amount of', 'rate limited'], reason: 'speeding' },
      // Google Workspace's DNS errors (Sisimai 5 Rhost/GSuite.pm): an NXDOMAIN answer in a
      // permanent failure means the domain does not exist; in a temporary one, or "had no relevant
      // answers", the lookup failed and may work later.
      { status: '5.', any: ['responded with code nxdomain', 'domain name not found'], reason: 'hostunknown' },
      { status: '4.', any: ['responded with code nxdomain', 'domain name not found', 'had no relevant answers'], reason: 'networkerror' },
      // Google Workspace SMTP error reference (support.google.com/a/answer/3726730, mail/answer/81126,
      // a/answer/6140680), as tabulated in Sisimai 5.x Rhost/Google.pm.
      {
        any: [
          'missing a valid address in the from: header',
          'multiple addresses in from: header are not accepted',
          'is not rfc 5322 compliant',
          'missing a valid message-id: header',
          'contains a unicode character in a disallowed header',
          'encoded-word syntax is not permitted',
          'mail message is malformed',
        ],
        reason: 'notcompliantrfc',
      },
      {
        any: [
          'the spf record of the sending domain',
          'senders to authenticate with either spf or dkim',
          'fails to pass spf checks for an spf record with a hard fail',
          'has an spf record with a hard fail policy',
          "is not accepted due to domain's dmarc policy",
          'fails to pass authentication checks',
          'senders to authenticate with spf',
          'senders to authenticate their email with spf',
          'senders to authenticate their email with dkim',
          'senders to authenticate with dkim',
          'aligned with either the authenticated spf or dkim',
        ],
        reason: 'authfailure',
      },
      {
        any: [
          'does not have a ptr record',
          ' have a ptr record, or the ptr record',
          'does not meet ipv6 sending guidelines regarding ptr records and authentication',
          'does not match the ip address of the hostname',
        ],
        reason: 'requireptr',
      },
      { any: ['very low reputation of the sending ip address', 'very low reputation of the sending domain'], reason: 'badreputation' },
      {
        any: [
          'must issue a starttls command first',
          'starttls may not be repeated',
          'tls required for rcpt domain',
          'senders to use tls/ssl for smtp',
        ],
        reason: 'failedstarttls',
      },
      {
        any: ['mail relay denied', 'invalid credentials for relay', 'is not authorized to send email directly to our servers'],
        reason: 'norelaying',
      },
      {
        any: [
          'is receiving mail too quickly',
          'peak smtp relay limit exceeded for customer',
          'rate that prevents additional messages from being delivered',
          'daily sending quota exceeded',
          'daily user sending limit exceeded',
          'daily smtp relay limit exceeded for',
          'daily smtp relay sending limit exceeded for',
          'this mail has been rate limited',
        ],
        reason: 'speeding',
      },
      { any: ['your message has too many recipients', 'too many recipients for this sender'], reason: 'toomanyconn' },
      { any: ['inbox is out of storage space', 'email quota exceeded'], reason: 'mailboxfull' },
      { any: ['account that you tried to reach is disabled', 'account that you tried to reach is inactive'], reason: 'suspend' },
      {
        any: [
          'the email account that you tried to reach does not exist',
          "we weren't able to find the recipient domain",
          'is not a valid rfc 5321 address',
        ],
        reason: 'userunknown',
      },
      { any: ["exceeds google's message size limit of"], reason: 'mesgtoobig' },
      {
        any: [
          "exceeds google's limit of limit attachments.",
          "your message exceeded google's message header size limits",
          'bytes per individual header size',
          "exceeds google's header name limit of",
          "exceeds google's message header size limit",
        ],
        reason: 'exceedlimit',
      },
      { any: ['message exceeded 50 hops'], reason: 'networkerror' },
      {
        any: [
          'illegal attachment on your message',
          'blocked because its content presents a potential security issue',
          'you are sending to (or from) has a policy that prohibited',
          'sending messages with the same message-id:',
        ],
        reason: 'policyviolation',
      },
      { any: ['due to the nature of the content or the links within', 'likely unsolicited mail'], reason: 'spamdetected' },
      {
        any: [
          'too many login attempts',
          // "454 4.7.0 Cannot authenticate due to a temporary system problem": the login failed,
          // read before the "temporary system problem" words below.
          'cannot authenticate',
          'cannot decode response',
          'no identity changes permitted',
          'authentication required.',
          'application-specific password required',
          'please log in with your web browser',
          'please log in through your web browser',
          'username and password not accepted',
        ],
        reason: 'securityerror',
      },
      { any: ['mail sending denied', 'unauthenticated email is not accepted'], reason: 'rejected' },
      { any: ['connection expired', 'timeout - closing connection'], reason: 'expired' },
      {
        any: [
          'temporary system problem',
          'multiple destination domains per transaction is unsupported',
          'mail server has temporarily rejected this message',
          'mail server temporarily rejected message',
          'domain policy size per transaction exceeded',
        ],
        reason: 'systemerror',
      },
      {
        any: [
          'ip not in whitelist for rcpt domain',
          'try again later, closing connection.',
          'empty helo/ehlo argument not allowed',
          'helo/ehlo argument is invalid',
          'an unusual rate of unsolicited mail',
          'an unusual rate of mail',
        ],
        reason: 'blocked',
      },
      { any: ['the email account that you tried to reach does not exist'], reason: 'userunknown' },
      { any: ['the email account that you tried to reach is disabled', 'is inactive'], reason: 'suspend' },
      { any: ['over quota', 'out of storage space', 'inbox is full'], reason: 'mailboxfull' },
      { any: ['receiving mail at a rate', 'receiving mail too quickly'], reason: 'speeding' },
      { any: ["exceeded google's message size limits", 'message size limit'], reason: 'mesgtoobig' },
      {
        any: [
          'unauthenticated email',
          'dmarc',
          'does not meet ipv6 sending guidelines regarding ptr records and authentication',
          'spf',
          'dkim',
        ],
        reason: 'authfailure',
      },
      { any: ['ptr record', 'reverse dns'], reason: 'requireptr' },
      { any: ['low reputation', 'very low reputation'], reason: 'badreputation' },
      { any: ['rfc 5322', 'not rfc 5322 compliant', 'multiple from', 'multiple subject', 'duplicate'], reason: 'notcompliantrfc' },
      { any: ['content presents a potential security issue', 'security issue'], reason: 'policyviolation' },
      { any: ['virus'], reason: 'virusdetected' },
      {
        any: ['likely unsolicited mail', 'suspicious due to the nature of the content', 'gmail has detected that this message is likely'],
        reason: 'spamdetected',
      },
      { any: ['has been blocked', 'ip not in whitelist'], reason: 'blocked' },
      { any: ['try again later', 'temporarily rejected'], reason: 'systemerror' },
    ],
  },
  {
    name: 'microsoft',
    hosts: ['outlook.com', 'hotmail.com', 'protection.outlook.com', 'prod.outlook.com', 'office365.com', 'hotmail.co.jp'],
    domains: ['outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'hotmail.co.jp', 'outlook.jp', 'hotmail.co.uk', 'hotmail.fr', 'live.jp'],
    rules: [
      // Exchange Server and Exchange Online NDR codes with their words (Microsoft Learn, "Email
      // non-delivery reports and SMTP errors in Exchange Online" and "Non-delivery reports in
      // Exchange Server"), as tabulated with a reason in Sisimai 5 Rhost/Microsoft.pm. Where the
      // two disagree we follow Microsoft's description of the cause, and say so.
      { status: '5.7.9', any: ['delivery not authorized, message refused'], reason: 'policyviolation' }, // mail flow rule
      { status: '5.7.12', any: ['sender was not authenticated by organization'], reason: 'rejected' },
      { status: '5.2.1', any: ['content filter agent quarantined'], reason: 'spamdetected' },
      { status: '5.2.1', any: ['mailbox cannot be accessed'], reason: 'suspend' },
      { status: '5.3.0', any: ['too many related errors'], reason: 'contenterror' },
      { status: '5.4.11', any: ['agent generated message depth exceeded'], reason: 'contenterror' },
      { status: '5.5.6', any: ['invalid message content'], reason: 'contenterror' },
      { status: '5.0.350', any: ['x-dg-ref header is too long', 'policy violation detected'], reason: 'policyviolation' },
      { status: '5.1.7', any: ['invalid address', 'unknown sender address'], reason: 'rejected' },
      { status: '4.3.2', any: ['recipient thread limit exceeded'], reason: 'speeding' },
      { status: '4.3.2', any: ['service not available', 'service not active'], reason: 'systemerror' },
      { status: '5.3.3', any: ['unrecognized command'], reason: 'syntaxerror' },
      { status: '5.5.2', any: ['send hello first'], reason: 'syntaxerror' },
      { status: '4.7.700', any: ['pfa agent busy'], reason: 'systemerror' },
      { status: '5.1.4', any: ['reserved by rfc 2606'], reason: 'userunknown' },
      { status: '5.1.5', any: ['reserved by rfc 2606'], reason: 'userunknown' },
      { status: '4.4.2', any: ['connection dropped'], reason: 'blocked' },
      { status: '5.5.4', any: ['invalid domain name'], reason: 'blocked' },
      { status: '5.7.51', any: ['restrictdomainstoipaddresses', 'restrictdomainstocertificate'], reason: 'blocked' },
      // 5.7.504 "Recipient address rejected: Access denied": Microsoft Learn says the recipient
      // address isn't valid; Sisimai 5 reads suspend. We follow Microsoft.
      { status: '5.7.504', any: ['recipient address rejected: access denied'], reason: 'userunknown' },
      { status: '5.7.505', any: ['banned recipient'], reason: 'suspend' },
      {
        any: [
          'resolver.adr.recipnotfound',
          'resolver.adr.recipientnotfound',
          'resolver.adr.exrecipnotfound',
          'requested action not taken: mailbox unavailable',
          'recipient not found by smtp address lookup',
        ],
        reason: 'userunknown',
      },
      { any: ['resolver.rst.recipsizelimit', 'message size exceeds'], reason: 'mesgtoobig' },
      { any: ['resolver.adr.reciplimit', 'too many recipients'], reason: 'toomanyconn' },
      // "Delivery not authorized": the sender may not send to this recipient or group (Microsoft
      // Learn, 5.7.1 and 5.7.124); about the sender, so rejected as Sisimai 5 Rhost/Microsoft.pm reads it.
      { any: ['resolver.rst.notauthorized', 'delivery not authorized', 'not a group member', 'allowed-senders list'], reason: 'rejected' },
      { any: ['resolver.rst.authrequired', 'restrictedtorecipientspermission'], reason: 'policyviolation' },
      { any: ['does not pass dmarc', 'sender policy framework', 'required authentication level'], reason: 'authfailure' },
      {
        any: ['banned sending ip', 'blocked using', 'listed in spamhaus', 'customer block list', 'traffic not accepted from this ip'],
        reason: 'blocked',
      },
      // OutboundSpamException (554 5.2.0 STOREDRV.Submission): the service holds the sender's own
      // account back as a suspected spam source until it is verified or released; about the sender.
      { any: ['spam abuse detected', 'banned sender', 'bad outbound sender', 'outboundspamexception'], reason: 'rejected' },
      // 5.7.703: the sender's own organisation blocks this recipient or domain (Tenant Allow/Block
      // List, Microsoft Learn): the sender's side's policy, not a verdict on the message or its IP.
      { status: '5.7.703', any: ['blocked by your organization', 'tenant allow block list', 'block policy'], reason: 'policyviolation' },
      // Sending-rate limits: Microsoft Learn describes 5.7.508 ("too many messages in too short a
      // time"), 5.1.90 and 5.2.2 ("recipient rate limit or message rate limit") as rates: speeding,
      // as Sisimai 5 reads them. A tenant over its threshold is a limit on the tenant, not a rate.
      // Before the mailbox-full row: "SubmissionQuotaExceededException" (554 5.2.0, the sender's
      // submission quota) also contains "quotaexceeded", and it is the sender's rate, not a full mailbox.
      { any: ['exceeded permitted limits', 'daily limit', 'submission quota'], reason: 'speeding' },
      { any: ['mailbox full', 'quotaexceeded', 'shutoffquotaexceeded'], reason: 'mailboxfull' },
      { any: ['reverse dns record'], reason: 'requireptr' },
      { any: ['not permitted to relay', 'relay access denied', 'unable to relay'], reason: 'norelaying' },
      { any: ['rfc 5322'], reason: 'notcompliantrfc' },
      // 5.7.705 "Access denied, tenant has exceeded threshold": Microsoft Learn says the tenant was
      // blocked for sending too much spam (or a lapsed subscription) — a block on the sender, read as
      // 5.7.708 "traffic not accepted from this IP" is; not a size limit (Sisimai's exceedlimit is X.2.3).
      { any: ['tenant has exceeded threshold'], reason: 'blocked' },
      // 451 4.7.500-699 (ASxxx) "Server busy" / "Access denied, please try again later": Microsoft
      // Learn's page for that range describes throttling of a sending IP for suspicious activity,
      // i.e. the IP's reputation. Sisimai 5 reads "server busy" as systemerror and "access denied"
      // as blocked; we follow Microsoft's description of the cause.
      { any: ['server busy', 'please try again later', 'temporarily deferred'], reason: 'badreputation' },
      { any: ['hop count exceeded', 'routing loop'], reason: 'networkerror' },
      { any: ['queue.expired', 'message expired'], reason: 'expired' },
    ],
  },
  {
    // AOL's own words (Sisimai 5.x Rhost/Aol.pm): a malformed MX answer means the domain takes no mail.
    name: 'aol',
    hosts: ['aol.com'],
    domains: ['aol.com', 'aim.com'],
    rules: [
      { any: ['type=mx: malformed or unexpected name server reply'], reason: 'notaccept' },
      { any: ['host or domain name not found'], reason: 'hostunknown' },
    ],
  },
  {
    // Zoho Mail (zoho.com/mail/help/spam-reason.html, Zoho Desk EmailFailureAlert), as tabulated in Sisimai 5.x Rhost/Zoho.pm;
    // its "policy violation" words are left to the status code (5.7.7 names the cause more precisely).
    name: 'zoho',
    hosts: ['zoho.com', 'zoho.eu', 'zohomail.com'],
    domains: ['zoho.com', 'zohomail.com', 'zoho.eu'],
    rules: [
      { any: ['email rejected per dmarc policy'], reason: 'authfailure' },
      { any: ['greylisted, try again after some time'], reason: 'blocked' },
      { any: ['email cannot be delivered. reason: email flagged as spam', 'mail rejected by destination domain'], reason: 'rejected' },
      { any: ['temporary system error'], reason: 'systemerror' },
      { any: ['user does not exist'], reason: 'userunknown' },
      { any: [' detected by zoho mail'], reason: 'virusdetected' },
    ],
  },
  {
    // Cloudflare Email Routing postmaster page (developers.cloudflare.com/email-routing/postmaster/); its
    // "Upstream error" names no cause and is left to the later tiers.
    name: 'cloudflare',
    hosts: ['mx.cloudflare.net'],
    domains: [],
    rules: [{ any: ['found on one or more dnsbls', 'found on one or more rbls'], reason: 'blocked' }],
  },
  {
    // Facebook's postmaster response codes (facebook.com/postmaster/response_codes).
    name: 'facebook',
    hosts: ['facebook.com', 'facebookmail.com'],
    domains: ['facebook.com'],
    rules: [
      { any: ['pol-p7'], reason: 'authfailure' },
      { any: ['pol-p1', 'pol-p2', 'pol-p3', 'pol-p4', 'pol-t1', 'pol-t2', 'pol-t3'], reason: 'blocked' },
      { any: ['msg-p2'], reason: 'contenterror' },
      { any: ['rcp-p2', 'rcp-p3'], reason: 'filtered' },
      { any: ['msg-p1', 'int-p2'], reason: 'mesgtoobig' },
      { any: ['msg-p3'], reason: 'notcompliantrfc' },
      { any: ['dns-p1', 'dns-p2', 'dns-t1'], reason: 'rejected' },
      { any: ['dns-p3', 'dns-t2'], reason: 'requireptr' },
      { any: ['pol-p6'], reason: 'spamdetected' },
      { any: ['rcp-t4'], reason: 'suspend' },
      { any: ['rcp-t1'], reason: 'systemerror' },
      { any: ['con-t1', 'con-t2', 'con-t3', 'con-t4', 'msg-t1'], reason: 'toomanyconn' },
      { any: ['rcp-p1', 'int-p1', 'int-p3', 'int-p4'], reason: 'userunknown' },
      { any: ['pol-p5'], reason: 'virusdetected' },
    ],
  },
  {
    name: 'yahoo',
    hosts: ['yahoo.com', 'yahoodns.net', 'aol.com', 'yahoo.co.jp'],
    // Its replies link its error-code page (senders.yahooinc.com/smtp-error-codes, formerly on
    // postmaster.yahooinc.com and postmaster.verizonmedia.com).
    replyMarks: ['postmaster.yahooinc.com', 'senders.yahooinc.com', 'postmaster.verizonmedia.com'],
    domains: ['yahoo.com', 'aol.com', 'ymail.com', 'rocketmail.com', 'yahoo.co.uk', 'yahoo.fr'],
    // Yahoo's SMTP error codes for senders (senders.yahooinc.com/smtp-error-codes), as tabulated
    // in Sisimai 5.x Rhost/YahooInc.pm; "unexpected volume or user complaints" as BadReputation.pm reads it.
    rules: [
      { any: ['yahoo requires all senders to authenticate with either spf or dkim'], reason: 'authfailure' },
      { any: ["because the ip is in spamhaus's list;", 'not accepted from ip addresses on spamhaus xbl'], reason: 'blocked' },
      { any: ['relaying denied for '], reason: 'norelaying' },
      { any: ['headers are not rfc compliant'], reason: 'notcompliantrfc' },
      { any: ['not accepted for policy reasons'], reason: 'policyviolation' },
      { any: ['temporarily deferred due to unexpected volume or user complaints'], reason: 'badreputation' },
      { any: ['due to unresolvable rfc.5321 domain', ' will be permanently deferred'], reason: 'rejected' },
      { any: ['user is receiving mail too quickly'], reason: 'speeding' },
      { any: [' is no longer valid.', 'this mailbox is disabled'], reason: 'suspend' },
      { any: ['syntax error in parameters or arguments'], reason: 'syntaxerror' },
      { any: ['max message per connection reached'], reason: 'toomanyconn' },
      { any: ["dd this user doesn't have a ", 'mailbox not found'], reason: 'userunknown' },
    ],
  },
  {
    name: 'orange',
    hosts: ['orange.fr', 'wanadoo.fr', 'laposte.net', 'francetelecom.fr'],
    domains: ['orange.fr', 'wanadoo.fr', 'laposte.net', 'voila.fr'],
    codes: {
      markers: ['lpnaaa', 'lpn', 'ofr', 'ouk'],
      key: 'last3',
      // null: "Service refused, please try later" with no stated cause.
      table: {
        '101': 'blocked',
        '102': 'blocked',
        '103': 'blocked',
        '104': 'toomanyconn',
        '105': null,
        '107': null,
        '108': null,
        '109': null,
        '201': null,
        '305': 'securityerror',
        '401': 'blocked',
        '402': 'securityerror',
        '403': 'rejected',
        '405': 'rejected',
        '415': 'rejected',
        '416': 'userunknown',
        '417': 'mailboxfull',
        '418': 'userunknown',
        '420': 'suspend',
        '421': 'rejected',
        '423': null,
        '424': null,
        '426': 'suspend',
        '505': 'systemerror',
        '506': 'spamdetected',
        '510': 'blocked',
        '513': null,
        '514': 'mesgtoobig',
        '517': 'policyviolation',
        '630': 'policyviolation',
        '999': 'blocked',
      },
      source: 'Orange / La Poste error codes (LPNnnn_nnn, OFRnnn_nnn); Sisimai 4.25 Rhost/FrancePTT.pm',
    },
    rules: [
      { any: ['lpn007_416', 'lpn007_420', 'ofr_416', 'adresse destinataire invalide'], reason: 'userunknown' },
      { any: ['lpn007_426', 'compte du destinataire est bloque'], reason: 'suspend' },
      { any: ['ofr_506', 'ofr_510', 'mail rejete'], reason: 'spamdetected' },
      { any: ['ofr006_102', 'lpn001_108', 'lpn006_107', 'ip source bloquee', 'service refused, please try later. lpn'], reason: 'blocked' },
      { any: ['ofr005_505'], reason: 'systemerror' },
      { any: ['lpn000_630', 'client host rejected: #216'], reason: 'policyviolation' },
      { any: ['boite du destinataire pleine', 'ofr_417'], reason: 'mailboxfull' },
    ],
  },
  {
    name: 'tencent',
    hosts: ['qq.com', 'exmail.qq.com', 'tencent.com'],
    domains: ['qq.com', 'foxmail.com', 'vip.qq.com'],
    // Tencent QQ Mail's bounce help pages (service.mail.qq.com/detail/122/NN), as tabulated in
    // Sisimai 5.x Rhost/Tencent.pm.
    rules: [
      { any: ['spf check failed', 'dmarc check failed'], reason: 'authfailure' },
      { any: ['suspected bounce attacks', 'suspected spam ip', 'connection denied'], reason: 'blocked' },
      { any: ['message too large'], reason: 'mesgtoobig' },
      { any: ['spam is embedded in the email', 'mail content denied'], reason: 'spamdetected' },
      { any: ['suspected spam', 'mail is rejected by recipients'], reason: 'rejected' },
      { any: ['mailbox unavailable or access denined', 'mailbox unavailable or access denied'], reason: 'speeding' },
      { any: ['is a deactivated mailbox'], reason: 'suspend' },
      { any: ['bad address syntax'], reason: 'syntaxerror' },
      {
        any: [
          'ip frequency limited',
          'domain frequency limited',
          'sender frequency limited',
          'connection frequency limited',
          'frequency limited',
        ],
        reason: 'toomanyconn',
      },
      { any: ['mailbox not found'], reason: 'userunknown' },
    ],
  },
  {
    name: 'kddi',
    hosts: ['ezweb.ne.jp', 'au.com', 'kddi.com', 'dion.ne.jp'],
    domains: ['ezweb.ne.jp', 'au.com', 'biz.ezweb.ne.jp', 'dion.ne.jp'],
    // KDDI's servers say "550 : User unknown" when their filter refused the message, and
    // "550 <rcpt>: User unknown" when the address does not exist.
    rules: [
      { any: ['550 : user unknown'], reason: 'filtered' },
      { any: ['>: user unknown'], reason: 'userunknown' },
    ],
  },
  {
    name: 'nttdocomo',
    hosts: ['docomo.ne.jp'],
    domains: ['docomo.ne.jp'],
    // docomo answers "Unknown user" after DATA when its own filter refuses the sender.
    rules: [{ command: 'DATA', status: '5.0.0', any: ['unknown user'], reason: 'rejected' }],
  },
  {
    name: 'messagelabs',
    hosts: ['messagelabs.com', 'symanteccloud.com'],
    // Its replies point at its troubleshooting page (Broadcom KB 161393 and the replies it quotes).
    replyMarks: ['symanteccloud.com/troubleshooting'],
    domains: [],
    // Broadcom Email Security.cloud (formerly MessageLabs) bounce codes, knowledge.broadcom.com
    // article 169652 and the articles it links, as tabulated in Sisimai 5.x Rhost/MessageLabs.pm.
    rules: [
      { any: ['domain authentication fail'], reason: 'authfailure' },
      { any: ['connection rejected by policy'], reason: 'badreputation' },
      {
        any: ['mail rejected because your ip is in the pbl', 'your ip address has been ', 'your ip address (ip-addr) has been blocked'],
        reason: 'blocked',
      },
      { any: ['stray linefeeds in message'], reason: 'contenterror' },
      { any: ['tls/sslv3 connection required'], reason: 'failedstarttls' },
      { any: [' as a relay, '], reason: 'norelaying' },
      { any: ['550 requested action aborted [4]', 'has detected that this message is not rfc 5322'], reason: 'notcompliantrfc' },
      {
        any: [
          'sender envelope domain not allowed for sender ip address',
          'your domain has been blocked',
          'your email address has been blocked',
          'your envelope sender is in my badmailfrom list',
          'your email address has been blacklisted',
          'your domain has been blacklisted',
        ],
        reason: 'rejected',
      },
      { any: ['please turn on smtp authentication in your mail client'], reason: 'securityerror' },
      { any: ['message filtered', 'filtered by outbound scanning'], reason: 'spamdetected' },
      { any: ['too many recipients received this hour', 'too many messages'], reason: 'toomanyconn' },
      { any: ['no such user', 'invalid recipient', 'mailbox is not allowed'], reason: 'userunknown' },
    ],
  },
  {
    name: 'mimecast',
    hosts: ['mimecast.com', 'mimecast.co.za'],
    // Every Mimecast refusal links its error-code page, community.mimecast.com/docs/DOC-1369
    // ("Mimecast SMTP Error Codes"); "csi.mimecast.org" names its reputation service in the reply.
    replyMarks: ['mimecast.com/docs/doc-1369', 'csi.mimecast.org'],
    domains: [],
    // Mimecast's SMTP error codes (community.mimecast.com, "Mimecast SMTP Error Codes"), as
    // tabulated with a reason in Sisimai 5 Rhost/Mimecast.pm; the reply code there only tells the
    // phrases apart, and these phrases are Mimecast's own.
    rules: [
      { any: ['spf sender invalid', 'dkim sender invalid', 'dmarc sender invalid'], reason: 'authfailure' },
      { any: ['internal resources are temporarily unavailable', 'local ct ip reputation'], reason: 'badreputation' },
      { any: ['ip temporarily blacklisted', 'recipient temporarily unavailable', 'sender address blocked'], reason: 'blocked' },
      { any: ['maximum email size exceeded'], reason: 'mesgtoobig' },
      { any: ['incorrect hostname used for inbounds', 'mail loop detected'], reason: 'networkerror' },
      { any: ['open relay not allowed', 'open relay is not allowed'], reason: 'norelaying' },
      { any: ['account inbounds disabled'], reason: 'notaccept' },
      { any: ['account outbounds disabled', 'hostname is not authorized', 'journal message past expiration'], reason: 'onhold' },
      {
        any: [
          'anti-spoofing policy',
          'message bounced due to content examination policy',
          'host network not allowed',
          'host network, not allowed',
        ],
        reason: 'policyviolation',
      },
      {
        any: [
          'administrative prohibition envelope blocked',
          'envelope blocked - user entry',
          'envelope blocked - user domain entry',
          'header-based manually blocked senders',
          'header-based blocked senders',
          // The replies as Mimecast sends them write "header based" without the hyphen
          // ("550 Rejected by header based Blocked Senders - Block policy for Header From").
          'header based manually blocked senders',
          'header based blocked senders',
          'block policy for envelope from address',
        ],
        reason: 'rejected',
      },
      {
        any: [
          'incorrect authentication data',
          'submitter failed to',
          'this route requires encryption',
          'this route requires tls version',
          'this route requires high-strength ciphers',
          'configuration is invalid for this certificate',
        ],
        reason: 'securityerror',
      },
      {
        any: [
          'unable to process connection at this time',
          'message ended early',
          'unable to process command',
          'unable to process an email at this time',
        ],
        reason: 'systemerror',
      },
      {
        any: ['account service is temporarily unavailable', 'exceeding outbound thread limit', 'too many recipients'],
        reason: 'toomanyconn',
      },
      { any: ['recipient address rejected', 'invalid recipient', 'invalid address', 'user unknown'], reason: 'userunknown' },
      { any: ['mcspamsignature', 'email rejected due to security policies', 'virus'], reason: 'virusdetected' },
    ],
  },
  {
    name: 'cox',
    hosts: ['cox.net', 'cloudfilter.net'],
    domains: ['cox.net'],
    codes: {
      markers: ['aup#'],
      key: 'token',
      table: {
        cxbl: 'blocked',
        cxthrt: 'securityerror',
        cxmj: 'securityerror',
        cxdns: 'requireptr',
        cxsndr: 'authfailure',
        cxsmtp: 'rejected',
        cxcnct: 'toomanyconn',
        cxmxrt: 'toomanyconn',
        cdrbl: 'blocked',
        ipbl0001: 'blocked',
        ipbl0010: 'blocked',
        ipbl0100: 'blocked',
        ipbl0011: 'blocked',
        ipbl0101: 'blocked',
        ipbl0110: 'blocked',
        ipbl0111: 'blocked',
        ipbl1000: 'blocked',
        ipbl1001: 'blocked',
        ipbl1010: 'blocked',
        ipbl1011: 'blocked',
        ipbl1100: 'blocked',
        ipbl1101: 'blocked',
        ipbl1110: 'blocked',
        ipbl1111: 'blocked',
        ipbl00001: 'blocked',
        urlbl011: 'spamdetected',
        urlbl101: 'spamdetected',
        urlbl110: 'spamdetected',
        urlbl1001: 'spamdetected',
      },
      source:
        'Cox email error codes (cox.com/residential/support/email-error-codes); Sisimai Rhost/Cox.pm (4.25; 5.x for requireptr and authfailure)',
    },
    // Cox's error-code page, for refusals that carry no AUP code.
    rules: [
      { any: ['too many bad commands from', 'too many invalid recipients'], reason: 'blocked' },
      { any: ['rejected - no rdns', 'dns check failure - try again later'], reason: 'requireptr' },
      { any: ['esmtp server temporarily not available'], reason: 'systemerror' },
      { any: ['esmtp no data before greeting', 'attachment extension is forbidden'], reason: 'policyviolation' },
      { any: ['too many sessions from', 'requested action aborted: try again later', 'message threshold exceeded'], reason: 'toomanyconn' },
      { any: ['sender rejected'], reason: 'rejected' },
      { any: ['recipient rejected'], reason: 'userunknown' },
    ],
  },
  {
    // Spectrum (Charter, Time Warner Cable, Road Runner): "AUP#In-1310", "AUP#Out-1000".
    name: 'spectrum',
    hosts: ['charter.net', 'spectrum.net', 'rr.com'],
    domains: ['charter.net', 'spectrum.net', 'rr.com', 'twc.com'],
    codes: {
      markers: ['aup#'],
      key: 'last4',
      table: {
        '1000': 'blocked',
        '1010': 'rejected',
        '1090': 'systemerror',
        '1260': 'networkerror',
        '1500': 'rejected',
        '1520': 'rejected',
        '1530': 'mesgtoobig',
        '1540': 'speeding',
        '1550': 'speeding',
        '1560': 'policyviolation',
        '1580': 'speeding',
      },
      ranges: [
        [1020, 1080, 'rejected'],
        [1100, 1150, 'requireptr'],
        [1160, 1190, 'policyviolation'],
        [1200, 1210, 'blocked'],
        [1220, 1250, 'blocked'],
        [1300, 1340, 'toomanyconn'],
        [1350, 1490, 'speeding'],
      ],
      source:
        'Spectrum "Understanding email error codes" (spectrum.net/support/internet/understanding-email-error-codes); Sisimai Rhost/Spectrum.pm (4.25; 5.x for requireptr and speeding)',
    },
    rules: [],
  },
  {
    // Sophos Email (Central Email): its replies carry an "XGEMAIL_00NN" code that names the cause,
    // whoever relays the reply (docs.sophos.com, Central Email help, "SMTP error codes"); and its
    // outbound relay stops a mailbox that sends too much with "554 5.7.28 Mail flood detected"
    // (community.sophos.com, "Sophos Email: Outbound emails bounced with '554 5.7.28 Mail flood
    // detected'"), a rate limit on the sender, not Google's 5.7.28 reputation verdict.
    name: 'sophos',
    hosts: ['sophos.com'],
    replyMarks: ['xgemail_'],
    domains: [],
    codes: {
      markers: ['xgemail_'],
      key: 'token',
      digitsOnly: true,
      table: {
        // DKIM, SPF, DMARC checks failed.
        '0001': 'authfailure',
        '0002': 'authfailure',
        '0003': 'authfailure',
        // The sending IP on a real-time block list; the sender's domain on a domain block list.
        '0004': 'blocked',
        '0005': 'rejected',
        // TLS version below what the recipient's policy requires.
        '0006': 'securityerror',
        // The recipient organisation's licence expired: it accepts no mail.
        '0007': 'notaccept',
        // The sender on the administrator's or the user's block list.
        '0008': 'rejected',
        '0009': 'rejected',
        // The recipient's domain is not one Sophos Email protects: it will not relay for it.
        '0010': 'norelaying',
        // No such address in the protected domain.
        '0011': 'userunknown',
        // Too big; too many recipients for a large message.
        '0012': 'mesgtoobig',
        '0013': 'exceedlimit',
        // The recipient's inbound rate limits (from one sender, from all senders).
        '0014': 'speeding',
        '0015': 'speeding',
      },
      source: 'docs.sophos.com, Sophos Central Email help, "SMTP error codes"',
    },
    rules: [{ status: '5.7.28', any: ['mail flood detected'], reason: 'speeding' }],
  },
  {
    // GoDaddy's inbound servers (secureserver.net) end each refusal with an "IBnnn" code.
    name: 'godaddy',
    hosts: ['secureserver.net'],
    domains: [],
    codes: {
      markers: ['ib'],
      key: 'last3',
      digitsOnly: true,
      table: {
        '103': 'badreputation',
        '104': 'blocked',
        '105': 'blocked',
        '106': 'blocked',
        '007': 'toomanyconn',
        '101': 'speeding',
        '108': 'requireptr',
        '110': 'blocked',
        '111': 'blocked',
        '112': 'blocked',
        '113': 'blocked',
        '212': 'spamdetected',
        '401': 'securityerror',
        '501': 'notcompliantrfc',
        '502': 'notcompliantrfc',
        '504': 'speeding',
        '506': 'rejected',
        '508': 'authfailure',
        '510': 'speeding',
        '605': 'toomanyconn',
        '607': 'speeding',
        '705': 'virusdetected',
      },
      source:
        'GoDaddy "What does my email bounceback mean?" (godaddy.com/help/3568); Sisimai Rhost/GoDaddy.pm (4.25, and 5.x for the reasons 4.25 lacks: requireptr, authfailure, speeding, badreputation, notcompliantrfc)',
    },
    rules: [
      { any: ['www.spamhaus.org/query/bl?ip=', '554 rbl reject.'], reason: 'blocked' },
      { any: ['delivery timeout', 'has been in the queue too long'], reason: 'expired' },
      { any: ['message rejected for spam or virus content'], reason: 'spamdetected' },
      { any: ['message is looping'], reason: 'systemerror' },
      { any: ['account disabled'], reason: 'suspend' },
      { any: ['account storage limit'], reason: 'mailboxfull' },
      { any: ['account does not exist', 'recipient not found'], reason: 'userunknown' },
    ],
  },
  {
    // I.UA (Ukraine) links each refusal to mail.i.ua/err/N.
    name: 'iua',
    hosts: ['email.ua', 'i.ua'],
    domains: ['i.ua', 'email.ua', 'ua.fm'],
    codes: {
      markers: ['.i.ua/err/'],
      key: 'token',
      table: {
        '1': 'norelaying',
        '2': 'userunknown',
        '3': 'suspend',
        '4': 'mailboxfull',
        '5': 'toomanyconn',
        '6': 'norelaying',
        '7': 'blocked',
        '8': 'rejected',
        '9': 'blocked',
        '10': 'filtered',
      },
      source: 'I.UA error pages (mail.i.ua/err/N); Sisimai 4.25 Rhost/IUA.pm',
    },
    rules: [],
  },
  {
    name: 'apple',
    hosts: ['icloud.com', 'me.com', 'mac.com', 'apple.com'],
    // iCloud's refusals link Apple's postmaster page (support.apple.com/102322, formerly HT204137),
    // also for custom domains hosted at iCloud.
    replyMarks: ['support.apple.com/102322', 'support.apple.com/en-us/102322', 'support.apple.com/en-us/ht204137'],
    domains: ['icloud.com', 'me.com', 'mac.com'],
    // iCloud Mail's postmaster information (support.apple.com/102322) as tabulated in Sisimai 5.x Rhost/Apple.pm.
    rules: [
      {
        any: [
          "'s dmarc policy",
          'blocked for failing both spf and dkim autentication checks',
          'blocked for failing both spf and dkim authentication checks',
        ],
        reason: 'authfailure',
      },
      {
        any: [
          'rejected due to having a domain present in the spamhaus',
          'rejected due to listing in spamhaus',
          'blocked - see https://support.proofpoint.com/dnsbl-lookup',
          'not accepting connections',
        ],
        reason: 'blocked',
      },
      { any: ['recipient no longer on server'], reason: 'hasmoved' },
      { any: ['user is over quota', 'over quota'], reason: 'mailboxfull' },
      { any: ['relay access denied'], reason: 'norelaying' },
      { any: ['host/domain does not accept mail'], reason: 'notaccept' },
      { any: ['due to local policy'], reason: 'policyviolation' },
      { any: ['sender address rejected'], reason: 'rejected' },
      { any: ['due to excessive volume'], reason: 'speeding' },
      { any: ['inactive email address', 'user does not exist', 'unknown or illegal alias'], reason: 'userunknown' },
    ],
  },
  // ── Vendor reply codes (P18b, test/engine/reason/vendor-replies.ts) ─────────────────────────
  // Bracketed or dashed codes the vendors write into their own replies. Each format is the
  // vendor's own, so the tables apply whoever relayed the text (a forward or a pasted reply has no
  // host to key on); a code a document does not give a single cause for is left to the words.
  {
    // Yahoo / AOL deferral and rejection tags: "[TSS04]", "[TSS02]", "[TS02]" (complaints, volume,
    // unverified IP or domain: the sender's reputation), "[TS03]" (all mail from the IP permanently
    // deferred), "[PH01]" (content refused for policy reasons).
    name: 'yahoo-codes',
    global: true,
    hosts: [],
    domains: [],
    codes: {
      markers: ['[ts', '[ph'],
      key: 'token',
      table: { s04: 'badreputation', s02: 'badreputation', '02': 'badreputation', '03': 'blocked', '01': 'policyviolation' },
      source:
        'Yahoo Sender Hub "SMTP Error Codes" (senders.yahooinc.com/smtp-error-codes: TS* deferrals, PH* content blocks), Yahoo Help SLN3436 ([TS03]), smtp.codes/yahoo and tamingdns.com ([TSS02], [TSS04])',
    },
    rules: [],
  },
  {
    // Yahoo's "VS" codes: the connection refused (VS99-IP1) or deprioritised for excessive unknown
    // recipients (VS1-IP, VS1-MF: a possible open relay), both about the sending server.
    name: 'yahoo-vs-codes',
    global: true,
    hosts: [],
    domains: [],
    codes: {
      markers: ['vs'],
      key: 'token',
      table: { '99-ip1': 'blocked', '1-ip': 'blocked', '1-mf': 'blocked' },
      source: 'Yahoo Help "Email sent to Yahoo Mail addresses is rejected" (help.yahoo.com/kb/SLN3444)',
    },
    rules: [],
  },
  {
    // Outlook.com's block-list tags in parentheses ("part of their network is on our block list
    // (S3150)") and Exchange Online Protection's "Helo domain is listed in Spamhaus (S8001)".
    name: 'outlook-s-codes',
    global: true,
    hosts: [],
    domains: [],
    codes: {
      markers: ['(s'],
      key: 'token',
      digitsOnly: true,
      table: { '3150': 'blocked', '3140': 'blocked', '8001': 'blocked' },
      source: 'Outlook.com block-list replies (S3150, S3140) and Exchange Online Protection (S8001), as published in postmaster guides',
    },
    rules: [],
  },
  {
    // Outlook.com postmaster codes whose documented cause is one thing. SC-001 and OU-002 ("content
    // with spam-like characteristics or IP/domain reputation") name two and are left to the words.
    name: 'outlook-sc-codes',
    global: true,
    hosts: [],
    domains: [],
    codes: {
      markers: ['sc-'],
      key: 'token',
      digitsOnly: true,
      table: { '002': 'blocked', '003': 'blocked', '004': 'blocked' },
      source:
        'Outlook.com Postmaster "Troubleshooting", SMTP Error Codes table (SC-002 namespace mining, SC-003 open proxy/relay, SC-004 complaints)',
    },
    rules: [],
  },
  {
    name: 'outlook-dy-codes',
    global: true,
    hosts: [],
    domains: [],
    codes: {
      markers: ['dy-'],
      key: 'token',
      digitsOnly: true,
      table: { '001': 'blocked', '002': 'blocked' },
      source: 'Outlook.com Postmaster "Troubleshooting", SMTP Error Codes table (DY-001 dynamic IP, DY-002 compromised or infected server)',
    },
    rules: [],
  },
  {
    name: 'outlook-ou-codes',
    global: true,
    hosts: [],
    domains: [],
    codes: {
      markers: ['ou-'],
      key: 'token',
      digitsOnly: true,
      table: { '001': 'blocked' },
      source: 'Outlook.com Postmaster "Troubleshooting", SMTP Error Codes table (OU-001 Spamhaus listing)',
    },
    rules: [],
  },
  {
    // RP-001/RP-002: the IP exceeded its rate limit, set by IP/domain reputation; RP-003: the
    // connection limit.
    name: 'outlook-rp-codes',
    global: true,
    hosts: [],
    domains: [],
    codes: {
      markers: ['rp-'],
      key: 'token',
      digitsOnly: true,
      table: { '001': 'badreputation', '002': 'badreputation', '003': 'toomanyconn' },
      source: 'Outlook.com Postmaster "Troubleshooting", SMTP Error Codes table (RP-001, RP-002, RP-003)',
    },
    rules: [],
  },
  {
    // iCloud Mail's "[CS01]", "[CS02]", "[HM08]" Message rejected due to local policy.
    name: 'apple-codes',
    global: true,
    hosts: [],
    domains: [],
    codes: {
      markers: ['[cs', '[hm'],
      key: 'token',
      digitsOnly: true,
      table: { '01': 'policyviolation', '02': 'policyviolation', '08': 'policyviolation' },
      source:
        'smtp.codes/icloud ([CS01] local policy), suped.com and bentonow.com ([HM08], [CS02]); iCloud postmaster support.apple.com/102322',
    },
    rules: [],
  },
  {
    // Comcast's block codes: BL000000 (spam-like sending patterns) and BL0000xx/BL006/BL007 (the IP
    // listed on Spamhaus, Cloudmark CSI or SenderScore), ES000001/ES000010 (dynamic/residential IP).
    name: 'comcast-codes',
    global: true,
    hosts: [],
    domains: [],
    codes: {
      markers: ['bl', 'es'],
      key: 'token',
      digitsOnly: true,
      table: {
        '000000': 'blocked',
        '000001': 'blocked',
        '000010': 'blocked',
        '000011': 'blocked',
        '000100': 'blocked',
        '000101': 'blocked',
        '000110': 'blocked',
        '000111': 'blocked',
        '006': 'blocked',
        '007': 'blocked',
      },
      source:
        'Comcast postmaster "Mail delivery error codes" (postmaster.comcast.net/mail-error-codes.html) and Comcast Business "Email bounce back messages" (BL006, BL007)',
    },
    rules: [],
  },
];

/**
 * A host belongs to a provider when it IS one of its domains or ends in "." plus one: by dot-suffix,
 * never by substring ("mx1.acme.com" contains "me.com" and is not Apple's). The field may hold more
 * than a bare name ("dns; mx.example.net", "mx.example.net [192.0.2.1]"): every name in it counts.
 */
export function hostMatches(host: string | null, suffixes: readonly string[]): boolean {
  if (host === null) return false;
  const names = host.toLowerCase().split(/[^a-z0-9.-]+/);
  return names.some((raw) => {
    // A fully qualified name may end in a dot ("mx.example.net.").
    const name = raw.endsWith('.') ? raw.slice(0, -1) : raw;
    return name !== '' && suffixes.some((s) => name === s || name.endsWith(`.${s}`));
  });
}

const CODE_CHAR = /[a-z0-9_-]/;

/** The code written after one of `codes.markers` in `lower`, looked up in the provider's table. */
function lookupCode(codes: ProviderCodes, lower: string): { reason: Reason | null; text: string } | null {
  for (const marker of codes.markers) {
    let at = lower.indexOf(marker);
    while (at >= 0) {
      const before = at === 0 ? '' : (lower[at - 1] ?? '');
      if (!/[a-z0-9]/.test(before) || marker.startsWith('.')) {
        let end = at + marker.length;
        while (end < lower.length && end - at < 40 && CODE_CHAR.test(lower[end] ?? '')) end++;
        const token = lower.slice(at + marker.length, end);
        let from = token.length;
        while (from > 0 && (token[from - 1] ?? '') >= '0' && (token[from - 1] ?? '') <= '9') from--;
        const digits = token.slice(from);
        const key = codes.key === 'token' ? token : codes.key === 'last3' ? digits.slice(-3) : digits.slice(-4);
        const wanted = codes.key === 'last3' ? 3 : codes.key === 'last4' ? 4 : 1;
        if (key.length >= wanted && (codes.digitsOnly !== true || digits === token)) {
          const text = lower.slice(at, end);
          if (Object.prototype.hasOwnProperty.call(codes.table, key)) return { reason: codes.table[key] ?? null, text };
          const n = Number(key);
          const range = codes.ranges?.find(([lo, hi]) => n >= lo && n <= hi);
          if (range !== undefined) return { reason: range[2], text };
        }
      }
      at = lower.indexOf(marker, at + 1);
    }
  }
  return null;
}

/*
 * Which providers a recipient belongs to is asked for every provider, twice per recipient (codes,
 * then phrases); splitting the host fields and comparing every suffix each time was a good part
 * of classifying. The hosts and domains are indexed once, and the answer for the last recipient's
 * fields is kept. Same rule as `hostMatches`: a name matches a suffix when it IS the suffix or
 * ends in "." plus it, i.e. when the suffix is the name or what follows one of its dots.
 */
const BY_HOST = new Map<string, Provider[]>();
const BY_DOMAIN = new Map<string, Provider[]>();
for (const p of PROVIDERS) {
  for (const h of p.hosts) BY_HOST.set(h, [...(BY_HOST.get(h) ?? []), p]);
  for (const d of p.domains) BY_DOMAIN.set(d, [...(BY_DOMAIN.get(d) ?? []), p]);
}

function addHostProviders(host: string | null, out: Set<Provider>): void {
  if (host === null) return;
  for (const raw of host.toLowerCase().split(/[^a-z0-9.-]+/)) {
    const name = raw.endsWith('.') ? raw.slice(0, -1) : raw;
    if (name === '') continue;
    for (const p of BY_HOST.get(name) ?? []) out.add(p);
    for (let dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.', dot + 1)) {
      for (const p of BY_HOST.get(name.slice(dot + 1)) ?? []) out.add(p);
    }
  }
}

interface Fields {
  readonly remoteMta: string | null;
  readonly reportingMta: string | null;
  readonly address: string | null;
}

let lastFields: Fields = { remoteMta: null, reportingMta: null, address: null };
let lastMembers: ReadonlySet<Provider> = new Set();

/** The providers (other than global ones) whose hosts or domains the recipient's fields name. */
function membersOf(input: Fields): ReadonlySet<Provider> {
  if (input.remoteMta === lastFields.remoteMta && input.reportingMta === lastFields.reportingMta && input.address === lastFields.address) {
    return lastMembers;
  }
  const out = new Set<Provider>();
  addHostProviders(input.remoteMta, out);
  addHostProviders(input.reportingMta, out);
  const domain = input.address?.split('@')[1]?.toLowerCase() ?? null;
  if (domain !== null) for (const p of BY_DOMAIN.get(domain) ?? []) out.add(p);
  lastFields = { remoteMta: input.remoteMta, reportingMta: input.reportingMta, address: input.address };
  lastMembers = out;
  return out;
}

/** The names of the providers whose tables apply to these fields (global ones included), in table order; for tests. */
export function providersOf(input: Fields, lowerDiagnostic = ''): string[] {
  const members = membersOf(input);
  return PROVIDERS.filter((p) => belongs(p, members, lowerDiagnostic)).map((p) => p.name);
}

function belongs(p: Provider, members: ReadonlySet<Provider>, lowerDiagnostic: string): boolean {
  return p.global === true || members.has(p) || (p.replyMarks !== undefined && findIn(lowerDiagnostic, p.replyMarks) !== undefined);
}

/**
 * A provider's own refusal code (Cox "AUP#CXBL", Spectrum "AUP#In-1310", GoDaddy "IB104", Orange
 * "OFR_416", I.UA "err/2"), when the host or the recipient's domain is the provider's. A code
 * the provider documents without a cause ("try later") yields nothing.
 */
export function providerCodeReason(
  input: {
    readonly remoteMta: string | null;
    readonly reportingMta: string | null;
    readonly address: string | null;
  },
  lowerDiagnostic: string,
): { reason: Reason; evidence: Evidence } | null {
  if (lowerDiagnostic === '') return null;
  const members = membersOf(input);
  for (const p of PROVIDERS) {
    if (p.codes === undefined || !belongs(p, members, lowerDiagnostic)) continue;
    const hit = lookupCode(p.codes, lowerDiagnostic);
    if (hit !== null && hit.reason !== null) return { reason: hit.reason, evidence: { rule: `provider-code:${p.name}`, text: hit.text } };
  }
  return null;
}

export function providerReason(
  input: {
    readonly remoteMta: string | null;
    readonly reportingMta: string | null;
    readonly address: string | null;
    readonly status: string | null;
    readonly command: string | null;
  },
  lowerDiagnostic: string,
): { reason: Reason; evidence: Evidence } | null {
  if (lowerDiagnostic === '') return null;
  const members = membersOf(input);
  for (const p of PROVIDERS) {
    if (!belongs(p, members, lowerDiagnostic)) continue;
    for (const rule of p.rules) {
      if (rule.status !== undefined && input.status?.startsWith(rule.status) !== true) continue;
      if (rule.detail !== undefined && input.status?.slice(2) !== rule.detail) continue;
      if (rule.command !== undefined && input.command !== rule.command) continue;
      const hit = findIn(lowerDiagnostic, rule.any);
      if (hit !== undefined) return { reason: rule.reason, evidence: { rule: `provider:${p.name}`, text: hit } };
    }
  }
  return null;
}
