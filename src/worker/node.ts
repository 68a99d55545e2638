/**
 * The CLI's engine in worker_threads: each file runs in a worker with a heap limit
 * (`resourceLimits`) and a time limit, so a runaway file costs at most its budget and becomes
 * that file's error line while the batch goes on. A pool of `size` workers serves requests in
 * any order; callers await each answer and print in input order (so `--jobs N` is only the size).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnalyseRequest, AnalyseResponse, RunRequest } from './protocol';
import { CLI_TIME_LIMIT_MS, CLI_WORKER_HEAP_MB } from './protocol';

/** How long a worker may take to load the engine before it counts as failed. */
const STARTUP_LIMIT_MS = 60_000;

export interface NodePoolOptions {
  /** How many files are analysed at once (threads). */
  readonly size?: number;
  readonly timeLimitMs?: number;
  readonly heapMb?: number;
  /** The bundled worker script; by default `worker.js` beside the CLI bundle. */
  readonly script?: string;
}

interface Job {
  readonly request: AnalyseRequest;
  readonly resolve: (r: AnalyseResponse) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  /** The worker has loaded the engine: only from then on does a file's time limit run. */
  ready: boolean;
}

/** The worker script next to this bundle, or the built one when running from sources (tests). */
export function defaultWorkerScript(): string {
  const beside = path.join(__dirname, 'worker.js');
  if (existsSync(beside)) return beside;
  return path.resolve(__dirname, '../../dist/cli/worker.js');
}

export class NodeEnginePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  readonly size: number;
  readonly timeLimitMs: number;
  private readonly heapMb: number;
  private readonly script: string;

  constructor(options: NodePoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.size ?? 1));
    this.timeLimitMs = options.timeLimitMs ?? CLI_TIME_LIMIT_MS;
    this.heapMb = options.heapMb ?? CLI_WORKER_HEAP_MB;
    this.script = options.script ?? defaultWorkerScript();
  }

  analyse(input: Uint8Array | string, options: RunRequest): Promise<AnalyseResponse> {
    if (this.closed) return Promise.resolve({ id: 0, ok: false, failure: 'crashed' });
    return new Promise<AnalyseResponse>((resolve) => {
      this.queue.push({ request: { id: this.nextId++, input, options }, resolve });
      this.pump();
    });
  }

  /** Ends every worker; pending requests are answered as failed. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve({ id: job.request.id, ok: false, failure: 'crashed' });
    await Promise.all(
      this.slots.splice(0).map((s) => {
        if (s.timer !== null) clearTimeout(s.timer);
        s.job?.resolve({ id: s.job.request.id, ok: false, failure: 'crashed' });
        return s.worker.terminate();
      }),
    );
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, {
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    });
    // An idle worker must not keep the process alive.
    worker.unref();
    const slot: Slot = { worker, job: null, timer: null, ready: false };
    // Loading the bundle is the worker's own cost, not the file's: on a busy machine it can take
    // seconds, and counting it would turn good files into time-limit errors. Loading gets its own
    // generous limit; the file's limit starts once the worker says it is ready.
    slot.timer = setTimeout(() => this.replace(slot, 'crashed'), STARTUP_LIMIT_MS);
    // An idle pool must not keep the process alive for this timer either.
    slot.timer.unref();
    worker.on('message', (response: AnalyseResponse | { readonly ready: true }) => {
      if ('ready' in response) {
        slot.ready = true;
        if (slot.timer !== null) clearTimeout(slot.timer);
        slot.timer = slot.job === null ? null : setTimeout(() => this.replace(slot, 'timeout'), this.timeLimitMs);
        return;
      }
      const job = slot.job;
      if (job === null || response.id !== job.request.id) return;
      this.done(slot, response);
    });
    worker.on('error', (e: Error & { code?: string }) => {
      const failure = e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crashed';
      this.replace(slot, failure);
    });
    worker.on('exit', () => this.replace(slot, 'crashed'));
    this.slots.push(slot);
    return slot;
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => s.job === null) ?? (this.slots.length < this.size ? this.spawn() : null);
      if (slot === null) return;
      const job = this.queue.shift();
      if (job === undefined) return;
      slot.job = job;
      slot.worker.ref();
      if (slot.ready) slot.timer = setTimeout(() => this.replace(slot, 'timeout'), this.timeLimitMs);
      // The bytes are copied, not transferred: the caller may still need them.
      slot.worker.postMessage(job.request);
    }
  }

  private done(slot: Slot, response: AnalyseResponse): void {
    const job = slot.job;
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.worker.unref();
    job?.resolve(response);
    this.pump();
  }

  /** A worker overran its budget or died: its job fails, the worker is gone, the queue goes on. */
  private replace(slot: Slot, failure: 'timeout' | 'memory' | 'crashed'): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    if (slot.timer !== null) clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = null;
    void slot.worker.terminate();
    job?.resolve({ id: job.request.id, ok: false, failure });
    if (!this.closed) this.pump();
  }
}
