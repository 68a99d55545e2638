/**
 * What the pane's bundles get for `@formatjs/icu-messageformat-parser` (webpack.pane.js aliases it
 * here): FormatJS's own `no-parser` build (the AST types and helpers intl-messageformat formats with,
 * without the ~80 KB parser, its time data and the skeleton parser), with a `parse` that says what
 * went wrong. Every ICU message the pane formats is precompiled at build time
 * (scripts/precompile-messages.cjs), so this `parse` runs only if a message escaped that step.
 */
export * from '@formatjs/icu-messageformat-parser/no-parser';

export function parse(message: string): never {
  throw new Error(
    `This bundle has no ICU parser, and the message "${message.slice(0, 80)}" was not precompiled at build time (scripts/precompile-messages.cjs).`,
  );
}
