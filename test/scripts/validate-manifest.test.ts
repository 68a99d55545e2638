import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const manifest = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

function validate(xml: string): { code: number | null; out: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
  const file = path.join(dir, 'manifest.xml');
  writeFileSync(file, xml);
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/validate-manifest.mjs'), file], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SKIP_ONLINE_VALIDATION: '1' },
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('npm run validate (offline part)', () => {
  test('the manifest passes', () => {
    const r = validate(manifest);
    expect(r.out).toMatch(/offline checks passed/);
    expect(r.code).toBe(0);
  });
  test.each([
    [
      'elements out of schema order',
      manifest.replace(/(<Version>[^<]+<\/Version>)\s*(<ProviderName>[^<]+<\/ProviderName>)/, '$2$1'),
      /out of schema order/,
    ],
    ['a missing icon file', manifest.replace('assets/icon-80.png"/>', 'assets/icon-81.png"/>'), /icon file missing/],
    [
      'too much permission',
      manifest.replace('<Permissions>ReadWriteItem</Permissions>', '<Permissions>ReadWriteMailbox</Permissions>'),
      /higher than ReadWriteItem/,
    ],
    ['a duplicate control id', manifest.replace('id="bounceComposeButton"', 'id="bounceReadButton"'), /used twice/],
    ['a dangling resid', manifest.replace('resid="Read.Tooltip"', 'resid="Read.Nope"'), /has no resource/],
    [
      'a URL on another origin',
      manifest.replace('https://localhost:3000/commands.html', 'https://other.example/commands.html'),
      /several origins/,
    ],
    ['broken XML', manifest.replace('</Hosts>', ''), /not well-formed/],
  ])('fails for %s', (_name, xml, message) => {
    const r = validate(xml);
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(message);
  });
});
