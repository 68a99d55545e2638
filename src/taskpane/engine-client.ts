/**
 * The pane's one door to the engine. Everything the pane asks of the engine goes through here, so
 * where the engine runs (today in the page, later in a Web Worker with a time budget) is decided in
 * this file alone.
 */
import { analyze, explain } from '../engine';
import type { AnalysisResult, Explained } from '../engine';

export interface PaneAnalysis {
  readonly result: AnalysisResult;
  /** Present when the result is a readable bounce (no error, not `not-bounce`). */
  readonly explained: Explained | null;
}

export interface PaneIdentities {
  /** The signed-in user's address, as Office reports it. */
  readonly userAddress: string | null;
}

export async function analyseInPane(input: Uint8Array | string, identities: PaneIdentities): Promise<PaneAnalysis> {
  const result = await analyze(input);
  const readable = result.error === null && result.kind !== 'not-bounce';
  return { result, explained: readable ? explain(result, { userAddress: identities.userAddress }) : null };
}
