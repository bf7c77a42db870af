import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import { tables, type CaseTask, type CaseNote } from './tables.ts';

// Internal notes and tasks on a case.

export const insertNote = (executor: Executor, note: Omit<CaseNote, 'id' | 'created_at'>) =>
  tables(executor).insertInto('cases_notes').values(note).returningAll().executeTakeFirstOrThrow();
export const notesOf = (executor: Executor, caseId: string) =>
  tables(executor)
    .selectFrom('cases_notes')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at', 'desc')
    .execute();

export const insertTask = (executor: Executor, task: Omit<CaseTask, 'id' | 'created_at' | 'done_at' | 'done_by'>) =>
  tables(executor).insertInto('cases_tasks').values(task).returningAll().executeTakeFirstOrThrow();
export const tasksOf = (executor: Executor, caseId: string) =>
  tables(executor)
    .selectFrom('cases_tasks')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy(sql`done_at is not null`)
    .orderBy(sql`due_at asc nulls last`)
    .execute();
export const completeTask = (executor: Executor, caseId: string, taskId: string, doneBy: string) =>
  tables(executor)
    .updateTable('cases_tasks')
    .set({ done_at: new Date(), done_by: doneBy })
    .where('case_id', '=', caseId)
    .where('id', '=', taskId)
    .where('done_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
