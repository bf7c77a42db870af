import type { PgBoss } from 'pg-boss';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { Database, DatabaseHandle, Executor } from '../db/database.ts';
import type { JobQueue } from '../queue/queue.ts';
import { queueSchemaOf } from '../queue/pg-boss-connection.ts';
import { type DeadLetter, readDeadLetters } from './dead-letters.ts';
import type { EventDefinition } from './event.ts';
import { workSubscription } from './event-delivery.ts';
import { type Publisher, publishEvent, publishEvents } from './event-publisher.ts';
import { type Subscription, subscriptionQueue } from './subscription.ts';
import { createSubscriptionQueue } from './subscription-queues.ts';

/**
 * Events as topics on pg-boss's publish/subscribe. `publish` validates the payload and writes one job per
 * subscribed queue in the producer's transaction (outbox): the event exists if and only if the change
 * commits. Subscriptions are pg-boss's own (`boss.subscribe(event, queue)`), one queue per subscriber.
 */
export class EventBus {
  private readonly subscriptions = new Map<string, Subscription>();
  private started = false;
  private readonly publisher: Publisher;

  constructor(
    private readonly boss: PgBoss,
    private readonly db: Database,
    /** pg-boss's schema: its subscription table is read in the producer's transaction */
    queueSchema: string,
    private readonly logger: Logger,
  ) {
    this.publisher = { boss, queueSchema, assertStarted: () => this.assertStarted() };
  }

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
    for (const [queue, subscription] of this.subscriptions)
      await createSubscriptionQueue(this.boss, queue, subscription);
    this.started = true;
    if (!workers) return;
    const context = { boss: this.boss, db: this.db, logger: this.logger };
    for (const [queue, subscription] of this.subscriptions) await workSubscription(context, queue, subscription);
  }

  /**
   * Publishes an event in the caller's transaction: the payload is checked against the event's schema (a
   * mismatch throws `EventPayloadError`, so the producer's transaction rolls back) and one delivery is written
   * to each subscriber's queue. Returns the event's id.
   */
  publish<Schema extends z.ZodType>(
    executor: Executor,
    event: EventDefinition<Schema>,
    payload: z.infer<Schema>,
    options: { occurredAt?: Date } = {},
  ): Promise<string> {
    return publishEvent(this.publisher, executor, event, payload, options.occurredAt);
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
    return publishEvents(this.publisher, executor, event, payloads, options.occurredAt ?? new Date());
  }

  /** The deliveries a subscriber could not handle, newest last (schema refusals and exhausted retries). */
  deadLetters(module: string, event: EventDefinition): Promise<DeadLetter[]> {
    return readDeadLetters(this.boss, module, event);
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

  private assertStarted(): void {
    if (!this.started) throw new Error('The event bus is not started');
  }
}

/** The application's event bus on its job queue's pg-boss (one per app: each test app has its own). */
export function createEventBus(queue: JobQueue, handle: DatabaseHandle): EventBus {
  return new EventBus(queue.boss, handle.db, queueSchemaOf(handle), queue.logger.child({ component: 'events' }));
}
