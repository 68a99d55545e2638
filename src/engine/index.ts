/**
 * Public surface of the engine. The faces (pane, CLI) call `run` and nothing else of the pipeline;
 * they may also use the result types, the message catalogue (`messages`, `format`) and the limits.
 */
export { run, errorText } from './run';
export type { Identities, RunInput, RunOptions, RunOutput } from './run';
export { errorResult } from './result';
export { DEFAULT_LIMITS, LimitsError, MAX_INPUT_BYTES, resolveLimits } from './limits';
export type { Limits } from './limits';
export { REASONS, REASON_NAMES } from './reason/reasons';
export type { Reason } from './reason/reasons';
export * from './types';
export type { Explained, ExplanationGroup } from './explain/explain';
export { escapeHtml, graphemeBoundaries, MAX_HTML_BYTES } from './explain/report';
export type { Report, ReportOptions } from './explain/report';
export { messages, format, AVAILABLE_LOCALES } from './explain/messages';
export type { Catalogue } from './explain/messages';
export type { Explanation, Owner, Retry } from './explain/types';
export { words, ROLES } from './lexicon';
export type { Lang, Role, Term } from './lexicon';
