/**
 * The CLI's engine in worker_threads: each input runs in a worker with a heap limit
 * (`resourceLimits`) and a per-input time limit, so a runaway input costs at most its budget and
 * becomes that input's failure while the batch goes on. A pool of `size` workers serves requests
 * in any order; callers await each answer and print in input order (so `--jobs N` is only the size).
 *
 * Requests travel in batches (several inputs per message) because one message per small file cost
 * about as much as a third of analysing it. The per-input budget still holds inside a batch: the
 * worker writes which item it is on and since when into shared memory (`progress`), the pool's
 * timer reads it, and a worker stopped mid-batch fails only that item; the others are queued again.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { CLI_TIME_LIMIT_MS, CLI_WORKER_HEAP_MB } from './protocol';
import type { BatchRequest, BatchResponse, NodeWorkerData } from './protocol';

export type PoolFailure = 'timeout' | 'memory' | 'crashed';

export type PoolOutcome<Res> = { readonly ok: true; readonly value: Res } | { readonly ok: false; readonly failure: PoolFailure };

export interface NodePoolOptions {
  /** How many inputs are analysed at once (threads). */
  readonly size?: number;
  /** Per input. */
  readonly timeLimitMs?: number;
  readonly heapMb?: number;
  /** The bundled worker script; by default `worker.js` beside the CLI bundle. */
  readonly script?: string;
  /** Handed to every worker once (`workerData.shared`): options common to every request. */
  readonly shared?: unknown;
  /** Most requests per message to a worker. */
  readonly batchSize?: number;
  /** Most bytes (as weighed by `submit`) per message; a larger request travels alone. */
  readonly batchBytes?: number;
}

interface Job<Req, Res> {
  readonly request: Req;
  readonly weight: number;
  readonly resolve: (r: PoolOutcome<Res>) => void;
}

interface Slot<Req, Res> {
  readonly worker: Worker;
  /** [index of the item in progress, Date.now() when it started (0: not started yet)]. */
  readonly progress: BigInt64Array;
  batch: Array<Job<Req, Res>> | null;
  sentAt: number;
  timer: NodeJS.Timeout | null;
}

/** The worker script next to this bundle, or the built one when running from sources (tests). */
export function defaultWorkerScript(): string {
  const beside = path.join(__dirname, 'worker.js');
  if (existsSync(beside)) return beside;
  return path.resolve(__dirname, '../../dist/cli/worker.js');
}

/** How long a new worker may take to start before its first item counts as stuck. */
const START_BUDGET_FACTOR = 5;

export class NodeWorkerPool<Req, Res> {
  private readonly slots: Array<Slot<Req, Res>> = [];
  private readonly queue: Array<Job<Req, Res>> = [];
  private closed = false;
  readonly size: number;
  readonly timeLimitMs: number;
  private readonly heapMb: number;
  private readonly script: string;
  private readonly shared: unknown;
  private readonly batchSize: number;
  private readonly batchBytes: number;

