import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import type { Config } from '#src/config.ts';
import { acquireDataDirectoryLock, type DirectoryLock } from './data-directory-lock.ts';

/**
 * The database as a whole has no single table interface: each module declares its own tables and
 * narrows the handle with `db.withTables<ItsTables>()` in its repository, so no module can name
 * another module's tables by accident.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface NoTables {}
export type Database = Kysely<NoTables>;
export type DatabaseTransaction = Transaction<NoTables>;
/** Either the database or an open transaction: repositories accept both so services choose the boundary. */
export type Executor = Kysely<NoTables>;

export interface DatabaseHandle {
  db: Database;
  pool: pg.Pool;
  /** The embedded instance when running on PGlite (the queue listens through it). */
  pglite?: PGlite;
  schema: string;
  embedded: boolean;
  close(): Promise<void>;
}

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

async function openServerDatabase(
  url: string,
  schema: string,
  poolSize: number,
  onConnectionLoss?: (error: Error) => void,
): Promise<DatabaseHandle> {
  const bootstrap = new pg.Client({ connectionString: url });
  await bootstrap.connect();
  await bootstrap.query(`create schema if not exists "${schema}"`);
  await bootstrap.end();
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    // names this app's connections on the server (pg_stat_activity), per schema
    application_name: applicationName(schema),
    options: `-c search_path="${schema}",public -c timezone=UTC`,
  });
  keepConnectionLossesLocal(pool, onConnectionLoss);
  const db = new Kysely<NoTables>({ dialect: new PostgresDialect({ pool }) });
  return { db, pool, schema, embedded: false, close: () => db.destroy() };
}

/** How this app's connections (and, with a suffix, its queue's) are named on the PostgreSQL server. */
export const applicationName = (schema: string) => `raadhus:${schema}`.slice(0, 63);

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

async function openEmbeddedDatabase(dataDir: string): Promise<DatabaseHandle> {
  const inMemory = dataDir.startsWith('memory://');
  const lock: DirectoryLock | undefined = inMemory ? undefined : acquireDataDirectoryLock(dataDir);
  try {
    const pglite = await PGlite.create(inMemory ? dataDir : `${dataDir}/pgdata`);
    await pglite.exec(`set timezone = 'UTC'`);
    // PGlite is one connection: a pool of one makes every transaction exclusive, and the queue goes
    // through the same pool so its statements never land inside someone else's transaction.
    const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 } as pg.PoolConfig);
    const db = new Kysely<NoTables>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      pool,
      pglite,
      schema: 'public',
      embedded: true,
      async close() {
        await db.destroy();
        await pglite.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/** Runs `work` in a transaction; the place services mark their boundary (audit and outbox rows commit with the change). */
export function inTransaction<T>(db: Database, work: (trx: DatabaseTransaction) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}

export async function ping(db: Database): Promise<void> {
  await sql`select 1`.execute(db);
}
