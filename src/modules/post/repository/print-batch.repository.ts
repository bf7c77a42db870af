import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import { tables } from './post.tables.ts';

// Print batches: letters to recipients without digital post, closed, printed and posted together.

/** The open batch, opened when none is (the partial unique index keeps it to one). */
export async function openPrintBatch(executor: Executor): Promise<string> {
  const open = await tables(executor)
    .selectFrom('post_print_batches')
    .select('id')
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (open) return open.id;
  await sql`insert into post_print_batches (status) values ('open') on conflict do nothing`.execute(executor);
  return (
    await tables(executor)
      .selectFrom('post_print_batches')
      .select('id')
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow()
  ).id;
}
export const listPrintBatches = (executor: Executor, limit: number) =>
  tables(executor)
    .selectFrom('post_print_batches as batch')
    .leftJoin('post_messages as message', 'message.print_batch_id', 'batch.id')
    .select([
      'batch.id',
      'batch.status',
      'batch.created_at',
      'batch.closed_at',
      'batch.posted_at',
      (select) => select.fn.count<number>('message.id').as('letters'),
    ])
    .groupBy('batch.id')
    .orderBy('batch.created_at', 'desc')
    .limit(limit)
    .execute();
export const findPrintBatch = (executor: Executor, id: string) =>
  tables(executor).selectFrom('post_print_batches').selectAll().where('id', '=', id).executeTakeFirst();
export const listBatchMessages = (executor: Executor, batchId: string) =>
  tables(executor)
    .selectFrom('post_messages')
    .selectAll()
    .where('print_batch_id', '=', batchId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
export const closePrintBatch = (executor: Executor, id: string) =>
  tables(executor)
    .updateTable('post_print_batches')
    .set({ status: 'closed', closed_at: sql`now()` })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
/** The letters a posted batch printed, with their mailbox's owner (for the delivered events). */
export const printedLettersOfBatch = (executor: Executor, batchId: string) =>
  tables(executor)
    .selectFrom('post_messages')
    .innerJoin('post_mailboxes', 'post_mailboxes.id', 'post_messages.mailbox_id')
    .select([
      'post_messages.id',
      'post_messages.department_code',
      'post_messages.printed_at',
      'post_mailboxes.owner_kind',
      'post_mailboxes.owner_id',
    ])
    .where('post_messages.print_batch_id', '=', batchId)
    .where('post_messages.status', '=', 'printed')
    .execute();

export async function markBatchPosted(executor: Executor, id: string, postedBy: string): Promise<boolean> {
  const updated = await tables(executor)
    .updateTable('post_print_batches')
    .set({ status: 'posted', posted_at: sql`now()`, posted_by: postedBy })
    .where('id', '=', id)
    .where('status', '=', 'closed')
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) return false;
  await tables(executor)
    .updateTable('post_messages')
    .set({ status: 'printed', printed_at: sql`now()` })
    .where('print_batch_id', '=', id)
    .where('status', '=', 'queued')
    .execute();
  return true;
}
