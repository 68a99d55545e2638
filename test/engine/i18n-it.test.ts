/**
 * The Italian catalogues against the English ones: same key paths, every message valid ICU, the
 * same arguments as the English message at the same path, no ASCII apostrophe (it can start
 * quoting in ICU), and no English sentence left by mistake.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { argumentsOf } from '../../src/engine/i18n/icu';
import { EN } from '../../src/engine/explain/messages/en';
import { IT } from '../../src/engine/explain/messages/it';
import { PANE_EN } from '../../src/taskpane/messages/en';
import { PANE_IT } from '../../src/taskpane/messages/it';

/** Every string leaf of a catalogue, by its key path (array items by index). */
function leaves(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (v: unknown, p: string): void => {
    if (typeof v === 'string') out.set(p, v);
    else if (Array.isArray(v)) v.forEach((item, i) => walk(item, `${p}[${i}]`));
    else if (v !== null && typeof v === 'object') for (const [k, child] of Object.entries(v)) walk(child, p === '' ? k : `${p}.${k}`);
  };
  walk(value, path);
  return out;
}

const pairs: ReadonlyArray<[string, Map<string, string>, Map<string, string>]> = [
  ['engine', leaves(EN), leaves(IT)],
  ['pane', leaves(PANE_EN), leaves(PANE_IT)],
];

describe.each(pairs)('%s catalogue (it)', (_name, en, it) => {
  test('has exactly the English key paths', () => {
    const enKeys = [...en.keys()].filter((k) => k !== 'locale').sort();
    const itKeys = [...it.keys()].filter((k) => k !== 'locale').sort();
    expect(itKeys).toEqual(enKeys);
  });

  test('every message parses and uses exactly the English arguments', () => {
    const wrong: string[] = [];
    for (const [path, english] of en) {
      if (path === 'locale') continue;
      const italian = it.get(path) ?? '';
      expect(() => new IntlMessageFormat(italian, 'it', undefined, { ignoreTag: true })).not.toThrow();
      const a = [...argumentsOf(italian)].sort().join(',');
      const b = [...argumentsOf(english)].sort().join(',');
      if (a !== b) wrong.push(`${path}: ${a} vs ${b}`);
    }
    expect(wrong).toEqual([]);
  });

  test('no ASCII apostrophe and no English left by mistake', () => {
    const bad: string[] = [];
    // Common English words that have no place in Italian prose. Lower case only: header names (From,
    // Sender) stay as Outlook shows them. Argument names and host names are dropped word by word first.
    const english = new Set([
      'the',
      'and',
      'your',
      'you',
      'with',
      'not',
      'this',
      'that',
      'from',
      'check',
      'send',
      'message',
      'recipient',
      'sender',
      'again',
      'please',
    ]);
    const allowed =
      /Message-ID|Message not accepted|Envelope blocked|Administrative prohibition|Anti-Spoofing policy|Tenant Allow\/Block List|sender support|Sender Hub|MAIL FROM|relay pool|suppression list|Rich Text/g;
    for (const [path, text] of it) {
      if (path === 'locale') continue;
      if (text.includes("'")) bad.push(`${path}: ASCII apostrophe`);
      const words = text
        .replace(allowed, ' ')
        .split(/\s+/)
        .filter((w) => !w.includes('{') && !/\w\.\w/.test(w))
        .flatMap((w) => w.split(/[^a-z]+/));
      if (words.some((w) => english.has(w))) bad.push(`${path}: ${text}`);
    }
    expect(bad).toEqual([]);
  });
});

test('Italian plurals format', () => {
  const one = new IntlMessageFormat(PANE_IT.summaryCount, 'it').format({ count: 1 });
  const many = new IntlMessageFormat(PANE_IT.summaryCount, 'it').format({ count: 3 });
  expect([one, many]).toEqual(['1 destinatario', '3 destinatari']);
  expect(IT.locale).toBe('it');
});
