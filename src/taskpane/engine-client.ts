/**
 * The pane's one door to the engine. The engine runs in a Web Worker with a time limit
 * (src/worker/browser.ts), so the pane's thread — which Outlook shares with the add-in's UI —
 * never blocks on a hostile bounce; an overrun terminates the worker and comes back as a notice.
 * Only where there is no Worker (jsdom tests) does the engine run on this thread. Either way it
 * calls the engine's one entry point, `run`, and nothing else of the pipeline.
 */
import { errorResult } from '../engine';
import type { AnalysisResult, Explained, Report, ReportOptions } from '../engine';
import { BrowserEngine } from '../worker/browser';
import type { AnalyseResponse, RunRequest, WorkerFailure } from '../worker/protocol';

export interface PaneAnalysis {
  readonly result: AnalysisResult;
  /** Present when the result is a readable bounce (no error, not `not-bounce`). */
  readonly explained: Explained | null;
  /** `result.error` worded in the pane's language; null when there is no error. */
  readonly errorText: string | null;
  /** Set when the worker was stopped (time limit) or failed: the pane shows its notice instead. */
  readonly stopped: { readonly failure: WorkerFailure; readonly seconds: number } | null;
}

export interface PaneIdentities {
  /** The signed-in user's address, as Office reports it. */
  readonly userAddress: string | null;
  /** Other addresses the reader is known by (the mailbox the bounce went to, a forward's To). */
  readonly addresses?: readonly string[];
}

let engine: BrowserEngine | null = null;

/**
 * Starts the engine at pane start, before a message is in hand: the worker's script is fetched and
 * compiled, `locale`'s catalogue loaded and the engine run once, in parallel with Office.onReady
 * and the item read. Call it as early as possible (without a locale) and again once the display
 * language is known. Without Worker (jsdom) the inline engine's chunk is loaded instead.
 */
export function warmEngine(locale?: string): void {
  if (typeof Worker === 'undefined') {
    void import(/* webpackChunkName: "engine-inline" */ '../engine')
      .then((m) => (locale === undefined ? undefined : m.loadMessages(locale)))
      .catch(() => undefined);
    return;
  }
  engine ??= new BrowserEngine();
  engine.warm(locale);
}

/** One request to the engine, in the worker where there is one. */
async function ask(input: Uint8Array | string, options: RunRequest): Promise<AnalyseResponse> {
  if (typeof Worker === 'undefined') {
    // Loaded only here: the pane's own bundle carries no engine (the worker has it).
    const { run } = await import(/* webpackChunkName: "engine-inline" */ '../engine');
    const { result, explained, report, errorText } = await run(input, options);
    return { id: 0, ok: true, result, explained, report, errorText };
  }
  engine ??= new BrowserEngine();
  return engine.analyse(input, options);
}

export async function analyseInPane(input: Uint8Array | string, identities: PaneIdentities, locale: string): Promise<PaneAnalysis> {
  const answer = await ask(input, { locale, identities });
  if (answer.ok) {
    const readable = answer.result.error === null && answer.result.kind !== 'not-bounce';
    return { result: answer.result, explained: readable ? answer.explained : null, errorText: answer.errorText, stopped: null };
  }
  return {
    result: errorResult({ code: 'time-limit', values: { seconds: Math.round((engine?.timeLimitMs ?? 0) / 1000) } }),
    explained: null,
    errorText: null,
    stopped: { failure: answer.failure, seconds: Math.round((engine?.timeLimitMs ?? 0) / 1000) },
  };
}

/**
 * The IT report, built when the user asks for it with what they typed: `run` again with its
 * `report` option (the analysis is deterministic, so the report matches what the pane shows).
 */
export async function reportInPane(
  input: Uint8Array | string,
  identities: PaneIdentities,
  /** The report's language: the pane's by default, or English when the user chose it. */
  locale: string,
  details: Omit<ReportOptions, 'catalogue'>,
): Promise<Report | null> {
  const answer = await ask(input, { locale, identities, report: details });
  return answer.ok ? answer.report : null;
}
