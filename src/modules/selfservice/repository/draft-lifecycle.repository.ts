import type { Executor } from '#platform/db/database.ts';
import { tables } from './selfservice-tables.ts';
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

/** Retention: drafts never sent and untouched since `before` are deleted with their files (cascade). */
export const deleteDraftsUntouchedSince = async (executor: Executor, before: Date): Promise<number> => {
  const result = await tables(executor)
    .deleteFrom('selfservice_drafts')
    .where('status', '=', 'draft')
    .where('updated_at', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
};
