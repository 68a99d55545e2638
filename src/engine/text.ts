/**
 * Small text helpers shared by every decoder. Every regular expression here is linear: no nested
 * quantifiers, no overlapping alternatives under a repeat (checked by eslint-plugin-regexp and by
 * the ReDoS test).
 */

/** An email address anywhere in a string (the local part and domain kept simple on purpose). */
const ADDRESS_RE = /[\w!#$%&'*+/=?^`{|}~.-]{1,256}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/;
const ADDRESS_RE_G = new RegExp(ADDRESS_RE.source, 'g');

/** Cleans one address: brackets, quotes, `rfc822;` prefixes and trailing dots go. */
export function cleanAddress(raw: string): string | null {
  let s = raw.trim();
  const semi = s.indexOf(';');
  if (semi >= 0 && semi < 12 && !s.slice(0, semi).includes('@')) s = s.slice(semi + 1).trim();
  const m = ADDRESS_RE.exec(s);
  if (m === null) return null;
  let addr = m[0].replace(/^[.'`]+/, '');
  while (addr.endsWith('.')) addr = addr.slice(0, -1);
  if (addr.startsWith('mailto:')) addr = addr.slice(7);
  const at = addr.indexOf('@');
  if (at <= 0 || at === addr.length - 1) return null;
  return addr;
}

export function findAddresses(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ADDRESS_RE_G)) {
    const a = cleanAddress(m[0]);
    if (a !== null) out.push(a);
  }
  return out;
}

export function firstAddress(text: string): string | null {
  const m = ADDRESS_RE.exec(text);
  return m === null ? null : cleanAddress(m[0]);
}

/** Folds runs of white space to one space and trims: how diagnostic texts are compared and shown. */
export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Lines of a text, CR and CRLF accepted. */
export function lines(text: string): string[] {
  return text.split(/\r?\n|\r/);
}

/** Index of the first line that contains any of the markers (case-insensitive), or -1. */
export function indexOfLine(all: readonly string[], markers: readonly string[], from = 0): number {
  const lower = markers.map((m) => m.toLowerCase());
  for (let i = from; i < all.length; i++) {
    const l = (all[i] ?? '').toLowerCase();
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
    if (line === '') continue;
    const last = out[out.length - 1];
    if ((line.startsWith(' ') || line.startsWith('\t')) && last !== undefined) {
      last[1] = `${last[1]} ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0 || colon > 60) continue;
    const name = line.slice(0, colon);
    if (!/^[\w-]+$/.test(name)) continue;
    out.push([name.toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return out;
}

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
