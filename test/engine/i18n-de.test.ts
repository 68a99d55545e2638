/**
 * German catalogues against the English ones: the same key paths, every message valid ICU, and
 * exactly the English message's arguments (none added, none dropped).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { EN } from '../../src/engine/explain/messages/en';
import { DE } from '../../src/engine/explain/messages/de';
import { PANE_EN } from '../../src/taskpane/messages/en';
import { PANE_DE } from '../../src/taskpane/messages/de';
import { argumentsOf } from '../../src/engine/i18n/icu';

const LOCALE = 'de';

/** Every string leaf of a catalogue by its key path (`entries.backscatter.steps.0`). */
function leaves(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) for (const [p, s] of leaves(v, path === '' ? k : `${path}.${k}`)) out.set(p, s);
  return out;
}

const pairs: readonly [string, unknown, unknown][] = [
  ['engine', EN, DE],
  ['pane', PANE_EN, PANE_DE],
];

describe.each(pairs)('%s catalogue in German', (_name, english, translated) => {
  const en = leaves(english);
  const tr = leaves(translated);

  test('has exactly the English key paths', () => {
    expect([...tr.keys()].sort()).toEqual([...en.keys()].sort());
  });

  test('every message parses and keeps the English placeholders', () => {
    const wrong: string[] = [];
    for (const [path, source] of en) {
      if (path === 'locale') continue;
      const message = tr.get(path) ?? '';
      expect(() => new IntlMessageFormat(message, LOCALE, undefined, { ignoreTag: true })).not.toThrow();
      const mine = [...argumentsOf(message)].sort().join(',');
      const theirs = [...argumentsOf(source)].sort().join(',');
      if (mine !== theirs) wrong.push(`${path}: ${mine} vs ${theirs}`);
    }
    expect(wrong).toEqual([]);
  });

  test('no message is left in English', () => {
    // Short labels that are the same in both languages (codes, names, "Server") are allowed.
    const same = [...en].filter(([path, s]) => path !== 'locale' && s.length > 12 && tr.get(path) === s).map(([path]) => path);
    expect(same.filter((p) => !['ui.appTitle', 'report.tracePowerShell', 'report.originalMessageId', 'linkLabel'].includes(p))).toEqual([]);
  });
});

test('German locale tag', () => {
  expect(DE.locale).toBe('de');
});
