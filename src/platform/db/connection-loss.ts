import type pg from 'pg';

/**
 * A connection the server drops (a failover, a restart, `pg_terminate_backend`) emits `error` on its
 * client. Idle in the pool, pg-pool removes it and re-emits on the pool; checked out (between two
 * statements of a transaction) nobody listens, and an unhandled `error` event ends the process. Both
 * are caught here: the statement in flight fails (the request answers 503, the job is retried), the
 * broken client is dropped when it is released (pg-pool never reuses a client that is not queryable),
 * and the pool opens a new connection for the next checkout.
 */
export function keepConnectionLossesLocal(pool: pg.Pool, onLoss?: (error: Error) => void): void {
  pool.on('error', (error) => onLoss?.(error));
  pool.on('connect', (client) => client.on('error', (error) => onLoss?.(error)));
}

/** Whether an error means the connection to the database was lost or refused (the request may be retried). */
export function isConnectionLoss(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03'))
    return true;
  if (typeof code === 'string' && ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code)) return true;
  const message = (error as Error | null)?.message ?? '';
  return /Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect/.test(
    message,
  );
}
