import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { acquireDataDirectoryLock, type DirectoryLock } from './data-directory-lock.ts';
import type { DatabaseHandle, NoTables } from './database-types.ts';

/** The embedded PGlite (in memory, or in a data directory locked to this process). */
export async function openEmbeddedDatabase(dataDir: string): Promise<DatabaseHandle> {
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
