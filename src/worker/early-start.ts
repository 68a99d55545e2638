/** `engine-start.js`: loaded first by the pane's page, starts the engine's worker (see `early.ts`). */
import { startEarlyWorker } from './early';

startEarlyWorker(new URL('engine-worker.js', document.baseURI).href);
