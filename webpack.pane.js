// The task pane, its FunctionFile and the playground. Production output goes to dist/ with the
// manifest, icons, config.json and the sample bounces beside it.
const path = require('path');
const fs = require('fs');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const stripCitations = require('./scripts/strip-citations.cjs');
const precompileMessages = require('./scripts/precompile-messages.cjs');

const samples = fs.readdirSync(path.resolve(__dirname, 'assets/samples')).filter((f) => /\.(?:eml|txt|html)$/.test(f));

/** Copies static files into dist/ (no extra dependency for four folders). */
class CopyStatic {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('CopyStatic', () => {
      const out = compiler.options.output.path;
      const copy = (from, to) => {
        fs.mkdirSync(path.dirname(to), { recursive: true });
        fs.copyFileSync(from, to);
      };
      for (const f of fs.readdirSync(path.resolve(__dirname, 'assets'))) {
        if (/^icon-\d+\.png$/.test(f)) copy(path.resolve(__dirname, 'assets', f), path.join(out, 'assets', f));
      }
      for (const f of samples) copy(path.resolve(__dirname, 'assets/samples', f), path.join(out, 'samples', f));
      copy(path.resolve(__dirname, 'assets/config.json'), path.join(out, 'config.json'));
      copy(path.resolve(__dirname, 'manifest.xml'), path.join(out, 'manifest.xml'));
    });
  }
}

module.exports = (env = {}) => [
  {
    name: 'pane',
    target: 'web',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      playground: './src/playground/playground.tsx',
      commands: './src/commands/commands.ts',
      // The engine's Web Worker (src/worker/browser.ts loads it beside the page); no HTML page includes it.
      // Its lazy chunks (the reader's locale, rarely needed readers) load with importScripts.
      'engine-worker': { import: './src/worker/browser-entry.ts', chunkLoading: 'import-scripts' },
      // A few hundred bytes the pages load first (taskpane.html, playground.html): they start the
      // engine's worker while the pane's bundle and Office.js load (src/worker/early.ts).
      'engine-start': './src/worker/early-start.ts',
    },
    // Lazy chunks: one per locale (`locale-de.js`: the engine's catalogue and the pane's words), shared
    // by the pane and the engine worker, so a language is fetched once.
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', chunkFilename: '[name].js', clean: false },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      alias: {
        'iconv-lite': path.resolve(__dirname, 'src/shims/iconv-lite.ts'),
        // No ICU parser in the pane's bundles: their catalogue texts come parsed at build time
        // (scripts/precompile-messages.cjs), and intl-messageformat gets FormatJS's `no-parser` build,
        // whose `parse` (src/engine/i18n/no-parser.ts) says which message escaped precompiling.
        // Exact match (`$`): the printer (`.../printer`) and the no-parser build itself are other requests.
        '@formatjs/icu-messageformat-parser$': path.resolve(__dirname, 'src/engine/i18n/no-parser.ts'),
        // Its ES module build, for the reason the printer's is used below.
        '@formatjs/icu-messageformat-parser/no-parser$': path.resolve(
          __dirname,
          'node_modules/@formatjs/icu-messageformat-parser/lib/no-parser.js',
        ),
        // The ICU printer's ES module build: its CommonJS one requires all of tslib, which then
        // cannot be tree-shaken from the worker (the parser shares tslib with it).
        '@formatjs/icu-messageformat-parser/printer$': path.resolve(
          __dirname,
          'node_modules/@formatjs/icu-messageformat-parser/lib/printer.js',
        ),
      },
      // Node built-ins pulled in by libraries' optional code paths are not needed in the browser.
      fallback: { fs: false, path: false, stream: false, buffer: false, util: false, crypto: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: 'ts-loader',
          options: {
            transpileOnly: true,
            compilerOptions: { module: 'es2020', moduleResolution: 'node' },
            // Citations of words and rules stay in the source, not in what the pane downloads; the
            // catalogues' ICU texts arrive parsed.
            getCustomTransformers: () => ({ before: [stripCitations(), precompileMessages()] }),
          },
          exclude: /node_modules/,
        },
      ],
    },
    devtool: env.dev ? 'source-map' : false,
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({
        SAMPLES: JSON.stringify(samples),
        'process.env.NODE_ENV': JSON.stringify(env.dev ? 'development' : 'production'),
      }),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'playground.html', template: './src/playground/playground.html', chunks: ['playground'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new CopyStatic(),
    ],
  },
];
