/** Formats one ICU message (intl-messageformat, compiled once per locale and message). */
import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/**
 * One catalogue message: its ICU source text or, in the pane's bundles, the same text parsed at
 * build time (scripts/precompile-messages.cjs turns every catalogue text with ICU syntax into the
 * `MessageFormatElement[]` that `parse(text, { ignoreTag: true })` returns). Plain texts stay strings
 * everywhere; the CLI and the tests run on the TypeScript sources, where every message is a string.
 */
export type Message = string | MessageFormatElement[];

/** One compiled format per locale and message, built on first use and kept for the process. */
const cache = new Map<string, Map<Message, IntlMessageFormat>>();

/**
 * A message with no ICU syntax is its own text: no braces (arguments, plural, select) and no
 * doubled apostrophe (ICU's escape). Most catalogue texts are plain sentences; they skip the
 * parser, the locale resolution and the formatter. A precompiled message is never plain.
 */
export function isPlain(message: Message): message is string {
  return typeof message === 'string' && !message.includes('{') && !message.includes('}') && !message.includes("''");
}

/**
 * A message parsed at build time: a non-empty array of elements (a catalogue value that is an array
 * of messages, like an entry's `steps`, holds strings or arrays, never element objects).
 */
export function isPrecompiled(value: unknown): value is MessageFormatElement[] {
  if (!Array.isArray(value) || value.length === 0) return false;
  const first: unknown = value[0];
  return typeof first === 'object' && first !== null && !Array.isArray(first);
}

/**
 * Formats one ICU message. Values are plain text: nothing here produces markup. A string with ICU
 * syntax is parsed here, which the pane's bundles cannot do (they carry no parser: see
 * `no-parser.ts`); their catalogues hold such messages precompiled.
 */
export function format(message: Message, values: Readonly<Record<string, string | number>>, locale: string): string {
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
