/**
 * `ndr-explain FILE...` — explains bounce messages on the command line, with the same engine as
 * the Outlook pane. `--json` prints one JSON object per input, one per line, in input order.
 */
import { readFileSync } from 'node:fs';
import { analyze, errorResult } from '../engine';
import type { AnalysisResult } from '../engine';
import { MAX_INPUT_BYTES } from '../engine/mail';

const USAGE = `usage: ndr-explain [--json] FILE... ('-' reads standard input)`;

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

export function toJsonLine(file: string, r: AnalysisResult): string {
  return JSON.stringify({
    file,
    kind: r.kind,
    ...(r.error !== null ? { error: r.error } : {}),
    decoders: r.decoders,
    reportingMta: r.reportingMta,
    arrivalDate: r.arrivalDate,
    subject: r.subject,
    original: r.original,
    recipients: r.recipients.map((x) => ({
      address: x.address,
      action: x.action,
      status: x.status,
      replyCode: x.replyCode,
      reason: x.reason,
      hardBounce: x.hardBounce,
      diagnosticCode: x.diagnosticCode,
      remoteMta: x.remoteMta,
      reportingMta: x.reportingMta,
      smtpCommand: x.smtpCommand,
      confidence: x.confidence,
      evidence: x.evidence,
    })),
  });
}

export function toHuman(file: string, r: AnalysisResult): string {
  const out: string[] = [`${file}: ${r.kind}${r.error !== null ? ` (${r.error})` : ''}`];
  for (const x of r.recipients) {
    const codes = [x.replyCode, x.status].filter((c) => c !== null).join(' ');
    out.push(`  ${x.address ?? '(recipient not named)'}: ${x.reason}${codes !== '' ? ` [${codes}]` : ''}`);
    if (x.diagnosticCode !== null) out.push(`    server said: ${x.diagnosticCode.slice(0, 300)}`);
  }
  return out.join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
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
    return readInput(file).then(analyze, (e: unknown) => {
      const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
      const why = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : 'file could not be read';
      return errorResult(`${file}: ${why}`);
    });
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
    process.stdout.write(`${json ? toJsonLine(file, result) : toHuman(file, result)}\n`);
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
