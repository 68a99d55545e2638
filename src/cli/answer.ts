/**
 * One input's answer: run the engine (or word the reason it could not be read) and format the
 * output. Used by the worker, and by the main thread only for the rare input whose worker died.
 */
import { errorResult, errorText, loadMessages, run } from '../engine';
import type { EngineError, Explained, RunOutput } from '../engine';
import type { CliAnswer, CliJob, CliShared } from './job';
import { outputFor } from './format';

const EMPTY_EXPLAINED: Explained = { perRecipient: [], groups: [], backscatter: false, backscatterEvidence: [] };

async function failedOutput(error: EngineError, locale: string): Promise<RunOutput> {
  const catalogue = await loadMessages(locale);
  return { result: errorResult(error), explained: EMPTY_EXPLAINED, report: null, errorText: errorText(error, catalogue), catalogue };
}

export async function answer(job: CliJob, shared: CliShared): Promise<CliAnswer> {
  const out =
    job.input === undefined
      ? await failedOutput(job.error ?? { code: 'analysis-failed', values: {} }, shared.request.locale)
      : await run(job.input, { ...shared.request, report: shared.output.report });
  return { text: outputFor(job.name, out, shared.output), failed: out.result.error !== null };
}
