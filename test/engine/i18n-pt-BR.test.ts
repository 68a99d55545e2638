/**
 * The Brazilian Portuguese catalogues mirror the English ones: same key paths, same list lengths, every message
 * compiles as ICU and uses exactly the English message's arguments.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { argumentsOf } from '../../src/engine/i18n/icu';
import { EN } from '../../src/engine/explain/messages/en';
import { PT_BR } from '../../src/engine/explain/messages/pt-BR';
import { PANE_EN } from '../../src/taskpane/messages/en';
import { PANE_PT_BR } from '../../src/taskpane/messages/pt-BR';
import { compareCatalogues } from './i18n-compare';

const LOCALE = 'pt-BR';

test.each([
  ['engine catalogue', EN, PT_BR],
  ['pane messages', PANE_EN, PANE_PT_BR],
])('%s: same keys and arguments as English, valid ICU', (_name, english, localised) => {
  const { pairs, problems } = compareCatalogues(english, localised, (m) => [...argumentsOf(m)].sort());
  expect(problems).toEqual([]);
  expect(pairs.length).toBeGreaterThan(20);
  for (const [path, message] of pairs) {
    expect(() => new IntlMessageFormat(message, LOCALE, undefined, { ignoreTag: true })).not.toThrow();
    // A lone ASCII apostrophe can start ICU quoting; the catalogues use ’ instead.
    expect([path, message.includes("'")]).toEqual([path, false]);
  }
});

test('the locale tag is pt-BR', () => {
  expect(PT_BR.locale).toBe(LOCALE);
});

test('plurals follow Portuguese rules', () => {
  const f = (m: string, v: Record<string, number | string>): string =>
    new IntlMessageFormat(m, LOCALE, undefined, { ignoreTag: true }).format(v) as string;
  expect(f(PANE_PT_BR.summaryCount, { count: 1 })).toBe('1 destinatário');
  expect(f(PANE_PT_BR.summaryCount, { count: 3 })).toBe('3 destinatários');
  expect(f(PT_BR.report['truncated'] ?? '', { count: 2 })).toMatch(/^Mais 2 destinatários foram omitidos/);
});

test('Portuguese counts 0 and 1 as singular (CLDR pt), so the singular text must read well for both', () => {
  const f = (n: number): string => new IntlMessageFormat(PANE_PT_BR.summaryCount, LOCALE).format({ count: n }) as string;
  expect(f(0)).toBe('0 destinatário');
  expect(f(2)).toBe('2 destinatários');
});
