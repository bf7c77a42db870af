import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from '#src/config.ts';
import type { Database, DatabaseHandle } from './db/database.ts';
import type { JobDefinition } from './queue/job-definition.ts';
import type { JobQueue } from './queue/queue.ts';
import type { EventBus } from './events/event-bus.ts';
import type { Subscription } from './events/subscription.ts';
import type { EventDefinition } from './events/event.ts';
import type { Catalogue } from './i18n/i18n.ts';
import type { PermissionDeclarations, PermissionGrants } from './auth/permissions.ts';
import type { NavigationDeclaration } from './navigation.ts';

/**
 * What a module promises the others, by module name. Each module adds its contract (an interface) here by
 * declaration merging; a module that requires `post` receives `Contracts['post']`, nothing more.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in each module
export interface Contracts {}

/**
 * What a module builds, by module name: its whole service (which implements its contract). The app keeps
 * them for its own start-up and for tests; other modules see only the contract.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in each module
export interface Services {}

export type ModuleName = keyof Contracts & keyof Services;

/** What the app hands every module's factory: the platform's parts, no other module. */
export interface ModuleContext {
  config: Config;
  db: Database;
  database: DatabaseHandle;
  queue: JobQueue;
  /** events as topics: publish inside the service's transaction, subscribe in BuiltModule.subscriptions */
  events: EventBus;
  /** a child logger named after the module */
  logger: Logger;
  /** every named action the app's modules declared (e.g. the scopes an API client may hold) */
  permissions: PermissionGrants;
}

/** What a module's factory returns: its service and everything that runs on it. */
export interface BuiltModule<Provides> {
  /** registered under the module's name; other modules receive it as their requirement */
  provides: Provides;
  /** its queue jobs, each with the handler that runs on this module's services */
  jobs?: JobDefinition[];
  /** the events it acts on: each subscription gets its own durable queue, retries and dead letters */
  subscriptions?: Subscription[];
  /** main-menu items, my-page links and staff links (badges may call the module's services) */
  navigation?: NavigationDeclaration;
  /**
   * Work at start-up in the process that runs the queue workers (RUN_MODE `all` or `worker`), after the
   * queue started and demo data was seeded: resume interrupted work, create schedules. Idempotent: every
   * worker process runs it.
   */
  startup?(): Promise<void>;
  /** HTTP routes, only in a process that serves HTTP (RUN_MODE `all` or `web`) */
  routes?(app: FastifyInstance): void | Promise<void>;
  /** demo data (fictitious), once per database, in the order of the module graph */
  seedDemo?(): Promise<void>;
}

/**
 * A module as it declares itself: the one place that says what it provides and requires, its permissions,
 * texts, jobs, navigation, start-up work, routes and demo data. The app builds modules in the order their
 * requirements give, and refuses to start on a cycle or a missing provider (platform/module-graph.ts).
 */
export interface ModuleDeclaration<Name extends ModuleName = ModuleName, Requires extends ModuleName = ModuleName> {
  name: Name;
  /** the modules whose contracts this one needs: passed to `build`, never optional */
  requires: readonly Requires[];
  /** named actions and the roles that may perform them */
  permissions: PermissionDeclarations;
  /** Danish and English texts */
  messages: Catalogue;
  /** the events it publishes (declared in `<module>.events.ts`; documented in docs/events.md) */
  publishes?: readonly EventDefinition[];
  /** builds the module's services from the platform and the contracts it requires */
  build(
    context: ModuleContext,
    required: Pick<Contracts, Requires>,
  ): BuiltModule<Services[Name] & Contracts[Name]> | Promise<BuiltModule<Services[Name] & Contracts[Name]>>;
}

/** Declares a module; the type parameters are inferred from `name` and `requires`. */
export function defineModule<Name extends ModuleName, Requires extends ModuleName = never>(
  declaration: ModuleDeclaration<Name, Requires>,
): ModuleDeclaration<Name, Requires> {
  return declaration;
}
