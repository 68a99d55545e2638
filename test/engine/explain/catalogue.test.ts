/**
 * The catalogue covers every code in the shared reference (read from the file, nothing copied) and
 * every reason, in plain enough English.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { messages, REASON_NAMES } from '../../../src/engine';
import { entryForCode, entryForReason } from '../../../src/engine/explain/explain';
import { CATALOGUE } from '../../../src/engine/explain/catalogue';
import { sourceOf } from '../i18n-compare';

const REFERENCE = path.resolve(__dirname, '../../../../shared/reference/status-codes.md');

/** Every enhanced code the reference names: single codes, `X.` codes for both classes, ranges' ends. */
export function referenceCodes(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\w.])([245X])\.(\d{1,3})\.(\d{1,3})(?:[–-](\d{1,3}))?(?![\d.]*\d)/g)) {
    const [, cls, subject, detail, upper] = m;
    if (cls === undefined || subject === undefined || detail === undefined) continue;
    const classes = cls === 'X' ? ['4', '5'] : [cls];
    for (const c of classes) {
      out.add(`${c}.${subject}.${detail}`);
      if (upper !== undefined && Number(upper) > Number(detail)) out.add(`${c}.${subject}.${upper}`);
    }
  }
  return [...out].sort();
}

describe('explanation catalogue', () => {
  const codes = referenceCodes(readFileSync(REFERENCE, 'utf8'));

  test('the reference file yields the codes it lists', () => {
    expect(codes.length).toBeGreaterThan(150);
    expect(codes).toEqual(expect.arrayContaining(['5.7.367', '5.1.10', '4.4.7', '5.7.26', '5.7.606', '5.7.649']));
  });

  test.each(referenceCodes(readFileSync(REFERENCE, 'utf8')))('code %s has an entry of its own', (code) => {
    expect(entryForCode(code)).not.toBeNull();
  });

  test.each([...REASON_NAMES])('reason %s has an entry', (reason) => {
    expect(entryForReason(reason)).not.toBeNull();
  });

  test('every entry has complete English texts', () => {
    const en = messages('en');
    const missing = CATALOGUE.filter((e) => {
      const t = en.entries[e.id];
      return t === undefined || t.title === '' || t.summary === '' || t.steps.length === 0 || t.it.length === 0;
    }).map((e) => e.id);
    expect(missing).toEqual([]);
  });
});

/** Sample values so placeholders read like real text when counting words. */
const SAMPLE = {
  recipient: 'dana@fabrikam.example',
  domain: 'gmial.com',
  suggestion: 'gmail.com',
  limit: '25 MB',
  hasLimit: 'yes',
  code: '5.1.1',
  until: 'Friday 11:52',
};

function fill(message: string): string {
  return message
    .replace(/\{hasLimit, select, yes \{([^{}]*(?:\{[a-z]+\}[^{}]*)*)\} other \{[^{}]*\}\}/g, '$1')
    .replace(/\{(\w+)\}/g, (_, k: string) => SAMPLE[k as keyof typeof SAMPLE] ?? k);
}

const words = (s: string): number => s.split(/\s+/).filter((w) => w !== '').length;

describe('readability', () => {
  const en = messages('en');
  test.each(Object.entries(en.entries))('"%s": what happened stays short', (_id, t) => {
    const text = fill(sourceOf(t.summary));
    expect(words(text)).toBeLessThanOrEqual(45);
    const sentences = text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');
    expect(sentences.length).toBeLessThanOrEqual(2);
    for (const s of sentences) expect(words(s)).toBeLessThanOrEqual(25);
  });
});
