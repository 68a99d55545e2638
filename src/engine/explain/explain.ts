/**
 * From an analysis to plain-language explanations, one per recipient and one per group of
 * recipients with the same cause.
 *
 * Lookup precedence (the one place it is decided):
 *   1. special cases: forged sender (backscatter), stale Outlook address, misspelt domain;
 *   2. a catalogue entry whose code AND server words both match;
 *   3. an entry for the exact code, unless the code is only a class default (X.0.0, X.7.1 …);
 *   4. an entry for the code's class (`X.7.26`) or a range (`5.7.606-649`);
 *   5. the entry for the reason, when the reason is specific;
 *   6. a class default code's entry; 7. the reason entry; 8. "unclear".
 * Then "who must act" is computed for the case (see `decideOwner`).
 */
import { isClassDefault } from '../codes';
import { domainOf } from '../text';
import type { Reason } from '../reason/reasons';
import type { AnalysisResult, RecipientResult } from '../types';
import { CATALOGUE } from './catalogue';
import type { EntryId } from './catalogue';
import { format } from './messages';
import type { Catalogue } from './messages';
import { authVerdicts, detectBackscatter, isStaleOutlookAddress, statedSizeLimit, suggestDomain } from './special';
import type { AuthVerdicts, Backscatter } from './special';
import type { CatalogueEntry, Explanation, Owner, Retry } from './types';

/** A catalogue row whose id the message catalogues are checked against. */
type Entry = CatalogueEntry & { readonly id: EntryId };

const BY_ID = new Map(CATALOGUE.map((e) => [e.id, e]));

function entry(id: EntryId): Entry {
  const e = BY_ID.get(id);
  if (e === undefined) throw new Error(`catalogue entry ${id} is missing`);
  return e;
}

/** How well a catalogue code pattern fits a status: 3 exact, 2 class-wide, 1 range, 0 no. */
export function codeFit(pattern: string, status: string): number {
  if (pattern === status) return 3;
  const [pc, ps, pd] = pattern.split('.');
  const [sc, ss, sd] = status.split('.');
  if (pc !== 'X' && pc !== sc) return 0;
  if (ps !== ss || pd === undefined || sd === undefined) return 0;
  if (pd === sd) return 2;
  const range = /^(\d+)-(\d+)$/.exec(pd);
  if (range?.[1] !== undefined && range[2] !== undefined) {
    const n = Number(sd);
    if (n >= Number(range[1]) && n <= Number(range[2])) return 1;
  }
  return 0;
}

function bestByCode(status: string, withText: boolean): Entry | null {
  let best: Entry | null = null;
  let bestFit = 0;
  for (const e of CATALOGUE) {
    if ((e.text !== undefined) !== withText) continue;
    for (const p of e.codes ?? []) {
      const fit = codeFit(p, status);
      if (fit > bestFit) {
        best = e;
        bestFit = fit;
      }
    }
  }
  return best;
}

/** The catalogue entry for a code alone (no server words): used by the coverage test too. */
export function entryForCode(status: string): Entry | null {
  return bestByCode(status, false);
}

export function entryForReason(reason: Reason): Entry | null {
  return CATALOGUE.find((e) => e.reasons?.includes(reason) === true) ?? null;
}

const VAGUE_REASONS: ReadonlySet<Reason> = new Set<Reason>(['onhold', 'undefined']);

function textMatch(e: Entry, lower: string, address: string): boolean {
  return e.text?.some((t) => lower.includes(t) || address.includes(t)) === true;
}

/** Finds the entry and says how it was found. */
export function lookup(r: RecipientResult): { entry: Entry; by: string } {
  const lower = (r.diagnosticCode ?? '').toLowerCase();
  const address = (r.address ?? '').toLowerCase();
  const status = r.status;
  // 2: code and words
  for (const e of CATALOGUE) {
    if (e.text === undefined || !textMatch(e, lower, address)) continue;
    if (status === null || e.codes?.some((p) => codeFit(p, status) > 0) === true) {
      return { entry: e, by: 'code+text' };
    }
  }
  const byReason = entryForReason(r.reason);
  if (status !== null) {
    const byCode = bestByCode(status, false);
    const generic = isClassDefault(status);
    // The server's words named a different cause than its code's usual one (a "5.1.1" for a rate
    // limit): the words win when a phrase or provider rule read them.
    const wordsRule = r.evidence[0]?.rule ?? '';
    const wordsDisagree =
      byCode?.reasons !== undefined &&
      !byCode.reasons.includes(r.reason) &&
      (wordsRule.startsWith('phrase:') || wordsRule.startsWith('provider:'));
    if (byCode !== null && !generic && wordsDisagree && byReason !== null && !VAGUE_REASONS.has(r.reason))
      return { entry: byReason, by: 'reason' };
    if (byCode !== null && !generic) return { entry: byCode, by: 'code' };
    if (byReason !== null && !VAGUE_REASONS.has(r.reason)) return { entry: byReason, by: 'reason' };
    if (byCode !== null) return { entry: byCode, by: 'code' };
  }
  if (byReason !== null) return { entry: byReason, by: 'reason' };
  return { entry: entry('unclear'), by: 'fallback' };
}

