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
  return out
    .join('')
    .split('\n')
    .filter((l) => l !== '');
}

describe('ndr-explain --json', () => {
  test('one line per input in input order, a bad file gets its own error line', async () => {
    const good = path.join(CORPUS, 'bounces', 'lhost-postfix-01.eml');
    const lines = await run(['--json', good, '/nonexistent/file.eml', good]);
    expect(lines).toHaveLength(3);
    const parsed = lines.map(
      (l) => JSON.parse(l) as { file: string; kind: string; error?: string; recipients: Array<{ address: string }> },
    );
    expect(parsed[0]?.file).toBe(good);
    expect(parsed[0]?.kind).toBe('bounce');
    expect(parsed[1]).toMatchObject({ file: '/nonexistent/file.eml', kind: 'not-bounce' });
    expect(parsed[1]?.error).toMatch(/not found/);
    expect(parsed[2]?.recipients[0]?.address).toBe('r@p351355.pool.example.ne.jp');
  });

  test('the human summary leads with the title, who must act and the steps', async () => {
    const lines = await run([path.join(CORPUS, 'bounces', 'lhost-qmail-02.eml')]);
    const text = lines.join('\n');
    expect(lines[1]).toBe('  The address does not exist');
    expect(lines[2]).toMatch(/^ {2}Who must act: You/);
    expect(text).toMatch(/1\. Check the spelling/);
    expect(text).toMatch(/userunknown@example\.jp \[550 5\.1\.1\] \(userunknown\)/);
  });

  test('--json adds an explanation to every recipient; --report adds the report', async () => {
    const plain = JSON.parse((await run(['--json', path.join(CORPUS, 'bounces', 'lhost-qmail-02.eml')]))[0] ?? '{}') as object;
    expect(plain).not.toHaveProperty('report');
    const lines = await run(['--json', '--report', path.join(CORPUS, 'bounces', 'lhost-qmail-02.eml')]);
    const o = JSON.parse(lines[0] ?? '{}') as {
      backscatter: boolean;
      report: { subject: string; html: string };
      recipients: Array<{ explanation: { owner: string; steps: string[]; title: string } }>;
    };
    expect(o.backscatter).toBe(false);
    expect(o.report.subject).toBe('Bounce: 550 5.1.1 sending to userunknown@example.jp and 1 other');
    expect(o.recipients.every((r) => r.explanation.owner === 'you' && r.explanation.steps.length > 0)).toBe(true);
  });
});
