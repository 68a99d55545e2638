import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';

interface AsciiBundle {
  escapeNonAscii: (code: string) => string;
  nonAsciiTaggedTemplate: (name: string, code: string) => string | null;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the plugin is the build's CommonJS script
const { escapeNonAscii, nonAsciiTaggedTemplate } = require('../../scripts/ascii-bundle.cjs') as AsciiBundle;

const ROOT = path.resolve(__dirname, '../..');

describe('ASCII bundles for the CLI (scripts/ascii-bundle.cjs)', () => {
  // Strings, template text, regular expressions with and without the u flag (an astral character
  // becomes two escapes), identifiers and comments mean the same once escaped.
  const program = [
    '// Ünïcode in a comment',
    "const word = 'Empfänger unbekannt';",
    'const templ = `宛先 ${word.length}`;',
    'const astral = /^😀$/u.test("😀");',
    'const cls = /[äöü]+/.test("grüße");',
    'const ñame = "é";',
    '({ word, templ, astral, cls, ident: ñame, raw: String.raw`\\d+` })',
  ].join('\n');

  test('the escaped program is ASCII and evaluates to the same values', () => {
    const escaped = escapeNonAscii(program);
    expect(/[^\0-\x7F]/.test(escaped)).toBe(false);
    expect(escaped).not.toBe(program);
    expect(runInNewContext(escaped)).toEqual(runInNewContext(program));
  });

  test('a tagged template with non-ASCII text is refused (its raw value would change)', () => {
    expect(nonAsciiTaggedTemplate('a.js', program)).toBeNull();
    expect(nonAsciiTaggedTemplate('b.js', 'const x = 1;\nconst y = String.raw`ä`;')).toBe('2:11');
  });

  test('the built CLI bundles are pure ASCII', () => {
    const dir = path.join(ROOT, 'dist/cli');
    const bundles = readdirSync(dir).filter((f) => f.endsWith('.js'));
    expect(bundles).toEqual(expect.arrayContaining(['ndr-explain.js', 'worker.js', 'worker-engine.js']));
    for (const f of bundles) expect([f, /[^\0-\x7F]/.test(readFileSync(path.join(dir, f), 'latin1'))]).toEqual([f, false]);
  });
});
