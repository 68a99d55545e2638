/**
 * The special cases that make a verdict trustworthy: forged senders (backscatter), misspelt
 * domains, stale Outlook addresses, authentication verdicts, and stated size limits.
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

/** The popular domain the user probably meant, when the recipient's domain is a near miss of one. */
export function suggestDomain(address: string | null): string | null {
  const domain = address?.split('@')[1]?.toLowerCase();
  if (domain === undefined || POPULAR_DOMAINS.includes(domain)) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of POPULAR_DOMAINS) {
    const allowed = candidate.length <= 9 ? 1 : 2;
    const d = editDistance(domain, candidate, allowed);
    if (d <= allowed && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
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

/** One sign of a forged sender, as data: the catalogue (`backscatterSigns.<code>`) words it. */
export type BackscatterSignCode = 'spf-failed' | 'dmarc-failed' | 'foreign-message-id' | 'foreign-received';

export interface BackscatterSign {
  readonly code: BackscatterSignCode;
  readonly values: Readonly<Record<string, string | number>>;
}

export interface Backscatter {
  readonly forged: boolean;
  readonly evidence: readonly BackscatterSign[];
}

/**
 * The parts of a Received line the receiving server vouches for: the reverse-DNS name and
 * address it saw, and its own name. The `from <name>` right after "from" is what the sender
 * claimed (HELO), so a forger writes the victim's domain there; it proves nothing.
 */
function verifiedPart(received: string): string {
  const m = /^\s*from\s+\S+\s*\(([^)]{0,300})\)(.*)$/is.exec(received);
  return m === null ? received : `${m[1] ?? ''} ${m[2] ?? ''}`;
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
  if (idDomain !== null && !ownMessageId) evidence.push({ code: 'foreign-message-id', values: { domain: idDomain } });

  if (original.received.length > 0) {
    const throughOwn = original.received.some((r) => {
      const l = verifiedPart(r).toLowerCase();
      return l.includes(userDomain) || SHARED_INFRA.some((s) => l.includes(s));
    });
    if (!throughOwn) evidence.push({ code: 'foreign-received', values: { count: original.received.length, domain: userDomain } });
  }
  // A sign that the message came from elsewhere AND a failed check at the receiver: Message-IDs
  // and Received lines alone vary too much between clients and providers to accuse anyone.
  const forged = evidence.length >= 1 && support.length >= 1;
  return { forged, evidence: [...evidence, ...support] };
}
