/**
 * `normalise` takes a shortcut for printable ASCII (no NFKC, no quote mapping); it must give what
 * the full form gives (NFKC, lower case, curly quotes straightened, white space runs as one space,
 * no space before a colon, trimmed) on every line of the shared corpora and on synthetic lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { normalise, normaliseFully } from '../../../src/engine/lexicon/match';

const full = normaliseFully;

function corpusLines(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.(?:eml|txt|html)$/.test(e.name))
    .flatMap((e) => readFileSync(path.join(dir, e.name), 'utf8').split(/\r?\n/));
}

test('every corpus line normalises as the full form does', () => {
  const shared = path.resolve(__dirname, '../../../../shared/corpus');
  const lines = [...corpusLines(path.join(shared, 'sisimai/bounces')), ...corpusLines(path.join(shared, 'outlook'))];
  expect(lines.length).toBeGreaterThan(10_000);
  const wrong = lines.filter((l) => normalise(l) !== full(l));
  expect(wrong).toEqual([]);
});

test('synthetic lines: spaces, colons, tabs, full-width and curly forms', () => {
  const pieces = ['A', 'b', ' ', '  ', ' :', ':', '\t', 'Ｄｅｌｉｖｅｒｙ', '：', '\u00a0', '\u3000', '’', 'x@y.z', '~', '\u007f', 'É', ''];
  let next = 7;
  const wrong: string[] = [];
  for (let i = 0; i < 5000; i++) {
    let line = '';
    for (let k = 0; k < 1 + (i % 9); k++) {
      next = (Math.imul(next, 1103515245) + 12345) >>> 0;
      line += pieces[next % pieces.length] ?? '';
    }
    if (normalise(line) !== full(line)) wrong.push(JSON.stringify(line));
  }
  expect(wrong).toEqual([]);
  expect(normalise('  Delivery   has failed :  ')).toBe('delivery has failed:');
});
