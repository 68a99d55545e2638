/**
 * `ndr-explain FILE...` — explains bounce messages on the command line, with the same engine as
 * the Outlook pane. `--json` prints one JSON object per input, one per line, in input order.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { DEFAULT_LIMITS, errorResult, errorText, format, loadMessages, resolveLocaleOrPseudo } from '../engine';
import type { Catalogue, EngineError, Explained, Locale, PseudoLocale, RunOutput } from '../engine';
import { NodeEnginePool } from '../worker/node';
import type { RunRequest, WorkerFailure } from '../worker/protocol';

const MAX_INPUT_BYTES = DEFAULT_LIMITS.maxInputBytes;
const MB = 1024 * 1024;

const USAGE = `usage: ndr-explain [--json] [--me ADDRESS] [--lang TAG] [--] FILE...   ('-' reads standard input)`;

/**
 * The reader's language: `--lang`, else the environment's (LC_ALL, LC_MESSAGES, LANG), resolved
 * like the pane's (`resolveLocale`: de-AT → de, pt-PT → pt-BR, zh-SG → zh-CN, anything else → en).
 */
export function cliLocale(flag: string | null, env: NodeJS.ProcessEnv = process.env): Locale | PseudoLocale {
  if (flag !== null && flag !== '') return resolveLocaleOrPseudo(flag);
  const raw = env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  // "de_CH.UTF-8" -> "de-CH"; "C" and "POSIX" name no language.
  const tag = raw.split('.')[0]?.replace('_', '-') ?? '';
  return tag === '' || tag === 'C' || tag === 'POSIX' ? 'en' : resolveLocaleOrPseudo(tag);
}

/** A file that cannot be read: its own line (worded by the catalogue), the batch goes on. */
class ReadFailure extends Error {
  constructor(readonly error: EngineError) {
    super(error.code);
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = chunk as Buffer;
    size += b.length;
    // Refused, never silently cut: a cut message would be explained wrongly.
    if (size > MAX_INPUT_BYTES) throw new ReadFailure({ code: 'stdin-too-large', values: { limit: MAX_INPUT_BYTES / MB } });
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
    throw new ReadFailure({ code: code === 'ENOENT' ? 'file-not-found' : 'file-unreadable', values: { file } });
  }
  try {
    const st = await handle.stat();
    if (st.isDirectory()) throw new ReadFailure({ code: 'is-directory', values: { file } });
    if (!st.isFile()) throw new ReadFailure({ code: 'not-regular-file', values: { file } });
    const tooLarge = (size: number): ReadFailure =>
      new ReadFailure({ code: 'too-large', values: { size: Math.round(size / MB), limit: MAX_INPUT_BYTES / MB } });
    if (st.size > MAX_INPUT_BYTES) throw tooLarge(st.size);
    // One byte more than the size says: a file that grew meanwhile is refused, not cut.
    const buffer = Buffer.alloc(Math.min(st.size + 1, MAX_INPUT_BYTES + 1));
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > MAX_INPUT_BYTES) throw tooLarge(filled);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, filled);
  } catch (e) {
    throw e instanceof ReadFailure ? e : new ReadFailure({ code: 'file-unreadable', values: { file } });
  } finally {
    await handle.close();
  }
}

function readInput(file: string): Promise<Uint8Array> {
  return file === '-' ? readStdin() : readFileChecked(file);
}

/** Why the worker gave no answer, as an engine error the catalogue words. */
function failureError(failure: WorkerFailure, timeLimitMs: number): EngineError {
  if (failure === 'timeout') return { code: 'time-limit', values: { seconds: timeLimitMs / 1000 } };
  if (failure === 'memory') return { code: 'memory-limit', values: {} };
  return { code: 'analysis-failed', values: {} };
}

const EMPTY_EXPLAINED: Explained = { perRecipient: [], groups: [], backscatter: false, backscatterEvidence: [] };

function failedOutput(error: EngineError, catalogue: Catalogue): RunOutput {
  return { result: errorResult(error), explained: EMPTY_EXPLAINED, report: null, errorText: errorText(error, catalogue), catalogue };
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
      if (y.addressAscii !== null) out.push(`      ${f(c.cli.asciiForm, { address: y.addressAscii })}`);
      const looks = y.addressFlags.filter((flag) => flag !== 'non-ascii');
      if (looks.length > 0) out.push(`      ${f(c.cli.lookAlike, { flags: looks.join(', ') })}`);
      if (y.diagnosticCode !== null) out.push(`      ${c.ui.serverSaid}: ${y.diagnosticCode.slice(0, 300)}`);
    }
    if (g.recipients.length > 20) out.push(`    ${f(c.cli.andMore, { count: g.recipients.length - 20 })}`);
    out.push(`  ${c.ui.whatItChecks}:`);
    for (const it of e.itChecks) out.push(`    - ${it}`);
  }
  return out.join('\n');
}

interface Args {
  readonly json: boolean;
  readonly userAddress: string | null;
  readonly lang: string | null;
  readonly files: readonly string[];
  readonly help: boolean;
}

/** Options by `util.parseArgs` in strict mode: an unknown option is a usage error, `--` ends options. */
export function parseCliArgs(argv: readonly string[]): Args | string {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: {
        json: { type: 'boolean' },
        me: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
    return {
      json: values.json === true,
      userAddress: values.me ?? null,
      lang: values.lang ?? null,
      files: positionals,
      help: values.help === true,
    };
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
  const locale = cliLocale(args.lang);
  // Every locale is bundled into the CLI (webpack's eager imports): this only registers it.
  const catalogue = await loadMessages(locale);
  const request: RunRequest = { locale, ...(userAddress === null ? {} : { identities: { userAddress } }), report: json };
  // Each file runs in a worker thread with a heap and a time limit. The pool's size is the one
  // knob a parallel batch needs; reading runs a little ahead and output stays in input order.
  const pool = new NodeEnginePool(options.timeLimitMs !== undefined ? { timeLimitMs: options.timeLimitMs } : {});
  const AHEAD = pool.size + 1;
  const start = async (file: string): Promise<RunOutput> => {
    let bytes: Uint8Array;
    try {
      bytes = await readInput(file);
    } catch (e) {
      return failedOutput(e instanceof ReadFailure ? e.error : { code: 'file-unreadable', values: { file } }, catalogue);
    }
    const answer = await pool.analyse(bytes, request);
    if (!answer.ok) return failedOutput(failureError(answer.failure, pool.timeLimitMs), catalogue);
    return { result: answer.result, explained: answer.explained, report: answer.report, errorText: answer.errorText, catalogue };
  };
  let failed = 0;
  const pending = new Map<number, Promise<RunOutput>>();
  try {
    for (let i = 0, next = 0; i < files.length; i++) {
      while (next < files.length && next < i + AHEAD) {
        pending.set(next, start(files[next] ?? ''));
        next++;
      }
      const p = pending.get(i);
      if (p === undefined) continue;
      pending.delete(i);
      const out = await p;
      if (out.result.error !== null) failed++;
      const file = files[i] ?? '';
      process.stdout.write(`${json ? toJsonLine(file, out) : toHuman(file, out)}\n`);
    }
  } finally {
    await pool.close();
  }
  return failed > 0 ? 1 : 0;
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
