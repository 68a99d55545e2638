/**
 * Is this a bounce at all? One verdict from structural evidence, whatever the sending software:
 * the envelope (null return path), the sender (MAILER-DAEMON, postmaster), the subject and the
 * first sentences (in every language of the lexicon), an SMTP reply or enhanced code next to an
 * address, an attached or quoted original, and the report structures of RFC 3464 (delivery
 * status), RFC 5965 (ARF complaints), RFC 8098 (read receipts, MDNs) and RFC 3834 (automatic
 * replies). Family decoders refine this verdict (they read recipients and codes); they are not
 * the door: a bounce no family knows is still a bounce, read by the structural fallback.
 */
import { COMMON_END, labelledRecipientAt } from './decoders/blocks';
import type { Context } from './decoders/types';
import { findWord, words } from './lexicon';
import { header } from './mail';
import { indexOfLine } from './text';
import type { Evidence } from './types';

export type StructureVerdict = 'bounce' | 'feedback-report' | 'disposition' | 'auto-reply' | 'challenge' | 'none';

export interface Signal {
  /** Which structural fact: `dsn-part`, `null-return-path`, `daemon-sender` … */
  readonly id: string;
  /** How much it counts towards "bounce". */
  readonly weight: number;
  /** The header value, subject word or line that showed it. */
  readonly text: string;
}

export interface Structure {
  readonly verdict: StructureVerdict;
  /** Sum of the bounce signals' weights. */
  readonly score: number;
  readonly signals: readonly Signal[];
}

/** A bounce needs this much evidence: two independent signals of the usual kind, or one report part. */
export const BOUNCE_THRESHOLD = 5;

/** Local parts (or leading words) of the addresses that send bounces. */
const DAEMON_SENDERS = [
  'mailer-daemon',
  'mailer_daemon',
  'maildaemon',
  'mail-daemon',
  'postmaster',
  'mdaemon',
  'mail.delivery',
  'maildelivery',
];

/** Signals that are only words, which anyone can write. */
const WORD_SIGNALS: ReadonlySet<string> = new Set(['report-subject', 'report-words']);

/** Signals a person can paste into an ordinary message: a reply line, a quoted original. */
const QUOTABLE_SIGNALS: ReadonlySet<string> = new Set(['smtp-reply-near-address', 'labelled-recipient-reply', 'original-quoted']);

/** A list's post or a newsletter: RFC 2369 (List-Unsubscribe, List-Post, List-Help) or RFC 2919 (List-Id) headers. */
function listMail(ctx: Context): boolean {
  return ['list-id', 'list-unsubscribe', 'list-post', 'list-help'].some((name) => header(ctx.mail, name) !== null);
}

/** How many lines of the text the structural checks read: reports say what they are at the top. */
const HEAD_LINES = 60;

