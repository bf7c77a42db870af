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
): Promise<DatabaseHandle> {
  if (config.DATABASE_URL)
    return openServerDatabase(config.DATABASE_URL, config.DATABASE_SCHEMA, config.DATABASE_POOL_SIZE);
  return openEmbeddedDatabase(config.DATA_DIR);
}

async function openServerDatabase(url: string, schema: string, poolSize: number): Promise<DatabaseHandle> {
  const bootstrap = new pg.Client({ connectionString: url });
  await bootstrap.connect();
  await bootstrap.query(`create schema if not exists "${schema}"`);
  await bootstrap.end();
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    options: `-c search_path="${schema}",public -c timezone=UTC`,
  });
  const db = new Kysely<NoTables>({ dialect: new PostgresDialect({ pool }) });
  return { db, pool, schema, embedded: false, close: () => db.destroy() };
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
