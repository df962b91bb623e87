import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-error.js';
import { ErrorCode } from './error-code.js';
import { formatGraphqlError } from './format-error.js';

const DEV = { exposeLimits: true };
const PROD = { exposeLimits: false };

/** What Apollo hands formatError: the formatted error and the error it came from. */
function format(
  error: GraphQLError,
  options = DEV,
  extensions: Record<string, unknown> = {},
): GraphQLFormattedError {
  const formatted = { ...error.toJSON(), extensions: { ...error.extensions, ...extensions } };
  return formatGraphqlError(formatted, error, options);
}

function thrownInResolver(original: Error): GraphQLError {
  return new GraphQLError(original.message, { path: ['me'], originalError: original });
}

describe(formatGraphqlError.name, () => {
  it('should keep the code, message and details of a domain error', () => {
    const out = format(thrownInResolver(DomainError.rateLimited(42)));
    expect(out).toMatchObject({
      message: 'Too many attempts; try again later',
      path: ['me'],
      extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: 42 },
    });
  });

  it('should make a deadlock or serialization failure a retryable CONFLICT, never an internal error', () => {
    for (const code of ['40P01', '40001']) {
      const driverError = Object.assign(new Error('deadlock detected on relation 1234 tuple (0,1)'), {
        code,
      });
      const out = format(thrownInResolver(driverError), PROD);
      expect(out.extensions).toEqual({ code: ErrorCode.CONFLICT, retryable: true, retryAfterSeconds: 1 });
      expect(out.message).not.toContain('1234');
    }
    const other = Object.assign(new Error('unique violation'), { code: '23505' });
    expect(format(thrownInResolver(other), PROD).extensions).toEqual({
      code: ErrorCode.INTERNAL_SERVER_ERROR,
    });
  });

  it('should answer a lost database connection as a retryable outage that says nothing of the connection', () => {
    const lost = [
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      Object.assign(new Error('connect ECONNREFUSED 10.0.0.7:5432'), { code: 'ECONNREFUSED' }),
      new Error('Connection terminated unexpectedly'),
      Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
      Object.assign(new Error('connection failure'), { code: '08006' }),
    ];
    for (const error of lost) {
      const out = format(thrownInResolver(error), PROD);
      expect(out.extensions).toEqual({
        code: ErrorCode.INTERNAL_SERVER_ERROR,
        retryable: true,
        retryAfterSeconds: 2,
      });
      expect(out.message).toBe('The database could not be reached; try again in a few seconds');
    }
    // a statement's own failure is not an outage
    for (const code of ['23505', '22P02', '42P01']) {
      const statement = Object.assign(new Error('statement failed'), { code });
      expect(format(thrownInResolver(statement), PROD).extensions).toEqual({
        code: ErrorCode.INTERNAL_SERVER_ERROR,
      });
    }
  });

  it('should find a domain error wrapped more than once', () => {
    const inner = thrownInResolver(DomainError.notVerified());
    const outer = new GraphQLError('wrapped', { path: ['case'], originalError: inner });
    expect(format(outer).extensions).toEqual({ code: ErrorCode.NOT_VERIFIED });
  });

  it('should make a request error BAD_USER_INPUT without echoing the submitted value', () => {
    const secret = 'John Smith MRN 123456';
    const error = new GraphQLError(
      `Variable "$id" got invalid value "${secret}"; ID cannot represent value`,
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
    const out = format(error);
    expect(out.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'id' });
    expect(out.message).not.toContain(secret);
  });

  it('should name the field of a variable that failed coercion, without its value', () => {
    const secret = 'John Smith MRN 123456';
    const reason = new GraphQLError(`String cannot represent a non string value: "${secret}"`);
    const error = new GraphQLError(
      `Variable "$input" got invalid value { email: "${secret}" } at "input.email"; ${reason.message}`,
      { originalError: reason, extensions: { code: 'BAD_USER_INPUT' } },
    );
    const out = format(error);
    expect(out.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'input.email' });
    expect(out.message).toBe(
      'Variable $input is not valid at input.email: the value does not have the expected type',
    );
  });

  it('should name a missing required field of an input variable', () => {
    const reason = new GraphQLError('Field "password" of required type "String!" was not provided.');
    const error = new GraphQLError(`Variable "$input" got invalid value {}; ${reason.message}`, {
      originalError: reason,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(format(error)).toMatchObject({
      message: 'Variable $input is not valid at input.password: a value is required',
      extensions: { field: 'input.password' },
    });
  });

  it('should make a parse error BAD_USER_INPUT without quoting the query', () => {
    const error = new GraphQLError('Syntax Error: Unexpected Name "Smith".', {
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    const out = format(error);
    expect(out.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT });
    expect(out.message).not.toContain('Smith');
  });

  it('should drop field suggestions from validation messages', () => {
    const error = new GraphQLError('Cannot query field "emial" on type "Clinician". Did you mean "email"?', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(format(error).message).not.toContain('Did you mean');
  });

  it('should turn an unknown error into an opaque INTERNAL_SERVER_ERROR', () => {
    const out = format(thrownInResolver(new Error('relation "clinician" does not exist at 10.0.0.5')));
    expect(out).toEqual({
      message: 'Internal server error',
      path: ['me'],
      locations: undefined,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    });
  });

  it('should hide the message of an error already coded INTERNAL_SERVER_ERROR', () => {
    const error = new GraphQLError('database password is hunter2', {
      path: ['me'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(format(error)).toMatchObject({
      message: 'Internal server error',
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    });
  });

  it('should keep only the code of a contract error raised outside the domain', () => {
    const error = new GraphQLError('Not allowed', {
      path: ['auditLog'],
      extensions: { code: 'FORBIDDEN', stacktrace: ['at x'] },
    });
    expect(format(error).extensions).toEqual({ code: ErrorCode.FORBIDDEN });
  });

  it('should map the anonymizer size limit to PAYLOAD_TOO_LARGE', () => {
    const tooLarge = new Error('Input of 300000 characters exceeds the limit of 200000');
    tooLarge.name = 'InputTooLargeError';
    expect(format(thrownInResolver(tooLarge)).extensions).toEqual({ code: ErrorCode.PAYLOAD_TOO_LARGE });
  });

  it('should show limit figures only when exposeLimits is on', () => {
    const error = (): GraphQLError =>
      new GraphQLError('Syntax Error: Query depth limit of 10 exceeded, found 20.', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    expect(format(error(), DEV).message).toContain('depth limit of 10');
    const hidden = format(error(), PROD);
    expect(hidden.message).toBe('The query exceeds a server limit');
    expect(hidden.message).not.toMatch(/\d/);
    expect(hidden.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT });
  });
});
