/**
 * `format` compiles each ICU message once per locale and returns plain texts as they are: the
 * shortcut must give exactly what ICU would, for every text of every catalogue.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { format, loadMessages, LOCALES } from '../../../src/engine';

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (typeof v === 'object' && v !== null) for (const x of Object.values(v)) strings(x, out);
  return out;
}

describe('format', () => {
  test.each([...LOCALES])('every plain catalogue text formats as ICU would (%s)', async (locale) => {
    const c = await loadMessages(locale);
    const texts = strings(c).filter((t) => !t.includes('{'));
    expect(texts.length).toBeGreaterThan(100);
    for (const t of texts)
      expect(format(t, {}, c.locale)).toBe(String(new IntlMessageFormat(t, c.locale, undefined, { ignoreTag: true }).format({})));
  });

  test('ICU syntax is still formatted: arguments, plurals and the doubled apostrophe', () => {
    expect(format('{count, plural, one {# file} other {# files}}', { count: 2 }, 'en')).toBe('2 files');
    expect(format('It is {name}', { name: 'x' }, 'en')).toBe('It is x');
    expect(format("it''s", {}, 'en')).toBe("it's");
  });
});
