/**
 * The pane's catalogues are precompiled at build time (scripts/precompile-messages.cjs): every text
 * with ICU syntax becomes its parsed elements, and the pane's bundles carry no ICU parser. Here each
 * catalogue file goes through the same transformer the build uses, is evaluated, and every message is
 * formatted both ways (precompiled and from its source string) with the same values: the text must
 * be the same, in every locale, for every key with arguments, plural and select branches included.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import ts from 'typescript';
import { TYPE } from '@formatjs/icu-messageformat-parser';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { format, isPlain, isPrecompiled } from '../../src/engine/i18n/format';
import type { Message } from '../../src/engine/i18n/format';
import { parseMessage } from '../../src/engine/i18n/icu';
import { pseudoTree } from '../../src/engine/i18n/pseudo';
import { parse as missingParse } from '../../src/engine/i18n/no-parser';

interface Precompile {
  (): ts.TransformerFactory<ts.SourceFile>;
  readonly CATALOGUE: RegExp;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's CommonJS transformer
const precompile = require('../../scripts/precompile-messages.cjs') as Precompile;

const SRC = path.resolve(__dirname, '../../src');
const DIRS = [path.join(SRC, 'engine/explain/messages'), path.join(SRC, 'taskpane/messages')];
const FILES = DIRS.flatMap((d) => readdirSync(d).map((f) => path.join(d, f))).filter((f) => precompile.CATALOGUE.test(f));

/** Evaluates a catalogue file as the pane's build emits it; its relative imports of other catalogue files too. */
const built = new Map<string, Record<string, unknown>>();
function load(file: string): Record<string, unknown> {
  const have = built.get(file);
  if (have !== undefined) return have;
  const out = ts.transpileModule(readFileSync(file, 'utf8'), {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2021 },
    transformers: { before: [precompile()] },
  });
  const module = { exports: {} as Record<string, unknown> };
  const requireFrom = (request: string): unknown => {
    if (!request.startsWith('.')) throw new Error(`A catalogue imports ${request} at run time: extend this test.`);
    const target = path.resolve(path.dirname(file), `${request}.ts`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a non-catalogue module, as ts-jest compiles it
    return precompile.CATALOGUE.test(target) ? load(target) : (require(target) as unknown);
  };
  runInNewContext(out.outputText, { module, exports: module.exports, require: requireFrom });
  built.set(file, module.exports);
  return module.exports;
}

/** Values for every argument of a message, one set per variant (each plural count, each select option). */
function valueSets(elements: readonly MessageFormatElement[]): Record<string, string | number>[] {
  const variants = new Map<string, readonly (string | number)[]>();
  const walk = (es: readonly MessageFormatElement[]): void => {
    for (const e of es) {
      if (e.type === TYPE.literal || e.type === TYPE.pound) continue;
      if (e.type === TYPE.tag) walk(e.children);
      else if (e.type === TYPE.plural) variants.set(e.value, [0, 1, 2, 5, 21, 1000]);
      else if (e.type === TYPE.select) variants.set(e.value, [...Object.keys(e.options), 'none-of-these']);
      else if (e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) variants.set(e.value, [1234.5]);
      else variants.set(e.value, [`\u2039${e.value}\u203a`]);
      if (e.type === TYPE.plural || e.type === TYPE.select) for (const o of Object.values(e.options)) walk(o.value);
    }
  };
  walk(elements);
  const n = Math.max(1, ...[...variants.values()].map((v) => v.length));
  return Array.from({ length: n }, (_, i) => Object.fromEntries([...variants].map(([name, vs]) => [name, vs[i % vs.length] ?? ''])));
}

/** Every message of two trees of the same shape, side by side, by key path. */
function pairs(source: unknown, compiled: unknown, at: string, out: [string, string, unknown][]): void {
  if (typeof source === 'string') {
    out.push([at, source, compiled]);
    return;
  }
  if (typeof source !== 'object' || source === null) return;
  expect([at, Array.isArray(compiled)]).toEqual([at, Array.isArray(source)]);
  for (const [k, v] of Object.entries(source)) pairs(v, (compiled as Record<string, unknown>)[k], `${at}.${k}`, out);
}

