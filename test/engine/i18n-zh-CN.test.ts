/**
 * The Simplified Chinese catalogues against the English ones: the same key paths (the engine's
 * `report` block is a plain string record, so the compiler alone does not catch a missing key there),
 * every message valid ICU, the same arguments as the English message, Chinese plurals with `other`
 * only, and no English prose left in the user-facing words.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { argumentsOf } from '../../src/engine/i18n/icu';
import { EN } from '../../src/engine/explain/messages/en';
import { ZH_CN } from '../../src/engine/explain/messages/zh-CN';
import { PANE_EN } from '../../src/taskpane/messages/en';
import { PANE_ZH_CN } from '../../src/taskpane/messages/zh-CN';

/** Every string leaf of a catalogue, by its key path. */
function leaves(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (v: unknown, p: string): void => {
    if (typeof v === 'string') out.set(p, v);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${p}[${i}]`));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, p === '' ? k : `${p}.${k}`);
  };
  walk(value, path);
  return out;
}

/** The literal text of a message: placeholders and ICU keywords left out. */
function literalText(message: string): string {
  const parts: string[] = [];
  const walk = (elements: readonly MessageFormatElement[]): void => {
    for (const e of elements) {
      if (e.type === TYPE.literal) parts.push(e.value);
      else if (e.type === TYPE.plural || e.type === TYPE.select) for (const o of Object.values(e.options)) walk(o.value);
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return parts.join(' ');
}

/** The plural categories a message uses, nested ones included. */
function pluralKeys(message: string): Set<string> {
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

const PAIRS: readonly (readonly [string, Map<string, string>, Map<string, string>])[] = [
  ['engine', leaves(EN), leaves(ZH_CN)],
  ['pane', leaves(PANE_EN), leaves(PANE_ZH_CN)],
];

describe.each(PAIRS)('zh-CN %s catalogue', (_name, en, zh) => {
  test('has exactly the English key paths', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
  });

  test('every message parses and uses exactly the English placeholders', () => {
    const wrong: string[] = [];
    for (const [key, english] of en) {
      const mine = zh.get(key);
      if (mine === undefined || key === 'locale') continue;
      expect(() => new IntlMessageFormat(mine, 'zh-CN', undefined, { ignoreTag: true })).not.toThrow();
      const a = [...argumentsOf(english)].sort().join(',');
      const b = [...argumentsOf(mine)].sort().join(',');
      if (a !== b) wrong.push(`${key}: en {${a}} zh {${b}}`);
    }
    expect(wrong).toEqual([]);
  });

  test('plurals use the one Chinese category, other', () => {
    const other = [...zh].filter(([key, mine]) => key !== 'locale' && [...pluralKeys(mine)].some((k) => k !== 'other'));
    expect(other.map(([key]) => key)).toEqual([]);
  });

  test('summaries, steps and pane words are in Chinese, with no English prose left', () => {
    // Technical names that stay as they are: products, protocols, codes, header and file names.
    const allowed =
      /\b(?:Outlook(?:\.com)?|Microsoft(?: 365| Defender)?|Exchange(?: Online)?|Gmail|Yahoo|Mimecast|PowerShell|Mailbox API|Bounce Explainer|onmicrosoft\.com|outlook\.com|helpdesk@example\.com|Message-ID|From|Sender|Return-Path|Received|JSON|HTML|RTF|TNEF|ASCII|IT|IP|MB|UTC|ID|LF|X|[A-Z0-9][A-Za-z0-9.\-/]*)\b/g;
    const stray: string[] = [];
    for (const [key, mine] of zh) {
      if (key === 'locale' || key.includes('.it[')) continue; // IT checks may keep technical English
      const text = literalText(mine).replace(allowed, '');
      if (/[a-z]{3,}/i.test(text.replace(/\b(?:eml|msg|quarantine|reject|none|bare|backscatter|suppression list)\b/g, '')))
        stray.push(`${key}: ${mine}`);
      // A message with words left after the technical names must have Chinese in it.
      if (/\p{L}/u.test(text) && !/[\u4e00-\u9fff]/.test(text)) stray.push(`${key} has no Chinese: ${mine}`);
    }
    expect(stray).toEqual([]);
  });
});

test('zh-CN messages format with Chinese plural rules', () => {
  const line = new IntlMessageFormat(ZH_CN.report['summaryLine'] ?? '', 'zh-CN').format({
    count: 1,
    subject: '季度报告',
    title: '该地址不存在',
    owner: '你',
  });
  expect(line).toBe('1 个收件人没有收到邮件“季度报告”。可能的原因：该地址不存在。需要处理的一方：你。');
  expect(new IntlMessageFormat(PANE_ZH_CN.summaryTitle, 'zh-CN').format({ recipients: 3, causes: 2 })).toBe('3 个收件人，2 个原因');
});
