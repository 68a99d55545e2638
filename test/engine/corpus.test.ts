/**
 * Table-driven accuracy gate over the shared corpus, with the thresholds of issue #15. Any
 * regression in a decoder, the code arbitration or the reason rules turns this red. The corpus is
 * also scored in its two parts (`split.ts`: fitting ~70 %, checking ~30 %), so over-fitting shows.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/engine/analyze';
import type { AnalysisResult } from '../../src/engine';
import { loadLabels, score } from './corpus-helpers';
import type { Labels, Score } from './corpus-helpers';
import { splitCorpus } from './split';
import type { Part } from './split';

/** Gates from issue #15, as the issue states them. */
const GATES = { recipients: 99.0, status: 99.0, reason: 95.0, detection: 99.5, kind: 99.0 };
/** Issue #15: the checking part within this many points of the fitting part. */
const MAX_GAP = 2;

let result: Score;
const parts = new Map<Part, Score>();

function only(labels: Labels, keep: (file: string) => boolean): Labels {
  return { ...labels, files: new Map([...labels.files].filter(([f]) => keep(f))) };
}

beforeAll(async () => {
  const labels = loadLabels();
  const results = new Map<string, AnalysisResult>();
  for (const [file, p] of labels.paths) results.set(file, await analyze(readFileSync(p)));
  result = score(labels, results);
  const split = splitCorpus([...labels.files.keys()], labels.families);
  for (const part of ['fitting', 'checking'] as const)
    parts.set(
      part,
      score(
        only(labels, (f) => split.get(f) === part),
        results,
      ),
    );
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
  test('the two parts are scored', () => {
    const fit = parts.get('fitting');
    const check = parts.get('checking');
    expect(fit?.files).toBeGreaterThan(check?.files ?? Infinity);
    const f = (s: Score | undefined): string => `recipients ${s?.recipients.toFixed(1)} reason ${s?.reason.toFixed(1)}`;
    console.log(`fitting: ${f(fit)}; checking: ${f(check)}`);
  });
  test(`recipients: the checking part is within ${MAX_GAP} points of the fitting part`, () => {
    const fit = parts.get('fitting')?.recipients ?? 0;
    const check = parts.get('checking')?.recipients ?? 0;
    expect(Math.abs(fit - check)).toBeLessThanOrEqual(MAX_GAP);
  });
});
