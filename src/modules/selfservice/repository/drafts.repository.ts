import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { FormValues } from '../forms/form-definition.ts';
import { type Owner, tables } from './selfservice-tables.ts';
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

export const countOpenDraftsOf = async (executor: Executor, ownerId: string): Promise<number> => {
  const row = await tables(executor)
    .selectFrom('selfservice_drafts')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('owner_id', '=', ownerId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(row?.count ?? 0);
};
