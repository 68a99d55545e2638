// npm run bench: throughput of analyze() over the shared corpus in one process, next to a bare
// postal-mime parse of the same files, and the ratio. Timings live here, never in tests.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PostalMime = require('postal-mime');
const corpus = path.resolve(process.argv[2] ?? '../shared/corpus/sisimai');
const files = [];
for (const dir of ['bounces', 'not-bounces']) {
  for (const f of readdirSync(path.join(corpus, dir))) files.push(readFileSync(path.join(corpus, dir, f)));
}
const bytes = files.reduce((n, b) => n + b.length, 0);
const { analyze } = require('../dist/cli/engine.js');

async function time(label, fn, rounds = 5) {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (const b of files) await fn(b);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    best = Math.min(best, ms);
  }
  const s = best / 1000;
  console.log(
    `${label.padEnd(22)} ${(files.length / s).toFixed(0).padStart(6)} files/s  ${(bytes / 1048576 / s).toFixed(2).padStart(6)} MB/s  (${best.toFixed(0)} ms for ${files.length} files)`,
  );
  return best;
}

const parse = await time('postal-mime parse', (b) => PostalMime.parse(b, { forceRfc822Attachments: true }));
const full = await time('analyze()', (b) => analyze(b));
console.log(`ratio analyze/parse: ${(full / parse).toFixed(2)}x (target <= 2x)`);
