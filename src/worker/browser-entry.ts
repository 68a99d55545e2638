/**
 * The Web Worker script (bundled as engine-worker.js beside the pane): one answer per request.
 * It says when it is ready, takes warm-up requests (the pane sends one at start, before a message
 * is in hand) and stamps each answer with when it was taken and answered, for the pane's bench.
 */
import { loadMessages } from '../engine';
import { handleRequest } from './entry';
import { isAnalyseRequest, isWarmRequest } from './protocol';
import type { WarmResponse, WorkerReady } from './protocol';
import { warmUp } from './warm';

interface WorkerScope {
  onmessage: ((e: MessageEvent<unknown>) => void) | null;
  postMessage: (message: unknown) => void;
}

/** The clock the pane shares (see `WorkerTiming`). */
const now = (): number => performance.timeOrigin + performance.now();

const scope = self as unknown as WorkerScope;
/** A real message has come: the warm-up run is no longer worth doing (the message warms the engine). */
let analysed = false;
scope.onmessage = (e: MessageEvent<unknown>): void => {
  if (isWarmRequest(e.data)) {
    const { id, warm } = e.data;
    void warmUp(warm.locale, () => !analysed).then((warmed) => scope.postMessage({ id, warmed } satisfies WarmResponse));
    return;
  }
  if (!isAnalyseRequest(e.data)) return;
  analysed = true;
  const request = e.data;
  const received = now();
  // The catalogue first (at once when warmed up; `run` then finds it loaded), so its fetch is timed on its own.
  void loadMessages(request.options.locale)
    .catch(() => null)
    .then(() => {
      const loaded = now();
      return handleRequest(request).then((response) =>
        scope.postMessage(response.ok ? { ...response, timing: { received, loaded, ran: now() } } : response),
      );
    });
};
scope.postMessage({ ready: true, at: now() } satisfies WorkerReady);
