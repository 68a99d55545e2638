/**
 * The pane's engine in a Web Worker with a deadline. Outlook's pane shares one thread with the
 * add-in's UI: the engine never runs there. A request that overruns its time limit terminates
 * the worker (the only way to stop a runaway computation) and a fresh one is made for the next.
 */
import type { AnalyseResponse, AnalyseRequest, RunRequest } from './protocol';
import { PANE_TIME_LIMIT_MS } from './protocol';

export interface BrowserEngineOptions {
  /** Makes a worker; by default the bundled `engine-worker.js` beside the page. */
  readonly create?: () => Worker;
  readonly timeLimitMs?: number;
}

export class BrowserEngine {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly create: () => Worker;
  readonly timeLimitMs: number;

  constructor(options: BrowserEngineOptions = {}) {
    this.create = options.create ?? ((): Worker => new Worker(new URL('engine-worker.js', document.baseURI)));
    this.timeLimitMs = options.timeLimitMs ?? PANE_TIME_LIMIT_MS;
  }

  /** One request at a time per worker: a newer request replaces an unanswered one (the pane shows only the latest). */
  analyse(input: Uint8Array | string, options: RunRequest): Promise<AnalyseResponse> {
    const id = this.nextId++;
    // An unanswered earlier request is abandoned with its worker: it may be the runaway one.
    if (this.worker !== null && this.pending !== null) this.restart();
    const worker = (this.worker ??= this.create());
    return new Promise<AnalyseResponse>((resolve) => {
      const finish = (response: AnalyseResponse): void => {
        clearTimeout(timer);
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        if (this.pending === finish) this.pending = null;
        resolve(response);
      };
      const onMessage = (e: MessageEvent<AnalyseResponse>): void => {
        if (e.data.id === id) finish(e.data);
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
        finish({ id, ok: false, failure: 'timeout' });
      }, this.timeLimitMs);
      this.pending = finish;
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      const request: AnalyseRequest = { id, input, options, compact: true };
      worker.postMessage(request);
    });
  }

  private pending: ((r: AnalyseResponse) => void) | null = null;

  private restart(): void {
    const abandoned = this.pending;
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
    abandoned?.({ id: 0, ok: false, failure: 'superseded' });
  }
}
