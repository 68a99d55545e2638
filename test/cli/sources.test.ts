import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inputs, isSeparatorLine, splitStream } from '../../src/cli/sources';
import type { Input } from '../../src/cli/sources';

async function all(gen: AsyncIterable<Input>): Promise<Input[]> {
  const out: Input[] = [];
  for await (const i of gen) out.push(i);
  return out;
}

const text = (i: Input | undefined): string =>
  i?.bytes === undefined ? `ERROR ${i?.error?.code ?? '?'}` : Buffer.from(i.bytes).toString('utf8');

const MBOX = [
  'From MAILER-DAEMON Mon Jan  1 00:00:00 2024',
  'Subject: one',
  '',
  'first body',
  '>From the start of a line, escaped',
  '',
  'From MAILER-DAEMON Tue Jan  2 10:11:12 2024',
  'Subject: two',
  '',
  'From here on an unescaped paragraph, not a separator',
  '',
  'From postmaster@example.com Wed Jan  3 23:59:59 2024',
  'Subject: three',
  '',
  'third',
  '',
].join('\n');

describe('mbox splitting', () => {
  test('separators need a preceding blank line and a time of day', () => {
    expect(isSeparatorLine('From MAILER-DAEMON Mon Jan  1 00:00:00 2024\n')).toBe(true);
    expect(isSeparatorLine('From here on an unescaped paragraph\n')).toBe(false);
    expect(isSeparatorLine('From: someone@example.com\n')).toBe(false);
  });

  test.each([1, 7, 64, 1 << 20])('three messages named #1..#3, escapes undone, whatever the chunk size (%i)', async (size) => {
    const bytes = Buffer.from(MBOX);
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
    const out = await all(splitStream('box', chunks, 1024));
    expect(out.map((i) => i.name)).toEqual(['box#1', 'box#2', 'box#3']);
    expect(text(out[0])).toBe('Subject: one\n\nfirst body\nFrom the start of a line, escaped\n');
    expect(text(out[1])).toContain('From here on an unescaped paragraph');
    expect(text(out[2])).toBe('Subject: three\n\nthird\n');
  });

  test('a single message keeps its name and its bytes exactly', async () => {
    const one = 'From MAILER-DAEMON Mon Jan  1 00:00:00 2024\nSubject: x\n\nbody\n';
    const out = await all(splitStream('single.txt', [Buffer.from(one)], 1024));
    expect(out).toHaveLength(1);
    expect(out[0]?.name).toBe('single.txt');
    expect(text(out[0])).toBe(one);
  });

  test('a message over the cap is its own error; the others are read', async () => {
    const big = MBOX.replace('first body', 'x'.repeat(5000));
    const out = await all(splitStream('box', [Buffer.from(big)], 1024));
    expect(out.map((i) => [i.name, i.error?.code ?? 'ok'])).toEqual([
      ['box#1', 'too-large'],
      ['box#2', 'ok'],
      ['box#3', 'ok'],
    ]);
  });
});

describe('inputs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ndr-sources-'));
    mkdirSync(path.join(dir, 'b', 'deeper'), { recursive: true });
    writeFileSync(path.join(dir, 'a.eml'), 'Subject: a\n\na\n');
    writeFileSync(path.join(dir, 'notes.log'), 'not a bounce');
    writeFileSync(path.join(dir, 'b', 'deeper', 'c.TXT'), 'pasted');
    writeFileSync(path.join(dir, 'b', 'box.mbox'), MBOX);
    // An .eml that starts with an envelope line is one message, never split.
    writeFileSync(path.join(dir, 'b', 'env.eml'), MBOX);
    symlinkSync(dir, path.join(dir, 'b', 'loop'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a directory is walked recursively in name order, by extension, without following directory links', async () => {
    const out = await all(inputs([dir]));
    expect(out.map((i) => path.relative(dir, i.name))).toEqual([
      'a.eml',
      path.join('b', 'box.mbox#1'),
      path.join('b', 'box.mbox#2'),
      path.join('b', 'box.mbox#3'),
      path.join('b', 'deeper', 'c.TXT'),
      path.join('b', 'env.eml'),
    ]);
  });

  test('standard input may be an mbox too', async () => {
    async function* stdin(): AsyncGenerator<Uint8Array> {
      // Arrives in pieces, like a pipe: the first is too short to tell an mbox.
      yield await Promise.resolve(Buffer.from(MBOX.slice(0, 3)));
      yield Buffer.from(MBOX.slice(3));
    }
    const out = await all(inputs(['-'], { stdin: stdin() }));
    expect(out.map((i) => i.name)).toEqual(['-#1', '-#2', '-#3']);
  });

  test('a missing file is an error input, and the walk goes on', async () => {
    const out = await all(inputs([path.join(dir, 'missing.eml'), path.join(dir, 'a.eml')]));
    expect(out.map((i) => i.error?.code ?? 'ok')).toEqual(['file-not-found', 'ok']);
  });
});
