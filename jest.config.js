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
};
