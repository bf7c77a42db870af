import type { z } from 'zod';

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
  /**
   * pg-boss's queue policy, fixed when the queue is created. `short`: at most one job waits (a job sent while
   * another waits is not created; `enqueue` returns null), any number run: a debounce for "recompute what is
   * marked" jobs, where the waiting job will see every mark made before it starts. Default `standard`.
   */
  policy?: 'standard' | 'short';
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
