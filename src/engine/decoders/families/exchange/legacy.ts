/**
 * Exchange's legacy NDR layout (Exchange 2007 and later, Exchange Online, Outlook.com), in every
 * language of the lexicon and in every form Outlook hands it over (whole message, forward text,
 * forward HTML turned to text, a pasted part):
 *
 *   <heading: "Delivery has failed to these recipients or groups:" | "<host> rejected your message …">
 *   Name (addr)<mailto:addr>          ← one line per recipient
 *   <the user-facing explanation, localised>
 *   [<host> gave this error:
 *    <the remote server's words>]
 *   <heading: "Diagnostic information for administrators:">
 *   Generating server: <host>   [Receiving server: <host>]
 *   addr
 *   <remote host>
 *   Remote Server returned '<reply>'   |   Remote Server at <host> (<ip>) returned '<summary>'
 *   <date> - Remote Server at <host> (<ip>) returned '<attempt>'   ← delay notices' attempts
 *   <heading: "Original message headers:">
 *
 * Codes: the remote server's own reply wins over Exchange's summary. In a delay notice the
 * summary is always `400 4.4.7 Message delayed`; the latest attempt's reply is what the remote
 * server said, and wins unless its code is a class default itself.
 */
import { cleanAddress, fold } from '../../../text';
import { COMMON_END } from '../../blocks';
import type { Context, Decoded, Decoder, RawRecipient } from '../../types';
import {
  exchangeWords,
  findLine,
  isSubjectLine,
  labelValue,
  mayContain,
  normalisedLines,
  remoteHost,
  replyCodes,
  returnedText,
} from './words';

const ADDR = String.raw`([^\s"'<>()@,;]{1,256}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})`;
/** `Name (addr)<mailto:addr>`, `addr (addr)`, `addr<mailto:addr>` or a bare address, alone on its line. */
const RECIPIENT_LINE = new RegExp(String.raw`^\s*(?:[^()<>\t]{0,200}\()?` + ADDR + String.raw`\)?(?:\s*<mailto:[^>\s]{1,300}>)?\s*$`);
/** An attempt line of a delay notice: a timestamp, a dash, then the server's reply. */
const ATTEMPT = /^\s*\d[^']{4,60}\s-\s[^']{0,300}returned '/;

function headings(): { failed: string[]; delayed: string[]; delivered: string[]; rejected: string[] } {
  return {
    failed: [...exchangeWords('failedHeading')],
    delayed: [...exchangeWords('delayedHeading')],
    delivered: [...exchangeWords('deliveredHeading')],
    rejected: [...exchangeWords('rejectedBy')],
  };
}

interface Entry {
  address: string;
  prose: string[];
  remote: string[];
  admin: string[];
  remoteMta?: string;
}

function recipientOf(line: string): string | null {
  if (line.length > 1000) return null;
  const m = RECIPIENT_LINE.exec(line);
  return m?.[1] === undefined ? null : cleanAddress(m[1]);
}

/** Where the layout starts, and what its heading says the notice is. */
function findStart(norm: readonly string[]): { index: number; type: 'failed' | 'delayed' | 'delivered'; rejectedBy: boolean } | null {
  const h = headings();
  if (!mayContain(norm, [...h.delayed, ...h.failed, ...h.rejected, ...h.delivered])) return null;
  for (let i = 0; i < norm.length; i++) {
    const l = norm[i] ?? '';
    if (l === '') continue;
    if (h.delayed.some((w) => l.includes(w))) return { index: i, type: 'delayed', rejectedBy: false };
    if (h.failed.some((w) => l.includes(w))) return { index: i, type: 'failed', rejectedBy: false };
    if (h.rejected.some((w) => l.includes(w))) return { index: i, type: 'failed', rejectedBy: true };
    if (h.delivered.some((w) => l.includes(w))) return { index: i, type: 'delivered', rejectedBy: false };
  }
  return null;
}

function detect(ctx: Context): boolean {
  if (ctx.mail.headers.some((f) => f.key === 'x-ms-exchange-message-is-ndr')) return true;
  const norm = normalisedLines(ctx.lines, 400);
  return findStart(norm) !== null || findLine(norm, exchangeWords('adminHeading')) >= 0;
}

