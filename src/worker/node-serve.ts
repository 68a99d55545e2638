/**
 * The worker_threads side of `node.ts`: answers each batch in order, one item at a time, and
 * writes which item it is on and since when into the shared progress array the pool's timer reads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { BatchRequest, BatchResponse, NodeWorkerData } from './protocol';

function isBatch(v: unknown): v is BatchRequest<unknown> {
  return typeof v === 'object' && v !== null && Array.isArray((v as { batch?: unknown }).batch);
}

/** Inputs after which a worker counts as warmed up (its code has run on real, varied input). */
export const WARM_AFTER = 48;

export interface ServeOptions {
  readonly warmedUp?: () => void;
}

export function serveBatches<Req, Res>(
  isRequest: (v: unknown) => v is Req,
  handle: (request: Req, shared: unknown) => Promise<Res>,
  fallback: (request: unknown) => Res,
  options: ServeOptions = {},
): void {
  let served = 0;
  const data = workerData as NodeWorkerData;
  const port = parentPort;
  if (port === null) return;
  port.on('message', (msg: unknown) => {
    if (!isBatch(msg)) return;
    void (async () => {
      const results: Res[] = [];
      for (let i = 0; i < msg.batch.length; i++) {
        Atomics.store(data.progress, 0, BigInt(i));
        Atomics.store(data.progress, 1, BigInt(Date.now()));
        const item = msg.batch[i];
        results.push(isRequest(item) ? await handle(item, data.shared) : fallback(item));
      }
      const response: BatchResponse<Res> = { results };
      port.postMessage(response);
      const before = served;
      served += results.length;
      if (before < WARM_AFTER && served >= WARM_AFTER) options.warmedUp?.();
    })();
  });
}
