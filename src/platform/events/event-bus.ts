import { fromKysely, type JobResult, type JobWithMetadata, type PgBoss } from 'pg-boss';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { Database, DatabaseHandle, Executor } from '../db/database.ts';
import { DEFAULT_HEARTBEAT_SECONDS, type JobQueue, queueSchemaOf } from '../queue/queue.ts';
import {
  type EventDefinition,
  type EventEnvelope,
  type EventMetadata,
  EventPayloadError,
  envelopeFor,
  readEnvelope,
} from './event.ts';

/**
 * One module's durable subscription to one event: its own pg-boss queue (`<module>.on.<event>`), its own
 * retries with backoff and its own dead-letter queue (`<module>.on.<event>.dead`), so a slow or failing
 * subscriber never blocks or loses another's delivery.
 */
export interface Subscription<Schema extends z.ZodType = z.ZodType> {
  /** the subscribing module's name */
  module: string;
  event: EventDefinition<Schema>;
  /**
   * Runs in a transaction of its own, which also completes the job: whatever the handler writes through
   * `executor` commits exactly once (a crash before the commit rolls it back and the event is delivered
   * again). Write through `executor` only: on the embedded database it holds the only connection.
   */
  handler(payload: z.infer<Schema>, context: { executor: Executor; event: EventMetadata }): Promise<void>;
  /** Retries after a throw, each later than the last (default 5); then the event goes to the dead letters. */
  retryLimit?: number;
  /** First retry delay in seconds; doubles on each retry (default 5). */
  retryDelaySeconds?: number;
  retryDelayMaxSeconds?: number;
  /** How long one delivery may run before it counts as crashed and is delivered again (default 15 minutes). */
  expireInSeconds?: number;
  /** Deliveries handled at once by one process (default 2). */
  concurrency?: number;
  /** Deliveries fetched per round trip; each is handled in its own transaction (default 4: a full batch fetches again at once). */
  batchSize?: number;
  /**
   * How often an idle worker looks for deliveries although LISTEN/NOTIFY wakes it for new ones: a retry
   * that comes due after its backoff sends no notification (default 5; pg-boss's own backstop is 30).
   */
  pollingIntervalSeconds?: number;
}

export function defineSubscription<Schema extends z.ZodType>(subscription: Subscription<Schema>): Subscription<Schema> {
  return subscription;
}

/** The queue that carries one event to one subscribing module. */
export const subscriptionQueue = (module: string, event: string): string => `${module}.on.${event}`;
export const deadLetterQueue = (queue: string): string => `${queue}.dead`;

/** A delivery that could not be handled, with the reason (schema, version, or the last error after retries). */
export interface DeadLetter {
  jobId: string;
  envelope: EventEnvelope;
  reason: string;
  deadAt: Date;
}

const DEAD_LETTER_RETENTION_SECONDS = 60 * 60 * 24 * 365;

/**
 * Events as topics on pg-boss's publish/subscribe. `publish` validates the payload and writes one job per
 * subscribed queue in the producer's transaction (outbox): the event exists if and only if the change
 * commits. Subscriptions are pg-boss's own (`boss.subscribe(event, queue)`), one queue per subscriber.
 */
export class EventBus {
  private readonly subscriptions = new Map<string, Subscription>();
  private started = false;

  constructor(
    private readonly boss: PgBoss,
    private readonly db: Database,
    /** pg-boss's schema: its subscription table is read in the producer's transaction */
    private readonly queueSchema: string,
    private readonly logger: Logger,
  ) {}

  /** Declares subscriptions (at module start-up, before `start`). A second one for the same module and event is an error. */
  subscribe(...subscriptions: Subscription[]): void {
    for (const subscription of subscriptions) {
      const queue = subscriptionQueue(subscription.module, subscription.event.name);
      if (this.subscriptions.has(queue))
        throw new Error(`${subscription.module} subscribes to ${subscription.event.name} twice`);
      this.subscriptions.set(queue, subscription);
    }
  }

