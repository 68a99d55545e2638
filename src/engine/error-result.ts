/**
 * The result for an input that could not be analysed. Its own small module so that a face (the
 * pane) can word a stopped worker without bundling the engine itself.
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
  };
}
