/**
 * What both Exchange layouts share: the lexicon's words for their headings (every language at
 * once: a bounce is read whatever language the sender's mailbox is set to), and the structure
 * that stays English everywhere (`Remote Server returned '…'`, the "Office 365" diagram).
 */
import { findReplyCode, findStatus } from '../../../codes';
import { exchangeWords, forwardWords, isWord, normalise } from '../../../lexicon';

export { exchangeWords, normalise };

/**
 * Normalised copies of a message's lines, made once per message: both layouts' detectors and
 * decoders read them, and normalising (NFKC, case, spaces) is the costly part. Kept per lines
 * array (the context's), filled only as far as a caller asked (detectors read the first 400).
 */
const normalised = new WeakMap<readonly string[], string[]>();

export function normalisedLines(lines: readonly string[], upTo: number = lines.length): readonly string[] {
  let norm = normalised.get(lines);
  if (norm === undefined) {
    norm = [];
    normalised.set(lines, norm);
  }
  const end = Math.min(upTo, lines.length);
  for (let i = norm.length; i < end; i++) {
    const l = lines[i] ?? '';
    norm.push(l.length > 4000 ? '' : normalise(l));
  }
  return norm.length === end ? norm : norm.slice(0, end);
}

/**
 * Normalised lines joined by a line feed, per array: one search per word settles "nowhere". The
 * per-message array of `normalisedLines` grows when a caller reads further, so the joined text
 * is made again when the array is longer than when it was joined (its lines never change).
 */
const joined = new WeakMap<readonly string[], { readonly length: number; readonly text: string }>();

/**
 * False only when none of the words occurs in any of the lines (no normalised line holds a line
 * feed, so no word is found across two lines). Most messages are no Exchange report: one search
 * of the joined text per word then replaces a search of every line for every word.
 */
export function mayContain(norm: readonly string[], words: readonly string[]): boolean {
  if (words.some((w) => w === '' || w.includes('\n'))) return true;
  let entry = joined.get(norm);
  if (entry?.length !== norm.length) {
    entry = { length: norm.length, text: norm.join('\n') };
    joined.set(norm, entry);
  }
  const text = entry.text;
  return words.some((w) => text.includes(w));
}

/** First index at or after `from` whose normalised line contains one of the words, or -1. */
export function findLine(norm: readonly string[], words: readonly string[], from = 0, to = norm.length): number {
  if (!mayContain(norm, words)) return -1;
  for (let i = from; i < to; i++) {
    const l = norm[i] ?? '';
    if (l !== '' && words.some((w) => l.includes(w))) return i;
  }
  return -1;
}

/** The value after a `Label:` (same line, after the colon or a tab), else the next non-empty line. */
export function labelValue(lines: readonly string[], norm: readonly string[], i: number, words: readonly string[]): string | null {
  const raw = (lines[i] ?? '').normalize('NFKC');
  const n = norm[i] ?? '';
  const word = words.find((w) => n.startsWith(w));
  if (word === undefined) return null;
  const colon = raw.indexOf(':');
  const tab = raw.indexOf('\t');
  const cut = colon >= 0 ? colon + 1 : tab >= 0 ? tab + 1 : raw.length;
  const rest = raw.slice(cut).trim();
  if (rest !== '') return rest;
  for (let j = i + 1; j < Math.min(lines.length, i + 3); j++) {
    const v = (lines[j] ?? '').trim();
    if (v !== '') return v;
  }
  return null;
}

/** Lines that are a forward's `Subject:` label (delay notices list the original's subject). */
export function isSubjectLine(line: string): boolean {
  const n = normalise(line.normalize('NFKC'));
  const colon = n.indexOf(':');
  return colon > 0 && isWord(n.slice(0, colon), forwardWords('subject'));
}

/** The quoted reply in `… returned '…'` (the closing quote is optional in cut-off pastes). */
export function returnedText(line: string): string | null {
  const at = line.indexOf("returned '");
  if (at < 0) return null;
  let text = line.slice(at + "returned '".length);
  if (text.endsWith("'")) text = text.slice(0, -1);
  return text.trim();
}

/** The host in `Remote Server at HOST (ip) returned`. */
export function remoteHost(line: string): string | null {
  const m = /server at ([\w.-]{1,253}\.[a-z]{2,63})\b/i.exec(line);
  return m?.[1]?.toLowerCase() ?? null;
}

export interface Reply {
  readonly status: string | null;
  readonly replyCode: string | null;
}

/** The enhanced status and reply code a server's reply starts with (or contains). */
export function replyCodes(text: string): Reply {
  const status = findStatus(text);
  const lead = /^\s*#?([245]\d\d)[ -]/.exec(text);
  return { status, replyCode: lead?.[1] ?? findReplyCode(text, status) };
}

/** The brand in the middle of the enhanced layout's diagram; it is not translated. */
export const SERVICE_NAMES: readonly string[] = ['office 365', 'microsoft 365', 'exchange online'];
