import type { Executor } from '#platform/db/database.ts';
import { tables } from './selfservice-tables.ts';
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
