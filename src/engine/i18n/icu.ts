/**
 * ICU MessageFormat helpers shared by the catalogue tests and the pseudo-locales: which arguments a
 * message uses, and a rewrite of its literal text that leaves every argument, plural and select
 * untouched. Built on formatjs's own parser and printer, the ones intl-messageformat uses.
 */
import { parse } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer';
import { TYPE } from '@formatjs/icu-messageformat-parser';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/**
 * Parses like intl-messageformat does in the catalogue (tags are plain text there), and like the
 * pane's build precompiles it (scripts/precompile-messages.cjs).
 */
export function parseMessage(message: string): MessageFormatElement[] {
  return parse(message, { ignoreTag: true });
}
const ast = parseMessage;

/** Rewrites, in place, every literal run of parsed elements with `change`; arguments and ICU structure are kept. */
export function mapElements(elements: MessageFormatElement[], change: (text: string) => string): void {
  for (const e of elements) {
    if (e.type === TYPE.literal) e.value = change(e.value);
    else if (e.type === TYPE.tag) mapElements(e.children, change);
    else if (e.type === TYPE.plural || e.type === TYPE.select)
      for (const option of Object.values(e.options)) mapElements(option.value, change);
  }
}

/** The names of every argument in a message, nested plural/select options included. Throws on invalid ICU. */
export function argumentsOf(message: string): ReadonlySet<string> {
  const names = new Set<string>();
  const walk = (elements: readonly MessageFormatElement[]): void => {
    for (const e of elements) {
      if (e.type === TYPE.literal || e.type === TYPE.pound) continue;
      if (e.type === TYPE.tag) {
        walk(e.children);
        continue;
      }
      names.add(e.value);
      if (e.type === TYPE.plural || e.type === TYPE.select) for (const option of Object.values(e.options)) walk(option.value);
    }
  };
  walk(ast(message));
  return names;
}

/** Rewrites every literal run of a message with `change`; arguments and ICU structure are kept. */
export function mapLiterals(message: string, change: (text: string) => string): string {
  const tree = ast(message);
  mapElements(tree, change);
  return printAST(tree);
}
