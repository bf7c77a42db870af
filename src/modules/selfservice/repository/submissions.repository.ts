import type { Executor } from '#platform/db/database.ts';
import { type Owner, type SubmissionRow, tables } from './selfservice-tables.ts';
export const insertSubmission = (
  executor: Executor,
  submission: Omit<SubmissionRow, 'id' | 'submitted_at' | 'receipt_status' | 'receipt_message_id'>,
) => tables(executor).insertInto('selfservice_submissions').values(submission).returningAll().executeTakeFirstOrThrow();

export const findSubmissionByDraft = (executor: Executor, draftId: string) =>
  tables(executor).selectFrom('selfservice_submissions').selectAll().where('draft_id', '=', draftId).executeTakeFirst();
export const findSubmissionById = (executor: Executor, id: string) =>
  tables(executor).selectFrom('selfservice_submissions').selectAll().where('id', '=', id).executeTakeFirst();
export const findOwnSubmission = (executor: Executor, id: string, owner: Owner) =>
  tables(executor)
    .selectFrom('selfservice_submissions')
    .selectAll()
    .where('id', '=', id)
    .where('owner_kind', '=', owner.kind)
    .where('owner_id', '=', owner.id)
    .executeTakeFirst();
export const listOwnSubmissions = (executor: Executor, owner: Owner, limit: number) =>
  tables(executor)
    .selectFrom('selfservice_submissions')
    .selectAll()
    .where('owner_kind', '=', owner.kind)
    .where('owner_id', '=', owner.id)
    .orderBy('submitted_at', 'desc')
    .limit(limit)
    .execute();

export const setReceipt = (executor: Executor, id: string, status: 'sent' | 'skipped', messageId: string | null) =>
  tables(executor)
    .updateTable('selfservice_submissions')
    .set({ receipt_status: status, receipt_message_id: messageId })
    .where('id', '=', id)
    .where('receipt_status', '=', 'pending')
    .executeTakeFirst();
