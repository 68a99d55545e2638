/**
 * The result for an input that could not be analysed. Kept apart from the pipeline so a face can
 * build one (the pane, when its worker was stopped) without pulling the whole engine into its bundle.
 */
import type { AnalysisResult, EngineError } from './types';
import { RESULT_VERSION } from './types';

export function errorResult(error: EngineError, inputType: AnalysisResult['inputType'] = 'eml'): AnalysisResult {
  return {
    version: RESULT_VERSION,
    kind: 'not-bounce',
    inputType,
    subject: null,
    from: null,
    reportTo: null,
    reportingMta: null,
    arrivalDate: null,
    original: null,
    recipients: [],
    error,
    decoders: [],
    cut: [],
    detection: { verdict: 'none', score: 0, evidence: [] },
  };
}
