/** Jest runs the TypeScript sources as native ES modules (see ../shared/notes/packages.md). */
export default {
  roots: ['<rootDir>/test'],
  testEnvironment: 'node',
  setupFilesAfterEnv: ['<rootDir>/test/remove-temp-dirs.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
