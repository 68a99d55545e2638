/**
 * All languages' words, one file per language, and the lookups the readers use. Matching is done
 * on normalised text (`normalise`): case, width (full-width colons), no-break spaces, curly
 * apostrophes and the French space before a colon do not matter.
 */
import { cs } from './cs';
import { da } from './da';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fi } from './fi';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { nb } from './nb';
import { nl } from './nl';
import { pl } from './pl';
import { ptBR } from './pt-BR';
import { ptPT } from './pt-PT';
import { ru } from './ru';
import { sv } from './sv';
import { tr } from './tr';
import type { ExchangeTerms, ForwardTerms, Lexicon } from './types';
import { zhCN } from './zh-CN';
import { zhTW } from './zh-TW';

export type { ExchangeTerms, ForwardTerms, LangTag, Lexicon, SourceKind, Term } from './types';

/** English first: it is what most servers write and what the admin part stays in. */
export const LEXICONS: readonly Lexicon[] = [en, de, fr, es, it, ptBR, ptPT, nl, sv, da, nb, fi, pl, cs, ru, tr, ja, zhCN, zhTW, ko];

/**
 * The form every comparison uses: NFKC (full-width forms to ASCII), lower case, curly quotes
 * straightened, no-break and ideographic spaces as spaces, no space before a colon, runs of
 * white space as one space.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/ :/g, ':')
    .trim();
}

/** A term without its closing colon, normalised: headings match with or without it. */
function stem(text: string): string {
  const n = normalise(text);
  return n.endsWith(':') ? n.slice(0, -1).trimEnd() : n;
}

const cache = new Map<string, readonly string[]>();

/** Every language's words for one role of the Exchange layouts, normalised, without closing colons. */
export function exchangeWords(role: keyof ExchangeTerms): readonly string[] {
  const key = `x:${role}`;
  let words = cache.get(key);
  if (words === undefined) {
    words = [...new Set(LEXICONS.flatMap((l) => l.exchange[role].map((t) => stem(t.text))))];
    cache.set(key, words);
  }
  return words;
}

/** Every language's labels for one role of a forward header block, normalised. */
export function forwardWords(role: keyof ForwardTerms): readonly string[] {
  const key = `f:${role}`;
  let words = cache.get(key);
  if (words === undefined) {
    words = [...new Set(LEXICONS.flatMap((l) => l.forward[role].map((t) => stem(t.text))))];
    cache.set(key, words);
  }
  return words;
}

/** Every language's subject prefixes of automatic replies, normalised. */
export function autoReplyWords(): readonly string[] {
  let words = cache.get('autoreply');
  if (words === undefined) {
    words = [...new Set(LEXICONS.flatMap((l) => l.autoReplySubject.map((t) => stem(t.text))))];
    cache.set('autoreply', words);
  }
  return words;
}

/** True when the normalised line contains one of the words. */
export function hasWord(normalisedLine: string, words: readonly string[]): boolean {
  return words.some((w) => normalisedLine.includes(w));
}

/** True when the normalised line is exactly one of the words (a closing colon allowed). */
export function isWord(normalisedLine: string, words: readonly string[]): boolean {
  const l = normalisedLine.endsWith(':') ? normalisedLine.slice(0, -1).trimEnd() : normalisedLine;
  return words.includes(l);
}

/** Sentence patterns with a `{rcpt}` slot, split into the words before and after it. */
export interface SentencePattern {
  readonly before: string;
  readonly after: string;
}

export function sentencePatterns(role: keyof ExchangeTerms): readonly SentencePattern[] {
  return exchangeWords(role)
    .filter((w) => w.includes('{rcpt}'))
    .map((w) => {
      const [before = '', after = ''] = w.split('{rcpt}');
      return { before: before.trim(), after: after.trim() };
    });
}
