import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import pg from 'pg';
import pino from 'pino';
import { sql } from 'kysely';
import { loadConfig } from '#src/config.ts';
import { createRaadhus, type Raadhus } from '#src/app.ts';
import { freePort } from '#test-support/test-app.ts';

export type BenchDatabase = 'pglite' | 'postgres';

/**
 * The databases a benchmark runs on: `--db=pglite|postgres|both` or BENCH_DB; by default both when
 * DATABASE_URL is set, else PGlite alone.
 */
export function benchDatabases(defaultWithServer: BenchDatabase[] = ['pglite', 'postgres']): BenchDatabase[] {
  const flag = process.argv.find((argument) => argument.startsWith('--db='))?.slice(5) ?? process.env.BENCH_DB;
  const chosen: BenchDatabase[] =
    flag === 'both'
      ? ['pglite', 'postgres']
      : flag === 'pglite' || flag === 'postgres'
        ? [flag]
        : process.env.DATABASE_URL
          ? defaultWithServer
          : ['pglite'];
  if (chosen.includes('postgres') && !process.env.DATABASE_URL)
    throw new Error('the PostgreSQL benchmark needs DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)');
  return chosen;
}

export interface BenchApp {
  raadhus: Raadhus;
  url: string;
  database: BenchDatabase;
  /** the schema (PostgreSQL) or data folder (PGlite) the generated data lives in */
  place: string;
  /** whether the database (or data folder) already existed (BENCH_REUSE) */
  reused: boolean;
  close(): Promise<void>;
}

/** What a generated data set holds, kept as the `bench` schema's comment so a later run can reuse it. */
export type GeneratedSizes = Record<string, number>;

/**
 * Starts the whole application (HTTP and queue workers, as in production) on PGlite or the PostgreSQL
 * server. On the server it gets a database of its own (schema `bench`), never a schema beside others:
 * kysely's migrator finds its tables in any schema of the database, so a schema kept for minutes would
 * make every other fresh schema's first migration fail (the tests' too). `reuse` names that database
 * (or a PGlite data folder): kept after the run, so a later run with the same sizes skips the data
 * generation; without it the database is fresh and dropped.
 */
export async function startBenchApp(database: BenchDatabase, options: { reuse?: string } = {}): Promise<BenchApp> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const databaseName =
    database === 'postgres' ? (options.reuse ?? `bench_${randomBytes(5).toString('hex')}`) : undefined;
  const dataDir = database === 'pglite' ? (options.reuse ?? 'memory://') : 'memory://';
  const reused = databaseName
    ? !(await createDatabase(databaseName))
    : Boolean(options.reuse && existsSync(options.reuse));
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: url,
    DATA_DIR: dataDir,
    DEMO_DATA: 'true',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'silent',
    RATE_LIMIT_PER_MINUTE: '100000000',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    DATABASE_POOL_SIZE: process.env.BENCH_POOL_SIZE ?? '10',
    ...(databaseName ? { DATABASE_URL: serverUrl(databaseName), DATABASE_SCHEMA: 'bench' } : {}),
  });
  const raadhus = await createRaadhus(config, pino({ level: config.LOG_LEVEL }));
  await raadhus.http?.listen({ host: '127.0.0.1', port });
  return {
    raadhus,
    url,
    database,
    place: databaseName ? `database ${databaseName}` : dataDir,
    reused,
    async close() {
      await raadhus.close();
      if (databaseName && !options.reuse)
        await onServer((client) => client.query(`drop database if exists "${databaseName}" with (force)`));
    },
  };
}

/** DATABASE_URL with another database name. */
const serverUrl = (name: string) => {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  return url.toString();
};

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the database unless it exists; true when it was created. */
async function createDatabase(name: string): Promise<boolean> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`BENCH_REUSE must be a lower-case SQL identifier, not ${name}`);
  return onServer(async (client) => {
    if ((await client.query('select 1 from pg_database where datname = $1', [name])).rowCount) return false;
    await client.query(`create database "${name}"`);
    return true;
  });
}

/** The sizes a reused data set was generated with (undefined when it has none, or another benchmark's). */
export async function generatedSizes(app: BenchApp, kind: string): Promise<GeneratedSizes | undefined> {
  const schema = app.raadhus.database.schema;
  const { rows } = await sql<{
    comment: string | null;
  }>`select obj_description(oid, 'pg_namespace') as comment from pg_namespace where nspname = ${schema}`.execute(
    app.raadhus.database.db,
  );
  try {
    const parsed = JSON.parse(rows[0]?.comment ?? 'null') as ({ kind: string } & GeneratedSizes) | null;
    return parsed?.kind === kind ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export async function markGenerated(app: BenchApp, kind: string, sizes: GeneratedSizes): Promise<void> {
  const comment = JSON.stringify({ kind, ...sizes }).replace(/'/g, "''");
  await sql.raw(`comment on schema "${app.raadhus.database.schema}" is '${comment}'`).execute(app.raadhus.database.db);
}

const sameSizes = (a: GeneratedSizes | undefined, b: GeneratedSizes) =>
  Boolean(a) && Object.entries(b).every(([key, value]) => a![key] === value);
export const canReuse = sameSizes;

/** Seconds since `start` (a performance.now() value), to one decimal. */
export const secondsSince = (start: number) => Math.round((performance.now() - start) / 100) / 10;
