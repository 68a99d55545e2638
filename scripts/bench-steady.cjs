// npm run bench (part of scripts/bench.mjs): the engine as a CLI worker meets a batch, in a fresh
// process so V8 starts cold, with the CLI's V8 flag (src/cli/bin.ts), each file read and analysed
// once, copy after copy of the corpus (same content, different buffers). The stage table's "best of
// N passes over the same buffers" shows the engine at its warmest; this shows what a batch pays:
// the first copy with a cold JIT, then the steady cost per file.
//
//   node scripts/bench-steady.cjs COPIES FILE...
const { readFileSync } = require('node:fs');
const path = require('node:path');
require('node:v8').setFlagsFromString('--interrupt-budget=600000');

const [copiesArg, ...files] = process.argv.slice(2);
const copies = Number(copiesArg ?? 8);
const { stages } = require(path.resolve('dist/bench/stages.js'));

(async () => {
  const perCopy = [];
  for (let c = 0; c < copies; c++) {
    const t0 = performance.now();
    for (const f of files) await stages.cliJson(new Uint8Array(readFileSync(f)));
    perCopy.push((performance.now() - t0) / files.length);
  }
  const later = perCopy.slice(Math.ceil(copies / 2));
  const steady = later.reduce((a, b) => a + b, 0) / Math.max(1, later.length);
  console.log(`\none thread, fresh process, each file read and analysed once, ${copies} copies of ${files.length} files in turn:`);
  console.log(`ms/file per copy: ${perCopy.map((x) => x.toFixed(3)).join(' ')}`);
  console.log(
    `first copy (cold JIT) ${(perCopy[0] ?? NaN).toFixed(3)} ms/file; steady (mean of the later half) ${steady.toFixed(3)} ms/file`,
  );
})();
