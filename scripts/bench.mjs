// npm run bench (part 1): throughput of `ndr-explain --json` end to end (process start included)
// with one worker and with the default (one per core), files/s, MB/s and peak RSS; then the engine
// stage by stage in one process (MIME, analysis, explanation, report) next to a bare postal-mime
// parse. Timings live here, never in tests.
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

/** One CLI run: wall ms, and peak RSS in KB when /usr/bin/time is there. */
function cli(cliArgs) {
  const withTime = existsSync(TIME);
  const cmd = withTime ? TIME : process.execPath;
  const argv = withTime ? ['-f', '%M', process.execPath, CLI, ...cliArgs] : [CLI, ...cliArgs];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const lines = r.stdout.split('\n').filter((l) => l !== '').length;
  const rss = withTime ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { ms, lines, rss };
}

function report(label, inputs, totalBytes, cliArgs, rounds = 3) {
  let best = null;
  for (let i = 0; i < rounds; i++) {
    const r = cli(cliArgs);
    if (best === null || r.ms < best.ms) best = r;
  }
  const s = best.ms / 1000;
  console.log(
    `${label.padEnd(34)} ${(inputs / s).toFixed(0).padStart(6)} files/s ${(totalBytes / 1048576 / s).toFixed(2).padStart(6)} MB/s  ${best.ms.toFixed(0).padStart(6)} ms  peak RSS ${Number.isNaN(best.rss) ? '?' : `${(best.rss / 1024).toFixed(0)} MB`}  lines ${best.lines}/${inputs}`,
  );
}

console.log('\nndr-explain --json, end to end with process start (best of 3):');
report('corpus, --jobs 1', files.length, bytes, ['--json', '--jobs', '1', ...files]);
report(`corpus, default (--jobs ${availableParallelism()})`, files.length, bytes, ['--json', ...files]);
const batch = mkdtempSync(path.join(tmpdir(), 'ndr-bench-'));
try {
  for (let i = 0; i < copies; i++) cpSync(corpus, path.join(batch, `copy${i}`), { recursive: true, filter: (f) => !f.endsWith('.json') });
  const n = emlFiles(batch).length;
  report(`${copies} copies (dir), --jobs 1`, n, bytes * copies, ['--json', '--jobs', '1', batch]);
  report(`${copies} copies (dir), default`, n, bytes * copies, ['--json', batch]);
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
