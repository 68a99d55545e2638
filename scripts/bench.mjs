// npm run bench (part 1): throughput of `ndr-explain --json` end to end (process start included)
// with one worker and with the default (one per core), files/s, MB/s and peak RSS, side by side with
// Sisimai 4.25 (Perl) when it is installed, with the ratios; then the engine
// stage by stage in one process (MIME, analysis, explanation, report) next to a bare postal-mime
// parse; then what a batch pays per file, cold and steady (scripts/bench-steady.cjs); and the
// floor the MIME library sets, a fresh process doing nothing but postal-mime parses
// (scripts/bench-floor.cjs). Timings live here, never in tests.
//
//   node scripts/bench.mjs [CORPUS_DIR] [--copies N]
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const copiesAt = args.indexOf('--copies');
const copies = copiesAt >= 0 ? Number(args[copiesAt + 1]) : 8;
const corpus = path.resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--copies') ?? '../shared/corpus/sisimai');
const CLI = path.resolve('dist/cli/ndr-explain.js');
const TIME = '/usr/bin/time';

function emlFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...emlFiles(full));
    else if (e.name.endsWith('.eml')) out.push(full);
  }
  return out.sort();
}

const files = emlFiles(corpus);
const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
console.log(
  `corpus ${corpus}: ${files.length} files, ${(bytes / 1048576).toFixed(2)} MB; ${availableParallelism()} cores; load ${loadavg()[0].toFixed(2)}`,
);

/** One run of a command: wall ms, lines out, and peak RSS in KB when /usr/bin/time is there. */
function timed(command, argv) {
  const withTime = existsSync(TIME);
  const cmd = withTime ? TIME : command;
  const full = withTime ? ['-f', '%M', command, ...argv] : argv;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, full, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const lines = (r.stdout ?? '').split('\n').filter((l) => l !== '').length;
  const rss = withTime ? Number((r.stderr ?? '').trim().split('\n').pop()) : NaN;
  return { ms, lines, rss };
}

/** Best (least wall time) of `rounds` runs. */
function best(command, argv, rounds = 3) {
  let out = null;
  for (let i = 0; i < rounds; i++) {
    const r = timed(command, argv);
    if (out === null || r.ms < out.ms) out = r;
  }
  return out;
}

function row(label, inputs, totalBytes, r, against) {
  const s = r.ms / 1000;
  const ratio = against === undefined ? '' : `  ${(against.ms / r.ms).toFixed(2)}x Sisimai`;
  console.log(
    `${label.padEnd(40)} ${(inputs / s).toFixed(0).padStart(6)} files/s ${(totalBytes / 1048576 / s).toFixed(2).padStart(6)} MB/s  ${r.ms.toFixed(0).padStart(6)} ms  peak RSS ${Number.isNaN(r.rss) ? '?' : `${(r.rss / 1024).toFixed(0)} MB`}  lines ${r.lines}/${inputs}${ratio}`,
  );
}

// Sisimai 4.25 (Perl) under the same contract, when it is installed: the yardstick of issue #14
// (ours >= 2x faster on the corpus and with --jobs 1, >= 3.5x with the default workers on 2 cores).
const SISIMAI = path.resolve('../shared/tools/sisimai-json.pl');
const hasSisimai = existsSync(SISIMAI) && spawnSync('perl', ['-MSisimai', '-e', '1']).status === 0;
const ours = (cliArgs) => best(process.execPath, [CLI, ...cliArgs]);

console.log('\nend to end with process start, best of 3, side by side in this run:');
const sisCorpus = hasSisimai ? best('perl', [SISIMAI, ...files]) : undefined;
if (sisCorpus !== undefined) row('corpus, Sisimai 4.25 (perl)', files.length, bytes, sisCorpus);
else console.log('(Sisimai 4.25 not installed: apt-get install libsisimai-perl libjson-xs-perl for the comparison)');
row('corpus, ndr-explain --json --jobs 1', files.length, bytes, ours(['--json', '--jobs', '1', ...files]), sisCorpus);
row(`corpus, ndr-explain --json (${availableParallelism()} workers)`, files.length, bytes, ours(['--json', ...files]), sisCorpus);

// What a run pays before its second file: the runtime's own start, the CLI without a worker, and
// one file (a worker started, the engine loaded from the code cache, one cold analysis). Against
// a ratio target on the corpus, the one-file run is a floor no per-file speed-up lowers.
console.log('\nfixed cost per run (best of 7):');
const fixed = [
  ['node -e 0 (the runtime starting)', process.execPath, ['-e', '0']],
  ['ndr-explain --version (no worker)', process.execPath, [CLI, '--version']],
  ['ndr-explain --json, one file', process.execPath, [CLI, '--json', files[0]]],
  ...(hasSisimai ? [['Sisimai 4.25, one file', 'perl', [SISIMAI, files[0]]]] : []),
];
const oneFile = {};
for (const [label, command, argv] of fixed) {
  const r = best(command, argv, 7);
  oneFile[label] = r.ms;
  console.log(`${label.padEnd(40)} ${r.ms.toFixed(0).padStart(6)} ms`);
}
if (sisCorpus !== undefined) {
  const left = sisCorpus.ms / 2 - oneFile['ndr-explain --json, one file'];
  console.log(
    `at 2x Sisimai on the corpus (${(sisCorpus.ms / 2).toFixed(0)} ms), ${left.toFixed(0)} ms are left after the one-file run for the other ${files.length - 1} files: ${((left / (files.length - 1)) * 1000).toFixed(0)} us/file of wall time`,
  );
}

