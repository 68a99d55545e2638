/** Public surface of the engine: one entry point and its result type. */
export { analyze, analyzeMail, errorResult, MAX_RECIPIENTS } from './analyze';
export type { AnalyzeInput } from './analyze';
export { MAX_INPUT_BYTES } from './mail';
export { REASONS, REASON_NAMES } from './reason/reasons';
export type { Reason } from './reason/reasons';
export * from './types';