  /**
   * Creates each subscriber's queue and dead-letter queue and records the subscription in pg-boss; with
   * `workers`, also starts handling deliveries. Call after the job queue has started pg-boss.
   */
  async start({ workers }: { workers: boolean }): Promise<void> {
    for (const [queue, subscription] of this.subscriptions) {
      const deadLetter = deadLetterQueue(queue);
      if (!(await this.boss.getQueue(deadLetter)))
        await this.boss.createQueue(deadLetter, { retentionSeconds: DEAD_LETTER_RETENTION_SECONDS });
      const options = {
        retryLimit: subscription.retryLimit ?? 5,
        retryDelay: subscription.retryDelaySeconds ?? 5,
        retryDelayMax: subscription.retryDelayMaxSeconds ?? 3600,
        retryBackoff: true,
        expireInSeconds: subscription.expireInSeconds ?? 15 * 60,
        // a dead worker's deliveries are retried within a heartbeat and a supervisor pass, not after the expiry
        heartbeatSeconds: DEFAULT_HEARTBEAT_SECONDS,
        deadLetter,
        notify: true,
      };
      if (await this.boss.getQueue(queue)) await this.boss.updateQueue(queue, options);
      else await this.boss.createQueue(queue, options);
      await this.boss.subscribe(subscription.event.name, queue);
    }
    this.started = true;
    if (workers) for (const [queue, subscription] of this.subscriptions) await this.work(queue, subscription);
  }

  /**
   * Publishes an event in the caller's transaction: the payload is checked against the event's schema (a
   * mismatch throws `EventPayloadError`, so the producer's transaction rolls back) and one delivery is written
   * to each subscriber's queue. Returns the event's id.
   */
  async publish<Schema extends z.ZodType>(
    executor: Executor,
    event: EventDefinition<Schema>,
    payload: z.infer<Schema>,
    options: { occurredAt?: Date } = {},
  ): Promise<string> {
    const envelope = envelopeFor(event, payload, options.occurredAt);
    this.assertStarted();
    const db = fromKysely(executor);
    for (const queue of await this.queuesFor(executor, event.name)) await this.boss.send(queue, envelope, { db });
    return envelope.id;
  }

  /**
   * Publishes many events of one kind in the caller's transaction, set-based: every payload is checked first
   * (one mismatch throws and nothing is written), then one statement per subscriber's queue.
   */
  async publishMany<Schema extends z.ZodType>(
    executor: Executor,
    event: EventDefinition<Schema>,
    payloads: Array<z.infer<Schema>>,
    options: { occurredAt?: Date } = {},
  ): Promise<string[]> {
    if (payloads.length === 0) return [];
    const occurredAt = options.occurredAt ?? new Date();
    const envelopes = payloads.map((payload, index) => {
      try {
        return envelopeFor(event, payload, occurredAt);
      } catch (error) {
        if (!(error instanceof EventPayloadError)) throw error;
        throw new EventPayloadError(
          event.name,
          error.issues.map((issue) => `[${index}] ${issue}`),
        );
      }
    });
    this.assertStarted();
    const db = fromKysely(executor);
    const jobs = envelopes.map((data) => ({ data }));
    for (const queue of await this.queuesFor(executor, event.name)) await this.boss.insert(queue, jobs, { db });
    return envelopes.map((envelope) => envelope.id);
  }

  /**
   * The deliveries a subscriber could not handle, newest last: those whose payload failed the schema (sent
   * there at once) and those that still threw after every retry.
   */
  async deadLetters(module: string, event: EventDefinition): Promise<DeadLetter[]> {
    const jobs = await this.boss.findJobs<EventEnvelope>(deadLetterQueue(subscriptionQueue(module, event.name)));
    return jobs.map((job: JobWithMetadata<EventEnvelope>) => ({
      jobId: job.id,
      envelope: job.data,
      reason: reasonOf(job.sourceOutput),
      deadAt: job.createdOn,
    }));
  }

