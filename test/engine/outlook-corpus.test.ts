/**
 * Table-driven accuracy gate over the shared Outlook-form corpus (whole NDRs, forwards as text
 * and HTML, pasted text; five languages), with the thresholds of issue #8.
 */
import { OUTLOOK_CORPUS, runAndScore } from './corpus-helpers';
import type { Score } from './corpus-helpers';

/** Gates from issue #8, as the issue states them. Owner also depends on the explanation catalogue. */
const GATES = { recipients: 98.0, status: 98.0, detection: 99.0, kind: 97.0, owner: 95.0 };

let result: Score;

beforeAll(async () => {
  result = await runAndScore(OUTLOOK_CORPUS);
});

describe('shared Outlook-form corpus', () => {
  test('covers the whole labelled corpus', () => {
    expect(result.files).toBe(48);
  });
  test.each(Object.entries(GATES))('%s meets its gate', (metric, gate) => {
    const value = result[metric as keyof typeof GATES];
    if (value < gate) console.log(result.misses.filter((m) => m.includes(metric === 'recipients' ? 'recipients' : metric)).join('\n'));
    expect(value).toBeGreaterThanOrEqual(gate);
  });
});
