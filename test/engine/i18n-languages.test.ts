/**
 * What each language needs beyond the shared checks of `i18n-catalogues.test.ts` (same keys, valid
 * ICU, the English placeholders): one table, a row per shipped language. Every row is held to the
 * same rules (no ASCII apostrophe, no English prose left behind, the language's plural rules) and
 * may add its own typography.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { loadMessages } from '../../src/engine';
import type { Catalogue } from '../../src/engine';
import { EN } from '../../src/engine/explain/messages/en';
import { LOCALES } from '../../src/engine/locale';
import type { Locale } from '../../src/engine/locale';
import { loadPaneMessages } from '../../src/taskpane/messages';
import type { PaneMessages } from '../../src/taskpane/messages';
import { PANE_EN } from '../../src/taskpane/messages/en';
import { flatten, literalText, sourceOf } from './i18n-compare';

type Shipped = Exclude<Locale, 'en'>;

/** One formatted message and the text it must give. */
interface PluralCase {
  readonly message: (c: Catalogue, p: PaneMessages) => string;
  readonly values: Record<string, string | number>;
  readonly expected: string | RegExp;
}

interface Language {
  readonly locale: Shipped;
  /** CJK languages need their own script in every message that has words; Latin ones are checked for English words. */
  readonly script: 'latin' | 'cjk';
  readonly plurals: readonly PluralCase[];
  /** The language's own typography rule, if any: returns what is wrong with one message. */
  readonly typography?: (message: string) => string | null;
}

const count = (n: number): Record<string, number> => ({ count: n });
const summaryCount = (_c: Catalogue, p: PaneMessages): string => sourceOf(p.summaryCount);
const truncated = (c: Catalogue): string => sourceOf(c.report['truncated'] ?? '');
const summaryLine = (c: Catalogue): string => sourceOf(c.report['summaryLine'] ?? '');

const LANGUAGES: readonly Language[] = [
  {
    locale: 'de',
    script: 'latin',
    plurals: [
      { message: summaryCount, values: count(1), expected: '1 Empfänger' },
      { message: summaryCount, values: count(3), expected: '3 Empfänger' },
    ],
  },
  {
    locale: 'fr',
    script: 'latin',
    plurals: [
      // CLDR French: `one` covers 0 and 1.
      { message: summaryCount, values: count(0), expected: '0 destinataire' },
      { message: summaryCount, values: count(2), expected: '2 destinataires' },
      {
        message: (c) => sourceOf(c.report['subjectMany'] ?? ''),
        values: { code: '5.7.367', recipient: 'a@b.example', others: 1 },
        expected: 'Non-remise\u00a0: 5.7.367 lors de l\u2019envoi à a@b.example et 1 autre destinataire',
      },
    ],
    // As in Microsoft's French interface: a no-break space before : ; ? ! » and after «.
    typography: (m) => (/ [:;?!»%]|« /.test(m) ? 'ordinary space around double punctuation' : null),
  },
  {
    locale: 'es',
    script: 'latin',
    plurals: [
      { message: summaryCount, values: count(1), expected: '1 destinatario' },
      { message: summaryCount, values: count(3), expected: '3 destinatarios' },
      { message: truncated, values: count(2), expected: /^Se omitieron 2 destinatarios más/ },
    ],
  },
  {
    locale: 'it',
    script: 'latin',
    plurals: [
      { message: summaryCount, values: count(1), expected: '1 destinatario' },
      { message: summaryCount, values: count(3), expected: '3 destinatari' },
    ],
  },
  {
    locale: 'nl',
    script: 'latin',
    plurals: [
      { message: summaryCount, values: count(1), expected: '1 geadresseerde' },
      { message: summaryCount, values: count(3), expected: '3 geadresseerden' },
    ],
  },
  {
    locale: 'pt-BR',
    script: 'latin',
    plurals: [
      // CLDR Portuguese: `one` covers 0 and 1, so the singular text must read well for both.
      { message: summaryCount, values: count(0), expected: '0 destinatário' },
      { message: summaryCount, values: count(1), expected: '1 destinatário' },
      { message: summaryCount, values: count(3), expected: '3 destinatários' },
      { message: truncated, values: count(2), expected: /^Mais 2 destinatários foram omitidos/ },
    ],
  },
  {
    locale: 'ja',
    script: 'cjk',
    plurals: [
      {
        message: summaryLine,
        values: { count: 2, subject: '見積もり', title: 'アドレスが存在しません', owner: 'あなた' },
        expected:
          '2 件の受信者に、メッセージ「見積もり」が届きませんでした。考えられる原因: アドレスが存在しません。対応が必要な人: あなた。',
      },
    ],
  },
  {
    locale: 'zh-CN',
    script: 'cjk',
    plurals: [
      {
        message: summaryLine,
        values: { count: 1, subject: '季度报告', title: '该地址不存在', owner: '你' },
        expected: '1 个收件人没有收到邮件“季度报告”。可能的原因：该地址不存在。需要处理的一方：你。',
      },
      {
        message: (_c, p) => sourceOf(p.summaryTitle),
        values: { recipients: 3, causes: 2 },
        expected: '3 个收件人，2 个原因',
      },
    ],
  },
];

