// A TypeScript transformer for the pane's bundles: every catalogue text with ICU syntax (an argument,
// a plural, a select, an escaped apostrophe) becomes the `MessageFormatElement[]` FormatJS parses it
// into, written into the bundle as an array literal. intl-messageformat formats an AST as it does a
// string, so the pane and its worker need no ICU parser: webpack.pane.js aliases
// `@formatjs/icu-messageformat-parser` to src/engine/i18n/no-parser.ts, which drops the parser
// (~50 KB), its time data (~17 KB) and the skeleton parser from every bundle that reaches the first
// verdict (FormatJS's own advice: precompile, as `formatjs compile --ast` does, and alias to
// `no-parser`). A transformer rather than a generated file: the catalogues stay the one source, typed
// `Message` (src/engine/i18n/format.ts), and the CLI and jest keep reading them as strings.
//
// Parsing is exactly format.ts's (`ignoreTag: true`); plain texts (format.ts's `isPlain`) stay
// strings. A template with substitutions cannot be parsed here: the build fails if its literal parts
// have ICU syntax (the catalogues' templates only splice in plain constants).
const path = require('path');
const ts = require('typescript');
const { parse } = require('@formatjs/icu-messageformat-parser');

/** The catalogue files: each language's engine and pane words; not their loaders or the pseudo-locales. */
const CATALOGUE = /[\\/]src[\\/](?:engine[\\/]explain|taskpane)[\\/]messages[\\/](?!index\.|load\.|pseudo\.)[^\\/]+\.ts$/;

/** Same test as format.ts's `isPlain`. */
const isPlain = (text) => !text.includes('{') && !text.includes('}') && !text.includes("''");

/** What format.ts's `new IntlMessageFormat(text, locale, undefined, { ignoreTag: true })` parses. */
const compile = (text) => parse(text, { ignoreTag: true });

/** A JSON value (the parser's output) as a TypeScript expression. */
function literal(factory, value) {
  if (value === null) return factory.createNull();
  if (Array.isArray(value)) return factory.createArrayLiteralExpression(value.map((v) => literal(factory, v)));
  switch (typeof value) {
    case 'string':
      return factory.createStringLiteral(value);
    case 'number':
      return value < 0
        ? factory.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, factory.createNumericLiteral(-value))
        : factory.createNumericLiteral(value);
    case 'boolean':
      return value ? factory.createTrue() : factory.createFalse();
    case 'object':
      return factory.createObjectLiteralExpression(
        Object.entries(value)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => factory.createPropertyAssignment(factory.createStringLiteral(k), literal(factory, v))),
      );
    default:
      throw new Error(`precompile-messages: cannot write a ${typeof value} into the bundle`);
  }
}

/** @type {(program?: unknown) => import('typescript').TransformerFactory<import('typescript').SourceFile>} */
const transformer = () => (context) => (file) => {
  if (!CATALOGUE.test(path.resolve(file.fileName))) return file;
  const visit = (node) => {
    // Module names and types are not messages.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isTypeNode(node)) return node;
    // A property's name is a key, never a message: only its value is visited.
    if (ts.isPropertyAssignment(node))
      return context.factory.updatePropertyAssignment(node, node.name, ts.visitNode(node.initializer, visit));
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      return isPlain(node.text) ? node : literal(context.factory, compile(node.text));
    }
    if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
      if (!parts.every(isPlain)) {
        throw new Error(`precompile-messages: ${file.fileName}: a template with ICU syntax cannot be precompiled; write it as one string.`);
      }
    }
    return ts.visitEachChild(node, visit, context);
  };
  return ts.visitNode(file, visit);
};

module.exports = transformer;
module.exports.CATALOGUE = CATALOGUE;
module.exports.isPlain = isPlain;
module.exports.compile = compile;
