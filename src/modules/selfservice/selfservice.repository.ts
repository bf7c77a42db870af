import { sql, type Generated } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { FormValues } from './forms/form-definition.ts';

export interface DraftRow {
  id: Generated<string>;
  solution_code: string;
  owner_kind: 'citizen' | 'business';
  owner_id: string;
  answers: Generated<FormValues>;
  completed_pages: Generated<string[]>;
  status: Generated<'draft' | 'submitted'>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  abandoned_at: Date | null;
  submitted_at: Date | null;
}
export interface DraftFileRow {
  id: Generated<string>;
  draft_id: string;
  field_name: string;
  filename: string;
  content_type: string;
  size: number;
  content: Buffer;
  created_at: Generated<Date>;
}
export interface SubmissionRow {
  id: Generated<string>;
  draft_id: string;
  solution_code: string;
  owner_kind: 'citizen' | 'business';
  owner_id: string;
  case_id: string;
  case_reference: string;
  expected_processing_days: number | null;
  deadline: Date | null;
  submitted_at: Generated<Date>;
  receipt_status: Generated<'pending' | 'sent' | 'skipped'>;
  receipt_message_id: string | null;
}
export type UsageEvent = 'started' | 'step_completed' | 'submitted' | 'abandoned';
export interface UsageCountRow {
  solution_code: string;
  day: string;
  event: UsageEvent;
  count: Generated<number>;
}

export type SelfserviceTables = {
  selfservice_drafts: DraftRow;
  selfservice_draft_files: DraftFileRow;
  selfservice_submissions: SubmissionRow;
  selfservice_usage_counts: UsageCountRow;
};

export interface Owner {
  kind: 'citizen' | 'business';
  id: string;
}

const tables = (executor: Executor) => executor.withTables<SelfserviceTables>();

export const insertDraft = (executor: Executor, solutionCode: string, owner: Owner) =>
  tables(executor)
    .insertInto('selfservice_drafts')
    .values({ solution_code: solutionCode, owner_kind: owner.kind, owner_id: owner.id })
    .returningAll()
    .executeTakeFirstOrThrow();

/** A draft of this owner only: another owner's id finds nothing. */
export const findOwnDraft = (executor: Executor, id: string, owner: Owner, { lock = false } = {}) => {
  const query = tables(executor)
    .selectFrom('selfservice_drafts')
    .selectAll()
    .where('id', '=', id)
    .where('owner_kind', '=', owner.kind)
    .where('owner_id', '=', owner.id);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
};

export const listOwnDrafts = (executor: Executor, owner: Owner) =>
  tables(executor)
    .selectFrom('selfservice_drafts')
    .selectAll()
    .where('owner_kind', '=', owner.kind)
    .where('owner_id', '=', owner.id)
    .where('status', '=', 'draft')
    .orderBy('updated_at', 'desc')
    .limit(100)
    .execute();