  constructor(options: NodePoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.size ?? 1));
    this.timeLimitMs = options.timeLimitMs ?? CLI_TIME_LIMIT_MS;
    this.heapMb = options.heapMb ?? CLI_WORKER_HEAP_MB;
    this.script = options.script ?? defaultWorkerScript();
    this.shared = options.shared;
    this.batchSize = Math.max(1, Math.floor(options.batchSize ?? 1));
    this.batchBytes = options.batchBytes ?? 4 * 1024 * 1024;
  }

  /** Starts a worker before the first request, so its start-up overlaps the caller's reading. */
  warm(): void {
    if (!this.closed && this.slots.length < this.size) this.spawn();
  }

  submit(request: Req, weight = 0): Promise<PoolOutcome<Res>> {
    if (this.closed) return Promise.resolve({ ok: false, failure: 'crashed' });
    return new Promise<PoolOutcome<Res>>((resolve) => {
      this.queue.push({ request, weight, resolve });
      this.pump();
    });
  }

  /** Ends every worker; pending requests are answered as failed. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve({ ok: false, failure: 'crashed' });
    await Promise.all(
      this.slots.splice(0).map((s) => {
        if (s.timer !== null) clearTimeout(s.timer);
        for (const job of s.batch ?? []) job.resolve({ ok: false, failure: 'crashed' });
        s.batch = null;
        return s.worker.terminate();
      }),
    );
  }

  private spawn(): Slot<Req, Res> {
    const progress = new BigInt64Array(new SharedArrayBuffer(16));
    const workerData: NodeWorkerData = { progress, shared: this.shared };
    const worker = new Worker(this.script, {
      workerData,
      // A young generation of 16 MB: enough to keep short-lived parse garbage out of the old
      // space, small enough that N workers stay within the batch's memory budget.
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
    });
    // An idle worker must not keep the process alive.
    worker.unref();
    const slot: Slot<Req, Res> = { worker, progress, batch: null, sentAt: 0, timer: null };
    worker.on('message', (response: BatchResponse<Res>) => this.done(slot, response));
    worker.on('error', (e: Error & { code?: string }) => {
      this.fail(slot, e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crashed');
    });
    worker.on('exit', () => this.fail(slot, 'crashed'));
    this.slots.push(slot);
    return slot;
  }

  /** The next batch: up to `batchSize` requests and `batchBytes` bytes, at least one. */
  private nextBatch(): Array<Job<Req, Res>> {
    const batch: Array<Job<Req, Res>> = [];
    let bytes = 0;
    while (batch.length < this.batchSize) {
      const job = this.queue[0];
      if (job === undefined || (batch.length > 0 && bytes + job.weight > this.batchBytes)) break;
      this.queue.shift();
      batch.push(job);
      bytes += job.weight;
    }
    return batch;
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.closed) {
      const slot = this.slots.find((s) => s.batch === null) ?? (this.slots.length < this.size ? this.spawn() : null);
      if (slot === null) return;
      const batch = this.nextBatch();
      slot.batch = batch;
      slot.sentAt = Date.now();
      Atomics.store(slot.progress, 0, 0n);
      Atomics.store(slot.progress, 1, 0n);
      slot.worker.ref();
      this.arm(slot, this.timeLimitMs * START_BUDGET_FACTOR);
      // The bytes are copied, not transferred: the caller may still need them.
      const message: BatchRequest<Req> = { batch: batch.map((j) => j.request) };
      slot.worker.postMessage(message);
    }
  }

  private arm(slot: Slot<Req, Res>, ms: number): void {
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = setTimeout(() => this.check(slot), Math.max(1, ms));
  }

  /** The timer fired: fail the item in progress if it has had its time, else look again when it will have. */
  private check(slot: Slot<Req, Res>): void {
    slot.timer = null;
    if (slot.batch === null) return;
    const started = Number(Atomics.load(slot.progress, 1));
    const now = Date.now();
    const budget = started === 0 ? this.timeLimitMs * START_BUDGET_FACTOR : this.timeLimitMs;
    const since = started === 0 ? slot.sentAt : started;
    const left = since + budget - now;
    if (left <= 0) this.fail(slot, 'timeout');
    else this.arm(slot, left);
  }

  private done(slot: Slot<Req, Res>, response: BatchResponse<Res>): void {
    const batch = slot.batch;
    if (batch === null) return;
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
    slot.batch = null;
    slot.worker.unref();
    batch.forEach((job, i) => {
      const value = response.results[i];
      job.resolve(value === undefined ? { ok: false, failure: 'crashed' } : { ok: true, value });
    });
    this.pump();
  }

  /**
   * A worker overran its budget or died: the item it was on fails, the worker is gone, and the
   * rest of its batch goes back to the front of the queue for another worker.
   */
  private fail(slot: Slot<Req, Res>, failure: PoolFailure): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
    const batch = slot.batch ?? [];
    slot.batch = null;
    void slot.worker.terminate();
    const current = Math.min(Math.max(0, Number(Atomics.load(slot.progress, 0))), Math.max(0, batch.length - 1));
    batch[current]?.resolve({ ok: false, failure });
    this.queue.unshift(...batch.filter((_, i) => i !== current));
    if (!this.closed) this.pump();
  }
}
