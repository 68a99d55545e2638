/**
 * Every language's words, and the lists the engine reads (all languages joined per role). The
 * engine matches every language at once: a bounce's language is the server's, not the reader's.
 */
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import type { Lexicon } from './types';
import { zh } from './zh';

export type { Lexicon } from './types';

export const LEXICONS: readonly Lexicon[] = [en, de, fr, es, it, pt, nl, pl, ja, zh];

type Role = Exclude<keyof Lexicon, 'lang'>;

/** All languages' words for one role. */
export function words(role: Role): readonly string[] {
  return LEXICONS.flatMap((l) => l[role]);
}

/** The first word of `role` (any language) found in `lowerText`, or null. */
export function findWord(role: Role, lowerText: string): string | null {
  for (const l of LEXICONS) for (const w of l[role]) if (lowerText.includes(w)) return w;
  return null;
}
