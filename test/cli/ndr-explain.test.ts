import path from 'node:path';
import { main } from '../../src/cli/ndr-explain';
import { CORPUS } from '../engine/corpus-helpers';

async function run(args: string[]): Promise<string[]> {
  const out: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  try {
    await main(args);
  } finally {
    spy.mockRestore();
  }
  return out.join('').split('\n').filter((l) => l !== '');
}

describe('ndr-explain --json', () => {
  test('one line per input in input order, a bad file gets its own error line', async () => {
    const good = path.join(CORPUS, 'bounces', 'lhost-postfix-01.eml');
    const lines = await run(['--json', good, '/nonexistent/file.eml', good]);
    expect(lines).toHaveLength(3);
    const parsed = lines.map((l) => JSON.parse(l) as { file: string; kind: string; error?: string; recipients: Array<{ address: string }> });
    expect(parsed[0]?.file).toBe(good);
    expect(parsed[0]?.kind).toBe('bounce');
    expect(parsed[1]).toMatchObject({ file: '/nonexistent/file.eml', kind: 'not-bounce' });
    expect(parsed[1]?.error).toMatch(/not found/);
    expect(parsed[2]?.recipients[0]?.address).toBe('r@p351355.pool.example.ne.jp');
  });

  test('the human summary names recipient, reason and codes', async () => {
    const lines = await run([path.join(CORPUS, 'bounces', 'lhost-qmail-02.eml')]);
    expect(lines.join('\n')).toMatch(/userunknown@example\.jp: userunknown \[550 5\.1\.1\]/);
  });
});
