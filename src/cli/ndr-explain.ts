/**
 * `ndr-explain INPUT...` — explains bounce messages on the command line, with the same engine as
 * the Outlook pane. `--json` prints one JSON object per input, one per line, in input order.
 *
 * The main thread only reads inputs and writes answers; the engine runs in worker threads
 * (`--jobs`, default one per core), each input within a time and memory budget. The main bundle
 * does not load the engine at all, so the process starts fast and the workers' start-up overlaps
 * the reading of the first files.
 */
import { once } from 'node:events';
import { cliLocale, parseCliArgs, USAGE } from './args';
import type { CliAnswer, CliJob, CliShared } from './job';
import { runOrdered } from './ordered';
import { startProgress } from './progress';
import { inputs } from './sources';
import type { Input } from './sources';
import type { EngineError } from '../engine/types';
import { NodeWorkerPool } from '../worker/node';
import type { PoolFailure } from '../worker/node';
import type { RunRequest } from '../worker/protocol';
import pkg from '../../package.json';

export interface MainOptions {
  /** Per-input time limit of the worker (tests shorten it). */
  readonly timeLimitMs?: number;
  /** Standard input (tests pass their own). */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
}

/** Inputs per message to a worker: enough to make messaging cheap, few enough to share the tail of a batch. */
const BATCH_SIZE = 16;
const BATCH_BYTES = 2 * 1024 * 1024;
/** Bytes read ahead of the output, whatever the batch: memory does not grow with it. */
const WINDOW_BYTES = 64 * 1024 * 1024;
/** Output is written in blocks of about this size (one system call per line would cost more than a line). */
const WRITE_BLOCK = 64 * 1024;

/** Why the worker gave no answer, as an engine error the catalogue words. */
function failureError(failure: PoolFailure, timeLimitMs: number): EngineError {
  if (failure === 'timeout') return { code: 'time-limit', values: { seconds: timeLimitMs / 1000 } };
  if (failure === 'memory') return { code: 'memory-limit', values: {} };
  return { code: 'analysis-failed', values: {} };
}

/** Exit status: 0 when every input was read, 1 when some could not be, 2 for a usage error. */
export async function main(argv: readonly string[], options: MainOptions = {}): Promise<number> {
  const args = parseCliArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`ndr-explain: ${args}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.version) {
    process.stdout.write(`ndr-explain ${pkg.version}\n`);
    return 0;
  }
  if (args.inputs.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const request: RunRequest = {
    locale: cliLocale(args.lang),
    ...(args.userAddress === null ? {} : { identities: { userAddress: args.userAddress } }),
  };
  const shared: CliShared = { request, output: { json: args.json, report: args.report } };
  const pool = new NodeWorkerPool<CliJob, CliAnswer>({
    size: args.jobs,
    shared,
    batchSize: BATCH_SIZE,
    batchBytes: BATCH_BYTES,
    ...(options.timeLimitMs !== undefined ? { timeLimitMs: options.timeLimitMs } : {}),
  });
  // The first worker starts now, while the main thread lists and reads the first inputs.
  pool.warm();

  /** The answer for a job whose worker failed, or a read error: worded by a (fresh) worker. */
  const wordFailure = async (name: string, error: EngineError): Promise<CliAnswer> => {
    const again = await pool.submit({ name, error });
    if (again.ok) return { text: again.value.text, failed: true };
    // Even wording failed (no worker would start): the engine is loaded here, for this once.
    const { answer } = await import(/* webpackChunkName: "answer" */ './answer');
    return { ...(await answer({ name, error }, shared)), failed: true };
  };
  const start = async (input: Input): Promise<CliAnswer> => {
    if (input.bytes === undefined) return wordFailure(input.name, input.error);
    const out = await pool.submit({ name: input.name, input: input.bytes }, input.bytes.length);
    return out.ok ? out.value : wordFailure(input.name, failureError(out.failure, pool.timeLimitMs));
  };

  let failed = 0;
  let buffered = '';
  const flush = async (): Promise<void> => {
    if (buffered === '') return;
    const text = buffered;
    buffered = '';
    if (!process.stdout.write(text)) await once(process.stdout, 'drain');
  };
  const progress = startProgress();
  const counted = async function* (): AsyncGenerator<Input> {
    for await (const input of inputs(args.inputs, options.stdin !== undefined ? { stdin: options.stdin } : {})) {
      progress.found();
      yield input;
    }
  };
  const perWorker = BATCH_SIZE * 2;
  try {
    await runOrdered(
      counted(),
      { maxItems: Math.max(4, args.jobs * perWorker), maxWeight: WINDOW_BYTES },
      (input) => input.bytes?.length ?? 0,
      start,
      async (answer) => {
        if (answer.failed) failed++;
        buffered += `${answer.text}\n`;
        progress.done();
        if (buffered.length >= WRITE_BLOCK) await flush();
      },
      flush,
    );
  } finally {
    progress.stop();
    await pool.close();
  }
  return failed > 0 ? 1 : 0;
}
