/**
 * Table-driven accuracy floors over the cold corpus (test/corpus-cold, issue #15): bounces and
 * look-alikes from servers and layouts the rules were not written against, labelled blind.
 *
 * Detection, kind and recipients meet the shared-corpus thresholds (99.5 / 99.0 / 99.0;
 * measured 100 / 100 / 100). Reason does not yet (measured 93.7 when this test was written), so
 * its floor is that figure rounded down to the whole point: a regression ratchet, to be raised
 * towards the 95.0 as rules generalise, never lowered to fit a change.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../src/engine';
import type { AnalysisResult } from '../../src/engine';
import { loadLabels, score } from './corpus-helpers';
import type { Score } from './corpus-helpers';

const COLD = path.resolve(__dirname, '../corpus-cold');

const FLOORS = { detection: 99.5, kind: 99.0, recipients: 99.0, reason: 93.0 };

let result: Score;

beforeAll(async () => {
  const labels = loadLabels(COLD);
  const results = new Map<string, AnalysisResult>();
  for (const [file, p] of labels.paths) results.set(file, (await run(readFileSync(p), { locale: 'en' })).result);
  result = score(labels, results);
});

describe('cold corpus', () => {
  test('covers every labelled file', () => {
    expect(result.files).toBe(83);
  });
  test.each(Object.entries(FLOORS))('%s meets its floor', (metric, floor) => {
    const value = result[metric as keyof typeof FLOORS];
    if (value < floor) console.log(result.misses.join('\n'));
    expect(value).toBeGreaterThanOrEqual(floor);
  });
});
