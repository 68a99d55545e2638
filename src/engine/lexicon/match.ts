/**
 * How the Outlook-form readers (Exchange layouts, forward blocks) match the lexicon's words:
 * on normalised text, so case, width (full-width colons), no-break spaces, curly apostrophes and
 * the French space before a colon do not matter; headings match with or without their colon.
 */
import { words } from './index';

/** Roles of Exchange's NDR layouts, named without their `ndr` prefix. */
export type ExchangeRole =
  | 'failedHeading'
  | 'delayedHeading'
  | 'deliveredHeading'
  | 'rejectedBy'
  | 'gaveError'
  | 'adminHeading'
  | 'generatingServer'
  | 'receivingServer'
  | 'originalHeaders'
  | 'stillTrying'
  | 'couldNotDeliver'
  | 'actionRequired'
  | 'senderLabel'
  | 'recipientLabel'
  | 'howToFix'
  | 'moreInfo'
  | 'statusCode'
  | 'originalDetails'
  | 'errorDetails'
  | 'reportedError'
  | 'dsnGeneratedBy'
  | 'senderAddress'
  | 'recipientAddress'
  | 'messageHops'
  | 'failedSubject'
  | 'delayedSubject'
  | 'deliveredSubject';

/** Roles of a forward's header block, named without their `forward` prefix. */
export type ForwardRole = 'from' | 'sent' | 'to' | 'cc' | 'subject' | 'date' | 'separator' | 'prefix';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * The form every comparison uses: NFKC (full-width forms to ASCII), lower case, curly quotes
 * straightened, runs of white space (no-break and ideographic spaces included) as one space, no
 * space before a colon.
 */
export function normalise(text: string): string {
  // Most lines are printable ASCII, which NFKC leaves as it is and which holds no curly quote and
  // no white space but the space: only case and spaces are left to do. The Exchange detector
  // normalises the first 400 lines of every message, so this path is the common one.
  if (PRINTABLE_ASCII.test(text)) {
    const lower = text.toLowerCase();
    return (lower.includes('  ') ? lower.replace(/ {2,}/g, ' ') : lower).replace(/ :/g, ':').trim();
  }
  return normaliseFully(text);
}

/** `normalise` without the ASCII shortcut: the definition the shortcut must agree with (tested). */
export function normaliseFully(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/ :/g, ':')
    .trim();
}

/** A term without its closing colon, normalised: headings match with or without it. */
function stem(text: string): string {
  const n = normalise(text);
  return n.endsWith(':') ? n.slice(0, -1).trimEnd() : n;
}

const cache = new Map<string, readonly string[]>();

function stems(role: Parameters<typeof words>[0]): readonly string[] {
  let out = cache.get(role);
  if (out === undefined) {
    out = [...new Set(words(role).map(stem))];
    cache.set(role, out);
  }
  return out;
}

const cap = <T extends string>(s: T): Capitalize<T> => (s.charAt(0).toUpperCase() + s.slice(1)) as Capitalize<T>;

/** Every language's words for one role of the Exchange layouts, normalised, without closing colons. */
export function exchangeWords(role: ExchangeRole): readonly string[] {
  return stems(`ndr${cap(role)}`);
}

/** Every language's labels for one role of a forward header block, normalised. */
export function forwardWords(role: ForwardRole): readonly string[] {
  return stems(`forward${cap(role)}`);
}

/** Every language's words for any role, normalised, without closing colons (labels, sentence patterns). */
export function roleWords(role: Parameters<typeof words>[0]): readonly string[] {
  return stems(role);
}

/** Every language's subject words of automatic replies, normalised. */
export function autoReplyWords(): readonly string[] {
  return stems('autoReplySubject');
}

/** True when the normalised line contains one of the words. */
export function hasWord(normalisedLine: string, list: readonly string[]): boolean {
  return list.some((w) => normalisedLine.includes(w));
}

/** True when the normalised line is exactly one of the words (a closing colon allowed). */
export function isWord(normalisedLine: string, list: readonly string[]): boolean {
  const l = normalisedLine.endsWith(':') ? normalisedLine.slice(0, -1).trimEnd() : normalisedLine;
  return list.includes(l);
}

/** Sentence patterns with a `{rcpt}` slot, split into the words before and after it. */
export interface SentencePattern {
  readonly before: string;
  readonly after: string;
}

const patternCache = new Map<string, readonly SentencePattern[]>();

function toPatterns(list: readonly string[]): readonly SentencePattern[] {
  return list
    .filter((w) => w.includes('{rcpt}'))
    .map((w) => {
      const [before = '', after = ''] = w.split('{rcpt}');
      return { before: before.trim(), after: after.trim() };
    });
}

/** Worked out once per role (every language's words), not once per message. */
export function sentencePatterns(role: ExchangeRole): readonly SentencePattern[] {
  let out = patternCache.get(`ndr:${role}`);
  if (out === undefined) {
    out = toPatterns(exchangeWords(role));
    patternCache.set(`ndr:${role}`, out);
  }
  return out;
}

/** `sentencePatterns` for a role outside the Exchange layouts (Gmail's notice sentences). */
export function roleSentencePatterns(role: Parameters<typeof words>[0]): readonly SentencePattern[] {
  let out = patternCache.get(role);
  if (out === undefined) {
    out = toPatterns(stems(role));
    patternCache.set(role, out);
  }
  return out;
}
