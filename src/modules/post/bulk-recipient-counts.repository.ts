import type { Executor } from '#platform/db/database.ts';
import type { PostTables } from './post.repository.ts';

const tables = (executor: Executor) => executor.withTables<PostTables>();

// How far a bulk letter has come: its recipients counted by state, the last one done and the failures.

export async function pendingCount(executor: Executor, bulkId: string): Promise<number> {
  const row = await tables(executor)
    .selectFrom('post_bulk_recipients')
    .select((select) => select.fn.countAll<number>().as('count'))
    .where('bulk_id', '=', bulkId)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

export async function recipientCounts(
  executor: Executor,
  bulkId: string,
): Promise<Record<'pending' | 'sent' | 'failed' | 'cancelled', number>> {
  const rows = await tables(executor)
    .selectFrom('post_bulk_recipients')
    .select(['state', (select) => select.fn.countAll<number>().as('count')])
    .where('bulk_id', '=', bulkId)
    .groupBy('state')
    .execute();
  const counts = { pending: 0, sent: 0, failed: 0, cancelled: 0 };
  for (const row of rows) counts[row.state] = Number(row.count);
  return counts;
}

export const lastProcessedAt = async (executor: Executor, bulkId: string) =>
  (
    await tables(executor)
      .selectFrom('post_bulk_recipients')
      .select((select) => select.fn.max('processed_at').as('last'))
      .where('bulk_id', '=', bulkId)
      .executeTakeFirst()
  )?.last as Date | null | undefined;

export const failedRecipients = (executor: Executor, bulkId: string, limit: number) =>
  tables(executor)
    .selectFrom('post_bulk_recipients')
    .select(['recipient', 'error'])
    .where('bulk_id', '=', bulkId)
    .where('state', '=', 'failed')
    .orderBy('id')
    .limit(limit)
    .execute();
