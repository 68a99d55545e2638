/**
 * The Spanish catalogues mirror the English ones: same key paths, same list lengths, every message
 * compiles as ICU and uses exactly the English message's arguments.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { argumentsOf } from '../../src/engine/i18n/icu';
import { EN } from '../../src/engine/explain/messages/en';
import { ES } from '../../src/engine/explain/messages/es';
import { PANE_EN } from '../../src/taskpane/messages/en';
import { PANE_ES } from '../../src/taskpane/messages/es';
import { compareCatalogues } from './i18n-compare';

const LOCALE = 'es';

test.each([
  ['engine catalogue', EN, ES],
  ['pane messages', PANE_EN, PANE_ES],
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

test('the locale tag is es', () => {
  expect(ES.locale).toBe(LOCALE);
});

test('plurals follow Spanish rules', () => {
  const f = (m: string, v: Record<string, number | string>): string =>
    new IntlMessageFormat(m, LOCALE, undefined, { ignoreTag: true }).format(v) as string;
  expect(f(PANE_ES.summaryCount, { count: 1 })).toBe('1 destinatario');
  expect(f(PANE_ES.summaryCount, { count: 3 })).toBe('3 destinatarios');
  expect(f(ES.report['truncated'] ?? '', { count: 2 })).toMatch(/^Se omitieron 2 destinatarios más/);
});
