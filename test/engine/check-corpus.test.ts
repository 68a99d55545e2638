/**
 * The checking set of issue #15 (test/corpus-check): hand-written bounces, auto-replies, receipts and
 * ordinary mails that no rule was written against. It measures whether reading rules generalise.
 *
 * The floors below are a regression ratchet, not a target: they are the figures measured when the set
 * was written (recipients 95.5, reason 88.7, detection 95.5), rounded down to the whole point. Raise
 * them when the engine improves; never change a rule to make a file of this set pass (see its README).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../src/engine';
import type { AnalysisResult } from '../../src/engine';
import { loadLabels, score } from './corpus-helpers';
import type { Score } from './corpus-helpers';

const CHECK_CORPUS = path.resolve(__dirname, '../corpus-check');

/** Measured on the blind set, rounded down to the whole point. */
const FLOORS = { recipients: 95.0, reason: 88.0, detection: 95.0 };

let result: Score;

beforeAll(async () => {
  const labels = loadLabels(CHECK_CORPUS);
  const results = new Map<string, AnalysisResult>();
  for (const [file, p] of labels.paths) results.set(file, (await run(readFileSync(p), { locale: 'en' })).result);
  result = score(labels, results);
});

describe('issue #15 checking set', () => {
  test('covers the whole labelled set', () => {
    expect(result.files).toBe(67);
  });
  test.each(Object.entries(FLOORS))('%s stays at or above its floor', (metric, floor) => {
    const value = result[metric as keyof typeof FLOORS];
    if (value < floor) console.log(result.misses.join('\n'));
    expect(value).toBeGreaterThanOrEqual(floor);
  });
});
