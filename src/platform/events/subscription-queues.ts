import type { PgBoss } from 'pg-boss';
import { DEFAULT_HEARTBEAT_SECONDS } from '../queue/job-definition.ts';
import { DEAD_LETTER_RETENTION_SECONDS } from './dead-letters.ts';
import { deadLetterQueue, type Subscription } from './subscription.ts';

/**
 * Creates (or updates) one subscriber's queue and its dead-letter queue with the subscription's retry
 * options, and records the subscription in pg-boss so that publishing the event writes to the queue.
 */
export async function createSubscriptionQueue(boss: PgBoss, queue: string, subscription: Subscription): Promise<void> {
  const deadLetter = deadLetterQueue(queue);
  if (!(await boss.getQueue(deadLetter)))
    await boss.createQueue(deadLetter, { retentionSeconds: DEAD_LETTER_RETENTION_SECONDS });
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
  if (await boss.getQueue(queue)) await boss.updateQueue(queue, options);
  else await boss.createQueue(queue, options);
  await boss.subscribe(subscription.event.name, queue);
}
