// A TypeScript transformer for the pane's bundles: drops the `source` citation of every entry in the
// lexicon and the reason tables, and the phrase families' `sample` line. Each word, phrase family
// and provider rule names its source for reviewers and tests (which read the TypeScript itself), and
// each family a server line its test reads, but nothing reads either at run time: shipping ~1,300
// citations cost the first verdict about 4 KB gzipped (test/budget.test.ts).
const DROPPED = new Set(['source', 'sample']);
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
            DROPPED.has(p.name.text) &&
            // A plain string, or a template over the file's own constants (the peer tables name a shared file once).
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
