/**
 * What a worker does with one request, whatever the worker kind: run the engine, answer once.
 * The engine itself stays free of any environment; this is the only code both workers share.
 */
import { run } from '../engine';
import type { AnalyseRequest, AnalyseResponse } from './protocol';

export async function handleRequest(req: AnalyseRequest): Promise<AnalyseResponse> {
  // The catalogue stays in the worker: only the worded results cross back.
  const { result, explained, report, errorText } = await run(req.input, req.options);
  return {
    id: req.id,
    ok: true,
    result,
    explained: req.compact === true ? { ...explained, perRecipient: [] } : explained,
    report,
    errorText,
  };
}
