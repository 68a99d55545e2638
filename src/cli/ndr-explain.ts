/**
 * `ndr-explain FILE...` — explains bounce messages on the command line, with the same engine as
 * the Outlook pane. `--json` prints one JSON object per input, one per line, in input order.
 */
import { readFileSync } from 'node:fs';
import { analyze, buildReport, errorResult, explain, format, messages } from '../engine';
import type { AnalysisResult, Explained } from '../engine';
import { MAX_INPUT_BYTES } from '../engine/mail';

const USAGE = `usage: ndr-explain [--json] [--me ADDRESS] FILE... ('-' reads standard input)`;

async function readInput(file: string): Promise<Uint8Array> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      const b = chunk as Buffer;
      size += b.length;
      if (size > MAX_INPUT_BYTES + 1) break;
      chunks.push(b);
    }
    return new Uint8Array(Buffer.concat(chunks));
  }
  return new Uint8Array(readFileSync(file));
}

export function toJsonLine(file: string, r: AnalysisResult, x: Explained): string {
  const report = r.kind === 'not-bounce' ? null : buildReport(r, x);
  return JSON.stringify({
    file,
    kind: r.kind,
    ...(r.error !== null ? { error: r.error } : {}),
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
    report: report === null ? null : { subject: report.subject, text: report.text, html: report.html },
  });
}

export function toHuman(file: string, r: AnalysisResult, x: Explained): string {
  const c = messages('en');
  const out: string[] = [`${file}: ${r.kind}${r.error !== null ? ` (${r.error})` : ''}`];
  if (x.backscatter) out.push(`  Forged sender: ${x.backscatterEvidence.join(' ')}`);
  for (const g of x.groups) {
    const e = g.explanation;
    out.push('');
    out.push(`  ${e.title}`);
    out.push(`  ${c.ui.whoMustAct}: ${c.owners[e.owner]} \u2014 ${c.ownerSentences[e.owner]}`);
    out.push(`  ${c.ui.whatHappened}: ${e.summary}`);
    out.push(`  ${c.ui.whatToDo}:`);
    e.steps.forEach((s, i) => out.push(`    ${i + 1}. ${s}`));
    out.push(`  ${e.retryText}`);
    out.push(`  ${format(c.ui.recipients, { count: g.recipients.length })}:`);
    for (const i of g.recipients.slice(0, 20)) {
      const y = r.recipients[i];
      if (y === undefined) continue;
      const codes = [y.replyCode, y.status].filter((v) => v !== null).join(' ');
      out.push(`    ${y.address ?? '(recipient not named)'}${codes !== '' ? ` [${codes}]` : ''} (${y.reason})`);
      if (y.diagnosticCode !== null) out.push(`      ${c.ui.serverSaid}: ${y.diagnosticCode.slice(0, 300)}`);
    }
    if (g.recipients.length > 20) out.push(`    \u2026 and ${g.recipients.length - 20} more`);
    out.push(`  ${c.ui.whatItChecks}:`);
    for (const it of e.itChecks) out.push(`    - ${it}`);
  }
  return out.join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes('--json');
  // --me ADDRESS: the reader's own address, for judging forged senders and own-organisation servers.
  const meAt = argv.indexOf('--me');
  const userAddress = meAt >= 0 ? (argv[meAt + 1] ?? null) : null;
  const files = argv.filter((a, i) => a !== '--json' && a !== '--me' && (meAt < 0 || i !== meAt + 1));
  if (files.length === 0 || files.includes('--help') || files.includes('-h')) {
    process.stderr.write(`${USAGE}\n`);
    return files.length === 0 ? 2 : 0;
  }
  // Files are analysed a few at a time: postal-mime waits on Blob reads, and overlapping those
  // waits is most of the speed. Output stays in input order.
  const CONCURRENCY = 16;
  let next = 0;
  const pending = new Map<number, Promise<AnalysisResult>>();
  const start = (i: number): Promise<AnalysisResult> => {
    const file = files[i] ?? '';
    return readInput(file).then(
      (bytes) => analyze(bytes, userAddress === null ? {} : { identities: [userAddress] }),
      (e: unknown) => {
        const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
        const why = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : 'file could not be read';
        return errorResult(`${file}: ${why}`);
      },
    );
  };
  for (let i = 0; i < files.length; i++) {
    while (next < files.length && next < i + CONCURRENCY) {
      pending.set(next, start(next));
      next++;
    }
    const p = pending.get(i);
    if (p === undefined) continue;
    pending.delete(i);
    const result = await p;
    const file = files[i] ?? '';
    const explained = explain(result, userAddress === null ? {} : { userAddress });
    process.stdout.write(`${json ? toJsonLine(file, result, explained) : toHuman(file, result, explained)}\n`);
  }
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`ndr-explain: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
