/**
 * The address scan reads ASCII characters through tables and skips the script analysis for
 * printable ASCII addresses: it must find exactly the addresses, and give exactly the flags, that
 * the character-by-character patterns (test/engine/address-reference.ts) and the full analysis
 * (`fullAddressInfo`) gave.
 */
import { addressInfo, findAddresses, fullAddressInfo } from '../../src/engine/text';
import { plainScanAddresses } from './address-reference';

// mulberry32: a small seeded generator, so a failure can be replayed.
function generator(seed: number): (n: number) => number {
  let s = seed;
  return (n: number): number => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

// Address characters of every kind the scan tells apart: ASCII atext and punctuation, dots, Latin
// with diacritics, Cyrillic and Greek look-alikes, Han and kana (unspaced scripts), full-width and
// ideographic punctuation, a surrogate pair, bidi and zero-width controls, a NUL.
const PIECES = [
  'a',
  'Z',
  '7',
  '_',
  '-',
  '+',
  '.',
  '..',
  '@',
  '@@',
  ' ',
  '<',
  '>',
  ';',
  "'",
  '`',
  '!',
  '#',
  '~',
  '\u0000',
  'ü',
  'а',
  'ο',
  '宛',
  'て',
  '。',
  '＠',
  '𝒜',
  '\u202e',
  '\u200b',
  'mailto:',
  'example',
  '.com',
  '.jp',
  'xn--',
];

describe('address scan with ASCII tables', () => {
  test('random texts: the same addresses as the pattern-per-character scan', () => {
    const next = generator(3);
    for (let round = 0; round < 20000; round++) {
      const text = Array.from({ length: 1 + next(14) }, () => PIECES[next(PIECES.length)] ?? '').join('');
      expect([text, findAddresses(text)]).toEqual([text, plainScanAddresses(text, Infinity)]);
    }
  });

  test('long runs: the local part, domain and label limits fall in the same place', () => {
    for (const text of [
      `${'a'.repeat(300)}@${'b'.repeat(70)}.example`,
      `x@${'c'.repeat(63)}.${'d'.repeat(64)}.org`,
      `user@${Array.from({ length: 80 }, () => 'abc').join('.')}`,
      `${'ü'.repeat(300)}@münchen.de`,
      'user@example.jp宛て 〒 ユーザー@例え.テスト',
    ]) {
      expect(findAddresses(text)).toEqual(plainScanAddresses(text, Infinity));
    }
  });
});

describe('addressInfo with the printable-ASCII shortcut', () => {
  test('random addresses: the same flags and ASCII domain as the full analysis', () => {
    const next = generator(5);
    for (let round = 0; round < 20000; round++) {
      const address = Array.from({ length: 1 + next(10) }, () => PIECES[next(PIECES.length)] ?? '').join('');
      expect([address, addressInfo(address)]).toEqual([address, fullAddressInfo(address)]);
    }
  });

  test('look-alikes are still flagged', () => {
    expect(addressInfo('user@аdatum.example').flags).toContain('mixed-script');
    expect(addressInfo('user@bücher.de').asciiDomain).toBe('xn--bcher-kva.de');
    expect(addressInfo('plain.user@example.com')).toEqual({ asciiDomain: null, flags: [] });
  });
});
