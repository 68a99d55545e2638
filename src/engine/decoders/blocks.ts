/**
 * The shared mechanism behind every text decoder: find the lines that name a failed recipient and
 * collect the server's words that follow. Family files only supply data (markers and patterns).
 */
import { findWord, forwardWords, normalise, roleWords, words } from '../lexicon';
import { cleanAddress, findAddresses, fold, indexOfLine } from '../text';
import type { Context, Decoded, Decoder, RawRecipient } from './types';

export interface TextRules {
  /** Scanning starts after the first line containing one of these (case-insensitive). */
  readonly start?: readonly string[];
  /** Scanning stops at the first line containing one of these: the returned original begins. */
  readonly end?: readonly string[];
  /**
   * Patterns for a recipient line: group 1 is the address, an optional group 2 the rest of the
   * line (the start of the diagnostic). Tried before the generic "address at line start" rule.
   */
  readonly recipient?: readonly RegExp[];
  /** Set false when only `recipient` patterns may name recipients. */
  readonly lineStartAddress?: boolean;
  /** Lines containing these are never part of a diagnostic (boilerplate of the format). */
  readonly ignore?: readonly string[];
  /**
   * Set false where machine fields name the recipients: then a sendmail alias ("(expanded from:
   * …)") or an Exim 3 "after RCPT TO:<…>" line opens no block of its own.
   */
  readonly orphans?: boolean;
  /**
   * Set true where no family claimed the text: a `<label>: <address>` line whose label is a
   * lexicon `recipientLabel` ("Получатель:", "받는 사람:") names a recipient (`labelledRecipientAt`).
   */
  readonly labelled?: boolean;
}

/** Where the returned original usually begins, whatever the family. */
export const COMMON_END: readonly string[] = words('originalFollows');

const ADDR = String.raw`([^\s"'<>()@,;]{1,256}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})`;

/** Sentences that name the failed recipient in the middle of a line, whatever the family. */
export const COMMON_RECIPIENT: readonly RegExp[] = [
  new RegExp(String.raw`did not reach the following recipient(?:\(s\))?:\s*<?` + ADDR + String.raw`>?(.*)$`, 'i'),
  new RegExp(
    String.raw`(?:could not be delivered to|unable to deliver (?:message |mail |your message )?to|delivery failed:|undeliverable to|was not delivered to:?|invalid final delivery userid:)\s*<?` +
      ADDR +
      String.raw`>?(.*)$`,
    'i',
  ),
  new RegExp(String.raw`^\s*(?:recipient|rcpt):\s*<` + ADDR + String.raw`>(.*)$`, 'i'),
  // "User's mailbox is full: <rcpt>": prose (a space before the colon), so never a header field.
  new RegExp(String.raw`^[^\s<@:][^<@:]{0,40}\s[^<@:]{1,40}:\s*<` + ADDR + String.raw`>\s*$`),
  new RegExp(String.raw`address:\s*<` + ADDR + String.raw`>,?(.*)$`, 'i'),
  // The sentences and labels of formats other bounce parsers were written for (rules, not samples):
  // flufl.bounce _detectors/simplematch.py — usa.net "Intended recipient: <rcpt>", LSMTP
  // "Error-For: <rcpt>", hotpop.com "Undeliverable Address: <rcpt>", Demon Internet "addressed to '<rcpt>'" and dadoservice.it "addressed to
  // <rcpt>".
  new RegExp(String.raw`^\s*(?:intended recipient|error-for|undeliverable address):\s*<?` + ADDR + String.raw`>?(.*)$`, 'i'),
  new RegExp(String.raw`\baddressed to\s*['"<]?` + ADDR + String.raw`['">]?(.*)$`, 'i'),
  // The address set off by commas in a sentence: flufl.bounce _detectors/llnl.py (LLNL's sendmail)
  // and simplematch.py's non-standard qmail at ieo.it ("… to the following recipient, <rcpt>, because").
  new RegExp(String.raw`\brecipients?,\s*<?` + ADDR + String.raw`>?\s*,(.*)$`, 'i'),
  // Delay notices naming the recipient in their sentence: simplewarning.py's Exchange advisory
  // ("Delivery of your message to "<rcpt>" has been postponed") and MessageSwitch ("Your message
  // to <rcpt> has not been delivered yet").
  new RegExp(
    String.raw`\byour message to\s*["'<]?` +
      ADDR +
      String.raw`["'>]?\s+((?:has|have|was|is) (?:been )?(?:postponed|delayed|not)\b.*|(?:could not|cannot|can't)\b.*)$`,
    'i',
  ),
];

