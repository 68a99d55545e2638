/** Formats one ICU message (intl-messageformat, compiled once per locale and message). */
import { IntlMessageFormat } from 'intl-messageformat';

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
