import { z } from 'zod';
import { defineJobType } from '#platform/queue/job-definition.ts';

export const SendReceiptPayload = z.object({ submissionId: z.uuid() });
export const CountAbandonedPayload = z.object({}).passthrough();

/** Sends the receipt letter of a submission (enqueued in the submission's transaction). */
export const receiptJob = defineJobType({
  name: 'selfservice.send-receipt',
  payload: SendReceiptPayload,
  retryLimit: 10,
  retryDelaySeconds: 30,
});

/** Daily: counts drafts untouched for N days as abandoned, and deletes drafts past the retention period. */
export const abandonedJob = defineJobType({
  name: 'selfservice.count-abandoned',
  payload: CountAbandonedPayload,
  retryLimit: 3,
  retryDelaySeconds: 300,
});
export const ABANDONED_SCHEDULE = '30 1 * * *';
