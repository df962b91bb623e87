import type { ApolloServerPlugin } from '@apollo/server';
import { isConnectionLoss, stackFrames, type Logger, type RequestContext } from '@curbside/core';
import { unwrapResolverError } from '@apollo/server/errors';

export interface GraphqlContext {
  req: { curbside?: RequestContext; operationName?: string };
}

const SAFE_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/** Expected refusals, answered with their own code: never logged as errors. */
const EXPECTED_ERRORS: ReadonlySet<string> = new Set(['DomainError', 'InputTooLargeError']);

/**
 * Per operation: records the operation name for the access log, logs unexpected errors by kind and
 * stack frames only (their messages may quote input), and stamps every error with the correlation id.
 */
export function requestPlugin(logger: Logger): ApolloServerPlugin<GraphqlContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation(rc) {
          if (rc.operationName && SAFE_NAME.test(rc.operationName)) {
            rc.contextValue.req.operationName = rc.operationName;
          }
          return Promise.resolve();
        },
        didEncounterErrors(rc) {
          const correlationId = rc.contextValue.req.curbside?.correlationId;
          for (const error of rc.errors) {
            const original = unwrapResolverError(error);
            if (error.path && isConnectionLoss(original)) {
              // an outage, answered as retryable; the pool's own log says when the connection went
              const pg = original as { code?: unknown };
              logger.warn(
                {
                  correlationId,
                  path: error.path.join('.'),
                  pgCode: typeof pg.code === 'string' ? pg.code : undefined,
                },
                'database unreachable during a request',
              );
            } else if (error.path && !(original instanceof Error && EXPECTED_ERRORS.has(original.name))) {
              const pg = original as { code?: unknown; constraint?: unknown; table?: unknown };
              logger.error(
                {
                  correlationId,
                  kind: original instanceof Error ? original.name : typeof original,
                  path: error.path.join('.'),
                  pgCode: typeof pg.code === 'string' ? pg.code : undefined,
                  constraint: typeof pg.constraint === 'string' ? pg.constraint : undefined,
                  stack: original instanceof Error ? stackFrames(original.stack) : undefined,
                },
                'unexpected error in resolver',
              );
            }
          }
          return Promise.resolve();
        },
        willSendResponse(rc) {
          const correlationId = rc.contextValue.req.curbside?.correlationId;
          const body = rc.response.body;
          if (body.kind === 'single' && body.singleResult.errors && correlationId) {
            body.singleResult.errors = body.singleResult.errors.map((e) => ({
              ...e,
              extensions: { ...e.extensions, correlationId },
            }));
          }
          return Promise.resolve();
        },
      });
    },
  };
}
