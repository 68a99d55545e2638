/**
 * The French catalogues mirror the English ones: same key paths, every message valid ICU with exactly
 * the English message's arguments, and French typography (no ASCII apostrophe that ICU could take for
 * a quote; a no-break space before « : ; ? ! » as in Microsoft's French interface).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { argumentsOf } from '../../src/engine/i18n/icu';
import { EN } from '../../src/engine/explain/messages/en';
import { FR } from '../../src/engine/explain/messages/fr';
import { PANE_EN } from '../../src/taskpane/messages/en';
import { PANE_FR } from '../../src/taskpane/messages/fr';

type Leaf = [path: string, message: string];

function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path === '' ? k : `${path}.${k}`));
  return [];
}

const pairs: ReadonlyArray<readonly [string, unknown, unknown]> = [
  ['engine', EN, FR],
  ['pane', PANE_EN, PANE_FR],
];

describe.each(pairs)('%s catalogue (fr)', (_name, english, french) => {
  const en = new Map(leaves(english));
  const fr = new Map(leaves(french));

  test('has exactly the English key paths', () => {
    const enKeys = [...en.keys()].filter((k) => k !== 'locale').sort();
    const frKeys = [...fr.keys()].filter((k) => k !== 'locale').sort();
    expect(frKeys).toEqual(enKeys);
  });

  test('every message parses and uses exactly the English arguments', () => {
    const wrong: string[] = [];
    for (const [path, message] of fr) {
      const source = en.get(path);
      if (path === 'locale' || source === undefined) continue;
      expect(() => new IntlMessageFormat(message, 'fr', undefined, { ignoreTag: true })).not.toThrow();
      const a = [...argumentsOf(message)].sort().join(',');
      const b = [...argumentsOf(source)].sort().join(',');
      if (a !== b) wrong.push(`${path}: ${a} vs ${b}`);
    }
    expect(wrong).toEqual([]);
  });

  test('French typography: typographic apostrophes, no-break space before double punctuation', () => {
    for (const [path, message] of fr) {
      expect([path, /'/.test(message)]).toEqual([path, false]);
      expect([path, / [:;?!»%]|« /.test(message)]).toEqual([path, false]);
    }
  });

  test('messages that differ from English are not left untranslated', () => {
    // Brand names, codes and labels that are the same in both languages.
    const same = new Set(['Bounce Explainer', 'Codes', 'Code {code}', 'Message-ID\u00a0: {id}', 'Exchange Online PowerShell\u00a0:']);
    const untranslated = [...fr].filter(([path, m]) => path !== 'locale' && m === en.get(path) && !same.has(m)).map(([p]) => p);
    expect(untranslated).toEqual([]);
  });
});

test('French plurals: one covers 0 and 1', () => {
  const f = (m: string, v: Record<string, unknown>): string => new IntlMessageFormat(m, 'fr').format(v) as string;
  expect(f(PANE_FR.summaryCount, { count: 0 })).toBe('0 destinataire');
  expect(f(PANE_FR.summaryCount, { count: 2 })).toBe('2 destinataires');
  expect(f(FR.report['subjectMany'] ?? '', { code: '5.7.367', recipient: 'a@b.example', others: 1 })).toBe(
    'Non-remise\u00a0: 5.7.367 lors de l\u2019envoi à a@b.example et 1 autre destinataire',
  );
});
