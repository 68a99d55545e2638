/**
 * What a worker does with one request, whatever the worker kind: run the engine, answer once.
 * The engine itself stays free of any environment; this is the only code both workers share.
 */
import { analyze, explain } from '../engine';
import type { AnalyseRequest, AnalyseResponse } from './protocol';

export async function handleRequest(req: AnalyseRequest): Promise<AnalyseResponse> {
  const result = await analyze(req.input);
  const readable = result.error === null && result.kind !== 'not-bounce';
  return { id: req.id, ok: true, result, explained: readable ? explain(result, { userAddress: req.userAddress }) : null };
}
