/**
 * `ndr-explain FILE...` — explains bounce messages on the command line, with the same engine as
 * the Outlook pane. `--json` prints one JSON object per input, one per line, in input order.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildReport, errorResult, format, messages } from '../engine';
import type { AnalysisResult, Explained } from '../engine';
import { MAX_INPUT_BYTES } from '../engine/mail';
import { NodeEnginePool } from '../worker/node';
import type { WorkerFailure } from '../worker/protocol';

const USAGE = `usage: ndr-explain [--json] [--me ADDRESS] [--] FILE...   ('-' reads standard input)`;

/** A file that cannot be read: its own line, the batch goes on. */
class ReadFailure extends Error {}

const MB = 1024 * 1024;

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = chunk as Buffer;
    size += b.length;
    // Refused, never silently cut: a cut message would be explained wrongly.
    if (size > MAX_INPUT_BYTES) throw new ReadFailure(`standard input is over the ${MAX_INPUT_BYTES / MB} MB limit`);
    chunks.push(b);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Only regular files are read, and their size is checked before reading. The file is opened
 * without blocking (a FIFO would otherwise wait forever) and checked through its descriptor, so
 * a name swapped for a device between the check and the read is still refused.
 */
async function readFileChecked(file: string): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
    throw new ReadFailure(code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : 'file could not be read');
  }
  try {
    const st = await handle.stat();
    if (st.isDirectory()) throw new ReadFailure('is a directory');
    if (!st.isFile()) throw new ReadFailure('is not a regular file (a device, FIFO or socket)');
    if (st.size > MAX_INPUT_BYTES) throw new ReadFailure(`is ${Math.round(st.size / MB)} MB; the limit is ${MAX_INPUT_BYTES / MB} MB`);
    // One byte more than the size says: a file that grew meanwhile is refused, not cut.
    const buffer = Buffer.alloc(Math.min(st.size + 1, MAX_INPUT_BYTES + 1));
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > MAX_INPUT_BYTES) throw new ReadFailure(`is over the ${MAX_INPUT_BYTES / MB} MB limit`);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, filled);
  } catch (e) {
    throw e instanceof ReadFailure ? e : new ReadFailure('file could not be read');
  } finally {
    await handle.close();
  }
}

function readInput(file: string): Promise<Uint8Array> {
  return file === '-' ? readStdin() : readFileChecked(file);
}

const FAILURE_TEXT: Readonly<Record<WorkerFailure, string>> = {
  timeout: 'the analysis was stopped: it took longer than the time limit (the file may be crafted to hang a reader)',
  memory: 'the analysis was stopped: it needed more memory than the limit (the file may be crafted to exhaust memory)',
  crashed: 'the analysis failed unexpectedly',
  superseded: 'the analysis was cancelled',
};

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
      if (y.addressAscii !== null) out.push(`      ASCII form: ${y.addressAscii}`);
      const looks = y.addressFlags.filter((f) => f !== 'non-ascii');
      if (looks.length > 0) out.push(`      Look-alike warning: ${looks.join(', ')}`);
      if (y.diagnosticCode !== null) out.push(`      ${c.ui.serverSaid}: ${y.diagnosticCode.slice(0, 300)}`);
    }
    if (g.recipients.length > 20) out.push(`    \u2026 and ${g.recipients.length - 20} more`);
    out.push(`  ${c.ui.whatItChecks}:`);
    for (const it of e.itChecks) out.push(`    - ${it}`);
  }
  return out.join('\n');
}

interface Args {
  readonly json: boolean;
  readonly userAddress: string | null;
  readonly files: readonly string[];
  readonly help: boolean;
}

/** Options by `util.parseArgs` in strict mode: an unknown option is a usage error, `--` ends options. */
export function parseCliArgs(argv: readonly string[]): Args | string {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { json: { type: 'boolean' }, me: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { json: values.json === true, userAddress: values.me ?? null, files: positionals, help: values.help === true };
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

export interface MainOptions {
  /** Per-file time limit of the worker (tests shorten it). */
  readonly timeLimitMs?: number;
}

/** Exit status: 0 when every input was read, 1 when some could not be, 2 for a usage error. */
export async function main(argv: readonly string[], options: MainOptions = {}): Promise<number> {
  const args = parseCliArgs(argv);
  if (typeof args === 'string' || args.help || args.files.length === 0) {
    if (typeof args === 'string') process.stderr.write(`ndr-explain: ${args}\n`);
    process.stderr.write(`${USAGE}\n`);
    return typeof args !== 'string' && args.help ? 0 : 2;
  }
  const { files, json, userAddress } = args;
  // Each file runs in a worker thread with a heap and a time limit. The pool's size is the one
  // knob a parallel batch needs; reading runs a little ahead and output stays in input order.
  const pool = new NodeEnginePool(options.timeLimitMs !== undefined ? { timeLimitMs: options.timeLimitMs } : {});
  const AHEAD = pool.size + 1;
  const start = async (file: string): Promise<[AnalysisResult, Explained | null]> => {
    let bytes: Uint8Array;
    try {
      bytes = await readInput(file);
    } catch (e) {
      return [errorResult(`${file}: ${e instanceof ReadFailure ? e.message : 'file could not be read'}`), null];
    }
    const answer = await pool.analyse(bytes, userAddress);
    if (!answer.ok) return [errorResult(`${file}: ${FAILURE_TEXT[answer.failure]}`), null];
    return [answer.result, answer.explained];
  };
  let failed = 0;
  const pending = new Map<number, Promise<[AnalysisResult, Explained | null]>>();
  try {
    for (let i = 0, next = 0; i < files.length; i++) {
      while (next < files.length && next < i + AHEAD) {
        pending.set(next, start(files[next] ?? ''));
        next++;
      }
      const p = pending.get(i);
      if (p === undefined) continue;
      pending.delete(i);
      const [result, explained] = await p;
      if (result.error !== null) failed++;
      const file = files[i] ?? '';
      const x = explained ?? EMPTY_EXPLAINED;
      process.stdout.write(`${json ? toJsonLine(file, result, x) : toHuman(file, result, x)}\n`);
    }
  } finally {
    await pool.close();
  }
  return failed > 0 ? 1 : 0;
}

const EMPTY_EXPLAINED: Explained = { perRecipient: [], groups: [], backscatter: false, backscatterEvidence: [] };

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
