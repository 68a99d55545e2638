/**
 * The engine's stages one by one, for `npm run bench` only (bundled as dist/bench/stages.js by
 * `webpack --env target=bench`): faces use `run`, the bench needs to time each step of it.
 */
import PostalMime from 'postal-mime';
import { analyzeMail } from '../src/engine/analyze';
import { explain } from '../src/engine/explain/explain';
import { messages } from '../src/engine/explain/messages';
import { buildReport } from '../src/engine/explain/report';
import { readInput } from '../src/engine/input';
import { resolveLimits } from '../src/engine/limits';
import type { Mail } from '../src/engine/mail';
import { run } from '../src/engine/run';
import type { AnalysisResult } from '../src/engine/types';
import type { Explained } from '../src/engine/explain/explain';
import type { Report } from '../src/engine/explain/report';
import { outputFor } from '../src/cli/format';

const limits = resolveLimits();
const catalogue = messages('en');

export const stages = {
  postalMime: (bytes: Uint8Array): Promise<unknown> => PostalMime.parse(bytes, { forceRfc822Attachments: true }),
  mime: (bytes: Uint8Array): Promise<Mail> => readInput(bytes, limits),
  analysis: (mail: Mail): AnalysisResult => analyzeMail(mail, limits, {}),
  explanation: (result: AnalysisResult): Explained => explain(result, { catalogue, identities: [] }),
  report: (result: AnalysisResult, explained: Explained): Report | null =>
    result.kind === 'not-bounce' || result.error !== null ? null : buildReport(result, explained, { catalogue }),
  /** What one CLI worker does per file with `--json`: run, then the output line. */
  cliJson: async (bytes: Uint8Array): Promise<string> => outputFor('f', await run(bytes, { locale: 'en' }), { json: true, report: false }),
};
