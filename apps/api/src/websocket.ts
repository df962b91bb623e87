import type { ActorLookup, TokenService } from '@curbside/auth';
import { trustedProxiesOf, type AppConfig } from '@curbside/config';
import { ErrorCode, formatGraphqlError, RequestContext, type Logger } from '@curbside/core';
import type { SubscriptionLedger } from '@curbside/realtime';
import {
  GraphQLError,
  type GraphQLFormattedError,
  NoSchemaIntrospectionCustomRule,
  OperationTypeNode,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type ValidationRule,
} from 'graphql';
import type { Context } from 'graphql-ws';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import { SocketWatch } from './socket-watch.js';
import { clientAddressOf } from './client-address.js';

/** Close codes a client sees. */
export const WsClose = {
  UNAUTHORIZED: 4401,
  FORBIDDEN: 4403,
  TOO_SLOW: 4429,
  /** Too many refused subscriptions on one socket (WS_MAX_REFUSALS_PER_SOCKET). */
  TOO_MANY_REFUSALS: 4429,
} as const;

interface SocketExtra {
  socket: WebSocket;
  request: IncomingMessage;
  curbside?: RequestContext;
  unwatch?: () => void;
  /** Ids of this socket's subscriptions that hold a place in the ledger. */
  counted?: Set<string>;
  /** How many of this socket's subscriptions were refused. */
  refused?: number;
}

type WsContext = Context<Record<string, unknown> | undefined, SocketExtra>;

export interface WebSocketDeps {
  config: AppConfig;
  logger: Logger;
  tokens: TokenService;
  actors: ActorLookup;
  /** Each clinician's open subscriptions, counted across instances (Redis) or in this process. */
  ledger: SubscriptionLedger;
  /** The same armour rules HTTP uses (depth, cost, aliases, directives). */
  validationRules: ValidationRule[];
  /** How often a connection's caller is looked up again (suspension, logout, lapsed licence). */
  recheckMs: number;
}

function tokenOf(params: Record<string, unknown> | undefined): string | null {
  const raw = params?.authorization ?? params?.Authorization;
  if (typeof raw !== 'string') return null;
  return raw.replace(/^Bearer\s+/i, '').trim() || null;
}

/**
 * graphql-ws on the same /graphql endpoint, held to the HTTP rules: a valid access token in
 * connectionParams.authorization (else close 4401), subscriptions only, the same validation limits,
 * no introspection where HTTP has none, errors formatted by the one mapping, and the caller looked
 * up again every few seconds so a suspension, logout or lapsed licence ends the subscriptions.
 * Subscriptions are limited per socket and per clinician (across every instance sharing the ledger),
 * refused with RATE_LIMITED.
 */
