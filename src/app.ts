import pino, { type Logger } from 'pino';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { openDatabase, type DatabaseHandle } from './platform/db/database.ts';
import { migrateToLatest } from './platform/db/migrate.ts';
import { createJobQueue, type JobQueue } from './platform/queue/queue.ts';
import { createEventBus, type EventBus } from './platform/events/event-bus.ts';
import { createHttpServer } from './platform/http/server.tsx';
import { loggerOptions } from './platform/http/logging.ts';
import { registerHealthRoutes } from './platform/http/health.routes.ts';
import { registerApiDocsRoute } from './platform/http/api-docs.routes.ts';
import { IdempotencyStore } from './platform/http/idempotency.ts';
import { SessionStore } from './platform/auth/session.store.ts';
import { OidcClient } from './platform/auth/oidc-client.ts';
import { registerAuthRoutes } from './platform/auth/auth.routes.ts';
import {
  mountTestIdentityProvider,
  TEST_CLIENT_ID,
  TEST_CLIENT_SECRET,
} from './platform/auth/test-identity-provider.tsx';
import { registerMessages } from './platform/i18n/i18n.ts';
import { platformMessages } from './platform/i18n/platform.messages.ts';
import { registerPortalRoutes } from './platform/portal/portal.routes.tsx';
import { registerAuditRoutes } from './platform/audit/audit.routes.tsx';
import type { ModuleContext, Services } from './platform/module.ts';
import { modules } from './modules/index.ts';
import { testIdentitySource } from './modules/identity/identity.module.ts';
import { hasDemoSeed, markDemoSeeded } from './modules/identity/identity.repository.ts';

export interface Raadhus {
  config: Config;
  logger: Logger;
  database: DatabaseHandle;
  queue: JobQueue;
  events: EventBus;
  services: Services;
  /** absent in worker mode */
  http?: FastifyInstance;
  close(): Promise<void>;
}

let messagesRegistered = false;
function registerAllMessages(): void {
  if (messagesRegistered) return;
  registerMessages(platformMessages);
  for (const module of modules) if (module.messages) registerMessages(module.messages);
  messagesRegistered = true;
}

/** Builds the whole application: database and migrations, services, queue workers, HTTP server. Does not listen. */
export async function createRaadhus(
  config: Config,
  logger: Logger = pino(loggerOptions(config.LOG_LEVEL)),
): Promise<Raadhus> {
  registerAllMessages();
  const database = await openDatabase(config);
  try {
    const applied = await migrateToLatest(database.db, database.schema);
    if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
    const queue = createJobQueue(database, config.DATABASE_URL, logger);
    const events = createEventBus(queue, database);
    const context: ModuleContext = {
      config,
      db: database.db,
      database,
      queue,
      events,
      logger,
      services: {} as Services,
    };
    for (const module of modules) await module.init?.(context);
    // The queue starts before demo data is seeded: demo letters and case transitions enqueue their jobs like any other.
    await queue.start({ workers: config.RUN_MODE !== 'web' });
    await events.start({ workers: config.RUN_MODE !== 'web' });
    if (config.demoData && !(await hasDemoSeed(database.db))) {
      for (const module of modules) await module.seedDemo?.(context);
      await markDemoSeeded(database.db);
      logger.info('demo data seeded');
    }
    const http = config.RUN_MODE === 'worker' ? undefined : await buildHttp(context);
    return {
      config,
      logger,
      database,
      queue,
      events,
      services: context.services,
      http,
      async close() {
        // Order matters for a graceful stop: stop taking requests, let jobs in flight finish, then close the database.
        await http?.close();
        await queue.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}

async function buildHttp(context: ModuleContext): Promise<FastifyInstance> {
  const { config, db, services } = context;
  const sessions = new SessionStore(db, config.SESSION_IDLE_MINUTES, config.SESSION_ABSOLUTE_HOURS);
  const app = await createHttpServer({
    config,
    logger: context.logger,
    sessions,
    idempotency: new IdempotencyStore(db),
    authenticateApiKey: (token) => services.identity.authenticateApiKey(token),
  });
  const testIdp = config.testIdp;
  const oidc = new OidcClient(
    {
      issuer: testIdp ? `${config.publicUrl}/idp` : config.OIDC_ISSUER!,
      clientId: testIdp ? TEST_CLIENT_ID : config.OIDC_CLIENT_ID!,
      clientSecret: testIdp ? TEST_CLIENT_SECRET : config.OIDC_CLIENT_SECRET,
      redirectUri: `${config.publicUrl}/auth/callback`,
      postLogoutRedirectUri: `${config.publicUrl}/`,
      allowInsecure: testIdp || config.OIDC_ISSUER!.startsWith('http://'),
    },
    db,
  );
  if (testIdp)
    await mountTestIdentityProvider(
      app,
      config.publicUrl,
      testIdentitySource(services.identity, { withBrokenIdentities: config.NODE_ENV === 'test' }),
    );
  registerAuthRoutes(app, {
    oidc,
    sessions,
    secureCookies: config.secureCookies,
    publicUrl: config.publicUrl,
    loginRateLimitPerMinute: config.LOGIN_RATE_LIMIT_PER_MINUTE,
    principalFromLogin: (claims) => services.identity.principalFromLogin(claims),
  });
  registerHealthRoutes(app, db, context.queue);
  registerApiDocsRoute(app);
  registerPortalRoutes(app);
  registerAuditRoutes(app, { db, identity: services.identity });
  for (const module of modules) await module.routes?.(app, context);
  await app.ready();
  return app;
}
