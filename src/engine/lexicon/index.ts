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
import type { LanguageLexicon, Role } from './types';

export type { Lang, LanguageLexicon, Role, Term } from './types';
export { ROLES } from './types';

export const LANGUAGES: readonly LanguageLexicon[] = [EN, FR, DE, JA, RU, IT, ES, NL, SV, PT];

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
