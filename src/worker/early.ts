/**
 * The engine's worker started by the page itself, before the pane's bundle (and, in Outlook,
 * before Office.js) has loaded: `engine-start.js`, a few hundred bytes in the page's head, makes
 * the worker and asks it to warm up, so its script is fetched and compiled while the rest of the
 * pane loads. The pane's `BrowserEngine` then adopts that worker instead of making its own.
 * This module has no side effects; `early-start.ts` is the script that calls `startEarlyWorker`.
 */
import type { WarmRequest } from './protocol';

export interface EarlyWorker {
  readonly worker: Worker;
  /** The locales it was already asked to warm up for. */
  readonly locales: readonly string[];
  /** The worker reported an error before the pane adopted it (its script did not load). */
  failed: boolean;
  /** `performance.now()` when it said it was ready, if it did before it was adopted. */
  readyAt: number | null;
}

/** Where the early script leaves its worker for the pane's bundle (one page, one worker). */
const KEY = '__bounceEarlyWorker';
/** Ids of the early script's requests: negative, so they never meet the pane's own (from 1 up). */
const EARLY_ID = -1;

/** undefined: not started yet; null: the pane has its engine already (adopted, or made its own). */
type Holder = { [KEY]?: EarlyWorker | null | undefined };

export function startEarlyWorker(url: string, locale = 'en'): void {
  const holder = globalThis as Holder;
  if (holder[KEY] !== undefined || typeof Worker === 'undefined') return;
  try {
    performance.mark('bounce-worker-created');
    const worker = new Worker(url);
    const early: EarlyWorker = { worker, locales: [locale], failed: false, readyAt: null };
    worker.addEventListener('error', () => {
      early.failed = true;
    });
    worker.addEventListener('message', (e: MessageEvent<unknown>) => {
      const data = e.data as { ready?: unknown } | null;
      if (typeof data === 'object' && data !== null && data.ready === true && early.readyAt === null) early.readyAt = performance.now();
    });
    worker.postMessage({ id: EARLY_ID, warm: { locale } } satisfies WarmRequest);
    holder[KEY] = early;
  } catch {
    // No early worker (a CSP or an old host): the pane makes its own when it starts.
  }
}

/**
 * The early worker, once: the caller owns it from now on. Null when there is none; an early
 * script that runs after this (it loads `async`) then starts nothing.
 */
export function adoptEarlyWorker(): EarlyWorker | null {
  const holder = globalThis as Holder;
  const early = holder[KEY] ?? null;
  holder[KEY] = null;
  return early;
}
