/**
 * The engine's one entry point, used by the pane (through `engine-client.ts`), the CLI and the
 * tests: input → `Mail` → decoders → codes → reason → explanation → (when asked) the IT report.
 *
 * The reader's locale comes in here and is passed down once: nothing below `run` chooses a
 * language. Errors are data on the result (`result.error`) and are worded here, by the catalogue.
 * It never throws for bad input; only invalid `limits` throw (a programming error).
 */
import { analyze } from './analyze';
import type { AnalyzeInput } from './analyze';
import { explain } from './explain/explain';
import type { Explained } from './explain/explain';
import { format, loadMessages, messages } from './explain/messages';
import type { Catalogue } from './explain/messages';
import type { Report, ReportOptions } from './explain/report';
import { resolveLimits } from './limits';
import type { Limits } from './limits';
import type { AnalysisResult, EngineError } from './types';

/** Who is reading: decides forged senders (backscatter) and "your own organisation's server". */
export interface Identities {
  /** The reader's own address (the signed-in mailbox); null when unknown. */
  readonly userAddress: string | null;
  /**
   * Other addresses the reader is known by: the mailbox the bounce was addressed to (an alias, a
   * shared mailbox), the To of a forward the pane read. Never failed recipients; forged-sender
   * checks judge against all of them.
   */
  readonly addresses?: readonly string[];
}

/** Every address the caller knows as the reader's. */
function knownAddresses(identities: Identities | undefined): string[] {
  return [identities?.userAddress ?? null, ...(identities?.addresses ?? [])].filter((a): a is string => a !== null && a !== '');
}

export interface RunOptions {
  /** BCP 47 tag of the reader's language (`en`, `de-CH`); resolved by `resolveLocale` (unknown → English). */
  readonly locale: string;
  readonly identities?: Identities;
  /** Build the IT report too: `true`, or the details the report should carry. Off by default. */
  readonly report?: boolean | Omit<ReportOptions, 'catalogue'>;
  /** Lower limits than the defaults (see `limits.ts`); validated, throws on a wrong value. */
  readonly limits?: Partial<Limits>;
}

export interface RunOutput {
  readonly result: AnalysisResult;
  /** The explanations, one per recipient and per group (empty when there are no recipients). */
  readonly explained: Explained;
  /** The IT report, when asked for and the message is one to report. */
  readonly report: Report | null;
  /** `result.error` worded in the reader's language; null when there is no error. */
  readonly errorText: string | null;
  /** The catalogue the texts were worded with. */
  readonly catalogue: Catalogue;
}

export type RunInput = AnalyzeInput;

/** Words an engine error in the catalogue's language. */
export function errorText(error: EngineError, catalogue: Catalogue): string {
  return format(catalogue.errors[error.code], error.values, catalogue.locale);
}

export async function run(input: RunInput, options: RunOptions): Promise<RunOutput> {
  const limits = resolveLimits(options.limits);
  // The reader's language: a lazy chunk in the browser (the worker fetches only this one).
  const catalogue = await loadMessages(options.locale);
  const result = await analyze(input, limits, { identities: knownAddresses(options.identities) });
  return finish(result, options, catalogue);
}

function wantsReport(
  result: AnalysisResult,
  options: RunOptions,
): options is RunOptions & { report: true | Omit<ReportOptions, 'catalogue'> } {
  return options.report !== undefined && options.report !== false && result.kind !== 'not-bounce' && result.error === null;
}

/**
 * The steps after reading, for a result the caller already has (the CLI's unreadable file): the
 * same explanation, wording and report as `run`.
 */
async function finish(result: AnalysisResult, options: RunOptions, catalogue: Catalogue = messages(options.locale)): Promise<RunOutput> {
  const userAddress = options.identities?.userAddress;
  const identities = knownAddresses(options.identities);
  const explained = explain(result, userAddress === undefined ? { catalogue, identities } : { catalogue, userAddress, identities });
  let report: Report | null = null;
  if (wantsReport(result, options)) {
    // The report builder is a lazy chunk in the browser: the first verdict never needs it.
    const { buildReport } = await import(/* webpackChunkName: "report" */ './explain/report');
    report = buildReport(result, explained, { ...(options.report === true ? {} : options.report), catalogue });
  }
  return { result, explained, report, errorText: result.error === null ? null : errorText(result.error, catalogue), catalogue };
}
