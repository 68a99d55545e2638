/** The worker_threads script (bundled as dist/cli/worker.js): one answer per request. */
import { parentPort } from 'node:worker_threads';
import { handleRequest } from './entry';
import { isAnalyseRequest } from './protocol';

parentPort?.on('message', (msg: unknown) => {
  if (!isAnalyseRequest(msg)) return;
  void handleRequest(msg).then((response) => parentPort?.postMessage(response));
});

// The engine is loaded: the pool starts each file's time limit from here.
parentPort?.postMessage({ ready: true });
