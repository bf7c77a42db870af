import { PgBoss, type Db as IDatabase, type SendOptions } from 'pg-boss';
import { fromKysely } from 'pg-boss';
import type { z } from 'zod';
import type { Logger } from 'pino';
import { applicationName, type DatabaseHandle, type Executor } from '../db/database.ts';

/**
 * A typed background job: a name, a zod payload schema, an idempotent handler, retries with
 * exponential backoff, and a dead-letter queue (`<name>.dead`) for jobs that exhaust their retries.
 */
export interface JobDefinition<Schema extends z.ZodType = z.ZodType> extends JobType<Schema> {
  handler(payload: z.infer<Schema>, job: { id: string; name: string }): Promise<void>;
}

/**
 * A job without its handler: what a service needs to enqueue it. Declared as a constant beside the
 * service; the module pairs it with a handler (`handleJob`) once the service that handles it is built.
 */
export interface JobType<Schema extends z.ZodType = z.ZodType> {
  name: string;
  payload: Schema;
  retryLimit?: number;
  /** First retry delay in seconds; doubles on each retry. */
  retryDelaySeconds?: number;
  retryDelayMaxSeconds?: number;
  /** Jobs handled at once by one process. */
  concurrency?: number;
  /** Jobs fetched per round trip; each is still handled on its own. */
  batchSize?: number;
  /**
   * How often an idle worker looks for jobs even when LISTEN/NOTIFY is on. A delayed job (`startAfter`, a
   * retry after backoff) sends no notification when it comes due, so without this it waits for pg-boss's
   * 30-second backstop poll. At least 2 (the base poll); default: the backstop.
   */
  pollingIntervalSeconds?: number;
  /**
   * How soon a job whose process died (kill -9, a lost machine) is failed and retried: the worker
   * refreshes the job's heartbeat every half of this while the handler runs, and the supervisor fails a
   * job whose heartbeat is older (pg-boss 12 `heartbeatSeconds`, at least 10). Without it the job would
   * wait for pg-boss's 15-minute expiry. Default: DEFAULT_HEARTBEAT_SECONDS.
   */
  heartbeatSeconds?: number;
}

/** A dead worker's jobs are retried within about this plus one supervisor pass (SUPERVISE_SECONDS). */
export const DEFAULT_HEARTBEAT_SECONDS = 10;
/** How often pg-boss's supervisor fails jobs whose heartbeat stopped (and expires jobs past their expiry). */
export const SUPERVISE_SECONDS = 10;

export function defineJob<Schema extends z.ZodType>(definition: JobDefinition<Schema>): JobDefinition<Schema> {
  return definition;
}

export function defineJobType<Schema extends z.ZodType>(type: JobType<Schema>): JobType<Schema> {
  return type;
}

/** A job type with the handler that runs it (a function closing over the service built first). */
export function handleJob<Schema extends z.ZodType>(
  type: JobType<Schema>,
  handler: JobDefinition<Schema>['handler'],
): JobDefinition<Schema> {
  return { ...type, handler };
}

export type EnqueueOptions = Pick<SendOptions, 'startAfter' | 'singletonKey' | 'priority' | 'id'>;

export class JobQueue {
  private readonly definitions = new Map<string, JobDefinition>();
  private started = false;

  constructor(
    readonly boss: PgBoss,
    readonly logger: Logger,
  ) {
    boss.on('error', (error) => logger.error({ err: error }, 'queue error'));
  }

  register(...definitions: JobDefinition[]): void {
    for (const definition of definitions) this.definitions.set(definition.name, definition);
  }

