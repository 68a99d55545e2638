/**
 * The lexicon: every localised word list the readers use, merged from one file per language.
 * Readers ask for a role (`words('exchangeHeading')`) and never keep word lists of their own.
 */
import { EN } from './en';
import { FR } from './fr';
import { DE } from './de';
import { JA } from './ja';
import { RU } from './ru';
import { IT } from './it';
import { ES } from './es';
import { NL } from './nl';
import { SV } from './sv';
import { PT } from './pt';
import { PT_BR } from './pt-BR';
import { PT_PT } from './pt-PT';
import { DA } from './da';
import { NB } from './nb';
import { FI } from './fi';
import { PL } from './pl';
import { CS } from './cs';
import { TR } from './tr';
import { ZH_CN } from './zh-CN';
import { ZH_TW } from './zh-TW';
import { KO } from './ko';
import type { LanguageLexicon, Role } from './types';
import { findIn } from '../haystack';

export type { Lang, LanguageLexicon, Role, Term } from './types';
export { ROLES } from './types';

export const LANGUAGES: readonly LanguageLexicon[] = [
  EN,
  FR,
  DE,
  JA,
  RU,
  IT,
  ES,
  NL,
  SV,
  PT,
  PT_BR,
  PT_PT,
  DA,
  NB,
  FI,
  PL,
  CS,
  TR,
  ZH_CN,
  ZH_TW,
  KO,
];

const cache = new Map<Role, readonly string[]>();

/** The words of one role in every language (lower case, English first, no repeats). */
export function words(role: Role): readonly string[] {
  let out = cache.get(role);
  if (out === undefined) {
    out = [...new Set(LANGUAGES.flatMap((l) => (l[role] ?? []).map((t) => t.text)))];
    cache.set(role, out);
  }
  return out;
}

export {
  autoReplyWords,
  exchangeWords,
  forwardWords,
  hasWord,
  isWord,
  normalise,
  roleSentencePatterns,
  roleWords,
  sentencePatterns,
} from './match';
export type { ExchangeRole, ForwardRole, SentencePattern } from './match';

/** The first word of `role` (any language) found in `lowerText`, or null: the evidence a reader quotes. */
export function findWord(role: Role, lowerText: string): string | null {
  // Lists of every language are long and mostly absent: the trigram prefilter skips most searches.
  return findIn(lowerText, words(role)) ?? null;
}