  /** The subscriptions declared in this process (for docs and start-up checks). */
  list(): Array<{ queue: string; module: string; event: string; version: number }> {
    return [...this.subscriptions].map(([queue, subscription]) => ({
      queue,
      module: subscription.module,
      event: subscription.event.name,
      version: subscription.event.version,
    }));
  }

  /**
   * The subscribed queues, read from pg-boss's subscription table through the caller's executor. Not
   * `boss.publish`: it reads the table on pg-boss's own connection, which on the embedded database is the
   * one the producer's open transaction holds (it would wait for ever), and outside the transaction elsewhere.
   */
  private async queuesFor(executor: Executor, event: string): Promise<string[]> {
    const { rows } = await sql<{ name: string }>`
      select name from ${sql.table(`${this.queueSchema}.subscription`)} where event = ${event} order by name
    `.execute(executor);
    return rows.map((row) => row.name);
  }

  private async work(queue: string, subscription: Subscription): Promise<void> {
    const batchSize = subscription.batchSize ?? 4;
    const pollingIntervalSeconds = Math.max(0.5, subscription.pollingIntervalSeconds ?? 5);
    await this.boss.work<EventEnvelope>(
      queue,
      {
        perJobResults: true,
        localConcurrency: subscription.concurrency ?? 2,
        batchSize,
        pollingIntervalSeconds,
        notifyPollingIntervalSeconds: pollingIntervalSeconds,
        // a full batch means more deliveries are waiting: fetch again at once instead of waiting for a poll
        burstWhenBatchFull: true,
      },
      async (jobs) => {
        const results: JobResult[] = [];
        for (const job of jobs) results.push(await this.deliver(queue, subscription, job));
        return results;
      },
    );
  }

  /**
   * One delivery: a payload that fails the schema goes straight to the dead letters with the reason; else the
   * handler runs in a transaction that also completes the job (fenced to this attempt, so a delivery whose
   * claim lapsed and was handed to another worker rolls back instead of running twice). A throw rolls back
   * and fails the attempt: pg-boss retries it with backoff, then dead-letters it with the error.
   */
  private async deliver(
    queue: string,
    subscription: Subscription,
    job: { id: string; data: unknown; retryCount: number },
  ): Promise<JobResult> {
    const read = readEnvelope(subscription.event, job.data);
    if (!read.ok) {
      this.logger.error({ queue, jobId: job.id, reason: read.reason }, 'event delivery refused: dead-lettered');
      return { id: job.id, status: 'deadletter', output: { reason: read.reason } };
    }
    try {
      await this.db.transaction().execute(async (trx) => {
        await subscription.handler(read.payload, { executor: trx, event: read.metadata });
        const settled = (await this.boss.complete(queue, { id: job.id, retryCount: job.retryCount }, null, {
          db: fromKysely(trx),
        })) as { affected?: number };
        if (settled.affected !== 1) throw new ClaimLostError(queue, job.id);
      });
      return { id: job.id, status: 'completed' };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn({ queue, jobId: job.id, event: read.metadata.id, err: error }, 'event handler failed');
      return { id: job.id, status: 'failed', output: { reason: message } };
    }
  }

  private assertStarted(): void {
    if (!this.started) throw new Error('The event bus is not started');
  }
}

class ClaimLostError extends Error {
  constructor(queue: string, jobId: string) {
    super(`${queue} ${jobId}: this attempt no longer holds the delivery (expired and handed on); rolled back`);
  }
}

function reasonOf(output: object | null): string {
  if (output && 'reason' in output && typeof output.reason === 'string') return output.reason;
  if (output && 'message' in output && typeof output.message === 'string') return output.message;
  return output ? JSON.stringify(output) : 'unknown';
}

/** The application's event bus on its job queue's pg-boss (one per app: each test app has its own). */
export function createEventBus(queue: JobQueue, handle: DatabaseHandle): EventBus {
  return new EventBus(queue.boss, handle.db, queueSchemaOf(handle), queue.logger.child({ component: 'events' }));
}
