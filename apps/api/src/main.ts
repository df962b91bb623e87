import 'reflect-metadata';
import { ConfigError, describeConfig, ensureDevelopmentSecret, loadConfig } from '@curbside/config';
import { createLogger, isConnectionLoss } from '@curbside/core';
import { DatabaseLockedError, onPgConnectionError, onTransactionRetry } from '@curbside/database';
import { performance } from 'node:perf_hooks';
import { startApi, type RunningApi } from './bootstrap.js';

function fail(message: string): never {
  process.stderr.write(`curbside: ${message}\n`);
  process.exit(1);
}

let config;
try {
  config = loadConfig();
  if (!config.isProduction) ensureDevelopmentSecret(config);
} catch (error) {
  fail(error instanceof ConfigError ? error.message : 'could not read the configuration');
}

const logger = createLogger(config.LOG_LEVEL);
logger.info({ config: describeConfig(config) }, 'starting');
onPgConnectionError((error) =>
  logger.error({ kind: error.name, code: error.code }, 'database connection lost; reconnecting on demand'),
);
onTransactionRetry((retry) =>
  logger.warn(retry, 'transaction retried after a deadlock or serialization failure'),
);
// A promise rejected by a database outage (a restart) that no caller awaited: logged, and the API
// keeps running; anything else is a bug and stops the process as Node would.
process.on('unhandledRejection', (reason) => {
  const error = reason as { name?: string; code?: string; message?: string } | undefined;
  if (isConnectionLoss(error)) {
    logger.error({ kind: error?.name, code: error?.code }, 'unawaited database call failed: connection lost');
    return;
  }
  logger.fatal({ kind: error?.name, code: error?.code }, 'unhandled rejection');
  logger.flush();
  process.exit(1);
});
const startup: Promise<RunningApi> = startApi(config, { logger });
let stopping = false;

// Signals are handled from the first instant: a stop during start-up waits for the database to be
// in a consistent state (migrations are transactional) and then closes it, so the next start is clean.
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  setTimeout(() => {
    logger.error({ signal }, 'shutdown took too long; exiting');
    process.exit(1);
  }, 15_000).unref();
  try {
    const api = await startup;
    await api.close();
  } catch {
    // start-up failed: its own error handler closed what it had opened
  }
  logger.info({ signal }, 'stopped');
  logger.flush();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  const api = await startup;
  logger.info({ url: `${api.url}/graphql`, readyMs: Math.round(performance.now()) }, 'ready');
} catch (error) {
  if (error instanceof DatabaseLockedError) fail(error.message);
  if ((error as { code?: unknown }).code === 'EADDRINUSE') {
    logger.flush();
    fail(
      `port ${config.PORT} on ${config.HOST} is already in use (another Curbside or another program); ` +
        'stop it, or choose another port with PORT=',
    );
  }
  if (stopping) process.exit(0);
  // Start-up handles no user input, so its error message is safe to show (and needed to fix it).
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
  logger.error({ detail }, 'start-up failed');
  logger.flush();
  fail(`start-up failed: ${detail}`);
}
