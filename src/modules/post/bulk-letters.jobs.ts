import { z } from 'zod';
import { defineJob } from '#platform/queue/queue.ts';

export const BulkChunkPayload = z.object({ bulkId: z.uuid() });

/** Sends the next chunk of a bulk letter; enqueues the following chunk itself until no recipient is pending. Idempotent per recipient. */
export const bulkChunkJobFor = (run: (bulkId: string) => Promise<unknown>) =>
  defineJob({
    name: 'post.bulk-letter-chunk',
    payload: BulkChunkPayload,
    handler: async (payload) => void (await run(payload.bulkId)),
    retryLimit: 10,
    retryDelaySeconds: 10,
    concurrency: 2,
  });

export type BulkChunkJob = ReturnType<typeof bulkChunkJobFor>;