/**
 * sendmail's "(expanded from: <alias>)" under a recipient that is a program or a file
 * ("|/usr/bin/procmail"): the alias is the address the sender wrote (flufl.bounce simplematch.py,
 * sz-sb.de). It names a recipient only where no address line opened the section; under an address
 * line it is that recipient's note.
 */
const EXPANDED_FROM = new RegExp(String.raw`^\s*\(expanded from:?\s*<?` + ADDR + String.raw`>?\)`, 'i');
/** A sendmail recipient that is a program or a file (`"|/usr/bin/procmail"`, `/var/mail/box`), not an address. */
const PROGRAM_OR_FILE = /^\s*"?(?:\|\S|\/[\w.-]+\/[\w./-]*"?\s*$)/;
/**
 * Exim 3's "SMTP error from remote mailer after RCPT TO:<rcpt>:" where no address line of its own
 * opened the section (flufl.bounce simplematch.py, robanal.demon.co.uk: "rcpt to: <addr>"). Under an
 * address line it is that recipient's diagnostic, and the command it names stays in it.
 */
const AFTER_RCPT = new RegExp(String.raw`\bafter rcpt to:\s*<` + ADDR + String.raw`>`, 'i');

/**
 * An SMTP reply naming the recipient ("550 5.1.1 <rcpt>: User unknown"). Only for text no family
 * claimed: inside a known format the address in a reply is as often the sender's.
 */
export const REPLY_LINE_RECIPIENT = new RegExp(String.raw`^\s*[45]\d\d[ -](?:[45]\.\d{1,3}\.\d{1,3} )?<` + ADDR + String.raw`>`);

let recipientLabelSet: ReadonlySet<string> | null = null;
let headerLabelSet: ReadonlySet<string> | null = null;

/** The lexicon's recipient labels, normalised, without their colons. */
function recipientLabels(): ReadonlySet<string> {
  return (recipientLabelSet ??= new Set(roleWords('recipientLabel')));
}

/**
 * Labels of a header block, any language: a forward block's From/Sent/To/Cc/Subject/Date (which
 * Outlook writes in the user's language) and the RFC 5322 fields a returned original's header
 * dump starts or goes on with. A recipient label is not one of them here: two recipient lines in
 * a row are a list, not a header block.
 */
function headerLabels(): ReadonlySet<string> {
  if (headerLabelSet === null) {
    const roles = ['from', 'sent', 'to', 'cc', 'subject', 'date'] as const;
    const all = new Set([...roles.flatMap((r) => forwardWords(r)), 'message-id', 'received', 'return-path', 'reply-to', 'bcc']);
    for (const w of recipientLabels()) all.delete(w);
    headerLabelSet = all;
  }
  return headerLabelSet;
}

/** The label of a `label: value` line (NFKC, so a full-width colon counts), normalised; null without one. */
function lineLabel(line: string): { label: string; value: string } | null {
  if (line.length > 2000) return null;
  const n = line.normalize('NFKC');
  const colon = n.indexOf(':');
  if (colon <= 0 || colon > 40) return null;
  // Bullets and Markdown-like bold (`**Получатель:**`) around a label do not change it.
  const label = normalise(
    n
      .slice(0, colon)
      .replace(/^[\s*>\u2022\u00b7-]+/, '')
      .replaceAll('*', ''),
  );
  return { label, value: n.slice(colon + 1) };
}

/**
 * `<label>: <address>` where the label is a lexicon `recipientLabel` — how provider notices in
 * many languages name the failed recipient ("Получатель: …", "adresat: …", "받는 사람: …"). The
 * same words head the To of a forward block (Outlook writes its labels in the user's language:
 * 받는 사람, 收件人, 宛先, vastaanottaja) and of a localised header dump, whose To is the mailbox
 * owner or the original's addressee, never a failed recipient: a line next to another header
 * label (From, Subject, Date … in any language, or an RFC field) is part of such a block and is
 * not read. Only lines with `@` are looked at; callers read it only in text no family claimed.
 */
