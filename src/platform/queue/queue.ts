import type { PgBoss, SendOptions } from 'pg-boss';
import { fromKysely } from 'pg-boss';
import type { z } from 'zod';
import type { Logger } from 'pino';
import type { DatabaseHandle, Executor } from '../db/database.ts';
import type { JobDefinition, JobType } from './job-definition.ts';
import { createJobQueues, workJobs } from './job-worker.ts';
import { createBoss } from './pg-boss-connection.ts';

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
      await createJobQueues(this.boss, definition);
      if (workers) await workJobs(this.boss, definition);
    }
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

export function createJobQueue(handle: DatabaseHandle, connectionString: string | undefined, logger: Logger): JobQueue {
  const boss = createBoss(handle, connectionString);
  return new JobQueue(boss, logger);
}
