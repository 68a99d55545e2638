// A TypeScript transformer for the pane's bundles: drops the `source` citation of every entry in the
// lexicon and the reason tables. Each word, phrase family and provider rule names its source for
// reviewers and tests (which read the TypeScript itself), but nothing reads a citation at run time,
// and shipping ~1,300 of them cost the first verdict about 4 KB gzipped (test/budget.test.ts).
const path = require('path');
const ts = require('typescript');

const DIRS = ['lexicon', 'reason'].map((d) => path.resolve(__dirname, '../src/engine', d) + path.sep);

/** @type {(program?: unknown) => import('typescript').TransformerFactory<import('typescript').SourceFile>} */
module.exports = () => (context) => (file) => {
  if (!DIRS.some((d) => path.resolve(file.fileName).startsWith(d))) return file;
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const kept = node.properties.filter(
        (p) =>
          !(
            ts.isPropertyAssignment(p) &&
            ts.isIdentifier(p.name) &&
            p.name.text === 'source' &&
            // `${KUMO} [InvalidRecipient] (…)`: the peer tables build their citations from constants.
            (ts.isStringLiteralLike(p.initializer) || ts.isTemplateExpression(p.initializer))
          ),
      );
      const next = kept.length === node.properties.length ? node : context.factory.updateObjectLiteralExpression(node, kept);
      return ts.visitEachChild(next, visit, context);
    }
    return ts.visitEachChild(node, visit, context);
  };
  return ts.visitNode(file, visit);
};
