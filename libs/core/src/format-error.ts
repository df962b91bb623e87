import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { isConnectionLoss } from './connection-loss.js';
import { DomainError } from './domain-error.js';
import { ErrorCode } from './error-code.js';

/** Codes that graphql-js, Apollo or graphql-armor raise before execution for a malformed request. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Fragments of graphql-js messages that quote a submitted value; those messages are replaced. */
const ECHOING_MESSAGE = /invalid value|cannot represent|found|got |Syntax Error|Expected|Unexpected/i;

const INTERNAL_MESSAGE = 'Internal server error';

export interface FormatErrorOptions {
  /** Keep graphql-armor's limit figures in messages (off in production). */
  exposeLimits: boolean;
}

function innermost(error: unknown): unknown {
  let current = error;
  for (let i = 0; i < 5 && current instanceof GraphQLError && current.originalError; i++) {
    current = current.originalError;
  }
  return current;
}

function requestErrorMessage(message: string, options: FormatErrorOptions): string {
  if (/depth limit|aliases|cost limit|token limit|Too many|directives/i.test(message)) {
    return options.exposeLimits ? message.replace(/^Syntax Error: /, '') : 'The query exceeds a server limit';
  }
  if (/Did you mean/i.test(message)) return message.replace(/\s*Did you mean.*$/s, '');
  if (ECHOING_MESSAGE.test(message)) return 'The request is not valid GraphQL for this schema';
  return message;
}

const VARIABLE = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)"/;
const FIELD_PATH = / at "([_A-Za-z][_0-9A-Za-z]*(?:\.[_A-Za-z][_0-9A-Za-z]*|\[\d+\])*)"$/;

/**
 * A variable that failed coercion, named down to the field ("input.email"), with a reason written
 * here. graphql-js's message is `Variable "$v" got invalid value <value> at "<path>"; <reason>`: the
 * path is read after cutting the known reason off the end, so nothing of the value is ever taken.
 */
function variableError(error: unknown): { message: string; field: string } | null {
  if (!(error instanceof GraphQLError)) return null;
  const variable = VARIABLE.exec(error.message);
  if (!variable) return null;
  const reason = error.originalError?.message ?? '';
  let field = variable[1];
  let why = 'the value does not have the expected type';
  if (/ of required type .* was not provided\.?$/.test(error.message)) why = 'a value is required';
  if (reason && error.message.endsWith(`; ${reason}`)) {
    const head = error.message.slice(0, error.message.length - reason.length - 2);
    field = FIELD_PATH.exec(head)?.[1] ?? field;
    // a required field of an input type: its name comes from the schema, not from the request
    const missing = /^Field "([_A-Za-z][_0-9A-Za-z]*)" of required type "[^"]*" was not provided\.$/.exec(
      reason,
    );
    if (missing) {
      field = `${field}.${missing[1]}`;
      why = 'a value is required';
    } else if (/is not defined by type/.test(reason)) {
      why = 'it holds a field that the input type does not define';
    }
  }
  return { message: `Variable $${variable[1]} is not valid at ${field}: ${why}`, field };
}

/** PostgreSQL's deadlock (40P01) and serialization failure (40001): the same request may succeed again. */
function isContention(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && (code === '40P01' || code === '40001');
}

/**
 * The one mapping from thrown errors to what a client sees: domain errors keep their code and message;
 * request errors become BAD_USER_INPUT without echoing values; anything else is an opaque
 * INTERNAL_SERVER_ERROR (the correlation id is added by the request plugin).
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: FormatErrorOptions,
): GraphQLFormattedError {
  const original = innermost(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  if (isConnectionLoss(original)) {
    // PostgreSQL restarting or failing over: an outage the client can wait out, not a bug
    const away = DomainError.databaseUnreachable();
    return { ...base, message: away.message, extensions: { code: away.code, ...away.details } };
  }
  if (isContention(original)) {
    // a deadlock or serialization failure outside `inTransaction` (one statement on its own)
    const busy = DomainError.contention();
    return { ...base, message: busy.message, extensions: { code: busy.code, ...busy.details } };
  }
  if (original instanceof Error && original.name === 'InputTooLargeError') {
    // The anonymizer's size limit (its message holds lengths only, never text).
    return { ...base, message: original.message, extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE } };
  }
  const code = formatted.extensions?.code;
  if (
    typeof code === 'string' &&
    Object.values(ErrorCode).includes(code as ErrorCode) &&
    code !== 'BAD_USER_INPUT'
  ) {
    if (code === String(ErrorCode.INTERNAL_SERVER_ERROR)) {
      return { ...base, message: INTERNAL_MESSAGE, extensions: { code } };
    }
    return { ...base, message: formatted.message, extensions: { code } };
  }
  const isRequestError =
    (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) ||
    (original instanceof GraphQLError && !formatted.path);
  const variable = variableError(error);
  if (variable && isRequestError) {
    return {
      ...base,
      message: variable.message,
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: variable.field },
    };
  }
  if (isRequestError) {
    return {
      ...base,
      message: requestErrorMessage(formatted.message, options),
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    };
  }
  return { ...base, message: INTERNAL_MESSAGE, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
