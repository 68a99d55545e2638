/** Public surface of the engine: one entry point and its result type. */
export { analyze, analyzeMail, errorResult, MAX_RECIPIENTS } from './analyze';
export type { AnalyzeInput, AnalyzeOptions } from './analyze';
export { MAX_INPUT_BYTES } from './mail';
export { REASONS, REASON_NAMES } from './reason/reasons';
export type { Reason } from './reason/reasons';
export * from './types';
export { explain, explainRecipient, entryForCode, entryForReason, lookup } from './explain/explain';
export type { Explained, ExplanationGroup, ExplainOptions } from './explain/explain';
export { buildReport, escapeHtml, MAX_HTML_BYTES } from './explain/report';
export type { Report, ReportOptions } from './explain/report';
export { messages, format } from './explain/messages';
export type { Catalogue } from './explain/messages';
export type { Explanation, Owner, Retry } from './explain/types';
