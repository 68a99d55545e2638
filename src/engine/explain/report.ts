/**
 * The report to the IT helpdesk: a subject, a plain-text body, an HTML body and a machine-readable
 * JSON block. Every value taken from the bounce is escaped before it goes into HTML; the HTML stays
 * under 32 KB (Outlook's limit for `displayNewMessageForm`) by listing fewer recipients and cutting
 * long server texts, and it says how much was left out. The original message body is never included.
 */
import type { AnalysisResult } from '../types';
import type { Explained } from './explain';
import { format } from './messages';
import type { Catalogue } from './messages';

export const MAX_SUBJECT = 255;
export const MAX_HTML_BYTES = 32 * 1024;
/** Margin below the hard limit for what the caller adds (a signature, the client details). */
const HTML_BUDGET = MAX_HTML_BYTES - 1024;
const MAX_DIAGNOSTIC = 1000;

export interface ReportOptions {
  /** Client details the caller fills in (Outlook version, platform, how the bounce was read). */
  readonly client?: string;
  /** What the user already tried. */
  readonly tried?: string;
  /** The reader's message catalogue: the caller (`run`) chooses it, nothing here defaults. */
  readonly catalogue: Catalogue;
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

function cut(text: string, max: number, c: Catalogue): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)} ${format(c.report.cut ?? '', { count: text.length - max }, c.locale)}`;
}

function byteLength(s: string): number {
  return new TextEncoder().encode(s).length;
}

function codeLabel(r: { replyCode: string | null; status: string | null }): string {
  return [r.replyCode, r.status].filter((x) => x !== null).join(' ');
}

export function reportSubject(result: AnalysisResult, c: Catalogue): string {
  const first = result.recipients[0];
  const recipient = first?.address ?? format(c.report.unknown ?? '', {}, c.locale);
  const code = first === undefined ? '' : codeLabel(first);
  const others = Math.max(0, result.recipients.length - 1);
  const msg = code === '' ? c.report.subjectNoCode : others > 0 ? c.report.subjectMany : c.report.subjectOne;
  const subject = format(msg ?? '', { code, recipient, others }, c.locale).replace(/[\r\n]+/g, ' ');
  return subject.length > MAX_SUBJECT ? `${subject.slice(0, MAX_SUBJECT - 1)}\u2026` : subject;
}

interface Section {
  readonly heading: string;
  readonly lines: readonly string[];
}

function machineBlock(result: AnalysisResult, explained: Explained, shown: number): string {
  const recipients = result.recipients.slice(0, shown).map((r, i) => ({
    address: r.address,
    action: r.action,
    status: r.status,
    replyCode: r.replyCode,
    reason: r.reason,
    owner: explained.perRecipient[i]?.owner ?? null,
    explanation: explained.perRecipient[i]?.id ?? null,
    diagnosticCode: r.diagnosticCode === null ? null : r.diagnosticCode.slice(0, MAX_DIAGNOSTIC),
    remoteMta: r.remoteMta,
    reportingMta: r.reportingMta,
    smtpCommand: r.smtpCommand,
  }));
  return JSON.stringify({
    tool: 'bounce-explainer',
    version: result.version,
    kind: result.kind,
    backscatter: explained.backscatter,
    reportingMta: result.reportingMta,
    arrivalDate: result.arrivalDate,
    original:
      result.original === null
        ? null
        : {
            subject: result.original.subject,
            messageId: result.original.messageId,
            date: result.original.date,
            from: result.original.from,
            to: result.original.to,
            authenticationResults: result.original.authenticationResults.map((a) => a.slice(0, 500)),
            receivedCount: result.original.received.length,
          },
    recipientCount: result.recipients.length,
    recipients,
    omittedRecipients: result.recipients.length - recipients.length,
  });
}

function sections(result: AnalysisResult, explained: Explained, shown: number, options: ReportOptions, c: Catalogue): Section[] {
  const t = (key: string, values: Record<string, string | number> = {}): string => format(c.report[key] ?? key, values, c.locale);
  const out: Section[] = [];
  const first = explained.groups[0]?.explanation;
  const summary = t('summaryLine', {
    count: result.recipients.length,
    subject: result.original?.subject ?? t('unknown'),
    title: first?.title ?? t('unknown'),
    owner: first === undefined ? t('unknown') : (c.owners[first.owner] ?? first.owner),
  });
  out.push({ heading: '', lines: [t('greeting'), t('intro'), summary, ...(explained.backscatter ? [t('backscatter')] : [])] });

  const rows: string[] = [];
  result.recipients.slice(0, shown).forEach((r, i) => {
    const x = explained.perRecipient[i];
    const owner = x === undefined ? '' : (c.owners[x.owner] ?? x.owner);
    rows.push(`${r.address ?? t('unknown')} \u2014 ${codeLabel(r) || t('unknown')} \u2014 ${r.reason} \u2014 ${owner}`);
    if (r.diagnosticCode !== null) rows.push(`    ${cut(r.diagnosticCode, MAX_DIAGNOSTIC, c)}`);
  });
  const omitted = result.recipients.length - shown;
  if (omitted > 0) rows.push(t('truncated', { count: omitted }));
  out.push({ heading: t('failedRecipients'), lines: rows });

  const remotes = [...new Set(result.recipients.map((r) => r.remoteMta).filter((m): m is string => m !== null))].slice(0, 10);
  out.push({
    heading: t('servers'),
    lines: [t('reportingServer', { server: result.reportingMta ?? t('unknown') }), ...remotes.map((m) => t('remoteServer', { server: m }))],
  });
  out.push({
    heading: t('times'),
    lines: [
      t('bounceArrived', { date: result.arrivalDate ?? t('unknown') }),
      t('originalSent', { date: result.original?.date ?? t('unknown') }),
    ],
  });
  if (result.original !== null) {
    out.push({
      heading: t('original'),
      lines: [
        t('originalSubject', { subject: result.original.subject ?? t('unknown') }),
        t('originalMessageId', { id: result.original.messageId ?? t('unknown') }),
        t('originalFrom', { from: result.original.from ?? t('unknown') }),
        t('noBody'),
      ],
    });
    if (result.original.authenticationResults.length > 0) {
      out.push({ heading: t('auth'), lines: result.original.authenticationResults.slice(0, 5).map((a) => cut(a, 500, c)) });
    }
  }
  const checks = [...new Set(explained.groups.flatMap((g) => g.explanation.itChecks))].slice(0, 12);
  if (checks.length > 0) out.push({ heading: t('itChecks'), lines: checks.map((x) => `- ${x}`) });
  out.push({ heading: t('client'), lines: [options.client ?? t('clientPlaceholder')] });
  out.push({ heading: t('tried'), lines: [options.tried ?? t('triedPlaceholder')] });
  out.push({ heading: t('machine'), lines: [machineBlock(result, explained, shown)] });
  return out;
}

function toText(parts: readonly Section[]): string {
  return parts.map((s) => (s.heading === '' ? s.lines.join('\n') : `${s.heading}\n${s.lines.join('\n')}`)).join('\n\n');
}

function toHtml(parts: readonly Section[], machineHeading: string): string {
  const body = parts
    .map((s) => {
      const heading = s.heading === '' ? '' : `<h3>${escapeHtml(s.heading)}</h3>`;
      if (s.heading === machineHeading) return `${heading}<pre>${escapeHtml(s.lines.join('\n'))}</pre>`;
      return `${heading}${s.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}`;
    })
    .join('');
  return `<div style="font-family:Segoe UI,Arial,sans-serif;font-size:11pt">${body}</div>`;
}

export function buildReport(result: AnalysisResult, explained: Explained, options: ReportOptions): Report {
  const c = options.catalogue;
  const machineHeading = format(c.report.machine ?? 'machine', {}, c.locale);
  // Largest number of listed recipients whose HTML fits the budget (binary search: a 5,000-recipient
  // bounce must not be rendered 5,000 times).
  let lo = 0;
  let hi = result.recipients.length;
  const fits = (n: number): boolean => byteLength(toHtml(sections(result, explained, n, options, c), machineHeading)) <= HTML_BUDGET;
  if (!fits(hi)) {
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(mid)) lo = mid;
      else hi = mid - 1;
    }
  } else lo = hi;
  const parts = sections(result, explained, lo, options, c);
  const machine = machineBlock(result, explained, lo);
  return {
    subject: reportSubject(result, c),
    text: toText(parts),
    html: toHtml(parts, machineHeading),
    json: machine,
    omittedRecipients: result.recipients.length - lo,
  };
}
