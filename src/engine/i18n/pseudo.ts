/**
 * Pseudo-locales for testing the pane's layout, never shown to users: `en-XA` accents every letter
 * and pads the text by about 40 % (German and Dutch run that much longer than English), `ar-XB`
 * mirrors it right-to-left. Both keep every ICU argument, so the messages still format.
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { isPlain, isPrecompiled } from './format';
import type { Message } from './format';
import { mapElements, mapLiterals } from './icu';

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Padding words appended to each literal run: long, breakable, clearly not English. */
const PAD = ['ļóñĝ', 'ŵóŕð', 'ţéẋţ', 'ƀŕéáķ'];

function accent(text: string): string {
  let out = '';
  for (const ch of text) out += ACCENTED[ch] ?? ch;
  // About 40 % longer overall: one five-character padding word per ten letters, at least one.
  const letters = text.replace(/[^a-z]/gi, '').length;
  if (letters === 0) return out;
  const words = Math.max(1, Math.ceil((letters * 0.5) / 5));
  const pad = Array.from({ length: words }, (_, i) => PAD[i % PAD.length] ?? '').join(' ');
  return /\s$/.test(out) ? `${out}${pad} ` : `${out} ${pad}`;
}

/** RLM-wrapped, reversed-script stand-in: each literal gets right-to-left marks so layout mirrors. */
function mirror(text: string): string {
  if (text.trim() === '') return text;
  return `\u202B${text}\u202C`;
}

export type PseudoKind = 'accented' | 'rtl';

/**
 * One message in a pseudo-locale. A source string stays a string (parsed and printed again, in Node:
 * the CLI and the tests); a message precompiled at build time (the pane's bundles, which carry no
 * ICU parser) is rewritten as elements, so neither parser nor printer runs there. A plain text is one
 * literal run, the same either way, and needs neither.
 */
export function pseudoMessage(message: string, kind: PseudoKind): string;
export function pseudoMessage(message: Message, kind: PseudoKind): Message;
export function pseudoMessage(message: Message, kind: PseudoKind): Message {
  const change = kind === 'accented' ? accent : mirror;
  if (isPlain(message)) return change(message);
  if (typeof message === 'string') return mapLiterals(message, change);
  const elements: MessageFormatElement[] = structuredClone(message);
  mapElements(elements, change);
  return elements;
}

/**
 * A whole catalogue in a pseudo-locale: every message (nested objects and arrays too) goes
 * through `pseudoMessage`; the keys and the shape stay those of the source, so the result has the
 * source's type.
 */
export function pseudoTree<T>(source: T, kind: PseudoKind): T {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string' || isPrecompiled(value)) return pseudoMessage(value, kind);
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(source) as T;
}