export interface ExplainOptions {
  /** The person reading the bounce (mailbox owner); defaults to the report's To. */
  readonly userAddress?: string | null;
  /** Other addresses the reader is known by (the mailbox the bounce was addressed to, an alias). */
  readonly identities?: readonly string[];
  /** The reader's message catalogue: the caller (`run`) chooses it, nothing here defaults. */
  readonly catalogue: Catalogue;
}

/** Facts about the whole message, worked out once and shared by its recipients. */
interface MessageFacts {
  readonly backscatter: Backscatter;
  readonly auth: AuthVerdicts;
}

function messageFacts(result: AnalysisResult, options: ExplainOptions): MessageFacts {
  const auth = authVerdicts(result);
  return { backscatter: detectBackscatter(result, [options.userAddress ?? null, ...(options.identities ?? [])], auth), auth };
}

/**
 * Who must act, for this case. The entry's default, then: a temporary failure the servers keep
 * retrying is "wait" unless the sender's side must fix something; a refusal by the user's own
 * organisation's servers (no remote server involved) for relay or policy is for the user's IT.
 */
export function decideOwner(base: Owner, r: RecipientResult, result: AnalysisResult, userDomain: string | null, vagueEntry = false): Owner {
  if (result.kind === 'auto-reply' || result.kind === 'delivery-report' || r.reason === 'delivered' || r.reason === 'vacation')
    return 'none';
  const temporary = result.kind === 'warning' || r.action === 'delayed' || r.status?.startsWith('4') === true;
  // The report's own "Action Required" mark is the strongest evidence of who must act; the
  // catalogue still says whether the sender's side means the user or their IT.
  if (r.statedOwner === 'recipient') return temporary ? 'wait' : 'recipient-side';
  if (r.statedOwner === 'sender') return base === 'your-it' && !vagueEntry ? 'your-it' : 'you';
  if (r.statedOwner === 'service') return temporary || base === 'wait' ? 'wait' : 'your-it';
  if (temporary && (base === 'recipient-side' || base === 'wait')) return 'wait';
  const reporter = (r.reportingMta ?? result.reportingMta ?? '').toLowerCase();
  const ownServer = userDomain !== null && reporter !== '' && (reporter.endsWith(userDomain) || reporter.includes(`.${userDomain}`));
  if (
    ownServer &&
    r.remoteMta === null &&
    base === 'recipient-side' &&
    ['norelaying', 'securityerror', 'policyviolation', 'blocked'].includes(r.reason)
  ) {
    const recipientDomain = domainOf(r.address);
    if (recipientDomain !== userDomain) return 'your-it';
  }
  return base;
}

function retryText(c: Catalogue, retry: Retry, r: RecipientResult): string {
  if (retry === 'automatic' && r.retryUntil !== null)
    return format(c.retryUntil, { until: r.retryUntil.replace('T', ' ').replace(/:\d\d\.\d+Z$/, ' UTC') }, c.locale);
  return format(c.retry[retry], {}, c.locale);
}

/** The signs of a forged sender, worded by the reader's catalogue. */
function backscatterEvidence(c: Catalogue, b: Backscatter): string[] {
  return b.evidence.map((sign) => format(c.backscatterSigns[sign.code], sign.values, c.locale));
}

