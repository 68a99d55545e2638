/**
 * The message catalogue: every user-visible sentence, in ICU MessageFormat, per locale. English
 * is complete; another locale is one more file `messages/<lang>.ts` exporting a `Catalogue` and
 * one line in `LOCALES`: the compiler checks that it has texts for every catalogue entry id,
 * every error code, every pane key.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { EN } from './messages/en';
import type { Catalogue } from './messages/en';

export type { Catalogue, EntryTexts } from './messages/en';

const LOCALES: Readonly<Record<string, Catalogue>> = { en: EN };

/**
 * The catalogue for a BCP 47 tag: the exact tag, else its language, else English (the only
 * complete catalogue, so a reader of an unsupported language still gets an explanation).
 */
export function messages(locale: string): Catalogue {
  return LOCALES[locale] ?? LOCALES[locale.split('-')[0] ?? ''] ?? EN;
}

export const AVAILABLE_LOCALES: readonly string[] = Object.keys(LOCALES);

const cache = new Map<string, IntlMessageFormat>();

/** Formats one ICU message. Values are plain text: nothing here produces markup. */
export function format(message: string, values: Readonly<Record<string, string | number>>, locale: string): string {
  const key = `${locale}\u0000${message}`;
  let f = cache.get(key);
  if (f === undefined) {
    f = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
    cache.set(key, f);
  }
  const out = f.format(values);
  return typeof out === 'string' ? out : String(out);
}