export function labelledRecipientAt(all: readonly string[], i: number): { address: string; rest: string } | null {
  const line = all[i] ?? '';
  if (!line.includes('@')) return null;
  const l = lineLabel(line);
  if (l === null || !recipientLabels().has(l.label)) return null;
  const found = findAddresses(l.value)[0];
  const address = found === undefined ? null : cleanAddress(found);
  if (found === undefined || address === null) return null;
  for (const j of [i - 1, i + 1]) {
    const near = all[j];
    if (near === undefined || !near.includes(':')) continue;
    const n = lineLabel(near);
    if (n !== null && headerLabels().has(n.label)) return null;
  }
  const rest = l.value.slice(l.value.indexOf(found) + found.length).replace(/^[\s>),;:]+/, '');
  return { address, rest };
}

/** A recipient line: the address first, after optional bullets, arrows, quotes or brackets. */
const LINE_START_ADDRESS = /^[ \t]*(?:[*>-]{1,3}[ \t]*)?["'<(]?([^\s"'<>()@]{1,256}@[\w.-]{1,255})[>"')]?(.*)$/;
/** A line drawn with dashes, equals signs, stars or underscores: it ends a section. */
function isSeparator(line: string): boolean {
  const t = line.trim();
  // A MIME boundary left in text that was read raw ends a section too.
  if (/^--[\w'()+,./:=?-]{1,70}$/.test(t)) return true;
  if (t.length < 5 || !/^[-=*_ ]+$/.test(t)) return false;
  return t.replace(/ /g, '').length >= 5;
}

interface Block {
  address: string;
  text: string[];
  /** Opened by an "(expanded from: …)" alias: it comes after every address the text names itself. */
  alias?: boolean;
}

export function scanBlocks(all: readonly string[], rules: TextRules): RawRecipient[] {
  let from = 0;
  if (rules.start !== undefined && rules.start.length > 0) {
    const s = indexOfLine(all, rules.start);
    if (s < 0) return [];
    from = s + 1;
  }
  const endMarkers = [...(rules.end ?? []), ...COMMON_END];
  let to = indexOfLine(all, endMarkers, from);
  if (to < 0) to = all.length;
  const ignore = (rules.ignore ?? []).map((s) => s.toLowerCase());
  const blocks: Block[] = [];
  let current: Block | null = null;
  // Lines outside any block since the last separator (a block only ends at one): the program line
  // and its "(reason: …)" that an "(expanded from: …)" line turns into a recipient's block. Kept as
  // where they start, not copied, since most lines of a report are outside any block.
  let looseFrom = from;
  const loose = (i: number, n: number): string[] => all.slice(Math.max(looseFrom, i - n), i);
  for (let i = from; i < to; i++) {
    const line = all[i] ?? '';
    // Both orphan patterns name an address: a line without `@` skips them.
    const orphans: boolean = current === null && rules.orphans !== false && line.includes('@');
    const expandedLine: RegExpExecArray | null = orphans ? EXPANDED_FROM.exec(line) : null;
    const expanded: RegExpExecArray | null =
      expandedLine !== null && loose(i, 3).some((l) => PROGRAM_OR_FILE.test(l)) ? expandedLine : null;
    const orphan: RegExpExecArray | null = orphans ? (expanded ?? AFTER_RCPT.exec(line)) : null;
    const alias: string | null = orphan?.[1] === undefined ? null : cleanAddress(orphan[1]);
    if (alias !== null) {
      current = {
        address: alias,
        text: [
          ...loose(i, 5)
            .filter((l) => l.trim() !== '')
            .slice(-3),
          line,
        ],
        alias: expanded !== null,
      };
      blocks.push(current);
      continue;
    }
    const hit = matchRecipient(line, rules) ?? (rules.labelled === true ? labelledRecipientAt(all, i) : null);
    if (hit !== null) {
      current = { address: hit.address, text: hit.rest.trim() === '' ? [] : [hit.rest] };
      blocks.push(current);
      continue;
    }
    if (current === null) {
      if (isSeparator(line)) looseFrom = i + 1;
      continue;
    }
    if (isSeparator(line)) {
      looseFrom = i + 1;
      current = null;
      continue;
    }
    const lower = line.toLowerCase();
    if (line.trim() === '' || ignore.some((s) => lower.includes(s))) continue;
    current.text.push(line);
  }
  // One recipient may be named twice (a summary, then details): merge in first-seen order.
  const merged = new Map<string, Block>();
  // Aliases last: where the text also names a final address, that address is the recipient
  // (what Sisimai reports), and a DSN's unusable Final-Recipient takes the text's first one.
  for (const b of [...blocks.filter((x) => x.alias !== true), ...blocks.filter((x) => x.alias === true)]) {
    const key = b.address.toLowerCase();
    const seen = merged.get(key);
    if (seen === undefined) merged.set(key, { ...b, text: [...b.text] });
    else seen.text.push(...b.text);
  }
  return [...merged.values()].map((b) => {
    const diagnostic = fold(b.text.join(' '));
    const r: RawRecipient = { address: b.address };
    if (diagnostic !== '') r.diagnostic = diagnostic;
    if (b.alias === true) r.evidence = [ALIAS_EVIDENCE];
    return r;
  });
}

/** Evidence of a recipient named only by a sendmail "(expanded from: …)" alias. */
/** The patterns `scanBlocks` skips on a line without `@`: each names an address. Exported for that test. */
export const ADDRESS_LINE_PATTERNS: readonly RegExp[] = [...COMMON_RECIPIENT, LINE_START_ADDRESS, EXPANDED_FROM, AFTER_RCPT];

export const ALIAS_EVIDENCE = 'sendmail alias: (expanded from: …)';

/**
 * The family patterns name ASCII domains; an internationalised or look-alike address continues
 * past where they stop (`user@mail.b|ücher.de`). The address is taken whole from the line, and
 * what the pattern left of it is dropped from the rest.
 */
function widen(line: string, captured: string, address: string, rest: string): { address: string; rest: string } {
  const at = line.indexOf(captured);
  if (at < 0) return { address, rest };
  const whole = cleanAddress(line.slice(at, at + 1024));
  if (whole === null || whole.length <= address.length || !whole.startsWith(address)) return { address, rest };
  const extra = whole.slice(address.length);
  return { address: whole, rest: rest.startsWith(extra) ? rest.slice(extra.length) : rest };
}

function matchRecipient(line: string, rules: TextRules): { address: string; rest: string } | null {
  if (line.length > 4000) return null;
  for (const re of rules.recipient ?? []) {
    const m = re.exec(line);
    if (m?.[1] === undefined) continue;
    const address = cleanAddress(m[1]);
    if (address !== null) return widen(line, m[1], address, m[2] ?? line.trim());
  }
  if (rules.lineStartAddress === false) return null;
  // Every pattern below names an address, so a line without `@` (most lines) cannot match any of
  // them (test/engine/blocks-at-guard.test.ts holds each pattern to that).
  if (!line.includes('@')) return null;
  for (const re of COMMON_RECIPIENT) {
    const c = re.exec(line);
    if (c?.[1] === undefined) continue;
    const address = cleanAddress(c[1]);
    // No trailing group: the words around the address are the diagnostic ("Mailbox is full: <a@b>").
    if (address !== null) return widen(line, c[1], address, c[2] ?? line.trim());
  }
  const m = LINE_START_ADDRESS.exec(line);
  if (m?.[1] === undefined) return null;
  const address = cleanAddress(m[1]);
  if (address === null) return null;
  // "<alias>): …" closes a Postfix "(expanded from" note: not a recipient of its own.
  if ((m[2] ?? '').startsWith(')')) return null;
  let rest = (m[2] ?? '').replace(/^\s*<mailto:[^>]*>/i, '').replace(/^\s*<[^>@]*@[^>]*>/, '');
  rest = rest.replace(/^[\s:,]+/, '');
  return widen(line, m[1], address, rest);
}

/** The prose above the first recipient line (at most 20 lines), without the format's boilerplate. */
export function leadText(all: readonly string[], rules: TextRules): string {
  const out: string[] = [];
  for (const line of all.slice(0, 40)) {
    if (matchRecipient(line, rules) !== null) break;
    if (line.trim() !== '' && !isSeparator(line) && !isBoilerplate(line)) out.push(line);
  }
  return fold(out.slice(-20).join(' ')).slice(0, 1000);
}

/**
 * The opening lines of the text (at most 30), up to the returned original: the last resort for a
 * diagnostic when a report names its recipients only in machine fields, so `leadText` (which stops
 * at the first recipient line) has nothing to stop at.
 */
export function openingText(all: readonly string[]): string {
  const end = indexOfLine(all, COMMON_END);
  return fold(all.slice(0, end < 0 ? 30 : Math.min(end, 30)).join(' ')).slice(0, 1000);
}

/**
 * A report's stock sentence ("Delivery to the following recipients failed permanently:", "This is
 * an automatically generated Delivery Status Notification"): it says that delivery failed, never
 * why, so it is no diagnostic. A line with a code or a reason's words is never boilerplate.
 */
function isBoilerplate(line: string): boolean {
  const lower = line.toLowerCase();
  if (/\d{3}|[45]\.\d/.test(lower)) return false;
  if (findWord('reportSentence', lower) === null && !lower.includes('automatically generated')) return false;
  return !/\bbecause\b|\breason\b|\bdue to\b|:\s*\S/.test(lower);
}

/** How a family is recognised: one of these is enough. */
export interface Detection {
  readonly subject?: readonly string[];
  readonly from?: readonly string[];
  /** Fragments looked for in the first lines of the text. */
  readonly body?: readonly string[];
  /** Header names whose presence identifies the family. */
  readonly header?: readonly string[];
  /** Fragments looked for in header values (`name: value`, lower case). */
  readonly headerValue?: readonly string[];
}

const DETECT_LINES = 60;

/*
 * Every family's detector reads the same per-message text: the header lines (`name: value`, lower
 * case) and the first lines of the body, lower case. Built once per message (keyed by the
 * message's own arrays, which nothing changes once read) instead of once per family: some forty
 * detectors run on every message, and rebuilding these strings was a good part of their cost.
 */
const headerLinesOf = new WeakMap<object, readonly string[]>();
const headTextOf = new WeakMap<readonly string[], string>();

function headerLines(ctx: Context): readonly string[] {
  const headers = ctx.mail.headers;
  let out = headerLinesOf.get(headers);
  if (out === undefined) {
    out = headers.map((f) => `${f.key}: ${f.value}`.toLowerCase());
    headerLinesOf.set(headers, out);
  }
  return out;
}

/** The first lines of the message's text, lower-cased and joined by line feeds: made once per message. */
export function headText(ctx: Context): string {
  let out = headTextOf.get(ctx.lines);
  if (out === undefined) {
    out = ctx.lines.slice(0, DETECT_LINES).join('\n').toLowerCase();
    headTextOf.set(ctx.lines, out);
  }
  return out;
}

export function detects(ctx: Context, d: Detection): boolean {
  if (d.subject?.some((s) => ctx.subject.includes(s)) === true) return true;
  if (d.from?.some((s) => ctx.from.includes(s)) === true) return true;
  if (d.header?.some((h) => ctx.mail.headers.some((f) => f.key === h)) === true) return true;
  if (d.headerValue !== undefined) {
    for (const line of headerLines(ctx)) {
      if (d.headerValue.some((s) => line.includes(s))) return true;
    }
  }
  if (d.body !== undefined) {
    const head = headText(ctx);
    if (d.body.some((s) => head.includes(s))) return true;
  }
  return false;
}

export interface FamilySpec {
  readonly name: string;
  readonly detect: Detection;
  readonly rules: TextRules;
  /** Optional last touch on what the rules read (the family's own quirks). */
  readonly post?: (recipients: RawRecipient[], ctx: Context) => RawRecipient[];
}

/** Builds a decoder from data: how to recognise the family and how to read its text. */
export function family(spec: FamilySpec): Decoder {
  return {
    name: spec.name,
    detect: (ctx) => detects(ctx, spec.detect),
    decode: (ctx): Decoded | null => {
      let recipients = scanBlocks(ctx.lines, spec.rules);
      if (spec.post !== undefined) recipients = spec.post(recipients, ctx);
      // Formats that state the cause once, above the list: that text is every recipient's diagnostic.
      if (recipients.some((r) => r.diagnostic === undefined || r.diagnostic === '')) {
        const lead = leadText(ctx.lines, spec.rules);
        for (const r of recipients) if ((r.diagnostic === undefined || r.diagnostic === '') && lead !== '') r.diagnostic = lead;
      }
      if (recipients.length === 0) return null;
      return { decoder: spec.name, recipients };
    },
  };
}
