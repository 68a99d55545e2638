/**
 * The one documented precedence of evidence. Two decisions are made here and nowhere else.
 *
 * A. Which code (`chooseCodes`). Rules, in order:
 * 1. Status: the `Status:` field of the delivery-status part (or the code a decoder read as the
 *    status) and the enhanced code found in the server's own words can disagree. The server's
 *    words win when the field is vague (a class default, `isClassDefault` in codes.ts: X.0.0,
 *    X.N.0, X.7.1, X.4.7; or 5.1.1 written for any refusal at RCPT) and the text's code has the
 *    same class as the reply code; a class-default field of the other class also yields to the
 *    server's own reply and enhanced code when those two agree. Otherwise the field wins.
 *    A field of the form X.Y.0 with a code X.Y.Z (Z of two or more digits) in the text is taken as
 *    coarsened: Exchange rebuilds DSNs from stored properties and keeps only one digit per part
 *    (5.7.367 stored as 5.7.0, 4.4.316 as 4.4.0), so the text's code is the real one.
 * 2. With no field, the first code in the diagnostic text is used; with neither, none.
 * 3. Reply code: the code in the diagnostic next to the status is preferred; a reply code whose
 *    class disagrees with the chosen status is dropped.
 *
 * B. Which evidence names the reason (`REASON_PRECEDENCE`, applied by `reason/classify.ts`):
 * among a reason the format states, a specific enhanced code (5.2.2, 5.7.26, 5.4.312), the
 * server's explicit words about the recipient or the message (the phrase families of
 * `reason/families.ts`: "user unknown", "host or domain name not found", "blocked using <list>",
 * "spam" …), a class-generic code (X.0.0, X.1.0, X.5.0, X.7.0, X.7.1 …) and a bare reply code,
 * the order is: stated format > specific code > explicit words > class-generic code > bare
 * reply code. A provider's own detail codes and refusal codes (`reason/providers.ts`) count as
 * specific codes; a provider's table comes
 * after the explicit words (its keywords are broader) and before the generic phrase lists. A
 * provider rule that names a status (Exchange's 5.7.504 "Recipient address rejected: Access
 * denied", Google's NXDOMAIN in a 5.x.x or a 4.x.x failure, Google's reused X.7.28 per IP, domain,
 * URL or rate) reads the code and the words together, as the vendor documents them; a registry
 * code a provider reuses for its own meaning (Google's X.7.23 PTR, X.7.28, X.7.29 TLS) is read by
 * the provider's table, which comes before the status map's specific codes.
 * Two refinements inside the tiers (`reason/classify.ts`), because the words name whose problem it
 * is: a quota the words name as the sender's or as counted per day or hour (`SENDING_QUOTA`) is a
 * sending limit, read as speeding where the mailbox-full words would otherwise decide, before a
 * specific code of a later strong reason (a vendor's 5.4.6 "Sender Daily Quota Exceeded" is no
 * routing loop; 5.2.2, a full mailbox by its code, still decides); and a retry hint ("try again
 * later", `RETRY_HINTS`) names no cause, so in the weak pass the words of any other weak reason in
 * the same reply (login, authentication) win over it.
 * The phrase lists behind the words are ours, then Sisimai 5's rule
 * lists (`reason/phrases-sisimai5.ts`), then other classifiers' rules (`reason/phrases-peers.ts`),
 * ours first.
 */
import { findReplyCode, findStatuses, isClassDefault } from './codes';

/**
 * A field value the server's words may refine (rule 1): a class default, or 5.1.1, which many
 * servers write for every refusal at RCPT time whatever its cause ("a 5.1.x default").
 */
function refinable(field: string): boolean {
  return isClassDefault(field) || field === '5.1.1';
}

export interface CodeChoice {
  readonly status: string | null;
  readonly replyCode: string | null;
  readonly rule: string;
}

