import * as repository from './bulk-letters.repository.ts';
import type { PostDependencies } from './post.types.ts';
import { bulkChunkJob } from './bulk-letters.jobs.ts';
import { sendChunk } from './bulk-chunk-sending.ts';

/** Recipients sent per job run, in one transaction: a few hundred keep the statements and commits per message low. */
export const BULK_CHUNK_SIZE = 1000;

export interface ChunkOptions {
  limit?: number;
  continue?: boolean;
  interruptAfterInsert?: (sentInThisRun: number) => boolean;
}

/**
 * Sends up to `limit` pending recipients in ONE transaction, set-based (a handful of statements for the
 * whole chunk, one commit), then enqueues the next chunk (or marks the letter done). The chunk's messages
 * and the marks that they were sent commit together, so a crash resends nobody. `interruptAfterInsert`
 * is a test seam: it throws inside the chunk's transaction after the messages are written, as a crash would.
 */
export async function runChunk(
  deps: PostDependencies,
  bulkId: string,
  options: ChunkOptions = {},
): Promise<{ sent: number; remaining: number }> {
  const limit = options.limit ?? BULK_CHUNK_SIZE;
  const { sent, taken } = await sendChunk(
    deps,
    bulkId,
    limit,
    (count) => options.interruptAfterInsert?.(count) ?? false,
  );
  return deps.db.transaction().execute(async (trx) => {
    const bulk = await repository.lockBulkLetter(trx, bulkId);
    // only the pending count (the state index), not every state's: this runs after every chunk
    const pending = await repository.pendingCount(trx, bulkId);
    if (bulk?.status === 'running' && pending === 0) await repository.finishBulkLetter(trx, bulkId, 'done');
    // nothing taken while some are pending: another chunk job holds them and carries on itself
    else if (bulk?.status === 'running' && taken > 0 && (options.continue ?? true))
      await deps.queue.enqueue(trx, bulkChunkJob, { bulkId });
    return { sent, remaining: pending };
  });
}

/** Bulk letters left running by a process that stopped: their next chunk is enqueued again (sending stays once per recipient). */
export async function resumeRunning(deps: PostDependencies): Promise<number> {
  const running = await repository.runningBulkLetters(deps.db);
  for (const bulk of running)
    await deps.db.transaction().execute((trx) => deps.queue.enqueue(trx, bulkChunkJob, { bulkId: bulk.id }));
  return running.length;
}
