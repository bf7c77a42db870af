import type { z } from 'zod';
import type { Executor } from '../db/database.ts';
import type { EventDefinition, EventMetadata } from './event.ts';

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
