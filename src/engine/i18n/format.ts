/** Formats one ICU message (intl-messageformat, compiled once per locale and message). */
import { IntlMessageFormat } from 'intl-messageformat';

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
