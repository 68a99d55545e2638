/**
 * Small text helpers shared by every decoder. Every regular expression here is linear: no nested
 * quantifiers, no overlapping alternatives under a repeat (checked by eslint-plugin-regexp and by
 * the ReDoS test).
 */

import { work } from './work';

/*
 * Email addresses from strangers. An address is found from its `@` outwards, one character at a
 * time: each character is looked at a bounded number of times (the scan left stops at the previous
 * `@`, the scan right at the next), so a 4 MB field costs linear time whatever it holds. Addresses
 * are kept whole and exact: internationalised domains (IDN) and UTF-8 local parts (SMTPUTF8) are
 * real, and an address with a look-alike letter, a bidi control or a zero-width character is kept
 * with it (and flagged by `addressFlags`), never cut at it to a different, innocent-looking address.
 */
/** The limits and per-character definitions of the scan (exported for the reference scan in tests). */
export const ADDRESS_LIMITS = { local: 256, domain: 255, label: 63 } as const;
const LOCAL_MAX = ADDRESS_LIMITS.local;
const DOMAIN_MAX = ADDRESS_LIMITS.domain;
const LABEL_MAX = ADDRESS_LIMITS.label;
/** ASCII characters of an unquoted local part (RFC 5322 atext and the dot). */
const LOCAL_ASCII = /^[\w!#$%&'*+/=?^`{|}~.-]$/;
const DOMAIN_ASCII = /^[\w-]$/;
/** Letters, digits and marks of any script, and format characters (bidi controls, zero-width). */
const WORD_ANY = /^[\p{L}\p{N}\p{M}\p{Cf}]$/u;
/**
 * Scripts written without spaces: where one follows ASCII inside a word, prose has begun
 * ("user@example.jp宛"), not the address. A domain written wholly in them is kept.
 */
export const UNSPACED =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\u3000-\u303f\uff00-\uffef]$/u;

export function isAscii(c: string): boolean {
  return c.charCodeAt(0) < 0x80;
}

/**
 * LOCAL_ASCII and DOMAIN_ASCII as tables by character code, made from the patterns themselves:
 * an address scan looks at every character around each `@`, and a table lookup is much cheaper
 * than running a pattern on a one-character string. No ASCII character is UNSPACED, so an ASCII
 * character never ends the scan for following another script.
 */
function asciiTable(pattern: RegExp): Uint8Array {
  const table = new Uint8Array(128);
  for (let code = 0; code < 128; code++) table[code] = pattern.test(String.fromCharCode(code)) ? 1 : 0;
  return table;
}
const LOCAL_TABLE = asciiTable(LOCAL_ASCII);
const DOMAIN_TABLE = asciiTable(DOMAIN_ASCII);

export function localChar(c: string): boolean {
  return isAscii(c) ? LOCAL_ASCII.test(c) : WORD_ANY.test(c) && !/^[\u3000-\u303f\uff00-\uffef]$/.test(c);
}

export function domainChar(c: string): boolean {
  return isAscii(c) ? DOMAIN_ASCII.test(c) : WORD_ANY.test(c) && !/^[\u3000-\u303f\uff00-\uffef]$/.test(c);
}

/** Code points of `text` ending just before `end`, right to left. */
export function codePointBefore(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  if (end >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(end - 2, end);
  }
  return text.slice(end - 1, end);
}

/** Where an address around the `@` at `at` begins and ends, or null when there is none. */
function addressAround(text: string, at: number, floor: number): { start: number; end: number } | null {
  // Left: the local part. ASCII characters are settled by the table; others as before.
  let start = at;
  // Whether the character after the one being read (the previous one read) is ASCII; null at the `@`.
  let prevAscii: boolean | null = null;
  while (start > floor && at - start < LOCAL_MAX) {
    const unit = text.charCodeAt(start - 1);
    if (unit < 0x80) {
      if (LOCAL_TABLE[unit] !== 1) break;
      start -= 1;
      prevAscii = true;
      continue;
    }
    const c = codePointBefore(text, start);
    if (!localChar(c)) break;
    if (prevAscii === true && UNSPACED.test(c)) break;
    start -= c.length;
    prevAscii = false;
  }
  while (start < at && ".'`".includes(text[start] ?? '')) start++;
  if (start === at) return null;
  // Right: dot-separated labels.
  let end = at + 1;
  let label = 0;
  let labels = 1;
  // Whether the last character read is ASCII and not a dot (what lets another script end the domain).
  let lastAsciiWord = false;
  while (end < text.length && end - at - 1 < DOMAIN_MAX) {
    const cp = text.codePointAt(end) ?? 0;
    if (cp === 0x2e) {
      if (label === 0) break;
      labels++;
      label = 0;
      end += 1;
      lastAsciiWord = false;
      continue;
    }
    if (cp < 0x80) {
      if (DOMAIN_TABLE[cp] !== 1 || label >= LABEL_MAX) break;
      label++;
      end += 1;
      lastAsciiWord = true;
      continue;
    }
    const c = String.fromCodePoint(cp);
    if (!domainChar(c)) break;
    if (lastAsciiWord && UNSPACED.test(c)) break;
    if (label >= LABEL_MAX) break;
    label++;
    end += c.length;
    lastAsciiWord = false;
  }
  while (end > at + 1 && text[end - 1] === '.') {
    end--;
    labels--;
  }
  if (end === at + 1 || labels < 2) return null;
  return { start, end };
}

