/**
 * The special cases that make a verdict trustworthy: forged senders (backscatter), misspelt
 * domains, stale Outlook addresses, who issued a refusal, a recipient's broken forwarding,
 * authentication verdicts, and stated size limits.
 */
import { domainOf } from '../text';
import type { AnalysisResult, RecipientResult } from '../types';

/** Domains people mean most often; a near miss of one of these is probably a typo. */
export const POPULAR_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'ymail.com',
  'aol.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  't-online.de',
  'yahoo.co.uk',
  'yahoo.fr',
  'yahoo.co.jp',
  'hotmail.co.uk',
  'hotmail.fr',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'laposte.net',
  'libero.it',
  'comcast.net',
  'verizon.net',
  'att.net',
  'sbcglobal.net',
  'mail.ru',
  'yandex.ru',
  'qq.com',
  '163.com',
  'zoho.com',
  'fastmail.com',
];

/**
 * Real domains that are near misses of popular ones (national variants, other providers): never
 * "corrected". hotmail.it is not a typo of hotmail.fr, nor mail.com of gmail.com.
 */
export const KNOWN_DOMAINS: ReadonlySet<string> = new Set([
  ...POPULAR_DOMAINS,
  'mail.com',
  'email.com',
  'gmx.at',
  'gmx.ch',
  'gmx.fr',
  'gmx.co.uk',
  'hotmail.it',
  'hotmail.de',
  'hotmail.es',
  'hotmail.be',
  'hotmail.nl',
  'hotmail.ca',
  'hotmail.se',
  'hotmail.no',
  'hotmail.dk',
  'hotmail.com.br',
  'hotmail.com.ar',
  'outlook.fr',
  'outlook.de',
  'outlook.es',
  'outlook.it',
  'outlook.jp',
  'outlook.be',
  'outlook.ie',
  'live.fr',
  'live.de',
  'live.it',
  'live.nl',
  'live.be',
  'live.ca',
  'live.co.uk',
  'live.com.au',
  'yahoo.de',
  'yahoo.es',
  'yahoo.it',
  'yahoo.ca',
  'yahoo.in',
  'yahoo.com.br',
  'yahoo.com.au',
  'ymail.ne.jp',
  'aol.de',
  'aol.fr',
  'aol.co.uk',
  'orange.com',
  'sfr.fr',
  'neuf.fr',
  'bbox.fr',
  'online.de',
  'freenet.de',
  'arcor.de',
  'posteo.de',
  'mailbox.org',
  'virgilio.it',
  'tiscali.it',
  'alice.it',
  'tin.it',
  'telefonica.net',
  'terra.com.br',
  'uol.com.br',
  'bol.com.br',
  'seznam.cz',
  'wp.pl',
  'o2.pl',
  'onet.pl',
  'interia.pl',
  'rambler.ru',
  'yandex.com',
  'list.ru',
  'bk.ru',
  'inbox.ru',
  'naver.com',
  'daum.net',
  'hanmail.net',
  '126.com',
  'sina.com',
  'docomo.ne.jp',
  'ezweb.ne.jp',
  'softbank.ne.jp',
  'icloud.co',
  'cox.net',
  'charter.net',
  'bellsouth.net',
  'earthlink.net',
  'optonline.net',
  'shaw.ca',
  'rogers.com',
  'sympatico.ca',
  'bigpond.com',
  'btinternet.com',
  'sky.com',
  'virginmedia.com',
  'ntlworld.com',
  'talktalk.net',
  'zoho.eu',
  'pm.me',
  'tutanota.com',
  'hey.com',
]);

/** Optimal string alignment distance (transpositions count once), bounded for speed. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(v);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? max + 1;
}

/**
 * The popular domain the user probably meant, when the recipient's domain is a near miss of one.
 * Only call it when the domain itself failed (see `domainFailed`): a "user unknown" proves the
 * domain exists.
 */
export function suggestDomain(address: string | null): string | null {
  const domain = address?.split('@')[1]?.toLowerCase();
  if (domain === undefined || KNOWN_DOMAINS.has(domain)) return null;
  // Thousands of recipients share a few domains: each is compared with the list once.
  const known = suggestMemo.get(domain);
  if (known !== undefined) return known;
  if (suggestMemo.size > 4096) suggestMemo.clear();
  const found = nearestPopular(domain);
  suggestMemo.set(domain, found);
  return found;
}

