/**
 * The message catalogue: every user-visible sentence, in ICU MessageFormat, per locale. English
 * (`messages/en.ts`) is the source of truth and always bundled; every other locale is its own file
 * `messages/<lang>.ts`, typed `Catalogue`, so the compiler checks that it has texts for every entry
 * id, report key, error code and pane key. In the browser each locale is a lazy chunk
 * (`messages/load.ts`): the pane and the engine worker load only the reader's language
 * (`loadMessages`); the Node CLI bundles them all. Which language a tag means is decided once, by
 * `resolveLocale`.
 */
import { resolveLocaleOrPseudo } from '../locale';
import type { Locale, PseudoLocale } from '../locale';
import { EN } from './messages/en';
import type { Catalogue } from './messages/en';
import { loadCatalogue } from './messages/load';

export type { Catalogue, EntryTexts, ReportKey, UiCatalogue } from './messages/en';
export { format } from '../i18n/format';
export type { Message } from '../i18n/format';

const LOADED = new Map<Locale | PseudoLocale, Catalogue>([['en', EN]]);

/**
 * The catalogue for a BCP 47 tag, resolved by `resolveLocale` (de-AT → de, pt-PT → pt-BR, anything
 * unknown → en). A shipped language must have been loaded first (`loadMessages`): asking for one
 * that is not is a programming error and throws, rather than silently answering in English.
 */
export function messages(tag: string): Catalogue {
  const locale = resolveLocaleOrPseudo(tag);
  const c = LOADED.get(locale);
  if (c === undefined) throw new Error(`The ${locale} message catalogue is not loaded: await loadMessages('${locale}') first.`);
  return c;
}

/** Loads the catalogue for a tag (a lazy chunk in the browser) and returns it. */
export async function loadMessages(tag: string): Promise<Catalogue> {
  const locale = resolveLocaleOrPseudo(tag);
  const have = LOADED.get(locale);
  if (have !== undefined) return have;
  if (locale === 'en') return EN;
  const c = await loadCatalogue(locale);
  LOADED.set(locale, c);
  return c;
}
