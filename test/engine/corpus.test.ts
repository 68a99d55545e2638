/**
 * Table-driven accuracy gate over the shared corpus, with the thresholds of issue #2. Any
 * regression in a decoder, the code arbitration or the reason rules turns this red.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/engine/analyze';
import type { AnalysisResult } from '../../src/engine';
import { loadLabels, score } from './corpus-helpers';
import type { Score } from './corpus-helpers';

/** Gates from issue #2, as the issue states them. */
const GATES = { recipients: 98.0, status: 97.0, reason: 92.0, detection: 99.0, kind: 95.0 };

let result: Score;

beforeAll(async () => {
  const labels = loadLabels();
  const results = new Map<string, AnalysisResult>();
  for (const [file, p] of labels.paths) results.set(file, await analyze(readFileSync(p)));
  result = score(labels, results);
});

describe('shared Sisimai corpus', () => {
  test('covers the whole labelled corpus', () => {
    expect(result.files).toBe(565);
  });
  test.each(Object.entries(GATES))('%s meets its gate', (metric, gate) => {
    const value = result[metric as keyof typeof GATES];
    if (value < gate)
      console.log(
        result.misses
          .filter((m) => m.includes(metric === 'recipients' ? 'recipients' : metric))
          .slice(0, 40)
          .join('\n'),
      );
    expect(value).toBeGreaterThanOrEqual(gate);
  });
});
