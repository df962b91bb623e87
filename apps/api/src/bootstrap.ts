import 'reflect-metadata';
import { seedReferenceChannels } from '@curbside/channels';
import { ClinicianEntity, ensureAdministrator, Role, SpecialtiesService } from '@curbside/clinicians';
import { trustedProxiesOf, type AppConfig } from '@curbside/config';
import { PinoNestLogger, type Logger } from '@curbside/core';
import { type Database, inTransaction, openDatabase, targetFromEnvironment } from '@curbside/database';
import { NestFactory } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { WebSocket, WebSocketServer } from 'ws';
import { MIGRATIONS } from '../../../migrations/index.js';
import { AppModule } from './app.module.js';
import { ENTITIES } from './entities.js';
import { installHttpHooks, requestIdFor } from './http-hooks.js';
import { limitInFlightPerAddress } from './in-flight-limit.js';
import { takeRequestsInTurns } from './request-turns.js';
import { installAttachmentRoutes } from './media/attachment.routes.js';
import { installCreditStatementRoute } from './credit/credit-statement.routes.js';
import { installSessionCookieRoutes } from './web/session-cookie.routes.js';
import { installRegistryUploadRoute } from './web/registry-upload.routes.js';
import { installWebApp } from './web/web-app.static.js';

export interface RunningApi {
  readonly app: NestFastifyApplication;
  readonly database: Database;
  /** Base URL, e.g. http://127.0.0.1:3000 */
  readonly url: string;
  close(): Promise<void>;
}

export interface StartOptions {
  logger: Logger;
  /** An already opened database (tests); otherwise the one the configuration names. */
  database?: Database;
  /** Listen on the configured port (default) or skip listening (schema tools). */
  listen?: boolean;
}

/** Runs pending migrations, then seeds reference data and the first administrator. Idempotent. */
export async function prepareDatabase(database: Database, config: AppConfig, logger: Logger): Promise<void> {
  const applied = await database.dataSource.runMigrations({ transaction: 'each' });
  if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  await inTransaction(database.dataSource, async (manager) => {
    const specialties = await SpecialtiesService.seed(manager);
    await seedReferenceChannels(manager, specialties);
  });
  if (config.CURBSIDE_ADMIN_EMAIL && config.CURBSIDE_ADMIN_PASSWORD) {
    const { CURBSIDE_ADMIN_EMAIL: email, CURBSIDE_ADMIN_PASSWORD: password } = config;
    const created = await inTransaction(database.dataSource, (manager) =>
      ensureAdministrator(manager, email, password),
    );
    if (created) logger.info({ clinicianId: created.id }, 'first administrator created');
  }
  const hasAdmin = await database.dataSource
    .getRepository(ClinicianEntity)
    .exists({ where: { role: Role.ADMIN } });
  if (!hasAdmin) {
    logger.warn(
      'there is no administrator: nobody can verify licences or moderate; set CURBSIDE_ADMIN_EMAIL and ' +
        'CURBSIDE_ADMIN_PASSWORD, or run `npm run cli -- admin:create`',
    );
  }
}

export function openConfiguredDatabase(config: AppConfig): Promise<Database> {
  return openDatabase({
    target: targetFromEnvironment(config.DATABASE_URL, config.DATA_DIR),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    replica: config.DATABASE_REPLICA_URL
      ? { url: config.DATABASE_REPLICA_URL, poolSize: config.DATABASE_REPLICA_POOL_SIZE }
      : undefined,
  });
}

/**
 * Nest creates the graphql-ws server without a message size limit (ws defaults to 100 MiB); give
 * sockets the same limit as HTTP bodies. ws reads the option at each new connection.
 */
function limitWebSocketMessages(app: NestFastifyApplication, maxBytes: number, logger: Logger): void {
  const adapter = app.get(GraphQLModule, { strict: false }).graphQlAdapter as unknown as {
    _subscriptionService?: { wss?: WebSocketServer };
  };
  const wss = adapter._subscriptionService?.wss;
  if (!wss) throw new Error('The graphql-ws server was not found; cannot limit WebSocket message size');
  wss.options.maxPayload = maxBytes;
  // A socket error (an oversized or malformed frame) is logged here, by kind only, as JSON: graphql-ws's
  // own handler would print the error and its stack to stderr. ws has already begun closing such a
  // socket with the right code (1009 for a message over the limit); anything else ends with 1011.
  wss.on('connection', (socket: WebSocket) => {
    socket.removeAllListeners('error');
    socket.on('error', (error: Error & { code?: string }) => {
      logger.warn({ kind: error.name, code: error.code }, 'socket error');
      if (socket.readyState === socket.OPEN) socket.close(1011, 'Internal server error');
    });
  });
}

/** Opens and prepares the database, builds the Nest application on Fastify and starts listening. */
export async function startApi(config: AppConfig, options: StartOptions): Promise<RunningApi> {
  const { logger } = options;
  const database = options.database ?? (await openConfiguredDatabase(config));
  let app: NestFastifyApplication | undefined;
  try {
    await prepareDatabase(database, config, logger);
    const adapter = new FastifyAdapter({
      bodyLimit: config.BODY_LIMIT_BYTES,
      genReqId: requestIdFor,
      logger: false,
      trustProxy: false,
    });
    installHttpHooks(adapter.getInstance(), logger, trustedProxiesOf(config));
    limitInFlightPerAddress(adapter.getInstance(), config.HTTP_MAX_IN_FLIGHT_PER_ADDRESS);
    if (config.HTTP_TAKE_TURNS) takeRequestsInTurns(adapter.getInstance());
    app = await NestFactory.create<NestFastifyApplication>(
      AppModule.register(config, database, logger),
      adapter,
      {
        logger: new PinoNestLogger(logger),
        abortOnError: false,
      },
    );
    installSessionCookieRoutes(adapter.getInstance(), app, config, logger);
    installAttachmentRoutes(adapter.getInstance(), app, config, logger);
    installRegistryUploadRoute(adapter.getInstance(), app, config, logger);
    installCreditStatementRoute(adapter.getInstance(), app, logger);
    installWebApp(adapter.getInstance(), logger);
    await app.init();
    limitWebSocketMessages(app, config.BODY_LIMIT_BYTES, logger);
    if (options.listen !== false) await app.listen(config.PORT, config.HOST);
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    const running = app;
    let closing: Promise<void> | undefined;
    return {
      app: running,
      database,
      url: `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`,
      close: () => (closing ??= running.close()),
    };
  } catch (error) {
    if (app) await app.close().catch(() => undefined);
    else await database.close().catch(() => undefined);
    throw error;
  }
}
