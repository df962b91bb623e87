/**
 * Errors of a database connection cut or refused (a PostgreSQL restart, failover or network cut),
 * not of a statement: node-postgres socket errors, PostgreSQL's shutdown codes (57P01-57P03) and
 * connection exceptions (class 08), and the pool's messages for a connection that died or never came.
 */
export function isConnectionLoss(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  const sqlState = typeof code === 'string' ? code : '';
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', '57P01', '57P02', '57P03'].includes(sqlState) ||
    sqlState.startsWith('08') ||
    /^Connection terminated|^timeout exceeded when trying to connect|Client has encountered a connection error/.test(
      typeof message === 'string' ? message : '',
    )
  );
}
