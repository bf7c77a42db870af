import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '#platform/db/database.ts';

/**
 * One database for a row of app processes (the crash tests): a PGlite data directory, or a fresh schema on the
 * PostgreSQL server in DATABASE_URL. Each process gets `env()`; the test opens it itself (`open`) only while no
 * process runs (PGlite takes a lock), and `drop` removes it.
 */
export interface ChildDatabase {
  onServer: boolean;
  env(): Record<string, string>;
  open(): Promise<DatabaseHandle>;
  /** pg-boss's schema beside the application's */
  queueSchema: string;
  drop(): Promise<void>;
}

export async function childDatabase(name: string): Promise<ChildDatabase> {
  const url = process.env.DATABASE_URL;
  const dataDir = await mkdtemp(path.join(tmpdir(), `raadhus-${name}-`));
  const schema = `test_${name}_${randomBytes(4).toString('hex')}`;
  return {
    onServer: Boolean(url),
    env: (): Record<string, string> => (url ? { DATABASE_URL: url, DATABASE_SCHEMA: schema } : { DATA_DIR: dataDir }),
    open: () =>
      openDatabase({
        DATABASE_URL: url,
        DATABASE_SCHEMA: url ? schema : 'public',
        DATABASE_POOL_SIZE: 2,
        DATA_DIR: dataDir,
      }),
    queueSchema: url ? `${schema}_queue` : 'raadhus_queue',
    async drop() {
      await rm(dataDir, { recursive: true, force: true });
      if (!url) return;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.query(`drop schema if exists "${schema}_queue" cascade`);
      await client.end();
    },
  };
}
