import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from '#src/config.ts';
import type { Database, DatabaseHandle } from './db/database.ts';
import type { JobQueue } from './queue/queue.ts';
import type { EventBus } from './events/event-bus.ts';
import type { Catalogue } from './i18n/i18n.ts';

/** Every module's public service, by module name. Each module adds its own entry by declaration merging. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Services {}

export interface ModuleContext {
  config: Config;
  db: Database;
  database: DatabaseHandle;
  queue: JobQueue;
  events: EventBus;
  logger: Logger;
  services: Services;
}

/**
 * A module plugs into the application at four points: its texts, its services (created in module
 * order, so a module may use the services of those before it), its HTTP routes, and its demo data.
 */
export interface RaadhusModule {
  name: string;
  messages?: Catalogue;
  init?(context: ModuleContext): void | Promise<void>;
  routes?(app: FastifyInstance, context: ModuleContext): void | Promise<void>;
  seedDemo?(context: ModuleContext): Promise<void>;
}
