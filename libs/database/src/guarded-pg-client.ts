import pg from 'pg';

/** Where a pg client's connection errors go: the app's logger once it has one, stderr before. */
export type PgConnectionErrorSink = (error: Error & { code?: string }) => void;

let sink: PgConnectionErrorSink = (error) =>
  process.stderr.write(
    `${JSON.stringify({ level: 'error', kind: error.name, code: error.code, msg: 'database connection error' })}\n`,
  );

/** Routes the connection errors of every {@link GuardedPgClient} to the app's logger. */
export function onPgConnectionError(next: PgConnectionErrorSink): void {
  sink = next;
}

/**
 * A pg client that can never take the process down. A pg client emits 'error' when its connection
 * dies (a PostgreSQL restart: "Connection terminated unexpectedly"); a pool listens only while the
 * client is idle, and whoever checked it out is expected to listen the rest of the time. An 'error'
 * event nobody listens to is thrown by Node and kills the API. This client always listens: the
 * error is logged, the client is no longer queryable, and its pool discards it on release, so the
 * app reconnects when the server is back. Every pool the API opens (TypeORM's primary and replica,
 * pg-boss's) is built on it.
 */
export class GuardedPgClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on('error', (error: Error & { code?: string }) => sink(error));
  }
}
