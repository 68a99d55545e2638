/** The Web Worker script (bundled as engine-worker.js beside the pane): one answer per request. */
import { handleRequest } from './entry';
import { isAnalyseRequest } from './protocol';

interface WorkerScope {
  onmessage: ((e: MessageEvent<unknown>) => void) | null;
  postMessage: (message: unknown) => void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (e: MessageEvent<unknown>): void => {
  if (!isAnalyseRequest(e.data)) return;
  void handleRequest(e.data).then((response) => scope.postMessage(response));
};
