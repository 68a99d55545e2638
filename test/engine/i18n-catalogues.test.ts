/**
 * Every shipped locale against English, the source of truth (issue #13): the same keys everywhere
 * (the engine's catalogue and the pane's words), every message valid ICU, and exactly the English
 * message's placeholders. A missing key is a compile error (checked below with @ts-expect-error,
 * so `npm run lint` fails if the types ever stop catching it) and a runtime failure here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { loadMessages, messages, run } from '../../src/engine';
import type { Catalogue } from '../../src/engine';
import { EN } from '../../src/engine/explain/messages/en';
import { DE } from '../../src/engine/explain/messages/de';
import { argumentsOf } from '../../src/engine/i18n/icu';
import { LOCALES, PSEUDO_LOCALES } from '../../src/engine/locale';
import type { Locale } from '../../src/engine/locale';
import { PANE_EN } from '../../src/taskpane/messages/en';
import type { PaneMessages } from '../../src/taskpane/messages/en';
import { PANE_DE } from '../../src/taskpane/messages/de';
import { flatten } from './i18n-compare';
import { loadPaneMessages } from '../../src/taskpane/messages';

// ---- Compile-time: a locale without a key does not type-check. ----
const { subjectOne: _droppedReport, ...reportWithoutOne } = DE.report;
// @ts-expect-error a report block without `subjectOne` is not a Catalogue's report
const brokenReport: Catalogue = { ...DE, report: reportWithoutOne };
const { 'ms-relay-pool': _droppedEntry, ...entriesWithoutOne } = DE.entries;
// @ts-expect-error an entries block without one catalogue entry is not a Catalogue
const brokenEntries: Catalogue = { ...DE, entries: entriesWithoutOne };
const { reportStepTitle: _droppedPane, ...paneWithoutOne } = PANE_DE;
// @ts-expect-error the pane's words without one key are not PaneMessages
const brokenPane: PaneMessages = paneWithoutOne;
void [brokenReport, brokenEntries, brokenPane];

/** Key paths present in one and not the other. */
function keyDifferences(reference: unknown, candidate: unknown): { missing: string[]; extra: string[] } {
  const a = flatten(reference);
  const b = flatten(candidate);
  return { missing: [...a.keys()].filter((k) => !b.has(k)), extra: [...b.keys()].filter((k) => !a.has(k)) };
}

/** Messages whose placeholders differ from English's, or that do not parse as ICU. */
function placeholderProblems(reference: unknown, candidate: unknown, locale: string): string[] {
  const en = flatten(reference);
  const problems: string[] = [];
  for (const [key, message] of flatten(candidate)) {
    const source = en.get(key);
    if (source === undefined) continue;
    try {
      new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
      const want = [...argumentsOf(source)].sort().join(',');
      const got = [...argumentsOf(message)].sort().join(',');
      if (want !== got) problems.push(`${key}: {${got}} instead of {${want}}`);
    } catch (e) {
      problems.push(`${key}: not valid ICU (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  return problems;
}

const SHIPPED = LOCALES.filter((l): l is Exclude<Locale, 'en'> => l !== 'en');

describe.each(SHIPPED)('%s', (locale) => {
  let catalogue: Catalogue;
  let pane: PaneMessages;
  beforeAll(async () => {
    catalogue = await loadMessages(locale);
    pane = await loadPaneMessages(locale);
  });

  test('the catalogue names its locale and has every English key, no more', () => {
    expect(catalogue.locale).toBe(locale);
    expect(keyDifferences(EN, catalogue)).toEqual({ missing: [], extra: [] });
    expect(keyDifferences(PANE_EN, pane)).toEqual({ missing: [], extra: [] });
  });

  test('every message is valid ICU with exactly the English placeholders', () => {
    expect(placeholderProblems(EN, catalogue, locale)).toEqual([]);
    expect(placeholderProblems(PANE_EN, pane, locale)).toEqual([]);
  });

  test('no message is left empty', () => {
    const empty = [...flatten(catalogue), ...flatten(pane)].filter(([, m]) => m.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  test('the glossary exists for the language', () => {
    const glossary = readFileSync(path.resolve(__dirname, `../../docs/glossary/${locale}.md`), 'utf8');
    expect(glossary.length).toBeGreaterThan(200);
  });
});

describe('the checks themselves can fail', () => {
  test('a dropped key and an added key are found', () => {
    const { greeting: _g, ...report } = DE.report;
    const changed = { ...DE, report: { ...report, surplus: 'x' } };
    expect(keyDifferences(EN, changed)).toEqual({ missing: ['report.greeting'], extra: ['report.surplus'] });
    const { steps: _s, ...entry } = DE.entries['ms-relay-pool'];
    expect(keyDifferences(EN, { ...DE, entries: { ...DE.entries, 'ms-relay-pool': entry } }).missing).toContain(
      'entries.ms-relay-pool.steps.0',
    );
  });

  test('a renamed, dropped or broken placeholder is found', () => {
    const renamed = { ...DE, report: { ...DE.report, subjectOne: 'Unzustellbar: {code} an {empfaenger}' } };
    expect(placeholderProblems(EN, renamed, 'de')).toEqual(['report.subjectOne: {code,empfaenger} instead of {code,recipient}']);
    const broken = { ...DE, report: { ...DE.report, subjectOne: 'Unzustellbar: {code an {recipient}' } };
    expect(placeholderProblems(EN, broken, 'de')[0]).toMatch(/^report\.subjectOne: not valid ICU/);
  });
});

describe('resolution and loading', () => {
  test('a variant reads its language; an unsupported language reads English', async () => {
    expect((await loadMessages('de-AT')).locale).toBe('de');
    expect((await loadMessages('pt-PT')).locale).toBe('pt-BR');
    expect((await loadMessages('zh-Hans-SG')).locale).toBe('zh-CN');
    expect((await loadMessages('zh-TW')).locale).toBe('en');
    expect((await loadMessages('ko-KR')).locale).toBe('en');
    expect(messages('de-CH').locale).toBe('de');
  });

  test('the pseudo-locales are generated from English with the same keys and placeholders', async () => {
    for (const tag of PSEUDO_LOCALES) {
      const c = await loadMessages(tag);
      expect(c.locale).toBe(tag);
      expect(keyDifferences(EN, c)).toEqual({ missing: [], extra: [] });
      expect(placeholderProblems(EN, c, 'en')).toEqual([]);
      expect(c.ui.whatHappened).not.toBe(EN.ui.whatHappened);
    }
  });
});

describe('the IT report', () => {
  const eml = readFileSync(path.resolve(__dirname, '../../assets/samples/ms-5.7.367-relay-pool.eml'));

  test.each(SHIPPED)('%s: worded in the language, the machine-readable block identical to English', async (locale) => {
    const options = { report: { timeZone: 'Europe/Berlin' } } as const;
    const en = await run(eml, { locale: 'en', ...options });
    const local = await run(eml, { locale, ...options });
    const c = await loadMessages(locale);
    expect(local.report).not.toBeNull();
    expect(local.report?.json).toBe(en.report?.json);
    expect(local.report?.text).toContain(c.report.greeting);
    expect(local.report?.text).not.toContain(EN.report.greeting);
    expect(local.report?.subject).toContain('5.7.367');
    // The explanation in the report is the locale's, not English's.
    expect(local.report?.text).toContain(c.entries['ms-relay-pool'].it[0] ?? '');
  });
});
