import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import pg from 'pg';
import pino, { type DestinationStream } from 'pino';
import { loggerOptions } from '#platform/http/logging.ts';
import { loadConfig } from '#src/config.ts';
import { createRaadhus, type Raadhus } from '#src/app.ts';

export interface TestApp {
  raadhus: Raadhus;
  url: string;
  /** the PostgreSQL schema (on the PostgreSQL server only) */
  schema?: string;
  close(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the whole application on a free loopback port: embedded PGlite in memory by default, or the
 * PostgreSQL server in DATABASE_URL with a fresh schema that is dropped again on close.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: {
    logStream?: DestinationStream /** another test app's schema: both share one database */;
    schemaOf?: TestApp;
  } = {},
): Promise<TestApp> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const shared = options.schemaOf?.schema;
  const schema = process.env.DATABASE_URL ? (shared ?? `test_${randomBytes(6).toString('hex')}`) : undefined;
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: url,
    DATA_DIR: 'memory://',
    DEMO_DATA: 'true',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    RATE_LIMIT_PER_MINUTE: '100000',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL, DATABASE_SCHEMA: schema! } : {}),
    ...env,
  });
  // With a log stream, the test reads the JSON log lines exactly as production writes them (same options).
  const logger = options.logStream
    ? pino(loggerOptions(env.LOG_LEVEL ?? 'info'), options.logStream)
    : pino({ level: config.LOG_LEVEL });
  const raadhus = await createRaadhus(config, logger);
  await raadhus.http?.listen({ host: '127.0.0.1', port });
  return {
    raadhus,
    url,
    schema,
    async close() {
      await raadhus.close();
      // A shared schema is dropped by the app that created it.
      if (schema && !shared) await dropSchemas(process.env.DATABASE_URL!, schema);
    },
  };
}

async function dropSchemas(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.query(`drop schema if exists "${schema}_queue" cascade`);
  } finally {
    await client.end();
  }
}
