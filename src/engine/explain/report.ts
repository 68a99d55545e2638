/**
 * The report to the IT helpdesk: a subject, a plain-text body, an HTML body and a machine-readable
 * JSON block (pretty-printed, so it wraps). Every value taken from the bounce is escaped before it
 * goes into HTML, and the HTML has no inline styles (Outlook's prependAsync drops them).
 *
 * Size: the HTML stays under 32 KB (Outlook's limit for new message forms). Bounces come from
 * strangers and any field can be huge, so every text field is cut to a common length that shrinks
 * until the report fits — the longest fields are cut first — and only then are recipients listed
 * in short form (address and code, which are always kept for a listed recipient) and finally left
 * out with "and N more". Cuts are on grapheme clusters (never inside an emoji or a surrogate pair)
 * and always say how much was cut. The original message body is never included.
 */
import type { AnalysisResult, RecipientResult } from '../types';
import type { Explained } from './explain';
import { format } from './messages';
import type { Catalogue } from './messages';
import type { ReportKey } from './messages/en';
import { graphemeBoundaries, graphemeSegmenter } from '../graphemes';

export { graphemeBoundaries };

export const MAX_SUBJECT = 255;
export const MAX_HTML_BYTES = 32 * 1024;
/** Margin below the hard limit for what the caller or Outlook adds (a signature, a separator). */
const HTML_BUDGET = MAX_HTML_BYTES - 1024;
/** Field lengths tried in turn (graphemes): each step cuts only the fields longer than it. */
const FIELD_CAPS = [1000, 400, 160, 80] as const;
/** A listed address is cut only when it cannot be an address at all (RFC 5321 allows 254). */
const MAX_ADDRESS = 320;
const MAX_TRIED = 2000;
/** Recipients listed with their full details once the report has to be shortened. */
const DETAILED_WHEN_SHORT = 3;

/** What the caller knows about the Outlook client; missing values are written as "not given". */
export interface ClientInfo {
  readonly host: string | null;
  readonly version: string | null;
  readonly platform: string | null;
  readonly language: string | null;
  readonly mailboxSet: string | null;
  /** How the bounce was read (the whole file, the body, an attachment, pasted text, …). */
  readonly route: string | null;
}

export interface ReportOptions {
  /** Client details as one prepared line (kept for callers that have only that). */
  readonly client?: string;
  /** Client details as data, worded by the catalogue. */
  readonly clientInfo?: ClientInfo;
  /** What the user already tried; the section is left out when empty. */
  readonly tried?: string;
  /** The reader's message catalogue: the caller (`run`) chooses it, nothing here defaults. */
  readonly catalogue: Catalogue;
  /** The user's time zone for the local time beside each date (default: the runtime's). */
  readonly timeZone?: string;
}

