/**
 * The CLI's worker_threads script (bundled as dist/cli/worker.js): runs the engine on each input
 * of a batch and returns the finished output text. Started by `NodeWorkerPool` (src/worker/node.ts).
 */
import { serveBatches } from '../worker/node-serve';
import { isCliJob } from './job';
import type { CliAnswer, CliJob, CliShared } from './job';
import { answer } from './answer';

serveBatches<CliJob, CliAnswer>(isCliJob, (job, shared) => answer(job, shared as CliShared), () => ({
  text: '',
  failed: true,
}));
