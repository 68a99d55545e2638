/**
 * The CLI's worker code (bundled as dist/cli/worker-engine.js, loaded by worker-loader.ts): runs
 * the engine on each input of a batch and returns the finished output text. Started by
 * `NodeWorkerPool` (src/worker/node.ts).
 */
import { serveBatches } from '../worker/node-serve';
import { answer } from './answer';
import { isCliJob } from './job';
import type { CliAnswer, CliJob, CliShared } from './job';

export interface WorkerHooks {
  /** Called once, after enough inputs that the engine's code has run (the code cache is then worth saving). */
  readonly warmedUp?: () => void;
}

export type WorkerStart = (hooks: WorkerHooks) => void;

export const start: WorkerStart = (hooks) => {
  serveBatches<CliJob, CliAnswer>(
    isCliJob,
    (job, shared) => answer(job, shared as CliShared),
    () => ({ text: '', failed: true }),
    {
      ...(hooks.warmedUp !== undefined ? { warmedUp: hooks.warmedUp } : {}),
    },
  );
};

// The main thread's fallback (`import('./answer')` in ndr-explain.ts) resolves to this bundle.
export { answer } from './answer';