export function graphqlWsOptions(deps: WebSocketDeps): Record<string, unknown> {
  const { config, logger, tokens, actors, ledger } = deps;
  const proxies = trustedProxiesOf(config);
  const rules = [
    ...specifiedRules,
    ...deps.validationRules,
    ...(config.GRAPHQL_INTROSPECTION ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
  const watch = new SocketWatch(actors, deps.recheckMs, {
    unauthorized: WsClose.UNAUTHORIZED,
    forbidden: WsClose.FORBIDDEN,
  });
  const openSubscriptions = (ctx: WsContext): number => Object.keys(ctx.subscriptions).length;
  const tooMany = (message: string, limit: number): GraphQLError[] => [
    new GraphQLError(message, { extensions: { code: ErrorCode.RATE_LIMITED, limit } }),
  ];
  const release = (clinicianId: string, count: number): void => {
    ledger.release(clinicianId, count).catch((err: unknown) => {
      logger.warn({ err: (err as Error).name }, 'subscription ledger release failed');
    });
  };
  const format = (errors: readonly GraphQLError[]): GraphQLFormattedError[] =>
    errors.map((e) => formatGraphqlError(e.toJSON(), e, { exposeLimits: !config.isProduction }));

  const cutOff = [
    new GraphQLError('Too many refused subscriptions on this connection', {
      extensions: { code: ErrorCode.RATE_LIMITED },
    }),
  ];

  /**
   * The checks that need nothing but the socket and the document: run synchronously as each message
   * arrives, so a burst of messages is counted as it is read, not after it has all been handled.
   */
  const checkNow = (
    ctx: WsContext,
    payload: { query: string; operationName?: string | null },
  ): GraphQLError[] | undefined => {
    // graphql-ws has recorded this subscription already: the count includes it.
    const perSocket = config.WS_MAX_SUBSCRIPTIONS_PER_SOCKET;
    if (openSubscriptions(ctx) > perSocket) {
      return tooMany(`A socket may hold at most ${perSocket} subscriptions`, perSocket);
    }
    try {
      const document = parse(payload.query, { maxTokens: config.GRAPHQL_MAX_TOKENS });
      const operation = getOperationAST(document, payload.operationName ?? undefined);
      if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) {
        return [
          new GraphQLError(
            'Only subscriptions are accepted over WebSocket; use HTTP for queries and mutations',
            { extensions: { code: ErrorCode.BAD_USER_INPUT } },
          ),
        ];
      }
    } catch {
      return [
        new GraphQLError('The request is not valid GraphQL', {
          extensions: { code: ErrorCode.BAD_USER_INPUT },
        }),
      ];
    }
    return undefined;
  };

  /** The clinician's place in the ledger shared by every instance. */
  const takePlace = async (ctx: WsContext, id: string): Promise<GraphQLError[] | undefined> => {
    const perClinician = config.WS_MAX_SUBSCRIPTIONS_PER_CLINICIAN;
    const clinicianId = ctx.extra.curbside?.actor?.clinicianId;
    if (!clinicianId) return tooMany('Sign in again to subscribe', perClinician);
    let taken: boolean;
    try {
      taken = await ledger.take(clinicianId, perClinician);
    } catch (err) {
      // the shared count is unreachable: refuse rather than let a flood through
      logger.warn({ err: (err as Error).name }, 'subscription ledger unavailable');
      return tooMany('Live updates are unavailable for a moment; try again shortly', perClinician);
    }
    if (!taken) return tooMany(`An account may hold at most ${perClinician} subscriptions`, perClinician);
    if (ctx.extra.socket.readyState !== ctx.extra.socket.OPEN) {
      release(clinicianId, 1);
      return tooMany('The connection closed', perClinician);
    }
    ctx.extra.counted?.add(id);
    return undefined;
  };

  /**
   * Counts a refusal; the one past the socket's allowance closes the socket (4429), so a client that
   * keeps asking past its limits is cut off instead of being answered one refusal at a time.
   */
  const refused = (ctx: WsContext): void => {
    ctx.extra.refused = (ctx.extra.refused ?? 0) + 1;
    if (ctx.extra.refused === config.WS_MAX_REFUSALS_PER_SOCKET + 1) {
      logger.warn(
        {
          correlationId: ctx.extra.curbside?.correlationId,
          clinicianId: ctx.extra.curbside?.actor?.clinicianId,
          refused: config.WS_MAX_REFUSALS_PER_SOCKET,
        },
        'socket closed after too many refused subscriptions',
      );
      const socket = ctx.extra.socket;
      socket.close(WsClose.TOO_MANY_REFUSALS, 'Too many refused subscriptions');
      // read nothing more from it (what it still has queued is dropped unparsed), and do not wait
      // for a flooding client to finish the closing handshake
      socket.pause();
      setTimeout(() => socket.terminate(), 1_000).unref();
    }
  };

  return {
    path: '/graphql',
    connectionInitWaitTimeout: 5_000,
    validate: (schema: Parameters<typeof validate>[0], document: Parameters<typeof validate>[1]) =>
      validate(schema, document, rules),

    onConnect: async (ctx: WsContext) => {
      const token = tokenOf(ctx.connectionParams);
      const claims = token ? await tokens.verifyAccessToken(token) : null;
      const actor = claims ? await actors.findActor(claims.sid, claims.sub) : null;
      if (!actor) {
        ctx.extra.socket.close(WsClose.UNAUTHORIZED, 'Unauthorized');
        return false;
      }
      const address = clientAddressOf(ctx.extra.request, proxies);
      ctx.extra.curbside = new RequestContext(randomUUID(), address, actor);
      ctx.extra.unwatch = watch.watch(actor, ctx.extra.socket);
      ctx.extra.counted = new Set();
      logger.info(
        { correlationId: ctx.extra.curbside.correlationId, clinicianId: actor.clinicianId },
        'socket opened',
      );
      return true;
    },

    onClose: (ctx: WsContext, code?: number) => {
      ctx.extra.unwatch?.();
      const clinicianId = ctx.extra.curbside?.actor?.clinicianId;
      const held = ctx.extra.counted?.size ?? 0;
      ctx.extra.counted?.clear();
      if (clinicianId && held > 0) release(clinicianId, held);
      logger.info({ correlationId: ctx.extra.curbside?.correlationId, code }, 'socket closed');
    },

    onSubscribe: (
      ctx: WsContext,
      id: string,
      payload: { query: string; operationName?: string | null },
    ): GraphQLError[] | undefined | Promise<GraphQLError[] | undefined> => {
      // a socket already cut off: whatever it had queued is refused without further work
      if ((ctx.extra.refused ?? 0) > config.WS_MAX_REFUSALS_PER_SOCKET) return cutOff;
      const now = checkNow(ctx, payload);
      if (now) {
        refused(ctx);
        return now;
      }
      return takePlace(ctx, id).then((later) => {
        if (later) refused(ctx);
        return later;
      });
    },

    onComplete: (ctx: WsContext, id: string) => {
      const clinicianId = ctx.extra.curbside?.actor?.clinicianId;
      if (clinicianId && ctx.extra.counted?.delete(id)) release(clinicianId, 1);
    },

    context: (ctx: WsContext) => {
      const curbside = ctx.extra.curbside;
      return {
        req: {
          curbside,
          headers: {},
          actorPromise: Promise.resolve(curbside?.actor ?? null),
          socket: ctx.extra.socket,
        },
      };
    },

    onNext: (
      _ctx: WsContext,
      _id: string,
      _payload: unknown,
      _args: unknown,
      result: { errors?: readonly GraphQLError[]; data?: unknown },
    ) => (result.errors ? { ...result, errors: format(result.errors) } : undefined),

    onError: (_ctx: WsContext, _id: string, _payload: unknown, errors: readonly GraphQLError[]) =>
      format(errors),
  };
}
