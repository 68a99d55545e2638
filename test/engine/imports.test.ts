/**
 * The house drawn from the imports matches the plan: the engine imports no face (office,
 * taskpane, cli, playground, commands), and the faces reach the pipeline only through `run`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SRC = path.resolve(__dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return files(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** Every module a file imports or re-exports, with the names it takes (read by the TypeScript parser). */
function imports(file: string): Array<{ from: string; names: string[]; typeOnly: boolean }> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Array<{ from: string; names: string[]; typeOnly: boolean }> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const names =
        bindings !== undefined && ts.isNamedImports(bindings) ? bindings.elements.map((e) => (e.propertyName ?? e.name).text) : [];
      const allTypes = bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.every((e) => e.isTypeOnly);
      out.push({
        from: node.moduleSpecifier.text,
        names,
        typeOnly: clause?.isTypeOnly === true || (clause?.name === undefined && allTypes),
      });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier !== undefined && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.exportClause;
      const names = clause !== undefined && ts.isNamedExports(clause) ? clause.elements.map((e) => (e.propertyName ?? e.name).text) : [];
      out.push({ from: node.moduleSpecifier.text, names, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.arguments.length === 1) {
      const arg = node.arguments[0];
      const dynamic =
        node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require');
      if (dynamic && arg !== undefined && ts.isStringLiteral(arg)) out.push({ from: arg.text, names: boundNames(node), typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** The names taken from a dynamic import: `const { run } = await import('…')`. */
function boundNames(call: ts.CallExpression): string[] {
  const holder = ts.isAwaitExpression(call.parent) ? call.parent.parent : call.parent;
  if (holder !== undefined && ts.isVariableDeclaration(holder) && ts.isObjectBindingPattern(holder.name))
    return holder.name.elements
      .map((e) => (e.propertyName !== undefined && ts.isIdentifier(e.propertyName) ? e.propertyName : e.name))
      .filter(ts.isIdentifier)
      .map((i) => i.text);
  return [];
}

const resolveFrom = (file: string, spec: string): string => (spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : spec);
const within = (p: string, dir: string): boolean => p === path.join(SRC, dir) || p.startsWith(path.join(SRC, dir) + path.sep);

// The worker is the faces' shared way to the engine: the pane and the CLI run it there.
const FACES = ['office', 'taskpane', 'cli', 'playground', 'commands', 'worker'];
/** Engine exports that run a pipeline stage: the faces must go through `run` instead. */
const PIPELINE_STAGES = [
  'analyze',
  'analyzeMail',
  'explain',
  'explainRecipient',
  'buildReport',
  'readInput',
  'decode',
  'classify',
  'chooseCodes',
];

describe('imports follow the house plan', () => {
  test('the engine never imports a face, React, the DOM libraries or Office', () => {
    const bad: string[] = [];
    for (const file of files(path.join(SRC, 'engine'))) {
      for (const { from } of imports(file)) {
        const target = resolveFrom(file, from);
        if (FACES.some((f) => within(target, f)) || /^(?:react|@fluentui|@microsoft\/office-js|office-addin)/.test(from))
          bad.push(`${path.relative(SRC, file)} imports ${from}`);
      }
    }
    expect(bad).toEqual([]);
  });

  test('faces reach the engine through its index only, and the pipeline through run only', () => {
    const bad: string[] = [];
    let runCallers = 0;
    for (const face of FACES) {
      for (const file of files(path.join(SRC, face))) {
        for (const { from, names, typeOnly } of imports(file)) {
          const target = resolveFrom(file, from);
          if (!within(target, 'engine')) continue;
          // `limits.ts` and `locale.ts` are leaves without imports: the CLI's main thread reads its
          // input cap and resolves the language there without loading the engine (the engine itself
          // runs only in the worker threads).
          const leaves = ['limits', 'locale'].map((l) => path.join(SRC, 'engine', l));
          const deep = target !== path.join(SRC, 'engine') && !leaves.includes(target);
          // Types may come from anywhere in the engine; values only from its public surface.
          if (deep && !typeOnly) bad.push(`${path.relative(SRC, file)} reaches into ${from}`);
          for (const n of names) if (PIPELINE_STAGES.includes(n)) bad.push(`${path.relative(SRC, file)} calls ${n} instead of run`);
          if (names.includes('run')) runCallers++;
        }
      }
    }
    expect(bad).toEqual([]);
    // The worker's entry (for the pane and the CLI) and the pane's same-thread fallback (engine-client.ts).
    expect(runCallers).toBeGreaterThanOrEqual(2);
  });

  test('the engine index exports no pipeline stage but run', async () => {
    const engine = (await import('../../src/engine')) as Record<string, unknown>;
    expect(typeof engine.run).toBe('function');
    for (const n of PIPELINE_STAGES) expect(engine[n]).toBeUndefined();
  });
});
