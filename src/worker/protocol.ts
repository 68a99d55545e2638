/**
 * The messages between a face (pane, CLI) and the engine running in a worker. One shape for the
 * Web Worker and for worker_threads, so both faces share one design: a request goes in, exactly
 * one response comes out, and a worker that overruns its time or memory is replaced.
 */
import type { AnalysisResult, Explained, Report, RunOptions } from '../engine';

/** What the engine's `run` is asked, minus the limits (the worker's budget is the outer guard). */
export type RunRequest = Pick<RunOptions, 'locale' | 'identities' | 'report'>;

export interface AnalyseRequest {
  /** Chosen by the caller; echoed in the response. */
  readonly id: number;
  readonly input: Uint8Array | string;
  readonly options: RunRequest;
  /**
   * Leave out the per-recipient explanations (the groups carry the same words): the pane never
   * reads them, and copying thousands of them back would block its thread while they are decoded.
   */
  readonly compact?: boolean;
}

export type AnalyseResponse =
  | {
      readonly id: number;
      readonly ok: true;
      readonly result: AnalysisResult;
      readonly explained: Explained;
      readonly report: Report | null;
      /** `result.error` worded in the request's language; null when there is no error. */
      readonly errorText: string | null;
      /** When the worker took the request and answered it (Web Worker only; for the pane's bench marks). */
      readonly timing?: WorkerTiming;
    }
  | {
      readonly id: number;
      readonly ok: false;
      /** Why no result came back: the time limit, the memory limit, or the worker failed. */
      readonly failure: WorkerFailure;
    };

/** `superseded`: a newer request replaced this one before it was answered (the pane shows only the latest). */
export type WorkerFailure = 'timeout' | 'memory' | 'crashed' | 'superseded';

/** The pane's limit: long enough for any real bounce, short enough to end in a notice within 8 s. */
export const PANE_TIME_LIMIT_MS = 6000;
/** The CLI's per-file limit (process start and output included, one line comes within 3 s). */
export const CLI_TIME_LIMIT_MS = 2000;
/** Heap of one CLI worker; the input bytes and the process itself come on top. */
export const CLI_WORKER_HEAP_MB = 320;

/**
 * Moments in a worker's handling of one request, as `performance.timeOrigin + performance.now()`
 * (the same clock on both sides of a Web Worker, so the pane can place them on its own timeline).
 */
export interface WorkerTiming {
  /** The request was taken from the worker's queue. */
  readonly received: number;
  /** The reader's catalogue was at hand (loaded now or before). */
  readonly loaded: number;
  /** The engine's answer was ready to post. */
  readonly ran: number;
}

/**
 * Web Worker only: load what the first verdict needs before a message is in hand (the reader's
 * catalogue), and run the engine once on a built-in bounce so its code is compiled. Answered with
 * one `WarmResponse`. Older workers ignore it (they answer only `AnalyseRequest`s).
 */
export interface WarmRequest {
  readonly id: number;
  readonly warm: { readonly locale: string };
}

export interface WarmResponse {
  readonly id: number;
  readonly warmed: boolean;
}

/** The Web Worker's first message, once its script has run: it takes requests from now on. */
export interface WorkerReady {
  readonly ready: true;
  /** `performance.timeOrigin + performance.now()` in the worker. */
  readonly at: number;
}

export function isWarmRequest(v: unknown): v is WarmRequest {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  const warm = r.warm as Record<string, unknown> | null | undefined;
  return typeof r.id === 'number' && typeof warm === 'object' && warm !== null && typeof warm.locale === 'string';
}

export function isAnalyseRequest(v: unknown): v is AnalyseRequest {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.id === 'number' &&
    (typeof r.input === 'string' || r.input instanceof Uint8Array) &&
    typeof r.options === 'object' &&
    r.options !== null &&
    typeof (r.options as Record<string, unknown>).locale === 'string'
  );
}

/** worker_threads: several requests per message (see `node.ts`), answered in the same order. */
export interface BatchRequest<Req> {
  readonly batch: readonly Req[];
}

export interface BatchResponse<Res> {
  readonly results: readonly Res[];
}

/** What a worker_threads worker is started with. */
export interface NodeWorkerData {
  /** [index of the item in progress, Date.now() when it started]: read by the pool's timer. */
  readonly progress: BigInt64Array;
  /** Options common to every request of the batch (the CLI's locale, identities, output form). */
  readonly shared: unknown;
}
