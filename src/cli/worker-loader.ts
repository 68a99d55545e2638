/**
 * The CLI's worker_threads script (bundled as dist/cli/worker.js): loads the engine's worker code
 * (dist/cli/worker-engine.js) through V8's code cache, so each worker starts without compiling
 * the engine again, and starts serving batches.
 */
import path from 'node:path';
import { loadWithCodeCache } from '../worker/code-cache';
import type { WorkerStart } from './worker';

const loaded = loadWithCodeCache(path.join(__dirname, 'worker-engine.js'));
(loaded.exports as { start: WorkerStart }).start({ warmedUp: loaded.saveCache });