/** The host named before "rejected your message …" / "gave this error:". */
function hostBefore(line: string, words: readonly string[], norm: string): string | null {
  const w = words.find((x) => norm.includes(x));
  if (w === undefined) return null;
  const m = /^\s*([\w-]{1,63}(?:\.[\w-]{1,63}){1,8})\s/.exec(line);
  return m?.[1]?.toLowerCase() ?? null;
}

/**
 * True when an attempt's code is the remote server's own answer. X.4.x codes (network and
 * routing, RFC 3463) are what Exchange writes about its own failed connection ("Primary target IP
 * address responded with: 421 4.4.1 Connection timed out"): the remote never answered.
 */
function isRemoteAnswer(status: string | null): boolean {
  return status !== null && status.split('.')[1] !== '4';
}

function codesFor(e: Entry, delayed: boolean): Pick<RawRecipient, 'status' | 'replyCode' | 'diagnostic' | 'remoteMta'> {
  const summaryLine = e.admin.find((l) => returnedText(l) !== null && !ATTEMPT.test(l));
  const attempts = e.admin.filter((l) => ATTEMPT.test(l));
  const summary = summaryLine === undefined ? null : returnedText(summaryLine);
  const latestLine = attempts[attempts.length - 1];
  const latest = latestLine === undefined ? null : returnedText(latestLine);
  let chosen = summary;
  if (latest !== null && (summary === null || isRemoteAnswer(replyCodes(latest).status))) chosen = latest;
  // Without a `returned '…'` line (Exchange 2007's `#550 5.1.1 RESOLVER…##`, pasted fragments),
  // the admin lines and the remote's words are the reply.
  const remote = fold(e.remote.join(' '));
  const adminText = fold(e.admin.filter((l) => recipientOf(l) === null).join(' '));
  const reply = chosen ?? (remote !== '' ? remote : adminText);
  const codes = replyCodes(reply);
  // The summary is not repeated in the diagnostic: its class-default code would compete with the reply's.
  const parts = [reply, chosen !== null && remote !== reply ? remote : '', fold(e.prose.join(' '))];
  const out: Pick<RawRecipient, 'status' | 'replyCode' | 'diagnostic' | 'remoteMta'> = {
    diagnostic: fold(parts.filter((p) => p !== '').join(' ')),
  };
  if (codes.status !== null) out.status = codes.status;
  if (codes.replyCode !== null) out.replyCode = codes.replyCode;
  const host =
    (latestLine !== undefined && delayed ? remoteHost(latestLine) : null) ??
    (summaryLine !== undefined ? remoteHost(summaryLine) : null) ??
    e.remoteMta;
  if (host !== null && host !== undefined) out.remoteMta = host;
  return out;
}

/**
 * Exchange's own summary of a delay notice: a 4.x.x status whose reply says "delayed" (`400 4.4.7
 * Message delayed`, learn.microsoft.com "Fix email delivery issues for error code 4.4.7"). A
 * notice whose only statuses are such summaries is a delay notice whatever its heading says; an
 * expired message's failure (`550 4.4.7 QUEUE.Expired; message expired`) says "expired" and stays
 * a failure.
 */
function isDelaySummary(c: Pick<RawRecipient, 'status' | 'diagnostic'>): boolean {
  return c.status?.startsWith('4') === true && /\bdelayed\b/i.test(c.diagnostic ?? '');
}

