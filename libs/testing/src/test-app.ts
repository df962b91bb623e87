import { type AppConfig, loadConfig } from '@curbside/config';
import { createLogger } from '@curbside/core';
import type { Database } from '@curbside/database';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startApi, type RunningApi } from '../../../apps/api/src/bootstrap.js';
import { createTestDatabase } from './test-database.js';
import { GraphqlClient } from './graphql-client.js';

export interface TestApp {
  readonly api: RunningApi;
  readonly config: AppConfig;
  readonly database: Database;
  readonly url: string;
  readonly client: GraphqlClient;
  /** Every log line the app wrote, as text (for privacy assertions). */
  readonly logs: string[];
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  onQuery?: (sql: string) => void;
}

/** The real application on a fresh database, listening on a random loopback port. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'info',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'curbside-test-')),
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    // every suite registers its clinicians from the loopback address; flood tests set their own limits
    REGISTRATION_MAX_PER_ADDRESS_PER_HOUR: '100000',
    ...options.env,
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logs.push(chunk.toString('utf8'));
      callback();
    },
  });
  const logger = createLogger(config.LOG_LEVEL, sink);
  const database = await createTestDatabase({ onQuery: options.onQuery });
  const api = await startApi(config, { logger, database });
  return {
    api,
    config,
    database,
    url: api.url,
    client: new GraphqlClient(`${api.url}/graphql`),
    logs,
    close: () => api.close(),
  };
}
