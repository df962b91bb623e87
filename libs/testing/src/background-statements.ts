/**
 * Statements that the job queue (pg-boss polls its own schema) and the notification workers (the
 * outbox dispatcher and the deliveries) run on their own schedule. On the embedded database they
 * share the app's one connection, so a query count taken around one request sees them too.
 */
const BACKGROUND = /\bpgboss\.|\bnotification_outbox\b|\bnotification_delivery\b/i;
const TRANSACTION_CONTROL = /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)\b/i;

/** The statements of a read request: without background work and transaction control. */
export function requestStatements(statements: readonly string[]): string[] {
  return statements.filter((sql) => !BACKGROUND.test(sql) && !TRANSACTION_CONTROL.test(sql));
}
