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

// The web app's components: TSX with React's automatic runtime, in a simulated DOM.
const swcTsx = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
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
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,tools,bench}/**/*.spec.ts'],
      testPathIgnorePatterns: ['<rootDir>/apps/web/'],
    },
    {
      displayName: 'web',
      testMatch: ['<rootDir>/apps/web/src/**/*.spec.{ts,tsx}'],
      extensionsToTreatAsEsm: ['.ts', '.tsx'],
      transform: { '^.+\\.tsx?$': swcTsx },
      moduleNameMapper: { '\\.css$': '<rootDir>/apps/web/src/test/style-stub.ts' },
      testEnvironment: 'jsdom',
      modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/apps/web/dist/'],
    },
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
      // Several API processes must share one database: only a PostgreSQL server can do that. The
      // browser suite runs its own server on embedded PGlite, so it runs once, in the PGlite tier.
      testPathIgnorePatterns: process.env.DATABASE_URL
        ? ['<rootDir>/test/web/']
        : ['<rootDir>/test/server-only/'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
    },
  ],
};
