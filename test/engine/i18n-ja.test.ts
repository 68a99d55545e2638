/**
 * The Japanese catalogues against the English ones: same shape (keys, list lengths, delayed
 * variants), every message valid ICU for `ja`, and exactly the English message's placeholders.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { EN } from '../../src/engine/explain/messages/en';
import { JA } from '../../src/engine/explain/messages/ja';
import { PANE_EN } from '../../src/taskpane/messages/en';
import { PANE_JA } from '../../src/taskpane/messages/ja';
import { argumentsOf } from '../../src/engine/i18n/icu';

type Pair = { path: string; en: string; ja: string };

/** Walks both trees together; a key or list length that differs is recorded as a shape problem. */
function pairs(en: unknown, ja: unknown, path: string, out: Pair[], problems: string[]): void {
  if (typeof en === 'string') {
    if (typeof ja === 'string') out.push({ path, en, ja });
    else problems.push(`${path}: not a string`);
    return;
  }
  if (Array.isArray(en)) {
    if (!Array.isArray(ja) || ja.length !== en.length) {
      problems.push(`${path}: list length differs`);
      return;
    }
    en.forEach((v, i) => pairs(v, ja[i], `${path}[${i}]`, out, problems));
    return;
  }
  if (en !== null && typeof en === 'object') {
    if (ja === null || typeof ja !== 'object') {
      problems.push(`${path}: not an object`);
      return;
    }
    const a = Object.keys(en).sort();
    const b = Object.keys(ja).sort();
    if (JSON.stringify(a) !== JSON.stringify(b))
      problems.push(`${path}: keys differ (${a.filter((k) => !b.includes(k)).join(',')} | ${b.filter((k) => !a.includes(k)).join(',')})`);
    for (const k of a)
      if (k in ja) pairs((en as Record<string, unknown>)[k], (ja as Record<string, unknown>)[k], `${path}.${k}`, out, problems);
  }
}

function collect(en: unknown, ja: unknown): { list: Pair[]; problems: string[] } {
  const list: Pair[] = [];
  const problems: string[] = [];
  pairs(en, ja, '', list, problems);
  return { list, problems };
}

const engine = collect({ ...EN, locale: '' }, { ...JA, locale: '' });
const pane = collect(PANE_EN, PANE_JA);
const all = [...engine.list, ...pane.list].filter((p) => p.path !== '.locale');

test('the Japanese catalogues have the English shape', () => {
  expect(JA.locale).toBe('ja');
  expect(engine.problems).toEqual([]);
  expect(pane.problems).toEqual([]);
  expect(all.length).toBeGreaterThan(500);
});

test('every Japanese message parses and keeps the English placeholders', () => {
  const wrong = all.filter((p) => {
    new IntlMessageFormat(p.ja, 'ja', undefined, { ignoreTag: true });
    return JSON.stringify([...argumentsOf(p.ja)].sort()) !== JSON.stringify([...argumentsOf(p.en)].sort());
  });
  expect(wrong.map((p) => p.path)).toEqual([]);
});

test('no message is left in English and none uses an ASCII apostrophe', () => {
  // Japanese script in every message that has words; pure labels such as `{host}: {page}` are exempt.
  const untranslated = all.filter((p) => /[a-z]{3}/i.test(p.en.replace(/\{[^{}]*\}/g, '')) && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(p.ja));
  expect(untranslated.map((p) => `${p.path}: ${p.ja}`).sort()).toEqual([
    '.report.originalMessageId: Message-ID: {id}',
    '.report.tracePowerShell: Exchange Online PowerShell:',
  ]);
  expect(all.filter((p) => p.ja.includes("'")).map((p) => p.path)).toEqual([]);
});

test('plurals use only `other`, and format in Japanese', () => {
  expect(all.filter((p) => /plural,\s*one\b|\bone \{/.test(p.ja)).map((p) => p.path)).toEqual([]);
  const f = new IntlMessageFormat(JA.report['summaryLine'] ?? '', 'ja').format({
    count: 2,
    subject: '見積もり',
    title: 'アドレスが存在しません',
    owner: 'あなた',
  });
  expect(f).toBe(
    '2 件の受信者に、メッセージ「見積もり」が届きませんでした。考えられる原因: アドレスが存在しません。対応が必要な人: あなた。',
  );
});
