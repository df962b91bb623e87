// Jest runs in native ESM mode (see STACK.md); SWC strips types and keeps decorator metadata for Nest.
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2023',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
    },
    module: { type: 'es6' },
  },
];

const shared = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@curbside/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^@curbside/([a-z-]+)/nest$': '<rootDir>/libs/$1/src/nest/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};

/** @type {import('jest').Config} */
export default {
  // Database and HTTP suites hash passwords with argon2 and start PGlite: seconds, not milliseconds.
  testTimeout: 60_000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools,bench}/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,tools}/**/*.integration-spec.ts'],
      // A server's own settings can only be tested on a server (DATABASE_URL).
      testPathIgnorePatterns: process.env.DATABASE_URL ? [] : ['/server-only/'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      // Several API processes must share one database: only a PostgreSQL server can do that.
      testPathIgnorePatterns: process.env.DATABASE_URL ? [] : ['<rootDir>/test/server-only/'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
    },
  ],
};
