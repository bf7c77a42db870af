import { z } from 'zod';
import { defineJob } from '#platform/queue/queue.ts';

export const SendReceiptPayload = z.object({ submissionId: z.uuid() });
export const CountAbandonedPayload = z.object({}).passthrough();

/** Sends the receipt letter of a submission (enqueued in the submission's transaction). */
export const receiptJobFor = (send: (submissionId: string) => Promise<void>) =>
  defineJob({
    name: 'selfservice.send-receipt',
    payload: SendReceiptPayload,
    handler: (payload) => send(payload.submissionId),
    retryLimit: 10,
    retryDelaySeconds: 30,
  });

/** Daily: counts drafts untouched for N days as abandoned, and deletes drafts past the retention period. */
export const abandonedJobFor = (maintain: () => Promise<unknown>) =>
  defineJob({
    name: 'selfservice.count-abandoned',
    payload: CountAbandonedPayload,
    handler: async () => void (await maintain()),
    retryLimit: 3,
    retryDelaySeconds: 300,
  });

export type ReceiptJob = ReturnType<typeof receiptJobFor>;
export const ABANDONED_SCHEDULE = '30 1 * * *';
