import { z } from 'zod';
import { defineJobType } from '#platform/queue/job-definition.ts';

export const BulkChunkPayload = z.object({ bulkId: z.uuid() });

/** Sends the next chunk of a bulk letter; enqueues the following chunk itself until no recipient is pending. Idempotent per recipient. */
export const bulkChunkJob = defineJobType({
  name: 'post.bulk-letter-chunk',
  payload: BulkChunkPayload,
  retryLimit: 10,
  // a chunk job whose process died is retried soon after its heartbeat stops (a no-op once another job sent its
  // recipients); a failing database gets 2, 4, 8 … seconds of backoff over the ten retries
  retryDelaySeconds: 2,
  pollingIntervalSeconds: 5,
  concurrency: 2,
});
