import type { Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import * as repository from './cases.repository.ts';

/** What the guards look at: the caller's roles, the case's documents, fields and open tasks. */
export async function transitionContext(executor: Executor, actor: Principal, row: repository.Case) {
  const [documents, tasks] = await Promise.all([
    repository.documentsOf(executor, row.id),
    repository.tasksOf(executor, row.id),
  ]);
  return {
    roles: actor.roles,
    documentTypes: new Set(documents.map((document) => document.document_type)),
    fields: row.fields,
    openTaskCount: tasks.filter((task) => !task.done_at).length,
  };
}
