export { createTestDatabase } from './test-database.js';
export type { TestDatabaseOptions } from './test-database.js';
export { createTestApp } from './test-app.js';
export type { TestApp, TestAppOptions } from './test-app.js';
export { GraphqlClient } from './graphql-client.js';
export type { GraphqlResponse } from './graphql-client.js';
