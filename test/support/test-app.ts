import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import pino, { type DestinationStream } from 'pino';
import { loggerOptions } from '#platform/http/logging.ts';
import { loadConfig } from '#src/config.ts';
import { createRaadhus, type Raadhus } from '#src/app.ts';
import { copyTemplate, onServer, type TemplateCopy, usableTemplate } from './seeded-template.ts';

export interface TestApp {
  raadhus: Raadhus;
  url: string;
  /** the database settings of the app (DATA_DIR, or DATABASE_URL and DATABASE_SCHEMA): another app can share them */
  databaseEnv: Record<string, string>;
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
 * Starts the whole application on a free loopback port, on a database of its own that is dropped again on close: a
 * copy of the run's demo-seeded template (seeded-template.ts) under the test command, else embedded PGlite in memory
 * or a fresh schema on the PostgreSQL server in DATABASE_URL. Settings in `env` that choose the database, or that
 * start without demo data, get a database without the template.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: {
    logStream?: DestinationStream;
    /** another test app's database: both share it, and the other one drops it */
    databaseOf?: TestApp;
  } = {},
): Promise<TestApp> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const database = options.databaseOf
    ? { env: options.databaseOf.databaseEnv, drop: async () => {} }
    : await ownDatabase(env);
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: url,
    DEMO_DATA: 'true',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    RATE_LIMIT_PER_MINUTE: '100000',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    ...database.env,
    ...env,
  });
  // With a log stream, the test reads the JSON log lines exactly as production writes them (same options).
  const logger = options.logStream
    ? pino(loggerOptions(env.LOG_LEVEL ?? 'info'), options.logStream)
    : pino({ level: config.LOG_LEVEL });
  let raadhus: Raadhus;
  try {
    raadhus = await createRaadhus(config, logger);
    await raadhus.http?.listen({ host: '127.0.0.1', port });
  } catch (error) {
    await database.drop().catch(() => undefined);
    throw error;
  }
  return {
    raadhus,
    url,
    databaseEnv: database.env,
    schema: config.DATABASE_URL ? config.DATABASE_SCHEMA : undefined,
    async close() {
      await raadhus.close();
      await database.drop();
    },
  };
}

const databaseSettings = ['DATA_DIR', 'DATABASE_URL', 'DATABASE_SCHEMA'];

async function ownDatabase(env: Record<string, string>): Promise<TemplateCopy> {
  const serverUrl = process.env.DATABASE_URL;
  // the caller chose the database itself (and drops it)
  if (databaseSettings.some((name) => name in env))
    return { env: serverUrl ? { DATABASE_URL: serverUrl } : {}, drop: async () => {} };
  const template = usableTemplate();
  if (template && env.DEMO_DATA !== 'false') return copyTemplate(template);
  if (!serverUrl) return { env: { DATA_DIR: 'memory://' }, drop: async () => {} };
  const schema = `test_${randomBytes(6).toString('hex')}`;
  return {
    env: { DATABASE_URL: serverUrl, DATABASE_SCHEMA: schema },
    drop: () => dropSchemas(serverUrl, schema),
  };
}

async function dropSchemas(url: string, schema: string): Promise<void> {
  await onServer(async (client) => {
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.query(`drop schema if exists "${schema}_queue" cascade`);
  }, url);
}
