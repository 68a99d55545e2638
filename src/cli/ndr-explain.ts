/**
 * `ndr-explain FILE...` — explains bounce messages on the command line, with the same engine as
 * the Outlook pane (its one entry point, `run`). `--json` prints one JSON object per input, one
 * per line, in input order, with the IT report; the human form never builds the report.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_LIMITS, errorResult, errorText, format, messages, run } from '../engine';
import type { Catalogue, EngineError, RunOutput } from '../engine';

const MAX_INPUT_BYTES = DEFAULT_LIMITS.maxInputBytes;

const USAGE = `usage: ndr-explain [--json] [--me ADDRESS] [--lang TAG] FILE... ('-' reads standard input)`;

/** The reader's language: `--lang`, else the environment's (LC_ALL, LC_MESSAGES, LANG). */
export function cliLocale(flag: string | null, env: NodeJS.ProcessEnv = process.env): string {
  if (flag !== null && flag !== '') return flag;
  const raw = env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  // "de_CH.UTF-8" -> "de-CH"; "C" and "POSIX" name no language, and the catalogue resolves the rest.
  const tag = raw.split('.')[0]?.replace('_', '-') ?? '';
  return tag === '' || tag === 'C' || tag === 'POSIX' ? 'und' : tag;
}

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

export function toJsonLine(file: string, out: RunOutput): string {
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

export function toHuman(file: string, run: RunOutput): string {
  const { result: r, explained: x, catalogue: c } = run;
  const f = (message: string, values: Readonly<Record<string, string | number>>): string => format(message, values, c.locale);
  const out: string[] = [`${file}: ${r.kind}${run.errorText !== null ? ` (${run.errorText})` : ''}`];
  if (x.backscatter) out.push(`  ${c.cli.forgedSender}: ${x.backscatterEvidence.join(' ')}`);
  for (const g of x.groups) {
    const e = g.explanation;
    out.push('');
    out.push(`  ${e.title}`);
    out.push(`  ${c.ui.whoMustAct}: ${c.owners[e.owner]} \u2014 ${c.ownerSentences[e.owner]}`);
    out.push(`  ${c.ui.whatHappened}: ${e.summary}`);
    out.push(`  ${c.ui.whatToDo}:`);
    e.steps.forEach((s, i) => out.push(`    ${i + 1}. ${s}`));
    out.push(`  ${e.retryText}`);
    out.push(`  ${f(c.ui.recipients, { count: g.recipients.length })}:`);
    for (const i of g.recipients.slice(0, 20)) {
      const y = r.recipients[i];
      if (y === undefined) continue;
      const codes = [y.replyCode, y.status].filter((v) => v !== null).join(' ');
      out.push(`    ${y.address ?? c.cli.recipientNotNamed}${codes !== '' ? ` [${codes}]` : ''} (${y.reason})`);
      if (y.diagnosticCode !== null) out.push(`      ${c.ui.serverSaid}: ${y.diagnosticCode.slice(0, 300)}`);
    }
    if (g.recipients.length > 20) out.push(`    ${f(c.cli.andMore, { count: g.recipients.length - 20 })}`);
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
  // --lang TAG: the language of the explanations (default: the environment's).
  const langAt = argv.indexOf('--lang');
  const locale = cliLocale(langAt >= 0 ? (argv[langAt + 1] ?? null) : null);
  const catalogue: Catalogue = messages(locale);
  const files = argv.filter(
    (a, i) => a !== '--json' && a !== '--me' && a !== '--lang' && (meAt < 0 || i !== meAt + 1) && (langAt < 0 || i !== langAt + 1),
  );
  if (files.length === 0 || files.includes('--help') || files.includes('-h')) {
    process.stderr.write(`${USAGE}\n`);
    return files.length === 0 ? 2 : 0;
  }
  // Files are analysed a few at a time: postal-mime waits on Blob reads, and overlapping those
  // waits is most of the speed. Output stays in input order.
  const CONCURRENCY = 16;
  let next = 0;
  const pending = new Map<number, Promise<RunOutput>>();
  const options = { locale, ...(userAddress === null ? {} : { identities: { userAddress } }), report: json };
  const start = (i: number): Promise<RunOutput> => {
    const file = files[i] ?? '';
    return readInput(file).then(
      (bytes) => run(bytes, options),
      (e: unknown): RunOutput => {
        const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
        const error: EngineError = {
          code: code === 'ENOENT' ? 'file-not-found' : code === 'EISDIR' ? 'is-directory' : 'file-unreadable',
          values: { file },
        };
        const explained = { perRecipient: [], groups: [], backscatter: false, backscatterEvidence: [] };
        return { result: errorResult(error), explained, report: null, errorText: errorText(error, catalogue), catalogue };
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
    const out = await p;
    const file = files[i] ?? '';
    process.stdout.write(`${json ? toJsonLine(file, out) : toHuman(file, out)}\n`);
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
