import pino, { type Logger } from 'pino';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { openDatabase, type DatabaseHandle } from './platform/db/database.ts';
import { migrateToLatest } from './platform/db/migrate.ts';
import { createJobQueue, type JobQueue } from './platform/queue/queue.ts';
import { createEventBus, type EventBus } from './platform/events/event-bus.ts';
import { loggerOptions } from './platform/http/logging.ts';
import { registerMessages } from './platform/i18n/i18n.ts';
import { platformMessages } from './platform/i18n/platform.messages.ts';
import type { ModuleDeclaration, Services } from './platform/module.ts';
import { buildModules } from './app/build-modules.ts';
import { buildHttp } from './app/build-http.ts';
import { buildOrder } from './platform/module-graph.ts';
import { installPermissions, joinPermissions, type PermissionGrants } from './platform/auth/permissions.ts';
import { platformPermissions } from './platform/auth/platform.permissions.ts';
import { buildNavigation, platformNavigation, type Navigation } from './platform/navigation.ts';
import { modules as installedModules } from './modules/index.ts';

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
  // A start that fails half-way stops the queue it started too: pg-boss's own pool on the PostgreSQL server would
  // otherwise keep polling, and the process (a test file, a worker) would never end.
  let startedQueue: JobQueue | undefined;
  try {
    const applied = await migrateToLatest(database.db, database.schema);
    if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
    const queue = createJobQueue(database, config.DATABASE_URL, logger);
    startedQueue = queue;
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
    await startedQueue?.stop().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw error;
  }
}
