// Lint: typescript-eslint (the type-checked preset), eslint-plugin-regexp (incl. super-linear backtracking),
// and the Office add-in rules for code that touches Office.js.
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';
import officeAddins from 'eslint-plugin-office-addins';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'build-tsc/**', 'coverage/**', '*.config.js', 'webpack.*.js', 'scripts/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.mjs', 'test/shims/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  regexp.configs['flat/recommended'],
  {
    files: ['src/**/*.ts', 'src/**/*.tsx', 'test/**/*.ts', 'test/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      '@typescript-eslint/explicit-module-boundary-types': 'error',
    },
  },
  {
    // Office add-in rules where Office.js is touched (and in the pane that mounts on Office.onReady).
    files: ['src/office/**/*.ts', 'src/taskpane/**/*.tsx', 'src/playground/**/*.ts', 'src/commands/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: Object.fromEntries(Object.keys(officeAddins.rules).map((r) => [`office-addins/${r}`, 'error'])),
  },
  // Plain JavaScript (this config, test shims) is outside the TypeScript program: no type-aware rules there.
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
);