// The floor the MIME library sets (scripts/bench-floor.cjs): a fresh process that only parses each
// file with postal-mime and prints a small line, with one thread and with one worker per core.
const FLOOR = path.resolve('scripts/bench-floor.cjs');
function floorRows(label, list, against) {
  for (const jobs of [1, availableParallelism()]) {
    const r = best(process.execPath, [FLOOR, String(jobs), ...list]);
    const share = against === undefined ? '' : `; ${(against.ms / r.ms).toFixed(2)}x Sisimai`;
    console.log(
      `${`${label}, postal-mime only, ${jobs === 1 ? 'one thread' : `${jobs} workers`}`.padEnd(40)} ${r.ms.toFixed(0).padStart(6)} ms  lines ${r.lines}/${list.length}${share}`,
    );
  }
}
console.log('\nthe MIME library alone (parse and a small line per file, nothing else; best of 3):');
floorRows('corpus', files, sisCorpus);

const batch = mkdtempSync(path.join(tmpdir(), 'ndr-bench-'));
try {
  // The issue's batch: 8 copies of the corpus's bounces (8 x 562 = 4,496 files for the shared corpus).
  const copied = existsSync(path.join(corpus, 'bounces')) ? path.join(corpus, 'bounces') : corpus;
  for (let i = 0; i < copies; i++) cpSync(copied, path.join(batch, `copy${i}`), { recursive: true, filter: (f) => !f.endsWith('.json') });
  const batchFiles = emlFiles(batch);
  const n = batchFiles.length;
  const batchBytes = batchFiles.reduce((sum, f) => sum + statSync(f).size, 0);
  const sisBatch = hasSisimai ? best('perl', [SISIMAI, ...batchFiles]) : undefined;
  if (sisBatch !== undefined) row(`${copies} copies, Sisimai 4.25 (perl)`, n, batchBytes, sisBatch);
  row(`${copies} copies (dir), --jobs 1`, n, batchBytes, ours(['--json', '--jobs', '1', batch]), sisBatch);
  row(`${copies} copies (dir), default`, n, batchBytes, ours(['--json', batch]), sisBatch);
  floorRows(`${copies} copies`, batchFiles, sisBatch);
} finally {
  rmSync(batch, { recursive: true, force: true });
}

// The engine stage by stage, in this process, warmed up (best of several passes).
execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--env', 'target=bench'], {
  stdio: 'ignore',
});
const { stages } = require(path.resolve('dist/bench/stages.js'));
const inputs = files.map((f) => new Uint8Array(readFileSync(f)));
const rounds = Number(process.env.ROUNDS ?? 5);
const totals = {
  'postal-mime parse (bare)': Infinity,
  MIME: Infinity,
  analysis: Infinity,
  explanation: Infinity,
  report: Infinity,
  'CLI line (run + JSON)': Infinity,
};
for (let r = 0; r < rounds; r++) {
  const t = { 'postal-mime parse (bare)': 0, MIME: 0, analysis: 0, explanation: 0, report: 0, 'CLI line (run + JSON)': 0 };
  for (const b of inputs) {
    let a = performance.now();
    await stages.postalMime(b);
    let c = performance.now();
    t['postal-mime parse (bare)'] += c - a;
    a = c;
    const mail = await stages.mime(b).catch(() => null);
    c = performance.now();
    t.MIME += c - a;
    if (mail === null) continue;
    a = c;
    const result = stages.analysis(mail);
    c = performance.now();
    t.analysis += c - a;
    a = c;
    const explained = stages.explanation(result);
    c = performance.now();
    t.explanation += c - a;
    a = c;
    stages.report(result, explained);
    c = performance.now();
    t.report += c - a;
  }
  const a = performance.now();
  for (const b of inputs) await stages.cliJson(b);
  t['CLI line (run + JSON)'] = performance.now() - a;
  for (const k of Object.keys(t)) totals[k] = Math.min(totals[k], t[k]);
}
console.log(`\nengine by stage, one thread, warmed up (best of ${rounds} passes over ${inputs.length} files):`);
for (const [k, ms] of Object.entries(totals)) {
  console.log(
    `${k.padEnd(26)} ${(ms / inputs.length).toFixed(3).padStart(7)} ms/file ${(inputs.length / (ms / 1000)).toFixed(0).padStart(6)} files/s ${(bytes / 1048576 / (ms / 1000)).toFixed(2).padStart(6)} MB/s`,
  );
}
console.log(`(--json alone does not build the report: the report row is what --report adds)`);

// What a batch pays per file, cold then steady (the stage table above is the engine at its warmest).
const steady = spawnSync(process.execPath, [path.resolve('scripts/bench-steady.cjs'), String(copies), ...files], { encoding: 'utf8' });
process.stdout.write(steady.stdout ?? '');
if (steady.status !== 0) process.stderr.write(steady.stderr ?? '');
