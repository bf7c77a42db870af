import { z } from 'zod';
import { defineJobType } from '#platform/queue/job-definition.ts';

export const BulkChunkPayload = z.object({ bulkId: z.uuid() });

/** Sends the next chunk of a bulk letter; enqueues the following chunk itself until no recipient is pending. Idempotent per recipient. */
export const bulkChunkJob = defineJobType({
  name: 'post.bulk-letter-chunk',
  payload: BulkChunkPayload,
  retryLimit: 10,
  retryDelaySeconds: 10,
  concurrency: 2,
});