/** Where an address around an `@` begins and ends (`addressAround`, or the tests' reference scan). */
export type AddressAround = (text: string, at: number, floor: number) => { start: number; end: number } | null;

/** Every address in a text, in order, each once per occurrence. Linear in the text's length. */
export function scanAddresses(text: string, max: number, around: AddressAround = addressAround): string[] {
  const out: string[] = [];
  let from = 0;
  // An address never begins inside the previous one.
  let floor = 0;
  while (out.length < max) {
    const at = text.indexOf('@', from);
    work((at < 0 ? text.length : at) - from + 1);
    if (at < 0) break;
    const found = around(text, at, floor);
    work(found === null ? 1 : found.end - found.start);
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

/** Cleans one address: brackets, quotes, `rfc822;` prefixes and trailing dots go. */
export function cleanAddress(raw: string): string | null {
  let s = raw.trim();
  const semi = s.indexOf(';');
  if (semi >= 0 && semi < 12 && !s.slice(0, semi).includes('@')) s = s.slice(semi + 1).trim();
  // Exchange 5.5 names a custom (foreign) recipient by its address type: "SMTP=user@host; on <date>"
  // (the layout flufl.bounce's _detectors/exchange.py reads). The type is no part of the address.
  if (/^<?smtp[=:]/i.test(s)) s = s.replace(/^(<?)smtp[=:]/i, '$1');
  return scanAddresses(s, 1)[0] ?? null;
}

export function findAddresses(text: string): string[] {
  return scanAddresses(text, Infinity);
}

export function firstAddress(text: string): string | null {
  return scanAddresses(text, 1)[0] ?? null;
}

/** Why an address deserves a second look before anyone trusts what it seems to say. */
export type AddressFlag = 'mixed-script' | 'bidi-control' | 'zero-width' | 'non-ascii';

export interface AddressInfo {
  /** The domain in its ASCII (punycode) form when it is internationalised; null otherwise. */
  readonly asciiDomain: string | null;
  readonly flags: readonly AddressFlag[];
}

const PRINTABLE_ASCII_ADDRESS = /^[\x20-\x7e]*$/;
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const ZERO_WIDTH = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/u;
const LETTER_SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
];

/** Scripts of the letters in one label; Han, kana and Hangul count as one (Japanese mixes them). */
function scriptsOf(label: string): Set<string> {
  const found = new Set<string>();
  for (const c of label) {
    if (!/\p{L}/u.test(c)) continue;
    const named = LETTER_SCRIPTS.find(([, re]) => re.test(c));
    found.add(named?.[0] ?? (UNSPACED.test(c) ? 'CJK' : 'Other'));
  }
  return found;
}

/**
 * Look-alike signs in an address, as data: a label mixing scripts (`аdatum` with a Cyrillic а),
 * bidi controls that reorder what is shown, zero-width characters, and the punycode form of an
 * internationalised domain to show beside it. `URL` is used for punycode: it is in every browser
 * and in Node, so the engine stays free of environment-specific imports.
 */
export function addressInfo(address: string): AddressInfo {
  // Printable ASCII has one script (Latin), no bidi control, no zero-width character and no
  // internationalised domain: nothing to flag. Most addresses are such.
  return PRINTABLE_ASCII_ADDRESS.test(address) ? { asciiDomain: null, flags: [] } : fullAddressInfo(address);
}

/** `addressInfo` without its printable-ASCII shortcut: the definition the shortcut must agree with (tested). */
export function fullAddressInfo(address: string): AddressInfo {
  const flags: AddressFlag[] = [];
  const at = address.lastIndexOf('@');
  const local = at < 0 ? address : address.slice(0, at);
  const domain = at < 0 ? '' : address.slice(at + 1);
  // One label mixing scripts, or Latin beside a script with Latin look-alikes anywhere in the
  // address (`contoso.com.аdatum.example`): both are how a forged address imitates a known one.
  const perLabel = [...domain.split('.'), local].some((p) => [...scriptsOf(p)].filter((x) => x !== 'CJK').length > 1);
  const whole = scriptsOf(address);
  const confusable = whole.has('Latin') && ['Cyrillic', 'Greek', 'Armenian', 'Cherokee'].some((x) => whole.has(x));
  if (perLabel || confusable) flags.push('mixed-script');
  if (BIDI_CONTROL.test(address)) flags.push('bidi-control');
  if (ZERO_WIDTH.test(address)) flags.push('zero-width');
  let asciiDomain: string | null = null;
  const nonAscii = (x: string): boolean => [...x].some((c) => !isAscii(c));
  if (nonAscii(address)) {
    flags.push('non-ascii');
    if (nonAscii(domain) && domain !== '') {
      try {
        const host = new URL(`http://${domain}/`).hostname;
        asciiDomain = host !== '' && host !== domain ? host : null;
      } catch {
        asciiDomain = null;
      }
    }
  }
  return { asciiDomain, flags };
}

/** Folds runs of white space to one space and trims: how diagnostic texts are compared and shown. */
export function fold(text: string): string {
  work(text.length);
  return text.replace(/\s+/g, ' ').trim();
}

/** Lines of a text, CR and CRLF accepted. */
export function lines(text: string): string[] {
  return text.split(/\r?\n|\r/);
}

/**
 * The first line (split as `lines` does) that is not blank, or undefined: found from the first
 * character that is not white space, without splitting the whole text.
 */
export function firstNonBlankLine(text: string): string | undefined {
  // `\s` is what `trim` removes; CR and LF are in it, so the first other character is in the first
  // line that `trim` leaves non-empty.
  const at = /\S/.exec(text)?.index;
  if (at === undefined) return undefined;
  const start = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('\r', at)) + 1;
  let end = at;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return text.slice(start, end);
}

