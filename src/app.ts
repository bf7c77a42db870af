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
import type { BuiltModule, ModuleContext, ModuleDeclaration, Services } from './platform/module.ts';
import { buildOrder } from './platform/module-graph.ts';
import { installPermissions, joinPermissions, type PermissionGrants } from './platform/auth/permissions.ts';
import { platformPermissions } from './platform/auth/platform.permissions.ts';
import { buildNavigation, platformNavigation, type Navigation } from './platform/navigation.ts';
import { modules as installedModules } from './modules/index.ts';
import { testIdentitySource } from './modules/identity/identity.module.ts';

export interface Raadhus {
  config: Config;
  logger: Logger;
  database: DatabaseHandle;
  queue: JobQueue;
  /** events as topics: one durable queue per subscriber */
  events: EventBus;
  /** each module's service, under the module's name */
  services: Services;
  /** the named actions this app's modules declared */
  permissions: PermissionGrants;
  /** the menus and links this app's modules declared */
  navigation: Navigation;
  /** absent in worker mode */
  http?: FastifyInstance;
  close(): Promise<void>;
}

interface Built {
  declaration: ModuleDeclaration;
  module: BuiltModule<unknown>;
}

/**
 * Builds the whole application: database and migrations, the modules in the order their requirements give,
 * queue workers, start-up work (where workers run) and the HTTP server (where HTTP runs). Does not listen.
 * Refuses to start, before opening the database, on a module cycle or a missing provider.
 */
export async function createRaadhus(
  config: Config,
  logger: Logger = pino(loggerOptions(config.LOG_LEVEL)),
  modules: readonly ModuleDeclaration[] = installedModules,
): Promise<Raadhus> {
  const ordered = buildOrder(modules);
  const permissions = joinPermissions([platformPermissions, ...ordered.map((declaration) => declaration.permissions)]);
  installPermissions(permissions);
  // The catalogue is process-wide: static texts only, and registering the same texts again changes nothing.
  registerMessages(platformMessages);
  for (const declaration of ordered) registerMessages(declaration.messages);
  const workers = config.RUN_MODE !== 'web';
  const database = await openDatabase(config, (error) =>
    logger.warn({ err: error }, 'database connection lost; the pool opens a new one'),
  );
  try {
    const applied = await migrateToLatest(database.db, database.schema);
    if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
    const queue = createJobQueue(database, config.DATABASE_URL, logger);
    const events = createEventBus(queue, database);
    const built = await buildModules(ordered, {
      config,
      db: database.db,
      database,
      queue,
      events,
      logger,
      permissions,
    });
    const services = Object.fromEntries(
      built.map(({ declaration, module }) => [declaration.name, module.provides]),
    ) as unknown as Services;
    for (const { module } of built) queue.register(...(module.jobs ?? []));
    for (const { module } of built) events.subscribe(...(module.subscriptions ?? []));
    // The queue starts before demo data is seeded: demo letters and case transitions enqueue their jobs like any other.
    await queue.start({ workers });
    await events.start({ workers });
    const identity = services.identity;
    if (config.demoData && !(await identity.isDemoSeeded())) {
      for (const { module } of built) await module.seedDemo?.();
      await identity.markDemoSeeded();
      logger.info('demo data seeded');
    }
    if (workers) for (const { module } of built) await module.startup?.();
    const navigation = buildNavigation([platformNavigation, ...built.map(({ module }) => module.navigation ?? {})]);
    const http =
      config.RUN_MODE === 'worker'
        ? undefined
        : await buildHttp({ config, logger, database, queue, services, navigation }, built);
    return {
      config,
      logger,
      database,
      queue,
      services,
      permissions,
      navigation,
      events,
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

/** Builds each module from the platform and the contracts it requires (all built before it: the graph's order). */
async function buildModules(
  ordered: readonly ModuleDeclaration[],
  platform: Omit<ModuleContext, 'logger'> & {
    logger: Logger;
  },
): Promise<Built[]> {
  const provided = new Map<string, unknown>();
  const built: Built[] = [];
  for (const declaration of ordered) {
    const required = Object.fromEntries(declaration.requires.map((name) => [name, provided.get(name)]));
    const context: ModuleContext = { ...platform, logger: platform.logger.child({ module: declaration.name }) };
    const module = await declaration.build(context, required as never);
    provided.set(declaration.name, module.provides);
    built.push({ declaration, module });
  }
  return built;
}

interface HttpContext {
  config: Config;
  logger: Logger;
  database: DatabaseHandle;
  queue: JobQueue;
  services: Services;
  navigation: Navigation;
}

async function buildHttp(context: HttpContext, built: readonly Built[]): Promise<FastifyInstance> {
  const { config, services, navigation } = context;
  const db = context.database.db;
  const sessions = new SessionStore(db, config.SESSION_IDLE_MINUTES, config.SESSION_ABSOLUTE_HOURS);
  const app = await createHttpServer({
    config,
    logger: context.logger,
    sessions,
    idempotency: new IdempotencyStore(db),
    navigation,
    db,
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
  registerPortalRoutes(app, navigation);
  registerAuditRoutes(app, { db, identity: services.identity });
  for (const { module } of built) await module.routes?.(app);
  await app.ready();
  return app;
}