export const saveDraftAnswers = (executor: Executor, id: string, answers: FormValues, completedPages: string[]) =>
  tables(executor)
    .updateTable('selfservice_drafts')
    .set({
      answers: JSON.stringify(answers) as unknown as FormValues,
      completed_pages: completedPages,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();

export const markDraftSubmitted = (executor: Executor, id: string) =>
  tables(executor)
    .updateTable('selfservice_drafts')
    .set({ status: 'submitted', answers: sql`'{}'::jsonb` as never, submitted_at: new Date(), updated_at: new Date() })
    .where('id', '=', id)
    .execute();

export const deleteOwnDraft = (executor: Executor, id: string, owner: Owner) =>
  tables(executor)
    .deleteFrom('selfservice_drafts')
    .where('id', '=', id)
    .where('owner_kind', '=', owner.kind)
    .where('owner_id', '=', owner.id)
    .where('status', '=', 'draft')
    .executeTakeFirst();

export const upsertDraftFile = (
  executor: Executor,
  file: { draft_id: string; field_name: string; filename: string; content_type: string; size: number; content: Buffer },
) =>
  tables(executor)
    .insertInto('selfservice_draft_files')
    .values(file)
    .onConflict((conflict) =>
      conflict.columns(['draft_id', 'field_name']).doUpdateSet((eb) => ({
        filename: eb.ref('excluded.filename'),
        content_type: eb.ref('excluded.content_type'),
        size: eb.ref('excluded.size'),
        content: eb.ref('excluded.content'),
        created_at: new Date(),
      })),
    )
    .returning(['id'])
    .executeTakeFirstOrThrow();

export const listDraftFiles = (executor: Executor, draftId: string) =>
  tables(executor).selectFrom('selfservice_draft_files').selectAll().where('draft_id', '=', draftId).execute();
export const deleteDraftFiles = (executor: Executor, draftId: string) =>
  tables(executor).deleteFrom('selfservice_draft_files').where('draft_id', '=', draftId).execute();

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

/** Adds to a day's count for a solution and event; the caller passes the transaction of the event itself. */
export const incrementUsage = (executor: Executor, solutionCode: string, day: string, event: UsageEvent, by = 1) =>
  tables(executor)
    .insertInto('selfservice_usage_counts')
    .values({ solution_code: solutionCode, day, event, count: by })
    .onConflict((conflict) =>
      conflict
        .columns(['solution_code', 'day', 'event'])
        .doUpdateSet({ count: sql`selfservice_usage_counts.count + ${by}` }),
    )
    .execute();

export const usageCounts = (executor: Executor, from: string, to: string) =>
  tables(executor)
    .selectFrom('selfservice_usage_counts')
    .select(['solution_code', 'event', 'count', sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day')])
    .where('day', '>=', from)
    .where('day', '<=', to)
    .orderBy('day')
    .orderBy('solution_code')
    .execute();

/** Drafts nobody has touched since `before` and not yet counted as abandoned, locked so two workers never count one twice. */
export const staleDrafts = (executor: Executor, before: Date, limit: number) =>
  tables(executor)
    .selectFrom('selfservice_drafts')
    .select(['id', 'solution_code', 'updated_at'])
    .where('status', '=', 'draft')
    .where('abandoned_at', 'is', null)
    .where('updated_at', '<', before)
    .orderBy('updated_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();

export const markDraftsAbandoned = (executor: Executor, ids: string[]) =>
  ids.length
    ? tables(executor)
        .updateTable('selfservice_drafts')
        .set({ abandoned_at: new Date() })
        .where('id', 'in', ids)
        .execute()
    : Promise.resolve([]);

/** For tests and maintenance: move a draft's last activity back in time. */
export const setDraftActivity = (executor: Executor, id: string, updatedAt: Date) =>
  tables(executor).updateTable('selfservice_drafts').set({ updated_at: updatedAt }).where('id', '=', id).execute();

export const countOpenDraftsOf = async (executor: Executor, ownerId: string): Promise<number> => {
  const row = await tables(executor)
    .selectFrom('selfservice_drafts')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('owner_id', '=', ownerId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(row?.count ?? 0);
};

/** Demo figures: many counts in one statement; existing counts are left alone. */
export const insertUsageCounts = (
  executor: Executor,
  rows: Array<{ solution_code: string; day: string; event: UsageEvent; count: number }>,
) =>
  rows.length
    ? tables(executor)
        .insertInto('selfservice_usage_counts')
        .values(rows)
        .onConflict((conflict) => conflict.doNothing())
        .execute()
    : Promise.resolve([]);

/** Retention: drafts never sent and untouched since `before` are deleted with their files (cascade). */
export const deleteDraftsUntouchedSince = async (executor: Executor, before: Date): Promise<number> => {
  const result = await tables(executor)
    .deleteFrom('selfservice_drafts')
    .where('status', '=', 'draft')
    .where('updated_at', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
};