const ADDRESS_IN_LINE = /[^\s"'<>()@,;:]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/;
/**
 * An SMTP reply in a line: an enhanced status code anywhere, or a reply code where servers put it
 * (line start, after `<<<`, "said:", "error:", "reply:"); a bare number in prose (a phone number) is not one.
 */
const CODE_IN_LINE =
  /(?<![\w.])[45]\.\d{1,3}\.\d{1,3}(?![\d.])|^\W{0,6}[45]\d\d[ -]|(?:said|error|reply|response|returned|<<<):?\s{1,3}[45]\d\d(?![\w.])/i;

function isDaemon(address: string): string | null {
  const local = address.toLowerCase().split('@')[0] ?? '';
  return DAEMON_SENDERS.find((d) => local === d || local.startsWith(`${d}-`) || local.startsWith(`${d}+`)) ?? null;
}

/** Headers of RFC 3834 automatic replies and of the common autoresponders that predate it. */
function autoReplyHeader(ctx: Context): string | null {
  const auto = header(ctx.mail, 'auto-submitted')?.toLowerCase() ?? '';
  if (auto.startsWith('auto-replied')) return `Auto-Submitted: ${auto}`;
  for (const name of ['x-autoreply', 'x-autorespond', 'x-autoresponder']) if (header(ctx.mail, name) !== null) return name;
  const precedence = header(ctx.mail, 'precedence')?.toLowerCase() ?? '';
  if (precedence === 'auto_reply') return 'Precedence: auto_reply';
  return null;
}

/** "my address has changed", "the domain … is being retired" */
const ADDRESS_CHANGED = /\baddress\b[\s\S]{1,60}?\bchanged\b|\bdomain\b[\s\S]{1,40}?\bretired\b/;
/** "… has been forwarded", "will be forwarded", "was delivered" */
const STILL_DELIVERED = /\b(?:has\s{0,3}been|was|have|will\s{1,3}be)\s{1,3}(?:forwarded|delivered)\b/;

/**
 * A short notice that an address changed or a domain is retired while the mail itself was (or
 * will be) forwarded: informational, not a failure (rjbs BounceParser.pm, "Email address changed
 * but your message has been forwarded"). The forwarding words must come after the change.
 */
function addressChangeNotice(lowerHead: string, bodyLength: number): string | null {
  if (bodyLength > 3000) return null;
  const change = ADDRESS_CHANGED.exec(lowerHead);
  if (change === null) return null;
  const rest = lowerHead.slice(change.index + change[0].length);
  return STILL_DELIVERED.test(rest) ? change[0] : null;
}

/**
 * Outlook's message recall results: the classic client's tracking messages ("Recall Success:",
 * "Recall Failure:") and Exchange Online's cloud recall report ("Message Recall Report for
 * message: …"), by the lexicon's `recallReportSubject`. They list recipients and may say
 * "Failed", but nothing bounced: the original was delivered. Returns the subject's words, unless
 * the message carries a delivery-status part (then it is a DSN).
 */
export function recallReport(ctx: Context): string | null {
  if (ctx.mail.deliveryStatus.length > 0) return null;
  const subject = ctx.subject.trim().toLowerCase();
  return words('recallReportSubject').find((s) => subject.startsWith(s.toLowerCase())) ?? null;
}

export function readStructure(ctx: Context): Structure {
  const signals: Signal[] = [];
  const add = (id: string, weight: number, text: string): void => {
    signals.push({ id, weight, text });
  };
  const contentType = header(ctx.mail, 'content-type')?.toLowerCase() ?? '';
  const types = ctx.mail.partTypes;

  const unsubscribe = header(ctx.mail, 'x-apple-unsubscribe')?.trim().toLowerCase() === 'true';
  if (ctx.mail.feedbackReport !== null || contentType.includes('report-type=feedback-report') || unsubscribe) {
    return { verdict: 'feedback-report', score: 0, signals: [{ id: 'arf', weight: 0, text: 'message/feedback-report' }] };
  }
  const recall = recallReport(ctx);
  if (recall !== null) return { verdict: 'none', score: 0, signals: [{ id: 'recall-report', weight: 0, text: recall }] };
  const mdn = types.includes('message/disposition-notification') || contentType.includes('report-type=disposition-notification');

  if (ctx.mail.deliveryStatus.length > 0) add('dsn-part', 6, 'message/delivery-status');
  else if (contentType.includes('report-type=delivery-status')) add('dsn-report-type', 5, 'multipart/report; report-type=delivery-status');
  const failed = header(ctx.mail, 'x-failed-recipients');
  if (failed !== null) add('failed-recipients-header', 5, failed);
  const returnPath = header(ctx.mail, 'return-path');
  if (returnPath !== null && /^\s*<\s*>\s*$/.test(returnPath)) add('null-return-path', 2, returnPath);
  const daemon = isDaemon(ctx.from);
  if (daemon !== null) add('daemon-sender', 3, ctx.from);
  const subjectWord =
    findWord('reportSubject', ctx.subject) ?? findWord('failureSubject', ctx.subject) ?? findWord('delaySubject', ctx.subject);
  if (subjectWord !== null) add('report-subject', 3, subjectWord);

  const end = indexOfLine(ctx.lines, COMMON_END);
  const head = ctx.lines.slice(0, Math.min(end < 0 ? HEAD_LINES : end, HEAD_LINES));
  const lowerHead = head.join('\n').toLowerCase();
  const bodyWord = findWord('reportSentence', lowerHead);
  if (bodyWord !== null) add('report-words', 3, bodyWord);
  const replyLine = head.find((l) => l.length < 2000 && ADDRESS_IN_LINE.test(l) && CODE_IN_LINE.test(l));
  if (replyLine !== undefined) add('smtp-reply-near-address', 3, replyLine.trim().slice(0, 200));
  else {
    // Provider notices in many languages put the recipient on a labelled line of its own
    // ("Получатель: <addr>", "받는 사람: <addr>") and the server's reply on another: the same
    // fact as a reply next to an address, split over two lines (blocks.ts, labelledRecipientAt).
    const labelled = head.findIndex((l, i) => l.includes('@') && l.includes(':') && labelledRecipientAt(head, i) !== null);
    if (labelled >= 0 && head.some((l) => l.length < 2000 && CODE_IN_LINE.test(l)))
      add('labelled-recipient-reply', 3, (head[labelled] ?? '').trim().slice(0, 200));
  }
  if (ctx.mail.original !== null) add('original-attached', 1, 'message/rfc822');
  else if (end >= 0) add('original-quoted', 1, ctx.lines[end]?.trim() ?? '');
  const autoSubmitted = header(ctx.mail, 'auto-submitted')?.toLowerCase() ?? '';
  if (autoSubmitted.startsWith('auto-generated')) add('auto-generated', 1, autoSubmitted);

  const score = signals.reduce((n, s) => n + s.weight, 0);
  if (mdn && ctx.mail.deliveryStatus.length === 0)
    return { verdict: 'disposition', score, signals: [...signals, { id: 'mdn', weight: 0, text: 'message/disposition-notification' }] };
  const autoSubject = findWord('autoReplySubject', ctx.subject);
  // A report's own structure (a DSN part, a daemon sender, a report subject) outweighs an
  // auto-reply subject; weaker signals alone (a null return path) do not.
  const reportShaped = signals.some(
    (x) => x.id === 'dsn-part' || x.id === 'daemon-sender' || x.id === 'report-subject' || x.id === 'failed-recipients-header',
  );
  // Words alone (a subject and a sentence) are what a person writing about a lost parcel uses
  // too: a bounce also needs one sign of how it was sent or built. In list mail (RFC 2369/2919
  // List-* headers, which list software adds to posts and an MTA never puts on its own notices)
  // from a sender that is not a mail daemon, a quoted SMTP reply or original is text too: a
  // newsletter about bounces quotes "550 5.1.1 <someone@example.net>: User unknown".
  const quotedOnly = listMail(ctx) && daemon === null && ctx.mail.deliveryStatus.length === 0;
  const structural = signals.some((x) => !WORD_SIGNALS.has(x.id) && !(quotedOnly && QUOTABLE_SIGNALS.has(x.id)));
  if (score >= BOUNCE_THRESHOLD && structural && (reportShaped || autoSubject === null)) return { verdict: 'bounce', score, signals };

  const receipt = findWord('readReceiptSubject', ctx.subject);
  const challenge =
    header(ctx.mail, 'x-boxbe-status') !== null || ctx.from.includes('boxbe') ? 'boxbe' : findWord('challengeSentence', lowerHead);
  if (challenge !== null) return { verdict: 'challenge', score, signals: [...signals, { id: 'challenge', weight: 0, text: challenge }] };
  const auto =
    autoReplyHeader(ctx) ??
    findWord('autoReplySubject', ctx.subject) ??
    (receipt === null ? (findWord('autoReplySentence', lowerHead) ?? addressChangeNotice(lowerHead, ctx.mail.body.length)) : null);
  if (auto !== null && daemon === null)
    return { verdict: 'auto-reply', score, signals: [...signals, { id: 'auto-reply', weight: 0, text: auto }] };
  if (receipt !== null && daemon === null)
    return { verdict: 'disposition', score, signals: [...signals, { id: 'read-receipt-subject', weight: 0, text: receipt }] };
  return { verdict: 'none', score, signals };
}

/** The signals as evidence lines for the result. */
export function structureEvidence(s: Structure): Evidence[] {
  return s.signals.map((x) => ({ rule: `structure:${x.id}`, text: x.text }));
}
