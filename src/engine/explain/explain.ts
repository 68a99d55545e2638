/**
 * From an analysis to plain-language explanations, one per recipient and one per group of
 * recipients with the same cause.
 *
 * Lookup precedence (the one place it is decided):
 *   1. special cases: forged sender (backscatter), stale Outlook address, the recipient's broken
 *      forwarding, misspelt domain (only when the domain itself failed);
 *   2. a catalogue entry whose code AND server words both match;
 *   3. an entry for the exact code, unless the code is only a class default (X.0.0, X.7.1 …);
 *   4. an entry for the code's class (`X.7.26`) or a range (`5.7.606-649`);
 *   5. the entry for the reason, when the reason is specific;
 *   6. a class default code's entry; 7. the reason entry; 8. "unclear".
 * Then "who must act" is computed for the case (see `decideOwner`): whether the recipient has
 * finally failed or is still being retried, and whose server issued the refusal.
 *
 * Final vs delayed decides the words: a failed recipient never reads "wait" or "still trying"
 * (whatever its code class: a `550 4.4.7` with `Action: failed` came after a day of retries); a
 * delayed one never reads "given up" (see `textsFor`).
 */
import { isClassDefault } from '../codes';
import { domainOf } from '../text';
import type { Reason } from '../reason/reasons';
import type { AnalysisResult, RecipientResult } from '../types';
import { CATALOGUE } from './catalogue';
import type { EntryId } from './catalogue';
import { format } from './messages';
import type { Catalogue, EntryTexts, Message } from './messages';
import {
  authVerdicts,
  detectBackscatter,
  domainFailed,
  isRecipientForwarding,
  isStaleOutlookAddress,
  ownDomains,
  statedSizeLimit,
  suggestDomain,
  whoIssued,
} from './special';
import type { AuthVerdicts, Backscatter, Issuer } from './special';
import type { CatalogueEntry, Explanation, Owner, Retry } from './types';

/** A catalogue row whose id the message catalogues are checked against. */
type Entry = CatalogueEntry & { readonly id: EntryId };

const BY_ID = new Map(CATALOGUE.map((e) => [e.id, e]));

function entry(id: EntryId): Entry {
  const e = BY_ID.get(id);
  if (e === undefined) throw new Error(`catalogue entry ${id} is missing`);
  return e;
}

/** A catalogue code pattern taken apart once: class (`X` for any), subject, detail or detail range. */
interface CodePattern {
  readonly text: string;
  readonly cls: string;
  readonly subject: string;
  readonly detail: string;
  readonly range: readonly [number, number] | null;
}

function parsePattern(pattern: string): CodePattern {
  const [cls = '', subject = '', detail = ''] = pattern.split('.');
  const range = /^(\d+)-(\d+)$/.exec(detail);
  return {
    text: pattern,
    cls,
    subject,
    detail,
    range: range?.[1] !== undefined && range[2] !== undefined ? [Number(range[1]), Number(range[2])] : null,
  };
}

/** A status taken apart once per lookup. */
interface StatusParts {
  readonly text: string;
  readonly cls: string;
  readonly subject: string;
  readonly detail: string | undefined;
}

function statusParts(status: string): StatusParts {
  const [cls = '', subject = '', detail] = status.split('.');
  return { text: status, cls, subject, detail };
}

/** How well a parsed pattern fits a parsed status: 3 exact, 2 class-wide, 1 range, 0 no. */
function fit(p: CodePattern, s: StatusParts): number {
  if (p.text === s.text) return 3;
  if (p.cls !== 'X' && p.cls !== s.cls) return 0;
  if (p.subject !== s.subject || p.detail === '' || s.detail === undefined) return 0;
  if (p.detail === s.detail) return 2;
  if (p.range !== null) {
    const n = Number(s.detail);
    if (n >= p.range[0] && n <= p.range[1]) return 1;
  }
  return 0;
}

/** How well a catalogue code pattern fits a status: 3 exact, 2 class-wide, 1 range, 0 no. */
export function codeFit(pattern: string, status: string): number {
  return fit(parsePattern(pattern), statusParts(status));
}

/**
 * The catalogue indexed once, at load: each entry's code patterns parsed, and the entries with
 * server words apart from those without. Lookups walk these instead of splitting every pattern
 * of every entry for every recipient.
 */
interface IndexedEntry {
  readonly entry: Entry;
  readonly codes: readonly CodePattern[];
}

