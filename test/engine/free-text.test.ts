/**
 * Bounce detection that does not depend on a known family: older and smaller servers' free-text
 * bounces are recognised as bounces by their structure, their failed recipients are read from the
 * report (never from the returned original or the list footer), and plain words give the reason.
 */
import { analyze } from '../../src/engine/analyze';
import { FREE_TEXT_CASES } from './free-text-bounces';

describe('free-text bounces of older and smaller servers', () => {
  test.each(FREE_TEXT_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const r = await analyze(c.eml);
    expect(r.kind).toBe(c.kind);
    expect(r.detection.verdict).toBe('bounce');
    expect(r.recipients.map((x) => x.address?.toLowerCase()).sort()).toEqual([...c.recipients].sort());
    if (c.reason !== undefined) expect(r.recipients.map((x) => x.reason)).toEqual(c.recipients.map(() => c.reason));
  });
});
