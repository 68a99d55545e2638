/**
 * Catalogue walking shared by the i18n tests: every message of a catalogue by its key path
 * (`entries.ms-relay-pool.steps.1`), and the literal text of a message (what a reader sees, with
 * placeholders and ICU keywords left out).
 */
import type { Message } from '../../src/engine/i18n/format';
import { mapLiterals } from '../../src/engine/i18n/icu';

/** A catalogue message as written: under ts-jest every catalogue holds its source strings (only the pane's build precompiles them). */
export function sourceOf(message: Message): string {
  if (typeof message !== 'string') throw new Error('A precompiled message in a test: tests read the TypeScript catalogues.');
  return message;
}

/** Every message of a catalogue by its key path; the top-level `locale` tag is not a message. */
export function flatten(value: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (v: unknown, p: string): void => {
    if (typeof v === 'string') out.set(p, v);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${p}.${i}`));
    else if (typeof v === 'object' && v !== null)
      for (const [k, x] of Object.entries(v)) if (p !== '' || k !== 'locale') walk(x, p === '' ? k : `${p}.${k}`);
  };
  walk(value, '');
  return out;
}

/** The words of a message as a reader sees them: literal runs only, joined by spaces. */
export function literalText(message: string): string {
  const parts: string[] = [];
  mapLiterals(message, (text) => {
    parts.push(text);
    return text;
  });
  return parts.join(' ');
}