const suggestMemo = new Map<string, string | null>();

function nearestPopular(domain: string): string | null {
  // Same name, other country ending (hotmail.it vs hotmail.fr): a national domain, not a typo,
  // unless the ending is a known slip of the keyboard (.con, .cmo, .ocm ...).
  const [label, ...rest] = domain.split('.');
  const tld = rest.join('.');
  const TYPO_ENDINGS = ['con', 'cmo', 'ocm', 'vom', 'xom', 'cpm', 'comm', 'om', 'co', 'cm', 'nte', 'ner', 'ent', 'et'];
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of POPULAR_DOMAINS) {
    if (candidate.split('.')[0] === label && !TYPO_ENDINGS.includes(tld)) continue;
    const allowed = candidate.length <= 9 ? 1 : 2;
    const d = editDistance(domain, candidate, allowed);
    if (d <= allowed && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Whether the recipient's DOMAIN failed (not the mailbox): host unknown, no MX, no route. Only
 * then can a near-miss domain be a typo; "user unknown" proves the domain exists.
 */
export function domainFailed(r: RecipientResult): boolean {
  if (r.reason === 'hostunknown') return true;
  const s = r.status ?? '';
  if (/^[45]\.(?:1\.2|4\.4|1\.10|4\.310|4\.312)$/.test(s)) return true;
  const d = (r.diagnosticCode ?? '').toLowerCase();
  return (
    r.reason !== 'userunknown' &&
    /host or domain name not found|domain (?:does not exist|not found)|nonexistentdomain|no such domain|nxdomain|no mx record|unrouteable address|host not found/.test(
      d,
    )
  );
}

/** An Exchange-internal (X.500 / IMCEAEX) address or a stale cached entry. */
export function isStaleOutlookAddress(r: RecipientResult): boolean {
  const a = r.address?.toLowerCase() ?? '';
  const d = r.diagnosticCode?.toLowerCase() ?? '';
  return a.startsWith('imceaex-') || a.startsWith('imcea') || d.includes('exrecipnotfound') || d.includes('invalidinsmtp');
}

export interface AuthVerdicts {
  spf: string | null;
  dkim: string | null;
  dmarc: string | null;
  compauth: string | null;
  /** The Authentication-Results lines the verdicts came from. */
  lines: string[];
}

/** SPF, DKIM and DMARC verdicts from the returned original's Authentication-Results headers. */
export function authVerdicts(result: AnalysisResult): AuthVerdicts {
  const out: AuthVerdicts = { spf: null, dkim: null, dmarc: null, compauth: null, lines: [] };
  for (const line of result.original?.authenticationResults ?? []) {
    const lower = line.toLowerCase();
    let used = false;
    for (const key of ['spf', 'dkim', 'dmarc', 'compauth'] as const) {
      const m = new RegExp(`\\b${key}=([a-z]{2,12})`).exec(lower);
      if (m?.[1] !== undefined && out[key] === null) {
        out[key] = m[1];
        used = true;
      }
    }
    if (used) out.lines.push(line.slice(0, 500));
  }
  return out;
}

/** A size limit the server states ("… exceeds fixed maximum message size (10485760)", "limit 25 MB"). */
export function statedSizeLimit(diagnostic: string | null): string | null {
  if (diagnostic === null) return null;
  const bytes = /(?:size|limit|maximum)\D{0,40}\(?(\d{5,12})\)?\s*(?:bytes)?/i.exec(diagnostic);
  if (bytes?.[1] !== undefined) {
    const n = Number(bytes[1]);
    return n >= 1048576 ? `${(n / 1048576).toFixed(n % 1048576 === 0 ? 0 : 1)} MB` : `${Math.round(n / 1024)} KB`;
  }
  const unit = /(\d{1,5}(?:\.\d{1,2})?)\s?(KB|MB|GB|K|M)\b/i.exec(diagnostic);
  if (unit?.[1] !== undefined && unit[2] !== undefined) return `${unit[1]} ${unit[2].toUpperCase().replace(/^([KMG])$/, '$1B')}`;
  return null;
}

/** Infrastructure that sends on behalf of many organisations: its name in a header proves nothing. */
const SHARED_INFRA = [
  'outlook.com',
  'protection.outlook.com',
  'exchangelabs.com',
  'google.com',
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'amazonses.com',
];

/**
 * The hosts a Received line vouches for: the receiving host (`by …`) and the sending host's name
 * as the receiver looked it up (`from helo (name [ip])`). The bare name after `from` is what the
 * sender claimed (HELO) and proves nothing: forged mail says `from contoso.com (unknown [ip])`.
 */
export function receivedHosts(line: string): string[] {
  const l = line.toLowerCase();
  const hosts: string[] = [];
  const by = /\bby\s+([a-z0-9][a-z0-9.-]{0,252})/.exec(l);
  if (by?.[1] !== undefined) hosts.push(by[1].replace(/\.$/, ''));
  const looked = /^\s*from\s+\S{1,255}\s+\(([a-z0-9][a-z0-9.-]{0,252})\s+\[/.exec(l);
  if (looked?.[1] !== undefined && looked[1] !== 'unknown') hosts.push(looked[1].replace(/\.$/, ''));
  return hosts;
}

/** One sign of a forged sender, as data: the catalogue (`backscatterSigns.<code>`) words it. */
export type BackscatterSignCode = 'spf-failed' | 'dmarc-failed' | 'foreign-message-id' | 'foreign-received' | 'home-origin';

export interface BackscatterSign {
  readonly code: BackscatterSignCode;
  readonly values: Readonly<Record<string, string | number>>;
}

export interface Backscatter {
  readonly forged: boolean;
  readonly evidence: readonly BackscatterSign[];
}

/**
 * A bounce for a message the user never sent: the returned original claims the user's address,
 * but it did not pass through the user's own mail system. Two independent signs are required.
 */
export function detectBackscatter(
  result: AnalysisResult,
  identities: readonly (string | null)[],
  auth: AuthVerdicts = authVerdicts(result),
): Backscatter {
  const evidence: BackscatterSign[] = [];
  const original = result.original;
  if (original === null || result.kind !== 'bounce') return { forged: false, evidence };
  // Every address the reader is known by counts (the Office user, an alias or shared mailbox the
  // bounce landed in, a forward's To): the original claims one of them, or the case is not ours.
  const fromDomain = domainOf(original.from);
  const known = [...identities, result.reportTo].map((a) => domainOf(a)).filter((d): d is string => d !== null);
  const userDomain = known.find((d) => d === fromDomain) ?? null;
  if (userDomain === null) return { forged: false, evidence };

  // Failed SPF/DMARC supports the case but never makes it alone: a genuine message from a
  // badly configured domain fails them too (and bounces for exactly that reason).
  const support: BackscatterSign[] = [];
  if (auth.spf !== null && ['fail', 'softfail'].includes(auth.spf))
    support.push({ code: 'spf-failed', values: { domain: userDomain, verdict: auth.spf } });
  if (auth.dmarc === 'fail') support.push({ code: 'dmarc-failed', values: { domain: userDomain, verdict: 'fail' } });

  const idDomain = domainOf(original.messageId);
  const ownMessageId =
    idDomain !== null && (idDomain === userDomain || idDomain.endsWith(`.${userDomain}`) || SHARED_INFRA.some((s) => idDomain.endsWith(s)));
  const foreignId = idDomain !== null && !ownMessageId;
  if (foreignId) evidence.push({ code: 'foreign-message-id', values: { domain: idDomain } });

  let foreignPath = false;
  if (original.received.length > 0) {
    const throughOwn = original.received.some((r) =>
      receivedHosts(r).some((h) => h === userDomain || h.endsWith(`.${userDomain}`) || SHARED_INFRA.some((s) => h.endsWith(s))),
    );
    foreignPath = !throughOwn;
    if (foreignPath) evidence.push({ code: 'foreign-received', values: { count: original.received.length, domain: userDomain } });
  }
  // Where the original entered the Internet: the bottom Received line's "from" part. A home or
  // dial-up connection (dsl-…, …dyn…, pool, "unknown [ip]") is how botnets send, never how a mail
  // system hands over its users' mail.
  const origin = original.received[original.received.length - 1] ?? '';
  const fromPart = origin.slice(0, Math.max(0, origin.toLowerCase().indexOf(' by ')) || origin.length).slice(0, 500);
  // A mail client submitting through its own server after signing in also shows a home address
  // ("Authenticated sender", ESMTPSA): that is how genuine mail starts, so it is no sign of forgery.
  const submitted = original.received.some((r) => /authenticated sender|\besmtpsa\b|\besmtpa\b|\(authenticated\b/i.test(r.slice(0, 2000)));
  const homeOrigin =
    foreignPath &&
    !submitted &&
    /\b(?:dyn|dynamic|dsl|adsl|dhcp|pool|ppp|cable|broadband|dialup|residential)\b|\bunknown \[/i.test(fromPart);
  if (homeOrigin) evidence.push({ code: 'home-origin', values: { origin: fromPart.trim().slice(0, 160) } });
  // A sign that the message came from elsewhere AND a failed check at the receiver; or, when the
  // receiver recorded no passing check, three signs together: a Message-ID made elsewhere, a
  // Received chain that never touched the user's system, and an origin on a home connection.
  // Forged bounces often carry no authentication results (the receiver refused before checking);
  // a genuine message, even from a bulk mailer, leaves from a mail server.
  const passed = auth.spf === 'pass' || auth.dkim === 'pass' || auth.dmarc === 'pass';
  const forged = (evidence.length >= 1 && support.length >= 1) || (foreignId && foreignPath && homeOrigin && !passed);
  return { forged, evidence: [...evidence, ...support] };
}

/** Exchange Online's host names: shared by every tenant, so a name alone tells no tenant apart. */
const EXO_HOST = /(?:^|\.)(?:outlook\.com|protection\.outlook\.com|exchangelabs\.com|outlook\.office365\.com)$/;

/** Whose server issued the refusal, and the fact that shows it. */
export interface Issuer {
  readonly by: 'own-org' | 'recipient-org' | 'in-between' | 'unknown';
  readonly evidence: string;
}

function hostOf(value: string | null | undefined): string {
  return (value ?? '')
    .toLowerCase()
    .replace(/^dns;\s*/, '')
    .trim()
    .replace(/\.$/, '');
}

const inDomain = (host: string, domain: string): boolean => host === domain || host.endsWith(`.${domain}`);

/**
 * The sender's own domains as far as the bounce shows them: the user's address, any identities
 * the caller knows, the original's From when the bounce went back to the same domain, and the
 * tenant's onmicrosoft.com name when the NDR was written by the sender's tenant.
 */
export function ownDomains(result: AnalysisResult, userAddress: string | null, identities: readonly string[] = []): string[] {
  const out = new Set<string>();
  const user = domainOf(userAddress ?? result.reportTo);
  if (user !== null) out.add(user);
  for (const id of identities) {
    const d = id.includes('@') ? domainOf(id) : id.toLowerCase().replace(/^@/, '');
    if (d !== null && d !== '') out.add(d);
  }
  const from = domainOf(result.original?.from);
  if (from !== null && user !== null && from === user) out.add(from);
  const bounceFrom = domainOf(result.from);
  if (bounceFrom?.endsWith('.onmicrosoft.com') === true && user !== null) {
    const tenant = bounceFrom.split('.')[0] ?? '';
    // The tenant's initial name is usually the domain's first label (contoso.com -> contoso) or the
    // whole domain run together (contoso.de -> contosode); either marks the NDR as the user's own tenant's.
    const joined = user.replace(/[.-]/g, '');
    if (tenant !== '' && (user.split('.')[0] === tenant || joined === tenant)) out.add(bounceFrom);
  }
  return [...out];
}

/**
 * Who issued the refusal: the sender's own organisation, the recipient's, or a server in between.
 * Exchange Online hosts (*.outlook.com) belong to every tenant, so for them the sender's tenant
 * shows only through its own markers: STOREDRV.Submission (the sender's mailbox server), the
 * reporting host that made the original's Message-ID or took it in by MAPI, or an NDR written
 * from one of the sender's own domains.
 */
export function whoIssued(r: RecipientResult, result: AnalysisResult, own: readonly string[]): Issuer {
  const diag = (r.diagnosticCode ?? '').toLowerCase();
  if (diag.includes('storedrv.submission'))
    return { by: 'own-org', evidence: 'STOREDRV.Submission: the sender\u2019s own mailbox server refused to submit the message.' };
  const recipientDomain = domainOf(r.address);
  const remote = hostOf(r.remoteMta);
  const reporter = hostOf(r.reportingMta ?? result.reportingMta);
  if (remote !== '') {
    if (own.some((d) => inDomain(remote, d)))
      return { by: 'own-org', evidence: `The refusing server ${remote} is in the sender\u2019s own domain.` };
    return { by: 'recipient-org', evidence: `The refusal came from ${remote}, the server that takes mail for the recipient.` };
  }
  if (reporter === '') return { by: 'unknown', evidence: '' };
  if (own.some((d) => inDomain(reporter, d)))
    return { by: 'own-org', evidence: `The reporting server ${reporter} is in the sender\u2019s own domain.` };
  if (recipientDomain !== null && inDomain(reporter, recipientDomain))
    return { by: 'recipient-org', evidence: `The reporting server ${reporter} is in the recipient\u2019s domain.` };
  const bounceFrom = domainOf(result.from);
  if (EXO_HOST.test(reporter)) {
    const original = result.original;
    const idHost = domainOf(original?.messageId)?.replace(/>$/, '') ?? '';
    if (idHost !== '' && idHost === reporter)
      return {
        by: 'own-org',
        evidence: `The reporting server ${reporter} made the original\u2019s Message-ID: it is the sender\u2019s mailbox server.`,
      };
    const mapi = original?.received.some((line) => {
      const l = line.toLowerCase();
      return l.includes(' with mapi') && receivedHosts(l).includes(reporter);
    });
    if (mapi === true)
      return { by: 'own-org', evidence: `The reporting server ${reporter} took the message in from the sender\u2019s mailbox (MAPI).` };
    if (bounceFrom !== null && own.some((d) => inDomain(bounceFrom, d)))
      return { by: 'own-org', evidence: `The report was written by the sender\u2019s own tenant (${bounceFrom}).` };
    if (bounceFrom !== null && recipientDomain !== null && inDomain(bounceFrom, recipientDomain))
      return { by: 'recipient-org', evidence: `The report was written by the recipient\u2019s organisation (${bounceFrom}).` };
    return { by: 'unknown', evidence: '' };
  }
  if (bounceFrom !== null && recipientDomain !== null && inDomain(bounceFrom, recipientDomain))
    return { by: 'recipient-org', evidence: `The report was written by the recipient\u2019s organisation (${bounceFrom}).` };
  return { by: 'in-between', evidence: `The reporting server ${reporter} belongs neither to the sender nor to the recipient.` };
}

/** Provider families: a bounce from one of these names speaks for addresses at the others. */
const PROVIDER_FAMILIES: ReadonlyArray<readonly string[]> = [
  ['gmail.com', 'googlemail.com', 'google.com'],
  ['outlook.com', 'hotmail.com', 'live.com', 'msn.com'],
  ['yahoo.com', 'yahoodns.net', 'ymail.com', 'aol.com'],
  ['icloud.com', 'me.com', 'mac.com', 'apple.com'],
];

function family(domain: string): readonly string[] {
  return PROVIDER_FAMILIES.find((f) => f.some((d) => inDomain(domain, d))) ?? [domain];
}

function addressesIn(header: string | null | undefined): string[] {
  return [...(header ?? '').toLowerCase().matchAll(/[a-z0-9._%+-]{1,64}@[a-z0-9.-]{1,253}/g)].map((m) => m[0]);
}

/**
 * A failed address the user never typed: the original went to someone else, and the bounce was
 * written by that someone's provider, which was forwarding the message on. Needs the returned
 * original's To/Cc; Bcc recipients never show there, so the reporting side must be the provider
 * of an address that does show.
 */
export function isRecipientForwarding(r: RecipientResult, result: AnalysisResult, own: readonly string[]): boolean {
  if (!['userunknown', 'hostunknown', 'suspend', 'notaccept'].includes(r.reason)) return false;
  const failed = (r.address ?? '').toLowerCase();
  const failedDomain = domainOf(failed);
  const typed = addressesIn(result.original?.to);
  if (failedDomain === null || typed.length === 0 || typed.includes(failed)) return false;
  // The same mailbox name under another domain is the typed address rewritten, not a forward.
  const local = failed.split('@')[0] ?? '';
  if (typed.some((t) => t.split('@')[0] === local)) return false;
  const reporterDomains = [hostOf(r.reportingMta ?? result.reportingMta), domainOf(result.from) ?? ''].filter((d) => d !== '');
  if (reporterDomains.some((h) => own.some((d) => inDomain(h, d)))) return false;
  return typed.some((t) => {
    const d = domainOf(t);
    if (d === null || d === failedDomain || own.includes(d)) return false;
    const fam = family(d);
    return reporterDomains.some((h) => fam.some((f) => inDomain(h, f)));
  });
}