  /** Creates every registered queue (and its dead-letter queue); with `workers`, also starts handling jobs. */
  async start({ workers }: { workers: boolean }): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const definition of this.definitions.values()) {
      const deadLetter = `${definition.name}.dead`;
      await this.ensureQueue(definition.name, {
        retryLimit: definition.retryLimit ?? 5,
        retryDelay: definition.retryDelaySeconds ?? 5,
        retryDelayMax: definition.retryDelayMaxSeconds ?? 3600,
        retryBackoff: true,
        deadLetter,
        notify: true,
        heartbeatSeconds: Math.max(10, definition.heartbeatSeconds ?? DEFAULT_HEARTBEAT_SECONDS),
      });
      if (workers) await this.work(definition);
    }
  }

  private async ensureQueue(name: string, options: Record<string, unknown> & { deadLetter?: string }): Promise<void> {
    if (options.deadLetter && !(await this.boss.getQueue(options.deadLetter)))
      await this.boss.createQueue(options.deadLetter, {});
    if (await this.boss.getQueue(name)) await this.boss.updateQueue(name, options);
    else await this.boss.createQueue(name, options);
  }

  private async work(definition: JobDefinition): Promise<void> {
    await this.boss.work(
      definition.name,
      {
        localConcurrency: definition.concurrency ?? 2,
        batchSize: definition.batchSize ?? 1,
        pollingIntervalSeconds: 2,
        // a full batch means more work is waiting: fetch again at once instead of waiting for the next poll
        burstWhenBatchFull: (definition.batchSize ?? 1) > 1,
        ...(definition.pollingIntervalSeconds
          ? { notifyPollingIntervalSeconds: Math.max(2, definition.pollingIntervalSeconds) }
          : {}),
      },
      async (jobs) => {
        for (const job of jobs) {
          const payload = definition.payload.parse(job.data);
          await definition.handler(payload, { id: job.id, name: job.name });
        }
      },
    );
  }

  /**
   * Enqueues a job on the given executor: pass the service's transaction so the job commits
   * (or rolls back) together with the change that caused it — the transactional outbox.
   */
  async enqueue<Schema extends z.ZodType>(
    executor: Executor,
    job: JobType<Schema>,
    payload: z.infer<Schema>,
    options: EnqueueOptions = {},
  ): Promise<string | null> {
    this.assertStarted();
    const data = job.payload.parse(payload) as object;
    return this.boss.send(job.name, data, { ...options, db: fromKysely(executor) });
  }

  /** Enqueues many jobs of one kind in one statement (bulk work), on the given executor. */
  async enqueueMany<Schema extends z.ZodType>(
    executor: Executor,
    job: JobType<Schema>,
    payloads: Array<z.infer<Schema>>,
    options: EnqueueOptions = {},
  ): Promise<void> {
    this.assertStarted();
    if (payloads.length === 0) return;
    const rows = payloads.map((payload) => ({ data: job.payload.parse(payload) as object, ...options }));
    await this.boss.insert(job.name, rows, { db: fromKysely(executor) });
  }

  private assertStarted(): void {
    if (!this.started) throw new Error('The job queue is not started');
  }

  async ready(): Promise<boolean> {
    return this.started && (await this.boss.isInstalled());
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    // Graceful: waits for jobs in flight to finish before closing.
    await this.boss.stop({ graceful: true, timeout: 20_000, close: true } as never);
  }
}

/**
 * On PGlite, pg-boss runs through the application's single-connection pool so its statements queue
 * behind open transactions instead of landing inside them; LISTEN/NOTIFY works in-process.
 */
function embeddedDatabase(handle: DatabaseHandle): IDatabase {
  return {
    async executeSql(text, values) {
      const result = (await handle.pool.query(text, values)) as unknown as
        | { rows: unknown[] }
        | Array<{ rows: unknown[] }>;
      return { rows: Array.isArray(result) ? result.flatMap((part) => part.rows ?? []) : result.rows };
    },
    async listen(channel, onNotification, onReconnect) {
      const unsubscribe = await handle.pglite!.listen(channel, onNotification);
      onReconnect();
      return { close: async () => unsubscribe() };
    },
  };
}

/** pg-boss's own schema beside the application's (the event bus reads its subscription table). */
export const queueSchemaOf = (handle: DatabaseHandle): string =>
  `${handle.schema === 'public' ? 'raadhus' : handle.schema}_queue`;

export function createJobQueue(handle: DatabaseHandle, connectionString: string | undefined, logger: Logger): JobQueue {
  const schema = queueSchemaOf(handle);
  const boss = handle.embedded
    ? new PgBoss({
        db: embeddedDatabase(handle),
        schema,
        backend: 'pglite',
        useListenNotify: true,
        superviseIntervalSeconds: SUPERVISE_SECONDS,
        monitorIntervalSeconds: SUPERVISE_SECONDS,
      } as never)
    : new PgBoss({
        connectionString,
        schema,
        max: 4,
        // the queue's connections carry the app's name too (a failover drill can find them)
        application_name: `${applicationName(handle.schema)}:queue`.slice(0, 63),
        useListenNotify: true,
        superviseIntervalSeconds: SUPERVISE_SECONDS,
        monitorIntervalSeconds: SUPERVISE_SECONDS,
      } as never);
  return new JobQueue(boss, logger);
}