const INDEXED: readonly IndexedEntry[] = CATALOGUE.map((entry) => ({ entry, codes: (entry.codes ?? []).map(parsePattern) }));
const WITH_TEXT: readonly IndexedEntry[] = INDEXED.filter((e) => e.entry.text !== undefined);
const WITHOUT_TEXT: readonly IndexedEntry[] = INDEXED.filter((e) => e.entry.text === undefined);

/** The answer depends only on the status: worked out once per status, not once per recipient. */
const byCodeMemo = new Map<string, Entry | null>();

function bestByCode(status: string, withText: boolean): Entry | null {
  const key = `${withText ? 't' : 'c'}${status}`;
  const known = byCodeMemo.get(key);
  if (known !== undefined) return known;
  // Statuses are at most X.999.999: the memo stays small.
  if (byCodeMemo.size > 4096) byCodeMemo.clear();
  const found = scanByCode(statusParts(status), withText ? WITH_TEXT : WITHOUT_TEXT);
  byCodeMemo.set(key, found);
  return found;
}

function scanByCode(status: StatusParts, entries: readonly IndexedEntry[]): Entry | null {
  let best: Entry | null = null;
  let bestFit = 0;
  for (const e of entries) {
    for (const p of e.codes) {
      const f = fit(p, status);
      if (f > bestFit) {
        best = e.entry;
        bestFit = f;
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

/**
 * The server's words as one line: multi-line replies (`550-5.7.1 … very low` / `550-5.7.1
 * reputation`) repeat the code on every line, which splits phrases once the lines are joined.
 * Those prefixes and runs of white space go, so a phrase matches wherever the server wrapped it.
 */
export function normaliseDiagnostic(text: string | null): string {
  const words = (text ?? '').toLowerCase().split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    // A continuation prefix inside the text: `550-5.7.1`, `550-`, or `550 5.7.1` (the last line).
    if (out.length > 0 && /^[245]\d\d-(?:[245]\.\d{1,3}\.\d{1,3})?$/.test(w)) continue;
    if (out.length > 0 && /^[245]\d\d$/.test(w) && /^[245]\.\d{1,3}\.\d{1,3}$/.test(words[i + 1] ?? '')) {
      i++;
      continue;
    }
    if (w !== '') out.push(w);
  }
  return out.join(' ');
}

/** Finds the entry and says how it was found. */
/** Every text fragment the catalogue matches, for telling which of them an address holds. */
const ALL_TEXTS: readonly string[] = [...new Set(CATALOGUE.flatMap((e) => e.text ?? []))];

/**
 * Lookups already made, by everything `lookup` reads: the status, the reason, the rule that read
 * the words, the server's words, and which catalogue fragments the address holds (not the address
 * itself, so the thousands of recipients of one bounce share one lookup).
 */
const lookupMemo = new Map<string, { entry: Entry; by: string }>();

export function lookup(r: RecipientResult): { entry: Entry; by: string } {
  const address = (r.address ?? '').toLowerCase();
  const inAddress = ALL_TEXTS.filter((t) => address.includes(t)).join('\u0001');
  const key = [r.status, r.reason, r.evidence[0]?.rule ?? '', inAddress, r.diagnosticCode ?? ''].join('\u0000');
  const known = lookupMemo.get(key);
  if (known !== undefined) return known;
  // Bounded: a long batch of distinct bounces must not grow it without end.
  if (lookupMemo.size > 4096) lookupMemo.clear();
  const found = lookupUncached(r, address);
  lookupMemo.set(key, found);
  return found;
}

function lookupUncached(r: RecipientResult, address: string): { entry: Entry; by: string } {
  const lower = normaliseDiagnostic(r.diagnosticCode);
  const status = r.status;
  // 2: code and words
  const parts = status === null ? null : statusParts(status);
  for (const { entry: e, codes } of WITH_TEXT) {
    if (!textMatch(e, lower, address)) continue;
    if (parts === null || codes.some((p) => fit(p, parts) > 0)) return { entry: e, by: 'code+text' };
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
  /** More of the user's own addresses or domains (the mailbox the bounce was addressed to, an alias, accepted domains). */
  readonly identities?: readonly string[];
  /** The reader's message catalogue: the caller (`run`) chooses it, nothing here defaults. */
  readonly catalogue: Catalogue;
}

/** Facts about the whole message, worked out once and shared by its recipients. */
interface MessageFacts {
  readonly backscatter: Backscatter;
  readonly auth: AuthVerdicts;
  readonly own: readonly string[];
}

function messageFacts(result: AnalysisResult, options: ExplainOptions): MessageFacts {
  const user = options.userAddress ?? null;
  const auth = authVerdicts(result);
  return {
    backscatter: detectBackscatter(result, [user, ...(options.identities ?? [])], auth),
    auth,
    own: ownDomains(result, user, options.identities),
  };
}

/**
 * Whether the servers are still retrying this recipient. The DSN's own Action decides; a code's
 * class does not: Exchange reports `550 4.4.7 QUEUE.Expired` with `Action: failed` after a day of
 * retries, and a 5.x.x in a delay notice is the last error of a retry that goes on.
 */
export function isDelayed(r: RecipientResult, result: AnalysisResult): boolean {
  if (r.action === 'failed') return false;
  if (r.action === 'delayed') return true;
  return result.kind === 'warning';
}

/** Entries for a refusal by policy: whose policy it is follows from who issued the refusal. */
const POLICY_ENTRIES: ReadonlySet<string> = new Set([
  'mail-flow-rule',
  'transport-rule',
  'refused-policy',
  'relay-denied',
  'relay',
  'unknown-failure',
  'ms-generic-remote',
  'blocked',
]);

/**
 * Who must act, for this case.
 *  - Nothing to do for auto-replies, delivery reports and delivered recipients.
 *  - Still being retried (a delay): `wait`, unless the entry says a fix on the sender's side is
 *    needed before any retry can work (`whenDelayed`, or an `after-fix` entry owned by the sender's
 *    side).
 *  - Finally failed: never `wait`; the entry's owner, except that a policy refusal issued by the
 *    sender's own organisation (a transport rule of the own tenant, the own relay) is for the
 *    sender's IT, and a relay refusal by the recipient's own server is for the recipient's side.
 */
export function decideOwner(
  e: CatalogueEntry,
  r: RecipientResult,
  result: AnalysisResult,
  issuer: Issuer,
  delayed: boolean = isDelayed(r, result),
): Owner {
  if (result.kind === 'auto-reply' || result.kind === 'delivery-report' || r.reason === 'delivered' || r.reason === 'vacation')
    return 'none';
  if (e.owner === 'none') return 'none';
  // The report's own "Action Required" mark (Exchange's enhanced layout) is the strongest evidence
  // of who must act; the catalogue still says whether the sender's side means the user or their IT.
  if (r.statedOwner === 'recipient') return delayed ? 'wait' : 'recipient-side';
  if (r.statedOwner === 'sender') return e.owner === 'your-it' && e.id !== 'unclear' ? 'your-it' : 'you';
  if (r.statedOwner === 'service') return delayed || e.owner === 'wait' ? 'wait' : 'your-it';
  if (delayed) {
    if (e.whenDelayed !== undefined) return e.whenDelayed;
    if (e.retry === 'after-fix' && (e.owner === 'you' || e.owner === 'your-it')) return e.owner;
    return 'wait';
  }
  const base: Owner = e.owner === 'wait' ? 'recipient-side' : e.owner;
  if (issuer.by === 'own-org' && POLICY_ENTRIES.has(e.id)) return 'your-it';
  if (issuer.by === 'recipient-org' && (e.id === 'relay-denied' || e.id === 'relay') && r.remoteMta !== null) return 'recipient-side';
  return base;
}

/** Entries whose words for a delay are simply "your message is delayed". */
function usesGenericDelay(e: CatalogueEntry, texts: EntryTexts | undefined): boolean {
  if (texts?.delayed !== undefined) return false;
  return e.owner === 'wait' || e.retry === 'later' || e.retry === 'automatic' || e.retry === 'no';
}

/**
 * The words for an entry, final or delayed. A delayed recipient gets the entry's `delayed`
 * replacements; without them, the generic delay notice for causes that clear by themselves, or
 * the entry's own words led by "still trying, but a fix is needed" for causes that do not.
 */
export function textsFor(c: Catalogue, e: Entry, delayed: boolean): { id: EntryId; texts: EntryTexts } {
  const own = c.entries[e.id];
  if (!delayed || e.id === 'delayed') return { id: e.id, texts: own };
  if (own.delayed !== undefined) {
    const d = own.delayed;
    return {
      id: e.id,
      texts: { title: d.title ?? own.title, summary: d.summary ?? own.summary, steps: d.steps ?? own.steps, it: own.it },
    };
  }
  if (usesGenericDelay(e, own)) {
    const generic = c.entries.delayed;
    return { id: 'delayed', texts: { ...generic, it: [...own.it, ...generic.it] } };
  }
  return { id: e.id, texts: { ...own, steps: [c.delayedNeedsFix, ...own.steps] } };
}

function retryFor(e: CatalogueEntry, delayed: boolean, owner: Owner): Retry {
  // An entry that needs no resend says so even while waiting (a post held for a moderator is not
  // being retried by anyone); otherwise a wait is the servers' automatic retry.
  if (delayed) {
    if (e.retry === 'not-needed') return e.retry;
    return owner === 'wait' || e.retry !== 'after-fix' ? 'automatic' : e.retry;
  }
  // A failed recipient is not retried any more: "keeps retrying" would be false.
  return e.retry === 'automatic' ? 'later' : e.retry;
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
  const fmt = (message: Message, values: Readonly<Record<string, string | number>>): string => format(message, values, c.locale);
  const facts: Record<string, string> = {};
  let found = lookup(r);
  let by = found.by;
  const delayed = isDelayed(r, result);
  const issuer = whoIssued(r, result, shared.own);
  if (issuer.by !== 'unknown') {
    facts.issuedBy = issuer.by;
    facts.issuedByEvidence = issuer.evidence;
  }

  const backscatter = shared.backscatter;
  if (backscatter.forged) {
    found = { entry: entry('backscatter'), by: 'special:backscatter' };
    by = found.by;
    facts.forged = backscatterEvidence(c, backscatter).join(' ');
  } else if (isStaleOutlookAddress(r)) {
    found = { entry: entry('stale-x500'), by: 'special:stale-address' };
    by = found.by;
  } else if (isRecipientForwarding(r, result, shared.own)) {
    found = { entry: entry('recipient-forwarding'), by: 'special:recipient-forwarding' };
    by = found.by;
  } else {
    const suggestion = domainFailed(r) ? suggestDomain(r.address) : null;
    if (suggestion !== null) {
      found = { entry: entry('misspelt-domain'), by: 'special:misspelt-domain' };
      by = found.by;
      facts.suggestion = suggestion;
      facts.domain = domainOf(r.address) ?? '';
    }
  }
  // RFC 5248 X.7.13 from the recipient's server when it checked the recipient: their account.
  if (found.entry.id === 'sender-account-disabled' && issuer.by === 'recipient-org' && r.smtpCommand !== 'AUTH') {
    found = { entry: entry('mailbox-disabled'), by: `${by}+recipient-account` };
    by = found.by;
  }

  const e = found.entry;
  const auth = shared.auth;
  if (
    ['spf-fail', 'dmarc-fail', 'dkim-fail', 'outlook-auth-level', 'ms-relay-pool', 'arc-or-tls', 'unauthenticated-sender'].includes(e.id) ||
    r.reason === 'authfailure'
  ) {
    for (const key of ['spf', 'dkim', 'dmarc', 'compauth'] as const) if (auth[key] !== null) facts[key] = auth[key] ?? '';
  }
  const limit =
    ['too-big', 'too-big-for-recipient'].includes(e.id) || r.reason === 'mesgtoobig' || r.reason === 'exceedlimit'
      ? statedSizeLimit(r.diagnosticCode)
      : null;
  if (limit !== null) facts.limit = limit;

  const chosen = textsFor(c, e, delayed);
  const texts = chosen.texts;
  const values: Record<string, string> = {
    recipient: r.address ?? '',
    code: r.status ?? r.replyCode ?? '',
    domain: facts.domain ?? domainOf(r.address) ?? '',
    suggestion: facts.suggestion ?? '',
    limit: facts.limit ?? '',
    hasLimit: facts.limit !== undefined ? 'yes' : 'no',
  };
  const owner = e.id === 'backscatter' ? 'none' : decideOwner(e, r, result, issuer, delayed);
  const retry = retryFor(chosen.id === 'delayed' ? entry('delayed') : e, delayed, owner);
  const steps = texts.steps.map((s) => fmt(s, values));
  const itChecks = texts.it.map((s) => fmt(s, values));
  if (issuer.evidence !== '') itChecks.push(issuer.evidence);
  const authFacts = (['spf', 'dkim', 'dmarc', 'compauth'] as const).filter((k) => facts[k] !== undefined);
  if (authFacts.length > 0)
    itChecks.push(fmt(c.authVerdicts, { verdicts: authFacts.map((k) => `${k.toUpperCase()}=${facts[k] ?? ''}`).join(', ') }));
  const vague = e.id === 'unclear';
  return {
    id: chosen.id,
    matchedBy: chosen.id === e.id ? by : `${by}+delay`,
    title: fmt(texts.title, values),
    summary: fmt(texts.summary, values),
    owner,
    steps,
    itChecks,
    retry,
    retryText: retryText(c, retry, r),
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
