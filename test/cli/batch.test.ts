/**
 * The CLI on batches, as users run it (the built bundle, a child process): the same output with
 * one worker and with several, one line per input, directories, mbox files and standard input,
 * and the options that scripts rely on.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CORPUS } from '../engine/corpus-helpers';

const CLI = path.resolve(__dirname, '../../dist/cli/ndr-explain.js');

function cli(args: string[], input?: string | Buffer): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (s: string): string[] => s.split('\n').filter((l) => l !== '');
const field = (l: string, k: 'file' | 'kind'): string => (JSON.parse(l) as Record<string, string>)[k] ?? '';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ndr-batch-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ndr-explain batches', () => {
  test('the whole corpus as a directory: one line per file, identical with --jobs 1, --jobs 2 and the default', () => {
    const one = cli(['--json', '--jobs', '1', CORPUS]);
    const two = cli(['--json', '--jobs', '2', CORPUS]);
    const auto = cli(['--json', CORPUS]);
    const n = lines(one.stdout).length;
    expect(n).toBeGreaterThanOrEqual(565);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(auto.stdout).toBe(one.stdout);
    // Input order is the walk's: sorted by path.
    const files = lines(one.stdout).map((l) => field(l, 'file'));
    expect(files).toEqual([...files].sort());
  });

  test('an mbox: each message its own line as FILE#n, same analysis as the message alone', () => {
    const a = readFileSync(path.join(CORPUS, 'bounces', 'lhost-postfix-01.eml'), 'utf8');
    const b = readFileSync(path.join(CORPUS, 'bounces', 'lhost-qmail-02.eml'), 'utf8');
    const envelope = (s: string): string => `From MAILER-DAEMON Mon Jan  1 00:00:00 2024\n${s.replace(/^From /gm, '>From ')}\n`;
    const box = path.join(dir, 'bounces.mbox');
    writeFileSync(box, envelope(a) + envelope(b));
    const r = cli(['--json', box]);
    const out = lines(r.stdout);
    expect(out.map((l) => field(l, 'file'))).toEqual([`${box}#1`, `${box}#2`]);
    const alone = lines(cli(['--json', path.join(CORPUS, 'bounces', 'lhost-qmail-02.eml')]).stdout)[0] ?? '';
    const strip = (l: string): unknown => ({ ...(JSON.parse(l) as object), file: null });
    expect(strip(out[1] ?? '{}')).toEqual(strip(alone));
    // The same mbox on standard input.
    const piped = cli(['--json', '-'], envelope(a) + envelope(b));
    expect(lines(piped.stdout).map((l) => field(l, 'file'))).toEqual(['-#1', '-#2']);
  });

  test('--help and --version exit 0; a bad --jobs or an unknown option is a usage error (2); a missing input exits 1', () => {
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--jobs N/);
    const version = cli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^ndr-explain \d+\.\d+\.\d+/);
    for (const bad of [
      ['--jobs', '0', CORPUS],
      ['--jobs', 'two', CORPUS],
      ['--frobnicate', CORPUS],
    ]) {
      const r = cli(bad);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
    }
    const missing = cli(['--json', path.join(dir, 'nope.eml'), path.join(CORPUS, 'bounces', 'lhost-postfix-01.eml')]);
    expect(missing.code).toBe(1);
    expect(lines(missing.stdout)).toHaveLength(2);
  });

  test('progress stays off when standard error is not a terminal', () => {
    const r = cli(['--json', CORPUS]);
    expect(r.stderr).toBe('');
  });
  test('the main bundle carries no engine: its fallback wording comes from the worker bundle beside it', () => {
    const main = readFileSync(CLI, 'utf8');
    // The engine (catalogues, decoders, postal-mime) is in the workers' bundle only.
    expect(main.length).toBeLessThan(300 * 1024);
    expect(main).not.toContain('class PostalMime');
    expect(main).not.toContain('IntlMessageFormat');
    expect(main).toContain('require("./worker-engine.js")');
    // What the main thread loads when no worker would start: the same answer the workers give.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the built bundle, as the CLI loads it
    const worker = require(path.join(path.dirname(CLI), 'worker-engine.js')) as {
      answer: (
        job: { name: string; error: { code: string; values: object } },
        shared: object,
      ) => Promise<{ text: string; failed: boolean }>;
    };
    return worker
      .answer(
        { name: 'x.eml', error: { code: 'file-unreadable', values: { file: 'x.eml' } } },
        { request: { locale: 'en' }, output: { json: true, report: false } },
      )
      .then((a) => {
        expect(a.failed).toBe(true);
        const line = JSON.parse(a.text) as Record<string, unknown>;
        expect(line.file).toBe('x.eml');
        expect(line.errorCode).toBe('file-unreadable');
      });
  });
});
