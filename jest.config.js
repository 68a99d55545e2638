/** Jest: TypeScript through ts-jest; tests mirror src/ under test/. Pane tests opt into jsdom per file. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/test/shims/office-addin-manifest.js' },
  testTimeout: 120000,
};
