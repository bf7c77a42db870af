import { sql } from 'kysely';
import pg from 'pg';
import type { Config } from '#src/config.ts';
import type { Database, DatabaseHandle, DatabaseTransaction } from './database-types.ts';
import { openServerDatabase } from './server-database.ts';
import { openEmbeddedDatabase } from './embedded-database.ts';

export type { Database, DatabaseHandle, DatabaseTransaction, Executor, NoTables } from './database-types.ts';
export { isConnectionLoss } from './connection-loss.ts';

// timestamptz/date come back as Date; int8 (counts) as number since our counts fit well below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export async function openDatabase(
  config: Pick<Config, 'DATABASE_URL' | 'DATABASE_SCHEMA' | 'DATABASE_POOL_SIZE' | 'DATA_DIR'>,
  /** told of each connection the server dropped (the pool replaces it); the process stays up */
  onConnectionLoss?: (error: Error) => void,
): Promise<DatabaseHandle> {
  if (config.DATABASE_URL)
    return openServerDatabase(config.DATABASE_URL, config.DATABASE_SCHEMA, config.DATABASE_POOL_SIZE, onConnectionLoss);
  return openEmbeddedDatabase(config.DATA_DIR);
}

/** Runs `work` in a transaction; the place services mark their boundary (audit and outbox rows commit with the change). */
export function inTransaction<T>(db: Database, work: (trx: DatabaseTransaction) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}

export async function ping(db: Database): Promise<void> {
  await sql`select 1`.execute(db);
}
