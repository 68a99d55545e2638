/**
 * The pane's JavaScript budget (issues #7 and #13): everything fetched before the first verdict at
 * most 300 KB gzipped — the pane's bundle (and the script that starts its worker early), the engine's Web Worker and the user's language chunk,
 * counted with the largest locale. The playground is not shipped to Outlook; readers for HTML input,
 * `.msg` files and attached messages are lazy chunks fetched only for such input.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { LOCALES } from '../src/engine/locale';

const DIST = path.resolve(__dirname, '../dist');
const BUDGET = 300 * 1024;

function gzipped(file: string): number {
  const full = path.join(DIST, file);
  if (!existsSync(full)) throw new Error(`dist/${file} is missing: run \`npm run build\` first (npm test does).`);
  return gzipSync(readFileSync(full), { level: 9 }).length;
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

test('first verdict: engine-start.js + taskpane.js + engine-worker.js + the largest locale chunk ≤ 300 KB gzipped', () => {
  // engine-start.js: the few hundred bytes that start the worker from the page's head.
  const pane = gzipped('taskpane.js') + gzipped('engine-start.js');
  const worker = gzipped('engine-worker.js');
  const locales = LOCALES.filter((l) => l !== 'en').map((l) => ({ locale: l, size: gzipped(`locale-${l}.js`) }));
  const largest = locales.reduce((a, b) => (b.size > a.size ? b : a));
  const total = pane + worker + largest.size;
  console.log(
    `first verdict: engine-start.js + taskpane.js ${kb(pane)} + engine-worker.js ${kb(worker)} + locale-${largest.locale}.js ${kb(largest.size)} = ${kb(total)} gzipped\n` +
      `locale chunks: ${locales.map((l) => `${l.locale} ${kb(l.size)}`).join(', ')}`,
  );
  expect(total).toBeLessThanOrEqual(BUDGET);
});

test('every shipped language has its own chunk; no language is in the main bundles', () => {
  const chunks = readdirSync(DIST).filter((f) => /^locale-.*\.js$/.test(f));
  for (const l of LOCALES.filter((x) => x !== 'en')) expect(chunks).toContain(`locale-${l}.js`);
  // A sentence only the German catalogue has must not be in the pane's or the worker's bundle.
  const german = 'Wer handeln muss';
  expect(readFileSync(path.join(DIST, 'locale-de.js'), 'utf8')).toContain(german);
  for (const main of ['taskpane.js', 'engine-worker.js']) expect(readFileSync(path.join(DIST, main), 'utf8')).not.toContain(german);
  // English stays in the pane's main bundle as the source of truth.
  expect(readFileSync(path.join(DIST, 'taskpane.js'), 'utf8')).toContain('Who must act');
});

test('the citations of words and rules stay in the source, not in the worker (scripts/strip-citations.cjs)', () => {
  // A citation every lexicon has, next to the word it cites: the word ships, the citation does not.
  const source = readFileSync(path.resolve(__dirname, '../src/engine/lexicon/de.ts'), 'utf8');
  expect(source).toContain('source: "Exchange NDR subject \'Unzustellbar:\'"');
  const worker = readFileSync(path.join(DIST, 'engine-worker.js'), 'utf8');
  expect(worker).toContain('unzustellbar');
  expect(worker).not.toContain('Exchange NDR subject');
  expect(worker).not.toContain('from knowledge, not verified against a sample');
  // A citation written as a template over the file's constants (reason/phrases-peers.ts) goes too.
  expect(readFileSync(path.resolve(__dirname, '../src/engine/reason/phrases-peers.ts'), 'utf8')).toContain('source: `${KUMO}');
  expect(worker).not.toContain('KumoMTA');
  // The phrase families' sample lines are read by their test only.
  expect(readFileSync(path.resolve(__dirname, '../src/engine/reason/families.ts'), 'utf8')).toContain(
    'Sender address has been blacklisted',
  );
  expect(worker).not.toContain('Sender address has been blacklisted');
});

test('no ICU parser in the bundles that reach the first verdict (scripts/precompile-messages.cjs, webpack.pane.js)', () => {
  // Strings only the parser's files hold: an error kind of the message parser (error.js, which only
  // parser.js imports), a number-skeleton error of @formatjs/icu-skeleton-parser, and a region's
  // hour cycles from the parser's time data (time-data.generated.js) as the minifier writes them
  // (each was in taskpane.js and engine-worker.js before the precompile).
  const parser = path.dirname(require.resolve('@formatjs/icu-messageformat-parser/package.json'));
  const markers = [
    {
      file: path.join(parser, 'lib/error.js'),
      source: 'INVALID_PLURAL_ARGUMENT_OFFSET_VALUE',
      minified: 'INVALID_PLURAL_ARGUMENT_OFFSET_VALUE',
    },
    {
      file: require.resolve('@formatjs/icu-skeleton-parser/lib/number.js', { paths: [parser] }),
      source: 'Malformed concise',
      minified: 'Malformed concise',
    },
    { file: path.join(parser, 'lib/time-data.generated.js'), source: '"AC": [', minified: 'AC:["H","h","hb","hB"]' },
  ];
  for (const m of markers) expect(readFileSync(m.file, 'utf8')).toContain(m.source);
  const shipped = ['taskpane.js', 'engine-start.js', 'engine-worker.js', ...readdirSync(DIST).filter((f) => /^locale-.*\.js$/.test(f))];
  for (const file of shipped) {
    const code = readFileSync(path.join(DIST, file), 'utf8');
    for (const m of markers) expect([file, m.minified, code.includes(m.minified)]).toEqual([file, m.minified, false]);
  }
  // The catalogues arrive parsed: an English plural as elements, not as its ICU text.
  const pane = readFileSync(path.join(DIST, 'taskpane.js'), 'utf8');
  expect(pane).not.toContain('{count, plural, one {# recipient} other {# recipients}}');
  expect(pane).toContain('pluralType:"cardinal"');
});

test('the production pane loads only Office.js from elsewhere', () => {
  const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  const external = [...html.matchAll(/(?:src|href)=["']?(https?:[^"'\s>]+)/g)].map((m) => m[1]);
  expect(external).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
});
