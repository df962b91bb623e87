import { ErrorCode, LOGGER, stackFrames, type Logger } from '@curbside/core';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Errors raised outside GraphQL execution (body parsing, size limit, health, unknown routes).
 * Answers in the GraphQL error shape on /graphql, never with a stack or the submitted text.
 * GraphQL errors are handed back to Apollo untouched (its formatError maps them).
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') return exception;
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const status = exception instanceof HttpException ? exception.getStatus() : 500;
    const correlationId = request.id;
    if (status >= 500) {
      this.logger.error(
        {
          correlationId,
          kind: exception instanceof Error ? exception.name : typeof exception,
          stack: exception instanceof Error ? stackFrames(exception.stack) : undefined,
        },
        'unhandled HTTP error',
      );
    }
    if (!request.url.startsWith('/graphql') && exception instanceof HttpException && status < 500) {
      void reply.status(status).send(exception.getResponse());
      return undefined;
    }
    const [code, message] =
      status === 413
        ? [ErrorCode.PAYLOAD_TOO_LARGE, 'The request body is too large']
        : status < 500
          ? [ErrorCode.BAD_USER_INPUT, 'The request could not be read']
          : [ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'];
    void reply
      .status(status)
      .type('application/json')
      .send({ errors: [{ message, extensions: { code, correlationId } }] });
    return undefined;
  }
}
