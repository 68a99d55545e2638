/**
 * The fitting/checking split of the shared corpus: its shape, and the committed list
 * (`corpus-split.json`, read by `scripts/score-split.mjs`) kept equal to what `split.ts` computes.
 * Regenerate the list with `UPDATE_SPLIT=1 npx jest test/engine/split.test.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadLabels } from './corpus-helpers';
import { familyOf, fnv1a, splitCorpus } from './split';

const LIST = path.join(__dirname, 'corpus-split.json');

describe('corpus split', () => {
  const labels = loadLabels();
  const files = [...labels.files.keys()].sort();
  const split = splitCorpus(files, labels.families);

  test('hash is FNV-1a 32-bit', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
  });

  test('about 70 % fits and 30 % checks', () => {
    const fitting = files.filter((f) => split.get(f) === 'fitting').length;
    expect(fitting / files.length).toBeGreaterThan(0.65);
    expect(fitting / files.length).toBeLessThan(0.75);
  });

  test('every family with two or more files is in both parts', () => {
    const parts = new Map<string, Set<string>>();
    for (const f of files) {
      const fam = familyOf(f, labels.families.get(f));
      const s = parts.get(fam) ?? new Set<string>();
      s.add(split.get(f) ?? '');
      parts.set(fam, s);
    }
    for (const [fam, s] of parts) {
      const size = files.filter((f) => familyOf(f, labels.families.get(f)) === fam).length;
      if (size >= 2) expect([fam, s.size]).toEqual([fam, 2]);
    }
  });

  test('the committed list is the computed split', () => {
    const computed = {
      fitting: files.filter((f) => split.get(f) === 'fitting'),
      checking: files.filter((f) => split.get(f) === 'checking'),
    };
    if (process.env.UPDATE_SPLIT === '1') writeFileSync(LIST, `${JSON.stringify(computed, null, 2)}\n`);
    expect(JSON.parse(readFileSync(LIST, 'utf8'))).toEqual(computed);
  });
});
