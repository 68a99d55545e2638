/**
 * `scanBlocks` skips its address patterns on lines without `@` (most lines of a report). That is
 * only right while every one of them needs a literal `@` to match: outside any character class, so
 * not merely an `@` in `[^…@…]`. A pattern added without one fails here.
 */
import { ADDRESS_LINE_PATTERNS } from '../../src/engine/decoders/blocks';

/** The pattern's source with its character classes and escaped characters left out. */
function outsideClasses(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else out += c;
  }
  return out;
}

test.each(ADDRESS_LINE_PATTERNS.map((re) => [re.source.slice(0, 60), re] as const))('%s… needs a literal @', (_, re) => {
  expect(outsideClasses(re.source)).toContain('@');
});

test('the guard has patterns to guard, and a class-only @ does not count', () => {
  expect(ADDRESS_LINE_PATTERNS.length).toBeGreaterThan(8);
  expect(outsideClasses(String.raw`^[^\s@]+$`)).not.toContain('@');
});
