// Two bundles from one config: the Node CLI (`--env target=cli` builds only it) and the task
// pane with its playground (added by the add-in work).
const path = require('path');
const { AsciiBundlePlugin } = require('./scripts/ascii-bundle.cjs');
const stripCitations = require('./scripts/strip-citations.cjs');

const cli = {
  name: 'cli',
  target: 'node20',
  entry: {
    'ndr-explain': './src/cli/bin.ts',
    // The worker_threads script the CLI runs each file in (src/worker/node.ts finds it beside this bundle).
    worker: './src/cli/worker-loader.ts',
    // The worker's engine code, loaded by worker.js through V8's code cache (src/worker/code-cache.ts).
    'worker-engine': { import: './src/cli/worker.ts', library: { type: 'commonjs2' } },
    engine: { import: './src/engine/index.ts', library: { type: 'commonjs2' } },
  },
  output: { path: path.resolve(__dirname, 'dist/cli'), filename: '[name].js', chunkFilename: 'lazy-[name].js', clean: false },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  // `createRequire` stays Node's own: the worker loader (src/worker/code-cache.ts) needs a real `require`.
  // The command line bundles every locale (and every lazy reader) into its files: no chunk files to
  // find at run time, and `loadMessages` resolves at once.
  module: {
    parser: { javascript: { createRequire: false, dynamicImportMode: 'eager' } },
    rules: [
      {
        test: /\.tsx?$/,
        loader: 'ts-loader',
        options: {
          transpileOnly: true,
          compilerOptions: { module: 'esnext' },
          // Nothing reads a word's or a rule's citation at run time: each worker loads less code.
          getCustomTransformers: () => ({ before: [stripCitations()] }),
        },
        exclude: /node_modules/,
      },
    ],
  },
  // The main thread never loads the engine to do the work (the workers do): its rare fallback
  // (`import('./answer')` when no worker would start) is the worker's own bundle, required at run
  // time. The main bundle stays small (about 40 KB instead of 2.5 MB), so the process starts sooner.
  externals: ({ request, contextInfo }, callback) => {
    if (request === './answer' && /[\\/]src[\\/]cli[\\/]ndr-explain\.ts$/.test(contextInfo?.issuer ?? '')) {
      return callback(null, 'commonjs ./worker-engine.js');
    }
    return callback();
  },
  devtool: false,
  optimization: { minimize: false, splitChunks: false },
  plugins: [
    new (require('webpack').BannerPlugin)({ banner: '#!/usr/bin/env node', raw: true, include: /^ndr-explain\.js$/ }),
    // Pure-ASCII bundles: each worker reads its engine as latin1, a byte copy (scripts/ascii-bundle.cjs).
    new AsciiBundlePlugin({ test: /\.js$/ }),
  ],
};

// The engine's stages one by one, for `npm run bench` only.
const bench = {
  ...cli,
  name: 'bench',
  entry: { stages: { import: './scripts/bench-stages.ts', library: { type: 'commonjs2' } } },
  output: { path: path.resolve(__dirname, 'dist/bench'), filename: '[name].js', clean: false },
  plugins: [],
};

module.exports = (env = {}) => {
  if (env.target === 'cli') return [cli];
  if (env.target === 'bench') return [bench];
  const configs = [cli];
  try {
    configs.push(...require('./webpack.pane.js')(env));
  } catch (e) {
    if (e.code !== 'MODULE_NOT_FOUND') throw e;
  }
  return configs;
};
