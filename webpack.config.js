// Two bundles from one config: the Node CLI (`--env target=cli` builds only it) and the task
// pane with its playground (added by the add-in work).
const path = require('path');

const cli = {
  name: 'cli',
  target: 'node20',
  entry: {
    'ndr-explain': './src/cli/ndr-explain.ts',
    // The worker_threads script the CLI runs each file in (src/worker/node.ts finds it beside this bundle).
    worker: './src/worker/node-entry.ts',
    engine: { import: './src/engine/index.ts', library: { type: 'commonjs2' } },
  },
  output: { path: path.resolve(__dirname, 'dist/cli'), filename: '[name].js', clean: false },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: {
    rules: [{ test: /\.tsx?$/, loader: 'ts-loader', options: { transpileOnly: true }, exclude: /node_modules/ }],
    // The command line bundles every locale (and every lazy reader) into its files: no chunk
    // files to find at run time, and `loadMessages` resolves at once.
    parser: { javascript: { dynamicImportMode: 'eager' } },
  },
  devtool: false,
  optimization: { minimize: false },
  plugins: [new (require('webpack').BannerPlugin)({ banner: '#!/usr/bin/env node', raw: true })],
};

module.exports = (env = {}) => {
  if (env.target === 'cli') return [cli];
  const configs = [cli];
  try {
    configs.push(...require('./webpack.pane.js')(env));
  } catch (e) {
    if (e.code !== 'MODULE_NOT_FOUND') throw e;
  }
  return configs;
};
