/**
 * Gmail: "Delivery to the following recipient failed permanently", then technical details; and
 * the HTML notice Gmail sends since about 2016 ("Address not found" / "Your message wasn't
 * delivered to <rcpt> because …" / "The response from the remote server was: …"), which Gmail
 * writes in the sender's language. That notice names the recipient only inside its sentence: the
 * sentences are the lexicon's `gmailFailedSentence` / `gmailDelayedSentence` patterns, so a
 * language is one more lexicon line (only wording seen in public text is there).
 */
import { normalise, roleSentencePatterns } from '../../lexicon';
import type { SentencePattern } from '../../lexicon';
import { findAddresses, fold, indexOfLine } from '../../text';
import { COMMON_END, detects, family, headText } from '../blocks';
import type { Detection, TextRules } from '../blocks';
import type { Context, Decoded, Decoder, RawRecipient } from '../types';

const DETECTION: Detection = {
  from: ['mailer-daemon@googlemail.com', 'mailer-daemon@google.com'],
  body: ['delivery to the following recipient', 'technical details of permanent failure', 'technical details of temporary failure'],
};

const RULES: TextRules = {
  start: [
    'delivery to the following recipient',
    'delivery to these recipients or groups',
    "your message wasn't delivered",
    'message not delivered',
    'there was a temporary problem delivering',
    'delivery incomplete',
    'address not found',
  ],
  end: ['----- original message -----', '----- message header follows -----'],
};

const byRules = family({ name: 'gmail', detect: DETECTION, rules: RULES });

/** The notice's sentence is near its top; the remote server's reply follows within a few lines. */
const SENTENCE_LINES = 60;
const REPLY_LINES = 12;

interface Sentences {
  readonly failed: readonly SentencePattern[];
  readonly delayed: readonly SentencePattern[];
  /** The words before `{rcpt}`, as they may stand in raw text (straight or curly apostrophe). */
  readonly openings: readonly string[];
}

let sentences: Sentences | null = null;

function gmailSentences(): Sentences {
  if (sentences === null) {
    const failed = roleSentencePatterns('gmailFailedSentence');
    const delayed = roleSentencePatterns('gmailDelayedSentence');
    const openings = [...failed, ...delayed].flatMap((p) => [p.before, p.before.replaceAll("'", '\u2019')]).filter((w) => w !== '');
    sentences = { failed, delayed, openings: [...new Set(openings)] };
  }
  return sentences;
}

/** The address may stand in angle brackets or quotes: those and spaces go. */
function trimMarks(text: string, side: 'start' | 'end'): string {
  const marks = ' \t<>"\'';
  let from = 0;
  let to = text.length;
  if (side === 'start') while (from < to && marks.includes(text.charAt(from))) from++;
  else while (to > from && marks.includes(text.charAt(to - 1))) to--;
  return text.slice(from, to);
}

function matches(patterns: readonly SentencePattern[], before: string, after: string): boolean {
  return patterns.some((p) => (p.before === '' || before.endsWith(p.before)) && (p.after === '' || after.startsWith(p.after)));
}

/** Recipients named by the notice's sentence, each with the lines that follow as its diagnostic. */
function sentenceRecipients(lines: readonly string[]): RawRecipient[] {
  const { failed, delayed } = gmailSentences();
  const end = indexOfLine(lines, [...(RULES.end ?? []), ...COMMON_END]);
  const limit = Math.min(end < 0 ? lines.length : end, SENTENCE_LINES);
  const out: RawRecipient[] = [];
  for (let i = 0; i < limit; i++) {
    const line = lines[i] ?? '';
    if (!line.includes('@')) continue;
    const n = normalise(line);
    for (const address of findAddresses(line)) {
      const a = normalise(address);
      const at = n.indexOf(a);
      if (at < 0) continue;
      const before = trimMarks(n.slice(0, at), 'end');
      const after = trimMarks(n.slice(at + a.length), 'start');
      const isFailed = matches(failed, before, after);
      if (!isFailed && !matches(delayed, before, after)) continue;
      if (out.some((r) => r.address?.toLowerCase() === address.toLowerCase())) continue;
      const rest = lines.slice(i, Math.min(i + 1 + REPLY_LINES, end < 0 ? lines.length : end));
      out.push({
        address,
        diagnostic: fold(rest.join(' ')),
        action: isFailed ? 'failed' : 'delayed',
        evidence: [`gmail sentence: ${line.trim().slice(0, 160)}`],
      });
    }
  }
  return out;
}

export const gmail: Decoder = {
  name: 'gmail',
  detect: (ctx: Context): boolean => {
    if (detects(ctx, DETECTION)) return true;
    const head = headText(ctx);
    return gmailSentences().openings.some((w) => head.includes(w));
  },
  decode: (ctx: Context): Decoded | null => {
    const read = byRules.decode(ctx);
    if (read !== null && read.recipients.length > 0) return read;
    const recipients = sentenceRecipients(ctx.lines);
    if (recipients.length === 0) return null;
    const out: Decoded = { decoder: 'gmail', recipients };
    if (recipients.every((r) => r.action === 'delayed')) out.kind = 'warning';
    return out;
  },
};
