/**
 * The address scan as it was before its ASCII tables (a pattern run on every character): the
 * definition the tables must agree with, kept for the tests only. (The address flags' shortcut is
 * checked against `fullAddressInfo` in src/engine/text.ts itself.)
 */
const LOCAL_MAX = 256;
const DOMAIN_MAX = 255;
const LABEL_MAX = 63;
/** ASCII characters of an unquoted local part (RFC 5322 atext and the dot). */
const LOCAL_ASCII = /^[\w!#$%&'*+/=?^`{|}~.-]$/;
const DOMAIN_ASCII = /^[\w-]$/;
/** Letters, digits and marks of any script, and format characters (bidi controls, zero-width). */
const WORD_ANY = /^[\p{L}\p{N}\p{M}\p{Cf}]$/u;
/**
 * Scripts written without spaces: where one follows ASCII inside a word, prose has begun
 * ("user@example.jp宛"), not the address. A domain written wholly in them is kept.
 */
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\u3000-\u303f\uff00-\uffef]$/u;

function isAscii(c: string): boolean {
  return c.charCodeAt(0) < 0x80;
}

function localChar(c: string): boolean {
  return isAscii(c) ? LOCAL_ASCII.test(c) : WORD_ANY.test(c) && !/^[\u3000-\u303f\uff00-\uffef]$/.test(c);
}

function domainChar(c: string): boolean {
  return isAscii(c) ? DOMAIN_ASCII.test(c) : WORD_ANY.test(c) && !/^[\u3000-\u303f\uff00-\uffef]$/.test(c);
}

/** Code points of `text` ending just before `end`, right to left. */
function codePointBefore(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  if (end >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(end - 2, end);
  }
  return text.slice(end - 1, end);
}

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

/** Every address in a text, in order, each once per occurrence. Linear in the text's length. */
export function plainScanAddresses(text: string, max: number): string[] {
  const out: string[] = [];
  let from = 0;
  // An address never begins inside the previous one.
  let floor = 0;
  while (out.length < max) {
    const at = text.indexOf('@', from);
    if (at < 0) break;
    const found = addressAround(text, at, floor);
    if (found === null) {
      from = at + 1;
      continue;
    }
    let addr = text.slice(found.start, found.end);
    if (addr.toLowerCase().startsWith('mailto:')) addr = addr.slice(7);
    out.push(addr);
    from = found.end;
    floor = found.end;
  }
  return out;
}