export function explainRecipient(
  r: RecipientResult,
  result: AnalysisResult,
  options: ExplainOptions,
  shared: MessageFacts = messageFacts(result, options),
): Explanation {
  const c = options.catalogue;
  const fmt = (message: string, values: Readonly<Record<string, string | number>>): string => format(message, values, c.locale);
  const user = options.userAddress ?? result.reportTo;
  const userDomain = domainOf(user);
  const facts: Record<string, string> = {};
  let found = lookup(r);
  let by = found.by;

  const backscatter = shared.backscatter;
  if (backscatter.forged) {
    found = { entry: entry('backscatter'), by: 'special:backscatter' };
    by = found.by;
    facts.forged = backscatterEvidence(c, backscatter).join(' ');
  } else if (isStaleOutlookAddress(r)) {
    found = { entry: entry('stale-x500'), by: 'special:stale-address' };
    by = found.by;
  } else {
    const suggestion = ['hostunknown', 'userunknown', 'notaccept', 'networkerror', 'expired', 'onhold', 'undefined'].includes(r.reason)
      ? suggestDomain(r.address)
      : null;
    if (suggestion !== null) {
      found = { entry: entry('misspelt-domain'), by: 'special:misspelt-domain' };
      by = found.by;
      facts.suggestion = suggestion;
      facts.domain = domainOf(r.address) ?? '';
    }
  }

  // A delay notice: the servers are still trying, whatever the last error was.
  const DELAY_FAMILY = [
    'expired',
    'expired-reason',
    'network-problem',
    'connection-refused',
    'remote-busy',
    'dns-failed',
    'connection-dropped',
    'unclear',
    'unknown-failure',
  ];
  if ((result.kind === 'warning' || r.action === 'delayed') && DELAY_FAMILY.includes(found.entry.id)) {
    found = { entry: entry('delayed'), by: 'special:delay' };
    by = found.by;
  }
  const e = found.entry;
  const auth = shared.auth;
  if (
    ['spf-fail', 'dmarc-fail', 'dkim-fail', 'outlook-auth-level', 'ms-relay-pool', 'arc-or-tls'].includes(e.id) ||
    r.reason === 'authfailure'
  ) {
    for (const key of ['spf', 'dkim', 'dmarc', 'compauth'] as const) if (auth[key] !== null) facts[key] = auth[key] ?? '';
  }
  const limit =
    ['too-big', 'too-big-for-recipient'].includes(e.id) || r.reason === 'mesgtoobig' || r.reason === 'exceedlimit'
      ? statedSizeLimit(r.diagnosticCode)
      : null;
  if (limit !== null) facts.limit = limit;

  const texts = c.entries[e.id];
  const values: Record<string, string> = {
    recipient: r.address ?? '',
    code: r.status ?? r.replyCode ?? '',
    domain: facts.domain ?? domainOf(r.address) ?? '',
    suggestion: facts.suggestion ?? '',
    limit: facts.limit ?? '',
    hasLimit: facts.limit !== undefined ? 'yes' : 'no',
  };
  const owner =
    e.id === 'backscatter' ? 'none' : e.id === 'misspelt-domain' ? 'you' : decideOwner(e.owner, r, result, userDomain, e.id === 'unclear');
  const steps = texts.steps.map((s) => fmt(s, values));
  const itChecks = texts.it.map((s) => fmt(s, values));
  const authFacts = (['spf', 'dkim', 'dmarc', 'compauth'] as const).filter((k) => facts[k] !== undefined);
  if (authFacts.length > 0)
    itChecks.push(fmt(c.authVerdicts, { verdicts: authFacts.map((k) => `${k.toUpperCase()}=${facts[k] ?? ''}`).join(', ') }));
  const vague = e.id === 'unclear';
  return {
    id: e.id,
    matchedBy: by,
    title: fmt(texts.title, values),
    summary: fmt(texts.summary, values),
    owner,
    steps,
    itChecks,
    retry: e.retry,
    retryText: retryText(c, e.retry, r),
    links: [...(e.links ?? [])],
    confidence: vague
      ? Math.min(0.2, r.confidence)
      : Math.round(Math.min(0.95, r.confidence * (by === 'code+text' || by.startsWith('special') ? 1 : 0.9)) * 100) / 100,
    facts,
  };
}

export interface ExplanationGroup {
  readonly explanation: Explanation;
  /** Indexes into `result.recipients`. */
  readonly recipients: readonly number[];
}

export interface Explained {
  readonly perRecipient: readonly Explanation[];
  /** Recipients with the same cause and the same owner share one explanation. */
  readonly groups: readonly ExplanationGroup[];
  readonly backscatter: boolean;
  readonly backscatterEvidence: readonly string[];
}

export function explain(result: AnalysisResult, options: ExplainOptions): Explained {
  const shared = messageFacts(result, options);
  const perRecipient = result.recipients.map((r) => explainRecipient(r, result, options, shared));
  const groups: Array<{ explanation: Explanation; recipients: number[] }> = [];
  perRecipient.forEach((x, i) => {
    const g = groups.find((y) => y.explanation.id === x.id && y.explanation.owner === x.owner);
    if (g === undefined) groups.push({ explanation: x, recipients: [i] });
    else g.recipients.push(i);
  });
  return {
    perRecipient,
    groups,
    backscatter: shared.backscatter.forged,
    backscatterEvidence: backscatterEvidence(options.catalogue, shared.backscatter),
  };
}