export interface Report {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** The machine-readable block on its own, as embedded in both bodies. */
  readonly json: string;
  /** Recipients left out of the bodies to respect the size limit. */
  readonly omittedRecipients: number;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Text below U+0300 has no multi-unit grapheme clusters that matter for a cut (only CR LF). */
const SIMPLE_TEXT = /^[^\u0300-\uffff]*$/;

/**
 * The longest prefix of `text` of at most `max` grapheme clusters (never splitting one), and how
 * many UTF-16 units were dropped. Segmentation stops at the cut, so a huge field costs no more
 * than a short one.
 */
export function cutGraphemes(text: string, max: number): { kept: string; dropped: number } {
  if (text.length <= max) return { kept: text, dropped: 0 };
  // A cluster is at least one unit; 8 units per cluster covers any realistic text.
  const head = text.slice(0, max * 8 + 8);
  if (SIMPLE_TEXT.test(head.slice(0, max + 1))) return { kept: text.slice(0, max), dropped: text.length - max };
  let end = 0;
  let count = 0;
  const g = graphemeSegmenter();
  if (g !== null) {
    for (const seg of g.segment(head)) {
      const next = seg.index + seg.segment.length;
      // The slice's own end may fall inside a cluster: a cluster touching it is not taken.
      if (count === max || (next === head.length && head.length < text.length)) break;
      end = next;
      count++;
    }
  } else {
    const bounds = graphemeBoundaries(head);
    const usable = head.length === text.length ? bounds.length - 1 : bounds.length - 2;
    end = bounds[Math.max(0, Math.min(max, usable))] ?? 0;
  }
  return end === text.length ? { kept: text, dropped: 0 } : { kept: text.slice(0, end), dropped: text.length - end };
}

/**
 * Cuts made while one report is built: the size search renders it several times with the same
 * fields, and segmenting long emoji-laden fields again each time is what would cost.
 */
const cuts = new Map<string, Map<number, { kept: string; dropped: number }>>();

function cutOnce(text: string, max: number): { kept: string; dropped: number } {
  let byMax = cuts.get(text);
  if (byMax === undefined) {
    byMax = new Map();
    cuts.set(text, byMax);
  }
  let out = byMax.get(max);
  if (out === undefined) {
    out = cutGraphemes(clean(text), max);
    byMax.set(max, out);
  }
  return out;
}

/** Control characters and lone surrogates from a hostile bounce are not written into the report. */
function clean(text: string): string {
  return text
    .replace(/(?![\t\n\r])\p{Cc}/gu, ' ')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function byteLength(s: string): number {
  return new TextEncoder().encode(s).length;
}

function codeLabel(r: { replyCode: string | null; status: string | null }): string {
  return [r.replyCode, r.status].filter((x) => x !== null).join(' ');
}

/** The words of the report's catalogue block (every key is there: the compiler checks each locale). */
function wording(c: Catalogue): (key: ReportKey, values?: Record<string, string | number>) => string {
  return (key, values = {}) => format(c.report[key], values, c.locale);
}

export function reportSubject(result: AnalysisResult, c: Catalogue): string {
  const t = wording(c);
  const first = result.recipients[0];
  const recipient = first?.address === null || first?.address === undefined ? t('notGiven') : cutGraphemes(clean(first.address), 120).kept;
  const code = first === undefined ? '' : codeLabel(first);
  const others = Math.max(0, result.recipients.length - 1);
  const key = code === '' ? 'subjectNoCode' : others > 0 ? 'subjectMany' : 'subjectOne';
  const subject = t(key, { code, recipient, others }).replace(/[\r\n]+/g, ' ');
  const cut = cutGraphemes(subject, MAX_SUBJECT - 1);
  return cut.dropped > 0 ? `${cut.kept}\u2026` : subject;
}

/** How much of the report to show: the common field length and how recipients are listed. */
interface Fit {
  /** Every text field from the bounce is cut to this many grapheme clusters. */
  readonly cap: number;
  /** Recipients listed with all details. */
  readonly detailed: number;
  /** Recipients after those listed by address and code only. */
  readonly compact: number;
}

interface Section {
  readonly heading: string;
  readonly lines: readonly string[];
  /** The machine block: shown as code lines. */
  readonly machine?: boolean;
}

const EXCHANGE_ONLINE = /(?:^|\.)(?:prod\.outlook\.com|prod\.exchangelabs\.com|protection\.outlook\.com|outlook\.office365\.com)$/i;
const EAC_MESSAGE_TRACE = 'https://admin.exchange.microsoft.com/#/messagetrace';
/** A Message-ID safe to put in a single-quoted PowerShell string: printable ASCII, no quotes. */
const SAFE_MESSAGE_ID = /^<?[\x21-\x26\x28-\x7e]{1,250}>?$/;

function hostOf(value: string | null): string {
  let host = (value ?? '').trim().replace(/^dns;\s*/i, '');
  while (host.endsWith('.')) host = host.slice(0, -1).trimEnd();
  return host.toLowerCase();
}

/** The sender's side is Exchange Online: the bounce or the original's id comes from its servers. */
export function isExchangeOnlineSender(result: AnalysisResult): boolean {
  const hosts = [result.reportingMta, ...result.recipients.slice(0, 50).map((r) => r.reportingMta)].map(hostOf);
  const idHost = /@([^@>\s]{1,253})>?\s*$/.exec(result.original?.messageId ?? '')?.[1] ?? '';
  return hosts.some((h) => EXCHANGE_ONLINE.test(h)) || EXCHANGE_ONLINE.test(idHost.toLowerCase());
}

function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Queue IDs from the original's Received lines (`by host … id QUEUEID`), topmost first. */
function queueIds(result: AnalysisResult): Array<{ host: string; id: string }> {
  const out: Array<{ host: string; id: string }> = [];
  for (const line of (result.original?.received ?? []).slice(0, 20)) {
    const head = line.slice(0, 2000).split(';', 1)[0] ?? '';
    const by = /\bby\s+([\w.-]{1,253})/i.exec(head);
    const id = /\bid\s+<?([\w.@-]{3,80})>?/i.exec(head.slice(by?.index ?? 0));
    if (by?.[1] !== undefined && id?.[1] !== undefined) out.push({ host: by[1], id: id[1] });
  }
  return out;
}

function sections(result: AnalysisResult, explained: Explained, fit: Fit, options: ReportOptions, c: Catalogue): Section[] {
  const t = wording(c);
  const notGiven = t('notGiven');
  const clip = (value: string | null, max = fit.cap): string => {
    if (value === null || value.trim() === '') return notGiven;
    const cut = cutOnce(value, max);
    return cut.dropped === 0 ? cut.kept : `${cut.kept} ${t('cut', { count: cut.dropped })}`;
  };
  const address = (r: RecipientResult): string => clip(r.address, MAX_ADDRESS);
  const when = (raw: string | null): string => {
    if (raw === null || raw.trim() === '') return notGiven;
    const ms = Date.parse(raw);
    if (Number.isNaN(ms)) return clip(raw, 80);
    const iso = isoSeconds(ms);
    try {
      const local = new Intl.DateTimeFormat(c.locale, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZoneName: 'short',
        ...(options.timeZone !== undefined ? { timeZone: options.timeZone } : {}),
      }).format(ms);
      return t('dateWithLocal', { iso, local });
    } catch {
      return iso;
    }
  };
  const more = (lines: string[], total: number, shown: number): string[] =>
    total > shown ? [...lines, t('andMore', { count: total - shown })] : lines;

  const out: Section[] = [];
  const first = explained.groups[0]?.explanation;
  const summary = t('summaryLine', {
    count: result.recipients.length,
    subject: clip(result.original?.subject ?? null),
    // Explanations may quote the bounce (the original's subject, an address): cut like any field.
    title: first === undefined ? notGiven : clip(first.title),
    owner: first === undefined ? notGiven : format(c.owners[first.owner], {}, c.locale),
  });
  out.push({ heading: '', lines: [t('greeting'), t('intro'), summary, ...(explained.backscatter ? [t('backscatter')] : [])] });

  const rows: string[] = [];
  const n = result.recipients.length;
  result.recipients.slice(0, fit.detailed + fit.compact).forEach((r, i) => {
    const code = codeLabel(r) || notGiven;
    if (i >= fit.detailed) {
      rows.push(`${address(r)} \u2014 ${code}`);
      return;
    }
    const x = explained.perRecipient[i];
    const owner = x === undefined ? '' : format(c.owners[x.owner], {}, c.locale);
    rows.push([address(r), code, r.reason, owner].filter((p) => p !== '').join(' \u2014 '));
    if (r.diagnosticCode !== null) rows.push(`    ${clip(r.diagnosticCode)}`);
  });
  const listed = Math.min(n, fit.detailed + fit.compact);
  if (n > listed) rows.push(t('truncated', { count: n - listed }));
  out.push({ heading: t('failedRecipients'), lines: rows });

  const remotes = [...new Set(result.recipients.map((r) => r.remoteMta).filter((m): m is string => m !== null))];
  out.push({
    heading: t('servers'),
    lines: more(
      [
        t('reportingServer', { server: clip(result.reportingMta) }),
        ...remotes.slice(0, 10).map((m) => t('remoteServer', { server: clip(m) })),
      ],
      remotes.length,
      Math.min(remotes.length, 10),
    ),
  });
  out.push({
    heading: t('times'),
    lines: [t('bounceArrived', { date: when(result.arrivalDate) }), t('originalSent', { date: when(result.original?.date ?? null) })],
  });

  // What IT needs to find the message in their own logs.
  const trace: string[] = [];
  const id = result.original?.messageId ?? null;
  if (isExchangeOnlineSender(result)) {
    const times = [result.original?.date ?? null, result.arrivalDate]
      .map((d) => (d === null ? NaN : Date.parse(d)))
      .filter((x) => !Number.isNaN(x));
    const hour = 3600 * 1000;
    const start = times.length === 0 ? null : isoSeconds(Math.min(...times) - hour);
    const end = times.length === 0 ? null : isoSeconds(Math.max(...times) + hour);
    trace.push(t('traceMessageId', { id: clip(id) }));
    if (start !== null && end !== null) trace.push(t('traceWindow', { start, end }));
    if (id !== null && SAFE_MESSAGE_ID.test(id.trim())) {
      const bracketed = id.trim().startsWith('<') ? id.trim() : `<${id.trim()}>`;
      const dates = start !== null && end !== null ? ` -StartDate '${start}' -EndDate '${end}'` : '';
      trace.push(t('tracePowerShell'), `Get-MessageTraceV2 -MessageId '${bracketed}'${dates}`);
    }
    trace.push(t('traceEac', { url: EAC_MESSAGE_TRACE }));
  } else {
    const reporting = hostOf(result.reportingMta);
    const ids = queueIds(result);
    const own = ids.find((q) => q.host.toLowerCase() === reporting) ?? ids[0];
    trace.push(t('traceServer', { server: clip(result.reportingMta) }));
    trace.push(
      own === undefined ? t('traceQueue', { id: notGiven, server: notGiven }) : t('traceQueue', { id: own.id, server: clip(own.host) }),
    );
    trace.push(t('traceMessageId', { id: clip(id) }));
  }
  out.push({ heading: t('trace'), lines: trace });

  if (result.original !== null) {
    out.push({
      heading: t('original'),
      lines: [
        t('originalSubject', { subject: clip(result.original.subject) }),
        t('originalMessageId', { id: clip(result.original.messageId) }),
        t('originalFrom', { from: clip(result.original.from) }),
        t('noBody'),
      ],
    });
    const auth = result.original.authenticationResults;
    if (auth.length > 0)
      out.push({
        heading: t('auth'),
        lines: more(
          auth.slice(0, 5).map((a) => clip(a, Math.min(fit.cap, 500))),
          auth.length,
          Math.min(auth.length, 5),
        ),
      });
  }
  const checks = [...new Set(explained.groups.flatMap((g) => g.explanation.itChecks))];
  if (checks.length > 0)
    out.push({
      heading: t('itChecks'),
      lines: more(
        checks.slice(0, 12).map((x) => `- ${clip(x)}`),
        checks.length,
        Math.min(checks.length, 12),
      ),
    });
  const info = options.clientInfo;
  if (info !== undefined) {
    const v = (x: string | null): string => (x === null || x.trim() === '' ? notGiven : clip(x, 120));
    out.push({
      heading: t('client'),
      lines: [
        t('clientLine', {
          host: v(info.host),
          version: v(info.version),
          platform: v(info.platform),
          language: v(info.language),
          set: v(info.mailboxSet),
          route: v(info.route),
        }),
      ],
    });
  } else if (options.client !== undefined && options.client.trim() !== '')
    out.push({ heading: t('client'), lines: [clip(options.client, 400)] });
  if (options.tried !== undefined && options.tried.trim() !== '')
    out.push({ heading: t('tried'), lines: [clip(options.tried.trim(), MAX_TRIED)] });
  out.push({ heading: t('machine'), lines: machineBlock(result, explained, fit).split('\n'), machine: true });
  return out;
}

function machineBlock(result: AnalysisResult, explained: Explained, fit: Fit): string {
  const s = (v: string | null, max = fit.cap): string | null => (v === null ? null : cutOnce(v, max).kept);
  const listed = result.recipients.slice(0, fit.detailed + fit.compact);
  const recipients = listed.map((r, i) =>
    i < fit.detailed
      ? {
          address: s(r.address, MAX_ADDRESS),
          action: r.action,
          status: r.status,
          replyCode: r.replyCode,
          reason: r.reason,
          owner: explained.perRecipient[i]?.owner ?? null,
          explanation: explained.perRecipient[i]?.id ?? null,
          diagnosticCode: s(r.diagnosticCode),
          remoteMta: s(r.remoteMta),
          reportingMta: s(r.reportingMta),
          smtpCommand: r.smtpCommand,
        }
      : { address: s(r.address, MAX_ADDRESS), status: r.status, replyCode: r.replyCode },
  );
  const o = result.original;
  return JSON.stringify(
    {
      tool: 'bounce-explainer',
      version: result.version,
      kind: result.kind,
      backscatter: explained.backscatter,
      reportingMta: s(result.reportingMta),
      arrivalDate: s(result.arrivalDate, 80),
      original:
        o === null
          ? null
          : {
              subject: s(o.subject),
              messageId: s(o.messageId),
              date: s(o.date, 80),
              from: s(o.from),
              to: s(o.to),
              authenticationResults: o.authenticationResults.slice(0, 5).map((a) => s(a, Math.min(fit.cap, 500))),
              receivedCount: o.received.length,
            },
      recipientCount: result.recipients.length,
      recipients,
      omittedRecipients: result.recipients.length - recipients.length,
    },
    null,
    1,
  );
}

function toText(parts: readonly Section[]): string {
  return parts.map((s) => (s.heading === '' ? s.lines.join('\n') : `${s.heading}\n${s.lines.join('\n')}`)).join('\n\n');
}

/**
 * HTML without inline styles. The machine block is one code line per JSON line, so it wraps in
 * any mail client; copied out it is still valid JSON (indentation is only whitespace).
 */
function toHtml(parts: readonly Section[]): string {
  const body = parts
    .map((s) => {
      const heading = s.heading === '' ? '' : `<h3>${escapeHtml(s.heading)}</h3>`;
      if (s.machine === true) return `${heading}<p><code>${s.lines.map((l) => escapeHtml(l.trimStart())).join('<br>')}</code></p>`;
      return `${heading}${s.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}`;
    })
    .join('');
  return `<div>${body}</div>`;
}

export function buildReport(result: AnalysisResult, explained: Explained, options: ReportOptions): Report {
  const c = options.catalogue;
  const n = result.recipients.length;
  const render = (fit: Fit): { parts: Section[]; html: string } => {
    const parts = sections(result, explained, fit, options, c);
    return { parts, html: toHtml(parts) };
  };
  const fits = (fit: Fit): boolean => byteLength(render(fit).html) <= HTML_BUDGET;
  // A listed recipient costs at least its address twice (the list and the JSON) and some markup:
  // a lower bound that keeps the search away from renders that cannot fit.
  const floor: number[] = [0];
  for (const r of result.recipients) floor.push((floor[floor.length - 1] ?? 0) + 2 * (r.address?.length ?? 10) + 60);
  const atMost = (from: number): number => {
    let k = 0;
    while (from + k < n && (floor[from + k + 1] ?? 0) <= HTML_BUDGET) k++;
    return k;
  };
  const largest = (lo: number, hi: number, ok: (k: number) => boolean): number => {
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (ok(mid)) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const choose = (): Fit => {
    // 1. Everything listed in full, fields cut ever shorter: the longest fields go first.
    if ((floor[n] ?? 0) <= HTML_BUDGET)
      for (const cap of FIELD_CAPS) if (fits({ cap, detailed: n, compact: 0 })) return { cap, detailed: n, compact: 0 };
    const cap = FIELD_CAPS[FIELD_CAPS.length - 1] ?? 80;
    // 2. The first few in full, as many others as fit by address and code (binary search: a
    //    5,000-recipient bounce must not be rendered 5,000 times).
    const detailed = Math.min(n, DETAILED_WHEN_SHORT);
    if (fits({ cap, detailed, compact: 0 })) {
      const compact = largest(0, Math.min(n - detailed, atMost(detailed)), (k) => fits({ cap, detailed, compact: k }));
      return { cap, detailed, compact };
    }
    // 3. Still too large (huge fields everywhere): fewer in full, the shortest field length.
    const fewer = largest(0, detailed, (k) => fits({ cap: 40, detailed: k, compact: 0 }));
    return { cap: 40, detailed: fewer, compact: 0 };
  };
  cuts.clear();
  const fit = choose();
  const { parts, html } = render(fit);
  cuts.clear();
  return {
    subject: reportSubject(result, c),
    text: toText(parts),
    html,
    json: machineBlock(result, explained, fit),
    omittedRecipients: n - Math.min(n, fit.detailed + fit.compact),
  };
}
