import { fromKysely, type JobResult, type PgBoss } from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../db/database.ts';
import { runAsJob } from '../queue/job-context.ts';
import { type EventEnvelope, readEnvelope } from './event.ts';
import type { Subscription } from './subscription.ts';

/** What a subscriber's worker needs: pg-boss, the database its handlers write through, a logger. */
export interface DeliveryContext {
  boss: PgBoss;
  db: Database;
  logger: Logger;
}

/** Starts handling one subscriber's deliveries in this process. */
export async function workSubscription(context: DeliveryContext, queue: string, subscription: Subscription) {
  const batchSize = subscription.batchSize ?? 4;
  const pollingIntervalSeconds = Math.max(0.5, subscription.pollingIntervalSeconds ?? 5);
  await context.boss.work<EventEnvelope>(
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
      for (const job of jobs) results.push(await runAsJob(queue, () => deliver(context, queue, subscription, job)));
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
async function deliver(
  { boss, db, logger }: DeliveryContext,
  queue: string,
  subscription: Subscription,
  job: { id: string; data: unknown; retryCount: number },
): Promise<JobResult> {
  const read = readEnvelope(subscription.event, job.data);
  if (!read.ok) {
    logger.error({ queue, jobId: job.id, reason: read.reason }, 'event delivery refused: dead-lettered');
    return { id: job.id, status: 'deadletter', output: { reason: read.reason } };
  }
  try {
    await db.transaction().execute(async (trx) => {
      await subscription.handler(read.payload, { executor: trx, event: read.metadata });
      const settled = (await boss.complete(queue, { id: job.id, retryCount: job.retryCount }, null, {
        db: fromKysely(trx),
      })) as { affected?: number };
      if (settled.affected !== 1) throw new ClaimLostError(queue, job.id);
    });
    return { id: job.id, status: 'completed' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    logger.warn({ queue, jobId: job.id, event: read.metadata.id, err: error }, 'event handler failed');
    return { id: job.id, status: 'failed', output: { reason: message } };
  }
}

class ClaimLostError extends Error {
  constructor(queue: string, jobId: string) {
    super(`${queue} ${jobId}: this attempt no longer holds the delivery (expired and handed on); rolled back`);
  }
}
