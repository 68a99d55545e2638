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

/** One compiled format per locale and message, built on first use and kept for the process. */
const cache = new Map<string, Map<string, IntlMessageFormat>>();

/**
 * A message with no ICU syntax is its own text: no braces (arguments, plural, select) and no
 * doubled apostrophe (ICU's escape). Most catalogue texts are plain sentences; they skip the
 * parser, the locale resolution and the formatter.
 */
function isPlain(message: string): boolean {
  return !message.includes('{') && !message.includes('}') && !message.includes("''");
}

/** Formats one ICU message. Values are plain text: nothing here produces markup. */
export function format(message: string, values: Readonly<Record<string, string | number>>, locale: string): string {
  if (isPlain(message)) return message;
  let byMessage = cache.get(locale);
  if (byMessage === undefined) {
    byMessage = new Map();
    cache.set(locale, byMessage);
  }
  let f = byMessage.get(message);
  if (f === undefined) {
    f = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
    byMessage.set(message, f);
  }
  const out = f.format(values);
  return typeof out === 'string' ? out : String(out);
}
