/**
 * Provider tables: big receivers word their refusals in their own way, and the same words mean
 * different things at different providers. A table applies when the remote server, the reporting
 * server or the recipient's domain belongs to the provider.
 */
import type { Evidence } from '../types';
import type { Reason } from './reasons';

interface ProviderRule {
  /** Status code prefix (`5.7.`) the rule needs, if any. */
  readonly status?: string;
  /** SMTP command the refusal must follow, if any. */
  readonly command?: string;
  /** Any of these lower-case fragments. */
  readonly any: readonly string[];
  readonly reason: Reason;
}

interface Provider {
  readonly name: string;
  /** The provider's tags are unique to it: the table applies whoever relayed the text. */
  readonly global?: boolean;
  /** Host name suffixes of the provider's servers. */
  readonly hosts: readonly string[];
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
      { any: ['resolver.rst.authrequired', 'resolver.rst.notauthorized', 'restrictedtorecipientspermission'], reason: 'policyviolation' },
      { any: ['smtpsend.dns.nonexistentdomain'], reason: 'hostunknown' },
      { any: ['queue.expired'], reason: 'expired' },
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
    domains: ['gmail.com', 'googlemail.com'],
    rules: [
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
      {
        any: [
          'resolver.rst.authrequired',
          'resolver.rst.notauthorized',
          'delivery not authorized',
          'restrictedtorecipientspermission',
          'not a group member',
          'allowed-senders list',
        ],
        reason: 'policyviolation',
      },
      { any: ['does not pass dmarc', 'sender policy framework', 'required authentication level'], reason: 'authfailure' },
      {
        any: ['banned sending ip', 'blocked using', 'listed in spamhaus', 'customer block list', 'traffic not accepted from this ip'],
        reason: 'blocked',
      },
      { any: ['spam abuse detected', 'banned sender', 'bad outbound sender'], reason: 'rejected' },
      { any: ['mailbox full', 'quotaexceeded', 'shutoffquotaexceeded'], reason: 'mailboxfull' },
      { any: ['reverse dns record'], reason: 'requireptr' },
      { any: ['not permitted to relay', 'relay access denied', 'unable to relay'], reason: 'norelaying' },
      { any: ['rfc 5322'], reason: 'notcompliantrfc' },
      { any: ['exceeded permitted limits', 'tenant has exceeded threshold', 'daily limit', 'submission quota'], reason: 'exceedlimit' },
      { any: ['server busy', 'please try again later', 'temporarily deferred'], reason: 'badreputation' },
      { any: ['hop count exceeded', 'routing loop'], reason: 'networkerror' },
      { any: ['queue.expired', 'message expired'], reason: 'expired' },
    ],
  },
  {
    name: 'yahoo',
    hosts: ['yahoo.com', 'yahoodns.net', 'aol.com', 'yahoo.co.jp'],
    domains: ['yahoo.com', 'aol.com', 'ymail.com', 'rocketmail.com', 'yahoo.co.uk', 'yahoo.fr'],
    rules: [
      { any: ["user doesn't have a", 'mailbox unavailable', 'not a valid mailbox', 'this user doesn'], reason: 'userunknown' },
      {
        any: [
          'temporarily deferred due to unexpected volume or user complaints',
          'unexpected volume',
          'user complaints',
          'ts01',
          'ts02',
          'ts03',
        ],
        reason: 'badreputation',
      },
      { any: ['dmarc', 'not authenticated', 'spf', 'dkim'], reason: 'authfailure' },
      { any: ['too many', 'rate limit'], reason: 'speeding' },
      { any: ['ptr', 'reverse dns'], reason: 'requireptr' },
      { any: ['not accepted for policy reasons', 'policy'], reason: 'policyviolation' },
      { any: ['over quota', 'mailbox is full'], reason: 'mailboxfull' },
      { any: ['disabled', 'inactive'], reason: 'suspend' },
    ],
  },
  {
    name: 'orange',
    hosts: ['orange.fr', 'wanadoo.fr', 'laposte.net', 'francetelecom.fr'],
    domains: ['orange.fr', 'wanadoo.fr', 'laposte.net', 'voila.fr'],
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
    rules: [
      { any: ['frequency limited', 'too many connections'], reason: 'toomanyconn' },
      { any: ['mailbox not found', 'mailbox unavailable'], reason: 'userunknown' },
      { any: ['mailbox is full', 'over quota'], reason: 'mailboxfull' },
      { any: ['spam', 'content rejected'], reason: 'spamdetected' },
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
    domains: [],
    rules: [
      { any: ['no such user', 'rejected'], reason: 'userunknown' },
      { any: ['spam'], reason: 'spamdetected' },
    ],
  },
  {
    name: 'mimecast',
    hosts: ['mimecast.com', 'mimecast.co.za'],
    domains: [],
    rules: [
      { any: ['recipient address rejected', 'invalid recipient'], reason: 'userunknown' },
      { any: ['mcspamsignature', 'virus'], reason: 'virusdetected' },
      { any: ['host network not allowed'], reason: 'policyviolation' },
    ],
  },
  {
    name: 'cox',
    hosts: ['cox.net', 'cloudfilter.net'],
    domains: ['cox.net'],
    rules: [{ any: ['sender rejected', 'aup#cdrbl', 'aup#'], reason: 'blocked' }],
  },
  {
    name: 'apple',
    hosts: ['icloud.com', 'me.com', 'mac.com', 'apple.com'],
    domains: ['icloud.com', 'me.com', 'mac.com'],
    rules: [
      { any: ['user does not exist', 'recipient address rejected', 'mailbox does not exist', 'user unknown'], reason: 'userunknown' },
      { any: ['exceeded storage', 'mailbox full', 'over quota'], reason: 'mailboxfull' },
      { any: ['dmarc', 'spf', 'dkim'], reason: 'authfailure' },
      { any: ['reverse dns', 'ptr'], reason: 'requireptr' },
      { any: ['blocked', 'not accepted'], reason: 'blocked' },
    ],
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
  const domain = input.address?.split('@')[1]?.toLowerCase() ?? null;
  for (const p of PROVIDERS) {
    const ours =
      p.global === true ||
      hostMatches(input.remoteMta, p.hosts) ||
      hostMatches(input.reportingMta, p.hosts) ||
      (domain !== null && p.domains.includes(domain));
    if (!ours) continue;
    for (const rule of p.rules) {
      if (rule.status !== undefined && input.status?.startsWith(rule.status) !== true) continue;
      if (rule.command !== undefined && input.command !== rule.command) continue;
      const hit = rule.any.find((f) => lowerDiagnostic.includes(f));
      if (hit !== undefined) return { reason: rule.reason, evidence: { rule: `provider:${p.name}`, text: hit } };
    }
  }
  return null;
}
