/**
 * The CLI against hostile input, run as users run it (the built bundle, a child process): one line
 * per input whatever the file, budgets enforced by worker threads, only regular files read, and
 * exit codes that tell a script what happened.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NodeWorkerPool } from '../../src/worker/node';
import { CORPUS } from '../engine/corpus-helpers';
import { CRAFTED_MSG, craftedMsg } from '../hostile/crafted';

const CLI = path.resolve(__dirname, '../../dist/cli/ndr-explain.js');
const GOOD = path.join(CORPUS, 'bounces', 'lhost-postfix-01.eml');
const GOOD2 = path.join(CORPUS, 'bounces', 'lhost-qmail-02.eml');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ndr-hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], input?: Buffer): { code: number | null; lines: string[]; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 60_000 });
  return { code: r.status, lines: r.stdout.split('\n').filter((l) => l !== ''), stderr: r.stderr };
}

const parse = (l: string): { file: string; kind: string; error?: string; recipients: unknown[] } =>
  JSON.parse(l) as { file: string; kind: string; error?: string; recipients: unknown[] };

describe('ndr-explain on hostile files', () => {
  test('a looping .msg between two good files: three lines, both good files read, exit 1', () => {
    const loop = path.join(dir, 'loop.msg');
    writeFileSync(loop, craftedMsg('dir-tree-loop'));
    const r = cli(['--json', GOOD, loop, GOOD2]);
    expect(r.lines).toHaveLength(3);
    const [a, b, c] = r.lines.map(parse);
    expect(a).toMatchObject({ file: GOOD, kind: 'bounce' });
    expect(b?.error).toMatch(/damaged or crafted/);
    expect(c).toMatchObject({ file: GOOD2, kind: 'bounce' });
    expect(r.code).toBe(1);
  });

  test('every crafted .msg answers with exactly one error line', () => {
    const files = CRAFTED_MSG.map((k) => {
      const f = path.join(dir, `${k}.msg`);
      writeFileSync(f, craftedMsg(k));
      return f;
    });
    const r = cli(['--json', ...files]);
    expect(r.lines).toHaveLength(files.length);
    for (const l of r.lines) expect(parse(l).error).toMatch(/damaged or crafted/);
  });

  test('only regular files are read: FIFO and device each get their line; a directory is walked', () => {
    const sub = path.join(dir, 'sub');
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, 'pasted.txt'), 'not a bounce at all\n');
    const fifo = path.join(dir, 'fifo');
    spawnSync('mkfifo', [fifo]);
    const zero = path.join(dir, 'zero.eml');
    symlinkSync('/dev/zero', zero);
    // A FIFO and a device inside a walked directory are refused the same way.
    symlinkSync('/dev/zero', path.join(sub, 'zero.eml'));
    const r = cli(['--json', sub, fifo, zero, GOOD]);
    expect(r.lines.map((l) => [parse(l).file, parse(l).error ?? 'ok'])).toEqual([
      [path.join(sub, 'pasted.txt'), 'ok'],
      [path.join(sub, 'zero.eml'), expect.stringMatching(/not a regular file/)],
      [fifo, expect.stringMatching(/not a regular file/)],
      [zero, expect.stringMatching(/not a regular file/)],
      [GOOD, 'ok'],
    ]);
    expect(r.code).toBe(1);
  });

  test('the size cap is checked before reading (a sparse 1 GB file is refused at once)', () => {
    const big = path.join(dir, 'big.eml');
    writeFileSync(big, '');
    spawnSync('truncate', ['-s', '1G', big]);
    const r = cli(['--json', big]);
    expect(parse(r.lines[0] ?? '{}').error).toMatch(/1024 MB; the limit is 64 MB/);
    expect(r.code).toBe(1);
  });

  test('standard input over the cap is refused, never cut', () => {
    const r = cli(['--json', '-'], Buffer.alloc(64 * 1024 * 1024 + 10, 0x61));
    expect(parse(r.lines[0] ?? '{}').error).toMatch(/standard input is over the 64 MB limit/i);
    expect(r.code).toBe(1);
  });

  test('usage errors exit 2; `--` ends options; all good exits 0', () => {
    expect(cli(['--bogus', GOOD]).code).toBe(2);
    expect(cli([]).code).toBe(2);
    expect(cli(['--help']).code).toBe(0);
    const dash = path.join(dir, '--json');
    writeFileSync(dash, 'not a bounce at all\n');
    const r = cli(['--json', '--', dash, GOOD]);
    expect(r.lines.map((l) => parse(l).file)).toEqual([dash, GOOD]);
    expect(r.code).toBe(0);
  });
});

describe('worker pool budgets', () => {
  /** A worker script speaking the pool's batch protocol; `body` handles one item `m` and may post nothing. */
  const script = (name: string, body: string): string => {
    const f = path.join(dir, name);
    writeFileSync(
      f,
      `const { parentPort, workerData } = require('node:worker_threads');
parentPort.on('message', ({ batch }) => {
  const results = [];
  batch.forEach((m, i) => {
    Atomics.store(workerData.progress, 0, BigInt(i));
    Atomics.store(workerData.progress, 1, BigInt(Date.now()));
    ${body}
    results.push(m);
  });
  parentPort.postMessage({ results });
});\n`,
    );
    return f;
  };

  test('a runaway request is stopped at its time limit and the next one is answered', async () => {
    const f = script('spin.js', `if (m === 'spin') for (;;) {}`);
    const pool = new NodeWorkerPool<string, string>({ script: f, timeLimitMs: 300 });
    try {
      const [a, b] = await Promise.all([pool.submit('spin'), pool.submit('fine')]);
      expect(a).toMatchObject({ ok: false, failure: 'timeout' });
      expect(b).toMatchObject({ ok: true, value: 'fine' });
    } finally {
      await pool.close();
    }
  });

  test('inside a batch, only the runaway item fails; the items before and after it are answered', async () => {
    const f = script('spin-batch.js', `if (m === 'spin') for (;;) {}`);
    const pool = new NodeWorkerPool<string, string>({ script: f, timeLimitMs: 300, batchSize: 8 });
    try {
      const answers = await Promise.all(['a', 'b', 'spin', 'c', 'd'].map((m) => pool.submit(m)));
      expect(answers).toEqual([
        { ok: true, value: 'a' },
        { ok: true, value: 'b' },
        { ok: false, failure: 'timeout' },
        { ok: true, value: 'c' },
        { ok: true, value: 'd' },
      ]);
    } finally {
      await pool.close();
    }
  });

  test('a request that exhausts the heap limit fails as memory, and the pool goes on', async () => {
    const f = script('hog.js', `if (m === 'hog') { const a = []; for (;;) a.push(new Array(1e5).fill(Math.random())); }`);
    const pool = new NodeWorkerPool<string, string>({ script: f, timeLimitMs: 20_000, heapMb: 32 });
    try {
      expect(await pool.submit('hog')).toMatchObject({ ok: false, failure: 'memory' });
      expect(await pool.submit('fine')).toMatchObject({ ok: true, value: 'fine' });
    } finally {
      await pool.close();
    }
  });
});