// Words of English prose that have no place in a translated sentence. Lower case only, so header
// names (From, Sender) and product names stay allowed.
const ENGLISH_WORDS = new Set([
  'the',
  'and',
  'your',
  'you',
  'with',
  'this',
  'that',
  'please',
  'again',
  'check',
  'send',
  'not',
  'from',
  'recipient',
  'sender',
]);
// Names that stay in English in every language: products, features, protocols, header and file names.
const NAMES =
  /Outlook on the web|Message-ID|require that all senders are authenticated|Message not accepted|Envelope blocked|Administrative prohibition|Anti-Spoofing policy|Tenant Allow\/Block List|sender support|Sender Hub|MAIL FROM|relay pool|suppression list|Rich Text|\{[^{}]*\}/g;
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/u;
// Messages that are only a technical label in every language.
const LABELS = new Set(['report.originalMessageId', 'report.tracePowerShell', 'ui.appTitle', 'linkLabel']);

/** The plural categories a message uses, nested ones included. */
function pluralCategories(message: string): Set<string> {
  const keys = new Set<string>();
  const walk = (elements: readonly MessageFormatElement[]): void => {
    for (const e of elements) {
      if (e.type === TYPE.plural) for (const k of Object.keys(e.options)) keys.add(k);
      if (e.type === TYPE.plural || e.type === TYPE.select) for (const o of Object.values(e.options)) walk(o.value);
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return keys;
}

/** What is wrong with one translated message, by the rules every language shares. */
function problems(language: Language, path: string, message: string, english: string | undefined): string[] {
  const out: string[] = [];
  // A lone ASCII apostrophe can start ICU quoting; the catalogues use ’ instead.
  if (message.includes("'")) out.push(`${path}: ASCII apostrophe`);
  const typography = language.typography?.(message);
  if (typography !== null && typography !== undefined) out.push(`${path}: ${typography}`);
  if (LABELS.has(path)) return out;
  // Host and file names (a dot inside a word) are names too.
  const text = literalText(message)
    .replace(NAMES, ' ')
    .split(/\s+/)
    .filter((w) => !/\w\.\w/.test(w))
    .join(' ');
  const words = text.split(/[^a-z]+/).filter((w) => ENGLISH_WORDS.has(w));
  if (words.length > 0) out.push(`${path}: English words (${words.join(', ')})`);
  if (language.script === 'latin') {
    if (english !== undefined && message === english && message.length > 12) out.push(`${path}: left in English`);
  } else {
    if (/[a-z]{3}/i.test(text) && !CJK.test(text)) out.push(`${path}: no ${language.locale} script`);
    const other = [...pluralCategories(message)].filter((k) => k !== 'other' && !k.startsWith('='));
    if (other.length > 0) out.push(`${path}: plural categories ${other.join(', ')} (only 'other' exists)`);
  }
  return out;
}

test('the table covers every shipped language', () => {
  expect(LANGUAGES.map((l) => l.locale).sort()).toEqual(LOCALES.filter((l) => l !== 'en').sort());
});

describe.each(LANGUAGES)('$locale', (language) => {
  let catalogue: Catalogue;
  let pane: PaneMessages;
  beforeAll(async () => {
    catalogue = await loadMessages(language.locale);
    pane = await loadPaneMessages(language.locale);
  });

  test('no ASCII apostrophe, no English prose left behind, the language’s typography', () => {
    const found: string[] = [];
    for (const [english, translated] of [
      [EN, catalogue],
      [PANE_EN, pane],
    ] as const) {
      const en = flatten(english);
      for (const [path, message] of flatten(translated)) found.push(...problems(language, path, message, en.get(path)));
    }
    expect(found).toEqual([]);
  });

  test('plurals follow the language’s rules', () => {
    for (const { message, values, expected } of language.plurals) {
      const text = new IntlMessageFormat(message(catalogue, pane), language.locale, undefined, { ignoreTag: true }).format(values);
      expect(text).toEqual(typeof expected === 'string' ? expected : expect.stringMatching(expected));
    }
  });
});

describe('the rules can fail', () => {
  const fr = LANGUAGES.find((l) => l.locale === 'fr');
  const ja = LANGUAGES.find((l) => l.locale === 'ja');
  test.each([
    ['an ASCII apostrophe', fr, "L'adresse n\u2019existe pas.", undefined, /ASCII apostrophe/],
    [
      'an English sentence left as it was',
      fr,
      'Check the address and send it again.',
      'Check the address and send it again.',
      /left in English/,
    ],
    ['English words in a sentence', fr, 'Vérifiez the adresse.', undefined, /English words \(the\)/],
    ['French punctuation after an ordinary space', fr, 'Adresse : inconnue', undefined, /double punctuation/],
    ['a Japanese message with no Japanese', ja, 'The address does not exist.', undefined, /no ja script/],
    ['a Japanese plural with `one`', ja, '{count, plural, one {# 件} other {# 件}}', undefined, /plural categories one/],
  ] as const)('%s is found', (_name, language, message, english, expected) => {
    if (language === undefined) throw new Error('language row missing');
    expect(problems(language, 'x', message, english).join('\n')).toMatch(expected);
  });
});
