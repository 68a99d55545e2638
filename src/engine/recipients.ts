/**
 * Where failed recipients may come from, and where they must not. A failed recipient is named by
 * the report: its delivery-status fields, its own sentences, an SMTP reply quoted in it. It is
 * never taken from the returned original (its headers and body name the sender's correspondents,
 * not the failure), from a mailing list's footer or control addresses (-request, -owner, -admin),
 * from the report's own From and To (the server that wrote it and the person it went to), or from
 * a forward's header block (the person who forwarded the bounce).
 */
import { COMMON_END } from './decoders/blocks';
import type { Context, RawRecipient } from './decoders/types';
import { header } from './mail';
import { cleanAddress, findAddresses, fold, headerBlock, indexOfLine } from './text';

/** Local-part suffixes and prefixes of mailing-list control addresses. */
const LIST_SUFFIXES = ['-request', '-owner', '-admin', '-bounces', '-ctl', '-errors', '-help', '-unsubscribe', '-subscribe'];
const LIST_PREFIXES = ['owner-', 'bounce-', 'bounces-'];
/** Addresses of the mail system itself. */
const SYSTEM_LOCALS = new Set(['mailer-daemon', 'postmaster', 'mailer_daemon', 'noreply', 'no-reply', 'abuse']);

/** An address's local part, lower-cased (what a report that names mailboxes by their user name writes). */
const localOf = (address: string): string => address.slice(0, address.lastIndexOf('@')).toLowerCase();

/** The list behind a control address (`neko-admin@` → `neko@`), or null when it is not one. */
export function listOfControlAddress(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 1) return null;
  const local = address.slice(0, at).toLowerCase();
  const domain = address.slice(at);
  for (const s of LIST_SUFFIXES) if (local.endsWith(s) && local.length > s.length) return `${address.slice(0, at - s.length)}${domain}`;
  for (const p of LIST_PREFIXES) if (local.startsWith(p) && local.length > p.length) return `${address.slice(p.length, at)}${domain}`;
  return null;
}

/** True for addresses that are never a failed recipient, whatever text names them. */
export function isSystemAddress(address: string): boolean {
  const local = address.toLowerCase().split('@')[0] ?? '';
  return SYSTEM_LOCALS.has(local) || listOfControlAddress(address) !== null;
}

/** Forward header blocks ("From: … Sent: … To: … Subject: …") at the top of a forwarded bounce. */
const FORWARD_FIELD =
  /^\s*\*?(?:from|sent|to|cc|date|subject|von|an|gesendet|betreff|de|envoyé|à|objet|da|inviato|a|oggetto|enviado|para|asunto|assunto)\s*:\*?\s/i;

const FORWARD_MARKER =
  /^\s*-{2,}\s*(?:forwarded message|original message|weitergeleitete nachricht|message transféré|messaggio inoltrato|mensaje reenviado|doorgestuurd bericht|mensagem encaminhada)/i;

/** Addresses named only in places a failed recipient never comes from. */
export function forbiddenAddresses(ctx: Context): Set<string> {
  const out = new Set<string>();
  const put = (text: string | null): void => {
    for (const a of findAddresses(text ?? '')) out.add(a.toLowerCase());
  };
  put(header(ctx.mail, 'from'));
  put(ctx.mail.from);
  put(header(ctx.mail, 'to'));
  put(header(ctx.mail, 'reply-to'));
  put(header(ctx.mail, 'sender'));
  // A forward's own header lines: a block of "Field: value" lines at the very top of the text,
  // after at most a "Forwarded message" marker line.
  let fields = 0;
  for (const l of ctx.lines.slice(0, 30)) {
    if (l.trim() === '' && fields === 0) continue;
    if (fields === 0 && FORWARD_MARKER.test(l)) continue;
    if (!FORWARD_FIELD.test(l)) break;
    fields++;
    put(l);
  }
  return out;
}

/**
 * Drops recipients a text decoder found in a forbidden place (the report's own From/To or a
 * forward's header block) or that are mail-system or list-control addresses. Machine-readable
 * fields (RFC 3464 Final-Recipient, ARF Original-Rcpt-To) are the report's own statement and are
 * kept. When every address the text names is of that kind, they are kept too: someone can write
 * to postmaster@, or to themselves, and the report then names nothing else.
 */
