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
export { escapeHtml, MAX_HTML_BYTES } from './explain/report';
export type { Report, ReportOptions } from './explain/report';
export { messages, loadMessages } from './explain/messages';
export { format, isPlain } from './i18n/format';
export type { Message } from './i18n/format';
// The pane's side of the catalogue: English's UI words (bundled) and the lazy loader of the others.
export { EN_UI } from './explain/messages/en-ui';
export { loadCatalogue } from './explain/messages/load';
export type { LazyLocale } from './explain/messages/load';
export type { UiKey } from './explain/messages/en';
export { pseudoTree } from './i18n/pseudo';
export { graphemeBoundaries } from './graphemes';
export type { Catalogue, ReportKey, UiCatalogue } from './explain/messages';
export { LOCALES, PSEUDO_LOCALES, DEFAULT_LOCALE, directionOf, resolveLocale, resolveLocaleOrPseudo } from './locale';
export type { Locale, PseudoLocale } from './locale';
export type { Explanation, Owner, Retry } from './explain/types';
export { words, ROLES } from './lexicon';
export { loadWords } from './lexicon/load';
export type { Lang, Role, Term } from './lexicon';
