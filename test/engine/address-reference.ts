/**
 * The address scan as it was before its ASCII tables (a pattern run on every character): the
 * definition the tables must agree with, kept for the tests only. It reads characters with the
 * engine's own per-character definitions; only the scan's loop is the old one. (The address flags'
 * shortcut is checked against `fullAddressInfo` in src/engine/text.ts itself.)
 */
import { ADDRESS_LIMITS, codePointBefore, domainChar, isAscii, localChar, scanAddresses, UNSPACED } from '../../src/engine/text';

const LOCAL_MAX = ADDRESS_LIMITS.local;
const DOMAIN_MAX = ADDRESS_LIMITS.domain;
const LABEL_MAX = ADDRESS_LIMITS.label;

/** Where an address around the `@` at `at` begins and ends, or null when there is none. */
function addressAround(text: string, at: number, floor: number): { start: number; end: number } | null {
  // Left: the local part.
  let start = at;
  let prev: string | null = null;
  while (start > floor && at - start < LOCAL_MAX) {
    const c = codePointBefore(text, start);
    if (!localChar(c)) break;
    if (prev !== null && isAscii(prev) && UNSPACED.test(c)) break;
    start -= c.length;
    prev = c;
  }
  while (start < at && ".'`".includes(text[start] ?? '')) start++;
  if (start === at) return null;
  // Right: dot-separated labels.
  let end = at + 1;
  let label = 0;
  let labels = 1;
  let last: string | null = null;
  while (end < text.length && end - at - 1 < DOMAIN_MAX) {
    const cp = text.codePointAt(end) ?? 0;
    const c = String.fromCodePoint(cp);
    if (c === '.') {
      if (label === 0) break;
      labels++;
      label = 0;
    } else {
      if (!domainChar(c)) break;
      if (last !== null && last !== '.' && isAscii(last) && UNSPACED.test(c)) break;
      if (label >= LABEL_MAX) break;
      label++;
    }
    end += c.length;
    last = c;
  }
  while (end > at + 1 && text[end - 1] === '.') {
    end--;
    labels--;
  }
  if (end === at + 1 || labels < 2) return null;
  return { start, end };
}

/** Every address in a text, found by the engine's scan around the old per-character loop. */
export function plainScanAddresses(text: string, max: number): string[] {
  return scanAddresses(text, max, addressAround);
}
