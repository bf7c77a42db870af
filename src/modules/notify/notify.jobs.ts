import { z } from 'zod';
import { defineJobType } from '#platform/queue/job-definition.ts';

/** Up to DISPATCH_GROUP notifications per job, sent side by side (a bulk send costs one queue round trip per group). */
export const DISPATCH_GROUP = 10;
export const DispatchPayload = z.object({ notificationIds: z.array(z.uuid()).min(1).max(DISPATCH_GROUP) });
export const ReminderPayload = z.object({ reminderId: z.uuid() });

/**
 * One attempt to send each of a few notifications. Failed attempts are not retried by the queue but by the
 * delivery service (its own backoff, so a rejected number is never retried, a rate-limited send does not
 * use up an attempt, and the attempts and the dead state are visible on the notification). The queue's
 * own retries only cover a crashed handler.
 */
export const dispatchJob = defineJobType({
  name: 'notify.dispatch',
  payload: DispatchPayload,
  retryLimit: 3,
  // a crashed handler's job is retried soon: the attempts it made are on the notifications, not lost
  retryDelaySeconds: 2,
  concurrency: 8,
  batchSize: 2,
  pollingIntervalSeconds: 2,
  // a worker that dies mid-send (kill -9) has its jobs retried within about 20 s, not pg-boss's 15 minutes
  heartbeatSeconds: 10,
});

/** A reminder due now (enqueued with `startAfter` when it was scheduled); a cancelled one does nothing. */
export const reminderJob = defineJobType({
  name: 'notify.send-reminder',
  payload: ReminderPayload,
  retryLimit: 8,
  retryDelaySeconds: 10,
  pollingIntervalSeconds: 2,
  heartbeatSeconds: 10,
});
