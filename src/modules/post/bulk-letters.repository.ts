import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { BulkLetterTable, PostTables } from './post.repository.ts';

const tables = (executor: Executor) => executor.withTables<PostTables>();

export const insertBulkLetter = (
  executor: Executor,
  row: Omit<BulkLetterTable, 'id' | 'status' | 'created_at' | 'finished_at'>,
) => tables(executor).insertInto('post_bulk_letters').values(row).returningAll().executeTakeFirstOrThrow();

export const findBulkLetter = (executor: Executor, id: string) =>
  tables(executor).selectFrom('post_bulk_letters').selectAll().where('id', '=', id).executeTakeFirst();
// no key update: it does not wait for (or deadlock with) a recipient's message insert, whose foreign key only share-locks the key

export const lockBulkLetter = (executor: Executor, id: string) =>
  tables(executor).selectFrom('post_bulk_letters').selectAll().where('id', '=', id).forNoKeyUpdate().executeTakeFirst();

export const listBulkLetters = (executor: Executor, limit: number) =>
  tables(executor).selectFrom('post_bulk_letters').selectAll().orderBy('created_at', 'desc').limit(limit).execute();

export const runningBulkLetters = (executor: Executor) =>
  tables(executor).selectFrom('post_bulk_letters').select('id').where('status', '=', 'running').execute();

export const finishBulkLetter = (executor: Executor, id: string, status: 'done' | 'cancelled') =>
  tables(executor)
    .updateTable('post_bulk_letters')
    .set({ status, finished_at: sql`now()` })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .executeTakeFirst();

// its recipients and their counts are in the files beside this one
export * from './bulk-recipients.repository.ts';
export * from './bulk-recipient-counts.repository.ts';
