/**
 * The pane's one door to the engine. Everything the pane asks of the engine goes through here, so
 * where the engine runs (today in the page, later in a Web Worker with a time budget) is decided in
 * this file alone. It calls the engine's one entry point, `run`, and nothing else of the pipeline.
 */
import { run } from '../engine';
import type { AnalysisResult, Explained, Report } from '../engine';

export interface PaneAnalysis {
  readonly result: AnalysisResult;
  /** Present when the result is a readable bounce (no error, not `not-bounce`). */
  readonly explained: Explained | null;
  /** `result.error` worded in the pane's language; null when there is no error. */
  readonly errorText: string | null;
}

export interface PaneIdentities {
  /** The signed-in user's address, as Office reports it. */
  readonly userAddress: string | null;
}

export async function analyseInPane(input: Uint8Array | string, identities: PaneIdentities, locale: string): Promise<PaneAnalysis> {
  const { result, explained, errorText } = await run(input, { locale, identities });
  const readable = result.error === null && result.kind !== 'not-bounce';
  return { result, explained: readable ? explained : null, errorText };
}

/**
 * The IT report, built when the user asks for it with what they typed: `run` again with its
 * `report` option (the analysis is deterministic, so the report matches what the pane shows).
 */
export async function reportInPane(
  input: Uint8Array | string,
  identities: PaneIdentities,
  locale: string,
  details: { readonly client?: string; readonly tried?: string },
): Promise<Report | null> {
  return (await run(input, { locale, identities, report: details })).report;
}
