import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { PostTables } from './post.repository.ts';
import type { BulkRecipient } from './bulk-recipients.ts';

const tables = (executor: Executor) => executor.withTables<PostTables>();

// A bulk letter's recipients: one row each, taken in locked batches and marked sent, failed or cancelled.

/** The recipients in slices (one statement per 500); the unique (bulk_id, recipient) keeps each once. */
export async function insertRecipients(executor: Executor, bulkId: string, recipients: BulkRecipient[]): Promise<void> {
  for (let start = 0; start < recipients.length; start += 500) {
    const slice = recipients.slice(start, start + 500).map((recipient) => ({
      bulk_id: bulkId,
      recipient: recipient.recipient,
      fields: JSON.stringify(recipient.fields) as unknown as Record<string, string>,
    }));
    await tables(executor)
      .insertInto('post_bulk_recipients')
      .values(slice)
      .onConflict((conflict) => conflict.columns(['bulk_id', 'recipient']).doNothing())
      .execute();
  }
}

/** The next recipient still to send, locked for this transaction (another worker skips it). */
export const lockNextPending = (executor: Executor, bulkId: string) =>
  tables(executor)
    .selectFrom('post_bulk_recipients')
    .selectAll()
    .where('bulk_id', '=', bulkId)
    .where('state', '=', 'pending')
    .orderBy('id')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();

/** The next pending recipients, locked for this transaction (another worker skips them). */
export const lockPendingBatch = (executor: Executor, bulkId: string, limit: number) =>
  tables(executor)
    .selectFrom('post_bulk_recipients')
    .selectAll()
    .where('bulk_id', '=', bulkId)
    .where('state', '=', 'pending')
    .orderBy('id')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();

/** Marks many recipients sent, each with its message, in one statement. */
export async function markRecipientsSent(
  executor: Executor,
  sent: Array<{ id: number; messageId: string }>,
): Promise<void> {
  if (!sent.length) return;
  await sql`update post_bulk_recipients r set state = 'sent', message_id = s.message_id, error = null, processed_at = now()
    from (select unnest(${sent.map((item) => item.id)}::bigint[]) as id, unnest(${sent.map((item) => item.messageId)}::uuid[]) as message_id) s
    where r.id = s.id and r.state = 'pending'`.execute(executor);
}

export async function markRecipientsFailed(executor: Executor, ids: number[], error: string): Promise<void> {
  if (!ids.length) return;
  await tables(executor)
    .updateTable('post_bulk_recipients')
    .set({ state: 'failed', error, processed_at: sql`now()` })
    .where('id', 'in', ids)
    .where('state', '=', 'pending')
    .execute();
}

export const markRecipient = (
  executor: Executor,
  id: number,
  change: { state: 'sent' | 'failed'; message_id?: string | null; error?: string | null },
) =>
  tables(executor)
    .updateTable('post_bulk_recipients')
    .set({
      state: change.state,
      message_id: change.message_id ?? null,
      error: change.error ?? null,
      processed_at: sql`now()`,
    })
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .executeTakeFirst();

export const cancelPending = (executor: Executor, bulkId: string) =>
  tables(executor)
    .updateTable('post_bulk_recipients')
    .set({ state: 'cancelled', processed_at: sql`now()` })
    .where('bulk_id', '=', bulkId)
    .where('state', '=', 'pending')
    .execute();
