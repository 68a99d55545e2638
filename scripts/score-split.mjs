#!/usr/bin/env node
// Scores the fitting and the checking part of the shared Sisimai corpus separately with the shared
// scorer (issue #15: change rules looking only at the fitting part's misses, quote both scores).
// The parts are listed in test/engine/corpus-split.json, computed by test/engine/split.ts and kept
// current by test/engine/split.test.ts.
//   node scripts/score-split.mjs [--cmd "node dist/cli/ndr-explain.js --json"] [--part fitting|checking] [--details]
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const cmd = opt('--cmd', 'node dist/cli/ndr-explain.js --json');
const only = opt('--part', null);
const details = args.includes('--details');
const split = JSON.parse(readFileSync(path.join(root, 'test/engine/corpus-split.json'), 'utf8'));
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const corpus = path.join(root, '../shared/corpus/sisimai');

for (const part of ['fitting', 'checking']) {
  if (only !== null && only !== part) continue;
  const filter = `^(?:${split[part].map(escape).join('|')})$`;
  const run = spawnSync(
    process.execPath,
    [
      path.join(root, '../shared/tools/score-bounces.mjs'),
      '--cmd',
      cmd,
      '--corpus',
      corpus,
      '--expected',
      path.join(corpus, 'expected.json'),
      '--batch',
      '200',
      '--filter',
      filter,
      ...(details ? ['--details'] : []),
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const out = run.stdout.trimEnd();
  if (details) console.log(out);
  console.log(`${part} (${split[part].length} files): ${out.split('\n').pop()}`);
}
