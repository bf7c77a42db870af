import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseHandle, NoTables } from './database-types.ts';
import { keepConnectionLossesLocal } from './connection-loss.ts';

/** A PostgreSQL server: the schema is created if missing and every connection's search path set to it. */
export async function openServerDatabase(
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
