/**
 * The pane's engine in a Web Worker with a deadline. Outlook's pane shares one thread with the
 * add-in's UI: the engine never runs there. A request that overruns its time limit terminates
 * the worker (the only way to stop a runaway computation) and a fresh one is made for the next.
 *
 * The worker is made once, at pane start (`warm`), while Office.js starts and the item is read:
 * its script is fetched and compiled, the reader's catalogue loaded and the engine run once on a
 * built-in bounce, so the first real message finds everything ready. It is then reused for every
 * message of the pane's life; only an overrun or a crash replaces it.
 */
import { adoptEarlyWorker } from './early';
import type { EarlyWorker } from './early';
import type { AnalyseResponse, AnalyseRequest, RunRequest, WarmRequest, WorkerTiming } from './protocol';
import { PANE_TIME_LIMIT_MS } from './protocol';

export interface BrowserEngineOptions {
  /** Makes a worker; by default the bundled `engine-worker.js` beside the page. */
  readonly create?: () => Worker;
  /**
   * The worker the page started before the pane loaded (`early.ts`), taken for the first worker.
   * By default the page's own when `create` is the default too; none otherwise.
   */
  readonly adopt?: () => EarlyWorker | null;
  readonly timeLimitMs?: number;
}

/** A mark on the pane's performance timeline for `npm run bench`; absent APIs (jsdom) are skipped. */
function mark(name: string, epochMs?: number): void {
  try {
    if (typeof performance?.mark !== 'function') return;
    if (epochMs === undefined) performance.mark(name);
    else performance.mark(name, { startTime: Math.max(0, epochMs - performance.timeOrigin) });
  } catch {
    // a measurement aid only
  }
}

function markTiming(timing: WorkerTiming | undefined): void {
  if (timing === undefined) return;
  mark('bounce-worker-received', timing.received);
  mark('bounce-worker-loaded', timing.loaded);
  mark('bounce-worker-ran', timing.ran);
}

export class BrowserEngine {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly create: () => Worker;
  private adopt: () => EarlyWorker | null;
  /** Languages asked for by `warm`: a replacement worker is warmed up for them too. */
  private readonly locales = new Set<string>();
  /** How many workers this engine has made (tests: one per pane unless one had to be replaced). */
  workersMade = 0;
  readonly timeLimitMs: number;

  constructor(options: BrowserEngineOptions = {}) {
    this.create = options.create ?? ((): Worker => new Worker(new URL('engine-worker.js', document.baseURI)));
    this.adopt = options.adopt ?? (options.create === undefined ? adoptEarlyWorker : (): null => null);
    this.timeLimitMs = options.timeLimitMs ?? PANE_TIME_LIMIT_MS;
  }

  /**
   * Starts the worker now, if there is none, and has it load `locale`'s catalogue (when known:
   * Outlook tells the display language only once Office.js is ready) and warm the engine up.
   * Never throws and never fails a later request: a worker that cannot start is dropped, and the
   * next `analyse` tries a fresh one (and answers `crashed` if that fails too).
   */
  warm(locale?: string): void {
    if (locale !== undefined) this.locales.add(locale);
    try {
      if (this.worker === null) this.spawn(true);
      else if (locale !== undefined) this.postWarm(this.worker, locale);
    } catch {
      this.worker = null;
    }
  }

  /** One request at a time per worker: a newer request replaces an unanswered one (the pane shows only the latest). */
  analyse(input: Uint8Array | string, options: RunRequest): Promise<AnalyseResponse> {
    const id = this.nextId++;
    // An unanswered earlier request is abandoned with its worker: it may be the runaway one.
    if (this.worker !== null && this.pending !== null) this.restart();
    // A worker made now skips the warm-up run: the request itself is the first run.
    const worker = this.worker ?? this.spawn(false);
    return new Promise<AnalyseResponse>((resolve) => {
      const finish = (response: AnalyseResponse): void => {
        clearTimeout(timer);
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        if (this.pending === finish) this.pending = null;
        resolve(response);
      };
      const onMessage = (e: MessageEvent<AnalyseResponse>): void => {
        if (e.data.id !== id) return;
        mark('bounce-response');
        if (e.data.ok) markTiming(e.data.timing);
        finish(e.data);
      };
      const onError = (e: Event): void => {
        e.preventDefault();
        this.pending = null;
        this.restart();
        finish({ id, ok: false, failure: 'crashed' });
      };
      const timer = setTimeout(() => {
        this.pending = null;
        this.restart();
        // The runaway is gone; its replacement is warmed up now, for the next message.
        if (this.locales.size > 0) this.spawnQuietly();
        finish({ id, ok: false, failure: 'timeout' });
      }, this.timeLimitMs);
      this.pending = finish;
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      const request: AnalyseRequest = { id, input, options, compact: true };
      mark('bounce-request-posted');
      worker.postMessage(request);
    });
  }

  private pending: ((r: AnalyseResponse) => void) | null = null;

  private spawn(warmUp: boolean): Worker {
    // Only the first worker can be the page's early one.
    const early = this.adopt();
    this.adopt = (): null => null;
    if (early?.failed === true) early.worker.terminate();
    const adopted = early !== null && !early.failed ? early : null;
    if (adopted === null) mark('bounce-worker-created');
    else if (adopted.readyAt !== null) mark('bounce-worker-ready', performance.timeOrigin + adopted.readyAt);
    const worker = adopted?.worker ?? this.create();
    this.warmed = new Set(adopted?.locales ?? []);
    this.workersMade++;
    this.worker = worker;
    worker.addEventListener('message', (e: MessageEvent<unknown>) => {
      const data = e.data as { ready?: unknown; warmed?: unknown } | null;
      if (typeof data !== 'object' || data === null) return;
      if (data.ready === true) mark('bounce-worker-ready');
      if (data.warmed !== undefined) mark('bounce-worker-warm');
    });
    // A worker that fails with no request waiting (its script did not load, during warm-up) is
    // dropped, so the next request makes a fresh one instead of waiting for its time limit.
    // With a request waiting, that request's own handler answers `crashed` and replaces it.
    worker.addEventListener('error', (e: Event) => {
      if (this.pending !== null || this.worker !== worker) return;
      e.preventDefault();
      worker.terminate();
      this.worker = null;
    });
    // English is bundled: with no language known yet, the warm-up only compiles the engine.
    if (warmUp) for (const locale of this.locales.size > 0 ? this.locales : ['en']) this.postWarm(worker, locale);
    return worker;
  }

  private spawnQuietly(): void {
    try {
      this.spawn(true);
    } catch {
      this.worker = null;
    }
  }

  /** Languages the current worker was asked to warm up for (by the page's early script or by `warm`). */
  private warmed = new Set<string>();

  /** Asks the worker to warm up for `locale`, once per worker and language. */
  private postWarm(worker: Worker, locale: string): void {
    if (this.warmed.has(locale)) return;
    this.warmed.add(locale);
    const request: WarmRequest = { id: this.nextId++, warm: { locale } };
    worker.postMessage(request);
  }

  private restart(): void {
    const abandoned = this.pending;
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
    abandoned?.({ id: 0, ok: false, failure: 'superseded' });
  }
}