function decode(ctx: Context): Decoded | null {
  const lines = ctx.lines;
  const norm = normalisedLines(lines);
  const start = findStart(norm);
  const adminWords = exchangeWords('adminHeading');
  const first = start?.index ?? findLine(norm, adminWords);
  if (first < 0) return null;
  const endWords = [...exchangeWords('originalHeaders'), ...COMMON_END.map((m) => m.toLowerCase())];
  let end = findLine(norm, endWords, first + 1);
  if (end < 0) end = lines.length;
  let admin = findLine(norm, adminWords, first, end);
  if (admin < 0) admin = findLine(norm, exchangeWords('generatingServer'), first, end);
  const listEnd = admin >= 0 ? admin : end;
  const gave = exchangeWords('gaveError');
  const entries: Entry[] = [];
  const byAddress = new Map<string, Entry>();
  let heading = start?.rejectedBy === true ? hostBefore(lines[first] ?? '', exchangeWords('rejectedBy'), norm[first] ?? '') : null;

  // The list: recipient lines, each followed by the user-facing text and maybe the remote's words.
  let current: Entry | null = null;
  let mode: 'prose' | 'remote' = 'prose';
  for (let i = first + (start === null ? 0 : 1); i < listEnd; i++) {
    const line = lines[i] ?? '';
    const address = recipientOf(line);
    if (address !== null) {
      const key = address.toLowerCase();
      current = byAddress.get(key) ?? null;
      if (current === null) {
        current = { address, prose: [], remote: [], admin: [] };
        if (heading !== null) current.remoteMta = heading;
        entries.push(current);
        byAddress.set(key, current);
      }
      mode = 'prose';
      continue;
    }
    if (current === null || line.trim() === '' || isSubjectLine(line)) continue;
    const n = norm[i] ?? '';
    if (gave.some((w) => n.includes(w))) {
      mode = 'remote';
      const host = hostBefore(line, gave, n);
      if (host !== null) current.remoteMta = host;
      continue;
    }
    (mode === 'remote' ? current.remote : current.prose).push(line.trim());
  }

  // The admin part: each recipient's address alone on a line, then the servers' replies.
  let reportingMta: string | undefined;
  let receiving: string | undefined;
  if (admin >= 0) {
    current = null;
    const gen = exchangeWords('generatingServer');
    const recv = exchangeWords('receivingServer');
    for (let i = admin + 1; i < end; i++) {
      const line = lines[i] ?? '';
      const n = norm[i] ?? '';
      if (n === '') continue;
      if (gen.some((w) => n.startsWith(w))) {
        reportingMta = labelValue(lines, norm, i, gen)?.split(/\s/, 1)[0]?.toLowerCase();
        continue;
      }
      if (recv.some((w) => n.startsWith(w))) {
        receiving = labelValue(lines, norm, i, recv)?.split(/\s/, 1)[0]?.toLowerCase();
        continue;
      }
      const address = recipientOf(line);
      if (address !== null && !line.includes('<mailto:') && !line.includes('(')) {
        const key = address.toLowerCase();
        current = byAddress.get(key) ?? null;
        if (current === null) {
          current = { address, prose: [], remote: [], admin: [] };
          entries.push(current);
          byAddress.set(key, current);
        }
        continue;
      }
      if (current !== null) current.admin.push(line.trim());
    }
  }
  if (entries.length === 0) return null;
  heading = null;
  const delivered = start?.type === 'delivered';
  // A delay notice whose heading the lexicon does not know (its localised headings are partly
  // written by analogy) still says what it is: a sentence only Exchange's delay notice writes
  // ("This message hasn't been delivered yet"; the lexicon's `ndrStillTrying`), or its summary.
  const told = !delivered && start?.type !== 'delayed' && findLine(norm, exchangeWords('stillTrying'), 0, end) >= 0;
  const stated = start?.type === 'delayed' || told;
  for (const e of entries) if (e.remoteMta === undefined && receiving !== undefined) e.remoteMta = receiving;
  const read = entries.map((e) => codesFor(e, stated));
  const delayed = stated || (!delivered && read.every(isDelaySummary));
  const codes = delayed === stated ? read : entries.map((e) => codesFor(e, delayed));
  const recipients = entries.map((e, k): RawRecipient => {
    const r: RawRecipient = { address: e.address, ...codes[k] };
    r.action = delayed ? 'delayed' : delivered ? 'delivered' : 'failed';
    if (reportingMta !== undefined) r.reportingMta = reportingMta;
    if (r.diagnostic === '') delete r.diagnostic;
    return r;
  });
  const out: Decoded = { decoder: 'exchange-legacy', recipients };
  if (delayed) out.kind = 'warning';
  if (delivered) out.kind = 'delivery-report';
  if (reportingMta !== undefined) out.reportingMta = reportingMta;
  return out;
}

export const exchangeLegacy: Decoder = { name: 'exchange-legacy', detect, decode };