export function excludeRecipients(recipients: RawRecipient[], ctx: Context, fromFields: boolean): RawRecipient[] {
  if (fromFields) return recipients;
  const forbidden = forbiddenAddresses(ctx);
  const excluded = (r: RawRecipient): boolean =>
    r.address !== null && (forbidden.has(r.address.toLowerCase()) || isSystemAddress(r.address));
  const kept = recipients.filter((r) => !excluded(r));
  return kept.some((r) => r.address !== null) ? kept : recipients;
}

const REPLY_WITH_ADDRESS =
  /(?<![\w.])([45]\d\d)(?:[ -]([45]\.\d{1,3}\.\d{1,3}))?\b[^@\n]{0,80}?<?([^\s"'<>()@,;:]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})>?(.{0,300})/;

/**
 * The structural reading, for a bounce no family decoder read: addresses the report's text pairs
 * with an SMTP reply, then X-Failed-Recipients. Only the report's own text is read (up to the
 * returned original), and forbidden addresses are skipped.
 */
export function structuralRecipients(ctx: Context): RawRecipient[] {
  const end = indexOfLine(ctx.lines, COMMON_END);
  const text = ctx.lines.slice(0, end < 0 ? ctx.lines.length : end);
  const forbidden = forbiddenAddresses(ctx);
  const out: RawRecipient[] = [];
  const seen = new Set<string>();
  for (const line of text) {
    if (line.length > 2000) continue;
    const m = REPLY_WITH_ADDRESS.exec(line);
    const address = m?.[3] === undefined ? null : cleanAddress(m[3]);
    if (m === null || address === null) continue;
    const key = address.toLowerCase();
    if (seen.has(key) || forbidden.has(key) || isSystemAddress(address)) continue;
    seen.add(key);
    const r: RawRecipient = { address, diagnostic: line.trim(), evidence: [line.trim().slice(0, 200)] };
    if (m[1] !== undefined) r.replyCode = m[1];
    out.push(r);
  }
  if (out.length > 0) return out;
  for (const a of findAddresses(header(ctx.mail, 'x-failed-recipients') ?? '')) {
    if (!seen.has(a.toLowerCase())) out.push({ address: a, evidence: ['X-Failed-Recipients'] });
  }
  return out;
}

/**
 * Last resort for a report that names no recipient at all (a DSN part with no per-recipient
 * fields): the returned original's To. Only used when nothing in the report itself names one.
 */
export function originalRecipients(ctx: Context): RawRecipient[] {
  if (ctx.mail.original === null) return inlineOriginalRecipients(ctx);
  const fields = headerBlock(ctx.mail.original);
  const to = fields.filter(([k]) => k === 'to').flatMap(([, v]) => findAddresses(v));
  const kept = to.filter((a) => !isSystemAddress(a));
  // Where the report's text names a recipient (whole, or by its local part as GroupWise 5.2 did:
  // "jdoe (user not found)", rjbs BounceParser.pm p_novell_groupwise_5_2), that paragraph is its
  // diagnostic; PHP-Bounce-Handler likewise reads the status near the recipient in the first part.
  const report = ctx.lines.length > 200 ? ctx.lines.slice(0, 200) : ctx.lines;
  return kept.map((address): RawRecipient => {
    const said = paragraphNaming(report, address, kept);
    return said === ''
      ? { address, evidence: ['returned original: To'] }
      : { address, diagnostic: said, evidence: ['named in the report'] };
  });
}

/**
 * Whether `lower` holds `local` as a word of its own; with `notHost`, not as the first label of a
 * host name either ("host jdoe.example.net").
 */
function namesLocal(lower: string, local: string, notHost = false): boolean {
  for (let i = lower.indexOf(local); i >= 0; i = lower.indexOf(local, i + 1)) {
    const after = lower[i + local.length] ?? ' ';
    if (/[\w.@-]/.test(lower[i - 1] ?? ' ') || /[\w@-]/.test(after)) continue;
    if (!notHost || after !== '.' || !/\w/.test(lower[i + local.length + 1] ?? ' ')) return true;
  }
  return false;
}

/** The first line naming the address's local part, with the lines after it up to a blank line or another recipient's. */
function paragraphNaming(report: readonly string[], address: string, all: readonly string[]): string {
  const local = localOf(address);
  if (local.length < 2) return '';
  const whole = address.toLowerCase();
  const others = all.map(localOf).filter((l) => l !== local && l.length >= 2);
  const start = report.findIndex((line) => {
    const lower = line.toLowerCase();
    return lower.includes(whole) || namesLocal(lower, local, true);
  });
  if (start < 0) return '';
  const out = [report[start] ?? ''];
  for (let i = start + 1; i < report.length && out.length < 6; i++) {
    const line = report[i] ?? '';
    const lower = line.toLowerCase();
    if (line.trim() === '' || others.some((o) => lower.includes(`${o}@`) || namesLocal(lower, o, true))) break;
    out.push(line);
  }
  return fold(out.join(' '));
}

/**
 * A report that names the failed mailbox by its local part only ("jdoe    Mailbox unknown"), with
 * the original returned as plain text below a marker line: the original's To address whose local
 * part the report names. Yale's campus MTA wrote such reports (flufl.bounce _detectors/yale.py,
 * which guesses the domain instead); the returned original states it.
 */
function inlineOriginalRecipients(ctx: Context): RawRecipient[] {
  const end = indexOfLine(ctx.lines, COMMON_END);
  if (end < 0) return [];
  let start = end + 1;
  while (start < ctx.lines.length && (ctx.lines[start] ?? '').trim() === '') start++;
  const fields = headerBlock(ctx.lines.slice(start, start + 200).join('\n'));
  const to = fields.filter(([k]) => k === 'to').flatMap(([, v]) => findAddresses(v));
  const report = ctx.lines.slice(0, end);
  // The report's lines that name the local part as a word: they are that recipient's diagnostic.
  const naming = (address: string): string[] => {
    const local = localOf(address);
    if (local.length < 2) return [];
    return report.filter((line) => namesLocal(line.toLowerCase(), local));
  };
  const out: RawRecipient[] = [];
  for (const address of to) {
    const lines = isSystemAddress(address) ? [] : naming(address);
    if (lines.length === 0) continue;
    out.push({ address, diagnostic: fold(lines.join(' ')), evidence: ['returned original: To, named by its local part'] });
  }
  return out;
}

/** Words saying the mail did not get through. */
const NON_DELIVERY =
  /\bnot\s+(?:been\s+)?deliver|\bcould\s?not\b|\bcannot\b|\bunable\b|\berror\b|\bfail|\bstopped\b|\bblocked\b|\brejected\b|\bundeliver/;

/** A line that opens a copied header block (the returned original's, or a forward's). */
const HEADER_LINE = /^\s*(?:from|to|cc|subject|date|message-id|received|return-path|sender|reply-to)\s*:/i;

/**
 * Last of all, for a report with no reply line, no attached original and no field naming
 * anyone: the one address its own sentences name ("A transient delivery error occurred for
 * <addr>", "stopped a mail … to <addr>"). PHP-Bounce-Handler's last-ditch reading takes the first
 * address in the body; taking only a sole candidate, and only from the report's text above any
 * copied header lines, keeps a helpdesk address or the sender's own from being taken for one.
 */
export function soleNamedRecipient(ctx: Context): RawRecipient[] {
  const end = indexOfLine(ctx.lines, COMMON_END);
  const stop = end < 0 ? Math.min(ctx.lines.length, 60) : Math.min(end, 60);
  const forbidden = forbiddenAddresses(ctx);
  const found = new Set<string>();
  let first: string | null = null;
  for (let i = 0; i < stop; i++) {
    const line = ctx.lines[i] ?? '';
    if (HEADER_LINE.test(line)) break;
    if (!line.includes('@')) continue;
    const lower = line.toLowerCase();
    const delivery = lower.includes('deliver');
    for (const a of findAddresses(line)) {
      const key = a.toLowerCase();
      if (forbidden.has(key) || isSystemAddress(a) || found.has(key)) continue;
      // Named as where the mail went: a delivery sentence, or "to <addr>" / "for <addr>".
      if (!delivery && !['to <', 'to ', 'for <', 'for '].some((w) => lower.includes(`${w}${key}`))) continue;
      found.add(key);
      first ??= a;
    }
  }
  if (found.size !== 1 || first === null) return [];
  // And only when the report says the mail failed: "is waiting for delivery" (a Boxbe waitlist) names no failure.
  const said = ctx.lines.slice(0, stop).join('\n').toLowerCase();
  return NON_DELIVERY.test(said) ? [{ address: first, evidence: ['named in the report'] }] : [];
}
