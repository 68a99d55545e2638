import { directionOf, LOCALES, resolveLocale, resolveLocaleOrPseudo } from '../../src/engine/locale';

test.each([
  ['en-US', 'en'],
  ['en-GB', 'en'],
  ['de-AT', 'de'],
  ['de_CH', 'de'],
  ['fr-CA', 'fr'],
  ['es-MX', 'es'],
  ['it-IT', 'it'],
  ['pt-PT', 'pt-BR'],
  ['pt-br', 'pt-BR'],
  ['nl-BE', 'nl'],
  ['ja-JP', 'ja'],
  ['zh-CN', 'zh-CN'],
  ['zh-Hans', 'zh-CN'],
  ['zh-SG', 'zh-CN'],
  ['zh-TW', 'en'],
  ['zh-Hant-HK', 'en'],
  ['sv-SE', 'en'],
  ['', 'en'],
  [null, 'en'],
  [undefined, 'en'],
])('%s → %s', (tag, want) => {
  expect(resolveLocale(tag)).toBe(want);
});

test('every shipped locale resolves to itself', () => {
  for (const l of LOCALES) expect(resolveLocale(l)).toBe(l);
});

test('pseudo-locales only by their exact tag', () => {
  expect(resolveLocaleOrPseudo('en-XA')).toBe('en-XA');
  expect(resolveLocaleOrPseudo('ar-xb')).toBe('ar-XB');
  expect(resolveLocaleOrPseudo('ar-EG')).toBe('en');
  expect(directionOf('ar-XB')).toBe('rtl');
  expect(directionOf('ja')).toBe('ltr');
});
