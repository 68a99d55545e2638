/** The worker's V8 code cache: used when valid, written once, and older caches of the bundle removed. */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadWithCodeCache } from '../../src/worker/code-cache';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'code-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const caches = (): string[] => readdirSync(dir).filter((f) => f.endsWith('.v8cache'));

test('a loaded bundle runs, and saving writes one cache and removes the stale ones', () => {
  const bundle = path.join(dir, 'bundle.js');
  writeFileSync(bundle, 'module.exports = { twice: (n) => n * 2 };');
  // Caches of earlier builds of this bundle, and one of another bundle that must stay.
  writeFileSync(path.join(dir, '.bundle.js.1-2-3-v18.0.0-x64.v8cache'), 'old');
  writeFileSync(path.join(dir, '.bundle.js.4-5-6-v20.0.0-x64.v8cache'), 'old');
  writeFileSync(path.join(dir, '.other.js.1-2-3-v20.0.0-x64.v8cache'), 'other');

  const first = loadWithCodeCache(bundle);
  expect((first.exports as { twice: (n: number) => number }).twice(21)).toBe(42);
  first.saveCache();
  const after = caches();
  expect(after.filter((f) => f.startsWith('.bundle.js.'))).toHaveLength(1);
  expect(after).toContain('.other.js.1-2-3-v20.0.0-x64.v8cache');
  expect(existsSync(path.join(dir, '.bundle.js.1-2-3-v18.0.0-x64.v8cache'))).toBe(false);

  // The next load reads that cache and has nothing to write.
  const second = loadWithCodeCache(bundle);
  expect((second.exports as { twice: (n: number) => number }).twice(2)).toBe(4);
  second.saveCache();
  expect(caches().filter((f) => f.startsWith('.bundle.js.'))).toEqual(after.filter((f) => f.startsWith('.bundle.js.')));
});
