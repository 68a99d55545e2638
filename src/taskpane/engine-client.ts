/**
 * The pane's one door to the engine. The engine runs in a Web Worker with a time limit
 * (src/worker/browser.ts), so the pane's thread — which Outlook shares with the add-in's UI —
 * never blocks on a hostile bounce; an overrun terminates the worker and comes back as a notice.
 * Only where there is no Worker (jsdom tests) does the engine run on this thread.
 */
import { analyze, errorResult, explain } from '../engine';
import type { AnalysisResult, Explained } from '../engine';
import { BrowserEngine } from '../worker/browser';
import type { WorkerFailure } from '../worker/protocol';

export interface PaneAnalysis {
  readonly result: AnalysisResult;
  /** Present when the result is a readable bounce (no error, not `not-bounce`). */
  readonly explained: Explained | null;
  /** Set when the worker was stopped (time limit) or failed: the pane shows its notice instead. */
  readonly stopped: { readonly failure: WorkerFailure; readonly seconds: number } | null;
}

export interface PaneIdentities {
  /** The signed-in user's address, as Office reports it. */
  readonly userAddress: string | null;
}

let engine: BrowserEngine | null = null;

export async function analyseInPane(input: Uint8Array | string, identities: PaneIdentities): Promise<PaneAnalysis> {
  if (typeof Worker === 'undefined') {
    const result = await analyze(input);
    const readable = result.error === null && result.kind !== 'not-bounce';
    return { result, explained: readable ? explain(result, { userAddress: identities.userAddress }) : null, stopped: null };
  }
  engine ??= new BrowserEngine();
  const answer = await engine.analyse(input, identities.userAddress);
  if (answer.ok) return { result: answer.result, explained: answer.explained, stopped: null };
  return {
    result: errorResult(`analysis ${answer.failure}`),
    explained: null,
    stopped: { failure: answer.failure, seconds: Math.round(engine.timeLimitMs / 1000) },
  };
}