/**
 * Lower-case copies of line arrays, made once per array and only as far as a search went: the
 * decoders search the same message lines for many marker lists, and lower-casing every line
 * again for each list was a good part of their cost. Line arrays are never changed once made.
 */
const loweredLines = new WeakMap<readonly string[], string[]>();

/** Index of the first line that contains any of the markers (case-insensitive), or -1. */
export function indexOfLine(all: readonly string[], markers: readonly string[], from = 0): number {
  const lower = markers.map((m) => m.toLowerCase());
  let low = loweredLines.get(all);
  if (low === undefined) {
    low = [];
    loweredLines.set(all, low);
  }
  for (let i = from; i < all.length; i++) {
    while (low.length <= i) low.push((all[low.length] ?? '').toLowerCase());
    const l = low[i] ?? '';
    if (lower.some((m) => l.includes(m))) return i;
  }
  return -1;
}

/** True when the lower-cased text contains any of the fragments. */
export function includesAny(lowerText: string, fragments: readonly string[]): string | null {
  for (const f of fragments) if (lowerText.includes(f)) return f;
  return null;
}

/**
 * Ordered fragments: true when every fragment occurs, each after the previous one. Lets a rule
 * say "user … not … found" without a backtracking regular expression.
 */
export function aligned(lowerText: string, fragments: readonly string[]): boolean {
  let at = 0;
  for (const f of fragments) {
    const i = lowerText.indexOf(f, at);
    if (i < 0) return false;
    at = i + f.length;
  }
  return true;
}

/** Parses a `Name: value` block with folded continuation lines into lower-case keyed pairs. */
export function parseFields(block: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const line of lines(block)) {
    work(line.length + 1);
    if (line === '') continue;
    const last = out[out.length - 1];
    if ((line.startsWith(' ') || line.startsWith('\t')) && last !== undefined) {
      // A field folded over thousands of lines is cut, not grown without end.
      if (last[1].length < MAX_FIELD_CHARS) last[1] = `${last[1]} ${line.trim()}`.slice(0, MAX_FIELD_CHARS);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0 || colon > 60) continue;
    const name = line.slice(0, colon);
    if (!/^[\w-]+$/.test(name)) continue;
    out.push([name.toLowerCase(), line.slice(colon + 1, colon + 1 + MAX_FIELD_CHARS).trim()]);
  }
  return out;
}

/** No header or DSN field needs more than this: longer values are cut before any pattern reads them. */
export const MAX_FIELD_CHARS = 64 * 1024;

/** Value of a `type; value` DSN field without its type (`rfc822; a@b` → `a@b`). */
export function stripType(value: string): string {
  const semi = value.indexOf(';');
  if (semi > 0 && semi < 20 && /^[\w-]+$/.test(value.slice(0, semi).trim())) return value.slice(semi + 1).trim();
  return value.trim();
}

/** Splits the header block off a message text: returns the unfolded fields. */
export function headerBlock(text: string, limit = 200_000): Array<[string, string]> {
  const slice = text.length > limit ? text.slice(0, limit) : text;
  const m = /\r?\n\r?\n/.exec(slice);
  return parseFields(m === null ? slice : slice.slice(0, m.index));
}

/** The lower-case domain after the first "@" (an address, a Message-ID), without a trailing dot. */
export function domainOf(address: string | null | undefined): string | null {
  const m = /@([\w.-]+)/.exec(address ?? '');
  return m?.[1]?.toLowerCase().replace(/\.$/, '') ?? null;
}