/** The reply code written right before a status in the text (`421 4.4.2`, `550-'5.7.1`), if any. */
function adjacentReply(diagnostic: string, status: string): string | null {
  const at = diagnostic.indexOf(status);
  if (at < 0) return null;
  const m = /([245]\d\d)[ -]['"]?$/.exec(diagnostic.slice(Math.max(0, at - 6), at));
  return m?.[1] ?? null;
}

/** `field` looks like a coarsened form of `text`: same class and subject, detail cut to 0. */
export function isCoarsenedForm(field: string, text: string): boolean {
  const [fc, fs, fd] = field.split('.');
  const [tc, ts, td] = text.split('.');
  return fd === '0' && fc === tc && fs === ts && td !== undefined && td.length >= 2;
}

export function chooseCodes(field: string | null, diagnostic: string, replyField: string | null = null): CodeChoice {
  const all = findStatuses(diagnostic);
  const failing = all.filter((s) => !s.startsWith('2') || field?.startsWith('2') === true);
  // A success code counts only when nothing else is there (a delivery notice).
  let inText = failing.length > 0 ? failing : all;
  // A code the server wrote next to its reply code is its own; others are quoted or prose.
  const paired = inText.filter((s) => adjacentReply(diagnostic, s) !== null);
  if (field === null && paired.length > 0) inText = [...paired, ...inText.filter((s) => !paired.includes(s))];
  // With a vague field, the first code in the text that says more than the field is the candidate.
  const coarsened = field === null ? undefined : inText.find((s) => isCoarsenedForm(field, s));
  const textStatus = coarsened ?? (field !== null && refinable(field) ? inText.find((s) => s !== field) : undefined) ?? inText[0] ?? null;
  let status = field;
  let rule = field !== null ? 'status-field' : 'none';
  if (field === null && textStatus !== null) {
    status = textStatus;
    rule = 'text';
  } else if (field !== null && textStatus !== null && textStatus !== field) {
    const reply = adjacentReply(diagnostic, textStatus) ?? replyField ?? findReplyCode(diagnostic, textStatus);
    const sameClass = reply === null || reply[0] === textStatus[0];
    if (coarsened !== undefined && textStatus === coarsened && sameClass) {
      status = textStatus;
      rule = 'text-refines-coarsened-field';
    } else if (refinable(field) && sameClass && textStatus[0] === field[0] && !textStatus.endsWith('.0.0')) {
      status = textStatus;
      rule = 'text-refines-field';
    } else if (field[0] !== textStatus[0] && reply !== null && reply[0] === textStatus[0] && isClassDefault(field)) {
      status = textStatus;
      rule = 'text-matches-reply';
    }
  }
  let replyCode = replyField ?? (status !== null ? adjacentReply(diagnostic, status) : null) ?? findReplyCode(diagnostic, status);
  if (replyCode !== null && status !== null && replyCode[0] !== status[0] && status[0] !== '2') {
    // A 5xx reply inside a delay notice is a quoted earlier attempt; keep it, it is what the server said.
    if (!(status[0] === '4' && replyCode[0] === '5')) replyCode = null;
  }
  return { status, replyCode, rule };
}

/**
 * The tiers of reason evidence, strongest first. `reason/classify.ts` has one rule per tier and
 * runs them in this order; the first that yields a reason decides, and its evidence says which.
 */
export const REASON_PRECEDENCE = [
  /** A reason the format itself states (ARF, auto-reply, a decoder's known heading), not in the retry set. */
  'stated',
  /** A success code or Action (delivered, relayed, expanded). */
  'delivered',
  /** A stated reason of the retry set, kept unless a specific phrase of another reason is present. */
  'stated-recheck',
  /** A provider's detail code (5.4.312, 5.7.509 …) or own refusal code (AUP#CXBL, IB104, OFR_416): one cause, named precisely. */
  'provider-code',
  /** The server's explicit words (phrase families), when the code is class-generic or absent. */
  'explicit-words',
  /** A provider table (host or recipient domain of a known provider, its words and codes). */
  'provider-table',
  /** A specific code, or a specific phrase, in the order of the strong reasons. */
  'specific',
  /** Words of the weak reasons over a class-generic code. */
  'words-over-class-default',
  /** The code alone (status map). */
  'code',
  /** Words of the weak reasons with no code at all. */
  'words',
  /** A refusal at MAIL FROM is about the sender. */
  'command-mail',
  /** Common words ("does not exist", "blocked") as a last reading of the text. */
  'generic-words',
  /** A stated reason of the retry set that nothing above replaced. */
  'stated-fallback',
  /** The class of a code (X.6 content, X.7 security) and a delayed Action. */
  'class',
  /** A refusal at HELO/EHLO. */
  'command-helo',
  /** A bare reply code (500–504: syntax). */
  'reply-code',
  /** Words no rule read: too little to decide. */
  'onhold',
] as const;

export type ReasonTier = (typeof REASON_PRECEDENCE)[number];
