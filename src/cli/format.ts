/**
 * One output line (or block) per input: the JSON contract of `--json` and the human summary.
 * Runs where the engine runs (the worker), so only finished text crosses back to the main thread.
 */
import { format } from '../engine';
import type { Message, RunOutput } from '../engine';

export interface OutputOptions {
  readonly json: boolean;
  /** The IT report is printed only when asked for (`--report`): nobody else pays for building it. */
  readonly report: boolean;
}

export function toJsonLine(file: string, out: RunOutput, withReport: boolean): string {
  const { result: r, explained: x, report } = out;
  return JSON.stringify({
    file,
    kind: r.kind,
    ...(r.error !== null ? { error: out.errorText, errorCode: r.error.code } : {}),
    ...(r.cut.length > 0 ? { cut: r.cut } : {}),
    decoders: r.decoders,
    reportingMta: r.reportingMta,
    arrivalDate: r.arrivalDate,
    subject: r.subject,
    original: r.original,
    backscatter: x.backscatter,
    recipients: r.recipients.map((y, i) => {
      const e = x.perRecipient[i];
      return {
        address: y.address,
        addressAscii: y.addressAscii,
        addressFlags: y.addressFlags,
        action: y.action,
        status: y.status,
        replyCode: y.replyCode,
        reason: y.reason,
        hardBounce: y.hardBounce,
        diagnosticCode: y.diagnosticCode,
        remoteMta: y.remoteMta,
        reportingMta: y.reportingMta,
        smtpCommand: y.smtpCommand,
        confidence: y.confidence,
        evidence: y.evidence,
        explanation:
          e === undefined
            ? null
            : {
                id: e.id,
                title: e.title,
                summary: e.summary,
                owner: e.owner,
                steps: e.steps,
                itChecks: e.itChecks,
                retry: e.retryText,
                confidence: e.confidence,
                links: e.links,
              },
      };
    }),
    ...(withReport ? { report: report === null ? null : { subject: report.subject, text: report.text, html: report.html } } : {}),
  });
}

export function toHuman(file: string, run: RunOutput, withReport: boolean): string {
  const { result: r, explained: x, catalogue: c } = run;
  const f = (message: Message, values: Readonly<Record<string, string | number>>): string => format(message, values, c.locale);
  const out: string[] = [`${file}: ${r.kind}${run.errorText !== null ? ` (${run.errorText})` : ''}`];
  if (x.backscatter) out.push(`  ${f(c.cli.forgedSender, {})}: ${x.backscatterEvidence.join(' ')}`);
  for (const g of x.groups) {
    const e = g.explanation;
    out.push('');
    out.push(`  ${e.title}`);
    out.push(`  ${f(c.ui.whoMustAct, {})}: ${f(c.owners[e.owner], {})} \u2014 ${f(c.ownerSentences[e.owner], {})}`);
    out.push(`  ${f(c.ui.whatHappened, {})}: ${e.summary}`);
    out.push(`  ${f(c.ui.whatToDo, {})}:`);
    e.steps.forEach((s, i) => out.push(`    ${i + 1}. ${s}`));
    out.push(`  ${e.retryText}`);
    out.push(`  ${f(c.ui.recipients, { count: g.recipients.length })}:`);
    for (const i of g.recipients.slice(0, 20)) {
      const y = r.recipients[i];
      if (y === undefined) continue;
      const codes = [y.replyCode, y.status].filter((v) => v !== null).join(' ');
      out.push(`    ${y.address ?? f(c.cli.recipientNotNamed, {})}${codes !== '' ? ` [${codes}]` : ''} (${y.reason})`);
      if (y.addressAscii !== null) out.push(`      ${f(c.cli.asciiForm, { address: y.addressAscii })}`);
      const looks = y.addressFlags.filter((flag) => flag !== 'non-ascii');
      if (looks.length > 0) out.push(`      ${f(c.cli.lookAlike, { flags: looks.join(', ') })}`);
      if (y.diagnosticCode !== null) out.push(`      ${f(c.ui.serverSaid, {})}: ${y.diagnosticCode.slice(0, 300)}`);
    }
    if (g.recipients.length > 20) out.push(`    ${f(c.cli.andMore, { count: g.recipients.length - 20 })}`);
    out.push(`  ${f(c.ui.whatItChecks, {})}:`);
    for (const it of e.itChecks) out.push(`    - ${it}`);
  }
  if (withReport && run.report !== null) {
    out.push('');
    out.push(`  ${run.report.subject}`);
    for (const line of run.report.text.split('\n')) out.push(line === '' ? '' : `  ${line}`);
  }
  return out.join('\n');
}

/** The text printed for one input: one JSON line, or the human block. */
export function outputFor(file: string, run: RunOutput, options: OutputOptions): string {
  return options.json ? toJsonLine(file, run, options.report) : toHuman(file, run, options.report);
}