/** The locale a catalogue formats in: its own `locale`, or a pane file's name. */
const localeOf = (file: string, exported: unknown): string =>
  typeof exported === 'object' && exported !== null && typeof (exported as { locale?: unknown }).locale === 'string'
    ? String((exported as { locale: string }).locale)
    : path.basename(file, '.ts').replace(/^en-ui$/, 'en');

describe('catalogue messages survive the build-time precompile (scripts/precompile-messages.cjs)', () => {
  test('the transformer finds every catalogue file and no loader', () => {
    const names = FILES.map((f) => path.relative(SRC, f).replace(/\\/g, '/'));
    expect(names).toContain('engine/explain/messages/en.ts');
    expect(names).toContain('engine/explain/messages/en-ui.ts');
    expect(names).toContain('taskpane/messages/zh-CN.ts');
    expect(names.some((n) => /\/(?:index|load|pseudo)\.ts$/.test(n))).toBe(false);
    expect(FILES.length).toBe(2 * 9 + 1);
  });

  test.each(FILES.map((f) => [path.relative(SRC, f)] as const))('%s: same text precompiled and from source', (rel) => {
    const file = path.join(SRC, rel);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the same file as ts-jest compiles it: source strings
    const source = require(file) as Record<string, unknown>;
    const compiled = load(file);
    expect(Object.keys(compiled).sort()).toEqual(Object.keys(source).sort());
    let withArguments = 0;
    let precompiled = 0;
    for (const [name, value] of Object.entries(source)) {
      if (typeof value !== 'object' || value === null) continue;
      const locale = localeOf(file, value);
      const messages: [string, string, unknown][] = [];
      pairs(value, compiled[name], name, messages);
      for (const [at, text, built] of messages) {
        if (at === `${name}.locale`) continue;
        if (isPlain(text)) {
          // A plain text ships as itself.
          expect([at, built]).toEqual([at, text]);
          continue;
        }
        // Anything else ships parsed: the pane has no parser to do it.
        expect([at, isPrecompiled(built)]).toEqual([at, true]);
        precompiled++;
        const elements = parseMessage(text);
        if (elements.some((e) => e.type !== TYPE.literal)) withArguments++;
        for (const values of valueSets(elements)) {
          expect([at, format(built as Message, values, locale)]).toEqual([at, format(text, values, locale)]);
        }
      }
    }
    // Every catalogue file has messages with arguments: a walk that found none would prove nothing.
    expect(precompiled).toBeGreaterThan(0);
    expect(withArguments).toBeGreaterThan(0);
  });

  test('the pseudo-locales give the same text from precompiled messages as from source strings', () => {
    const rel = 'taskpane/messages/en.ts';
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- source strings, as ts-jest compiles them
    const source = (require(path.join(SRC, rel)) as { PANE_EN: Record<string, Message> }).PANE_EN;
    const compiled = load(path.join(SRC, rel))['PANE_EN'] as Record<string, Message>;
    const before = JSON.stringify(compiled);
    let checked = 0;
    for (const kind of ['accented', 'rtl'] as const) {
      const a = pseudoTree(source, kind);
      const b = pseudoTree(compiled, kind);
      for (const [key, text] of Object.entries(a)) {
        const elements = typeof text === 'string' ? parseMessage(text) : text;
        for (const values of valueSets(elements)) {
          expect([key, format(b[key] ?? '', values, 'en')]).toEqual([key, format(text, values, 'en')]);
          checked++;
        }
      }
    }
    // The rewrite works on copies: English itself is untouched.
    expect(JSON.stringify(compiled)).toBe(before);
    expect(checked).toBeGreaterThan(100);
  });

  test('a message that escaped precompiling fails with a clear error in the pane (src/engine/i18n/no-parser.ts)', () => {
    expect(() => missingParse('{count, plural, other {#}}')).toThrow(/no ICU parser.*not precompiled/);
  });

  test('a template with ICU syntax fails the build: it cannot be precompiled', () => {
    const code = "const X = 'x';\nexport const M = { a: `{count} ${X}` };";
    expect(() =>
      ts.transpileModule(code, {
        fileName: path.join(SRC, 'engine/explain/messages/xx.ts'),
        compilerOptions: { module: ts.ModuleKind.CommonJS },
        transformers: { before: [precompile()] },
      }),
    ).toThrow(/template with ICU syntax/);
  });
});
