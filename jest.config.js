/** Jest runs the TypeScript sources directly; type checking is `npm run typecheck`. */
module.exports = {
  testEnvironment: 'node',
  // `#model/*` (package.json "imports") resolves to the TypeScript sources, as in the client bundle.
  testEnvironmentOptions: { customExportConditions: ['node', 'node-addons', 'plexus-source'] },
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
  },
  testTimeout: 30000,
  // PLEXUS_TEST_ENGINE=postgres: one throwaway cluster for the run (test/helpers/store.ts).
  globalSetup: '<rootDir>/test/helpers/engine-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/engine-teardown.ts',
};
