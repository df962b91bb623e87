import { ErrorCode } from './error-code.js';

/** Safe, structured details a client may see (field names, limits, retry hints): never submitted text. */
export type ErrorDetails = Record<string, string | number | boolean | readonly string[]>;

/**
 * An expected failure of a use case. Its message is written by us and never contains user input,
 * so it is returned to the client as it is, with `extensions.code`.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static unauthenticated(message = 'Sign in to do this'): DomainError {
    return new DomainError(ErrorCode.UNAUTHENTICATED, message);
  }

  static forbidden(message = 'You are not allowed to do this'): DomainError {
    return new DomainError(ErrorCode.FORBIDDEN, message);
  }

  static notVerified(message = 'A verified licence is needed to do this'): DomainError {
    return new DomainError(ErrorCode.NOT_VERIFIED, message);
  }

  static badInput(message: string, details: ErrorDetails = {}): DomainError {
    return new DomainError(ErrorCode.BAD_USER_INPUT, message, details);
  }

  static notFound(what: string): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND, `${what} was not found`);
  }

  static conflict(message: string): DomainError {
    return new DomainError(ErrorCode.CONFLICT, message);
  }

  /**
   * The database could not be reached while answering (a restart or failover in progress). Whether a
   * change sent at that moment was saved is unknown to the server: a retry with the same idempotency
   * key is safe, and returns the first result if it was.
   */
  static databaseUnreachable(): DomainError {
    return new DomainError(
      ErrorCode.INTERNAL_SERVER_ERROR,
      'The database could not be reached; try again in a few seconds',
      { retryable: true, retryAfterSeconds: 2 },
    );
  }

  /**
   * The database gave up on this change because concurrent work got in its way (a deadlock or a
   * serialization failure that persisted through retries): nothing was saved, and the same request
   * sent again is expected to succeed.
   */
  static contention(): DomainError {
    return new DomainError(
      ErrorCode.CONFLICT,
      'Other changes got in the way of this one; nothing was saved, try again',
      {
        retryable: true,
        retryAfterSeconds: 1,
      },
    );
  }

  static rateLimited(retryAfterSeconds: number): DomainError {
    return new DomainError(ErrorCode.RATE_LIMITED, 'Too many attempts; try again later', {
      retryAfterSeconds,
    });
  }
}
