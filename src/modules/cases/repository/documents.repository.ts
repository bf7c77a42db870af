import type { Executor } from '#platform/db/database.ts';
import { tables, type Selected, type DocumentVersionRow, type CaseDocument } from './tables.ts';

// Documents on a case and their versions.

export const insertDocument = (executor: Executor, document: Omit<CaseDocument, 'id' | 'created_at'>) =>
  tables(executor).insertInto('cases_documents').values(document).returningAll().executeTakeFirstOrThrow();
export async function insertDocumentVersion(
  executor: Executor,
  version: Omit<Selected<DocumentVersionRow>, 'id' | 'created_at' | 'version'>,
) {
  await tables(executor)
    .selectFrom('cases_documents')
    .select('id')
    .where('id', '=', version.document_id)
    .forUpdate()
    .execute();
  const last = await tables(executor)
    .selectFrom('cases_document_versions')
    .select((eb) => eb.fn.max('version').as('max'))
    .where('document_id', '=', version.document_id)
    .executeTakeFirst();
  return tables(executor)
    .insertInto('cases_document_versions')
    .values({ ...version, version: Number(last?.max ?? 0) + 1 })
    .returning(['id', 'version', 'filename', 'content_type', 'size', 'created_at', 'created_by'])
    .executeTakeFirstOrThrow();
}
export const documentsOf = (executor: Executor, caseId: string, { sharedOnly = false } = {}) => {
  let select = tables(executor).selectFrom('cases_documents').selectAll().where('case_id', '=', caseId);
  if (sharedOnly) select = select.where('shared_with_parties', '=', true);
  return select.orderBy('created_at').execute();
};
export const findDocument = (executor: Executor, caseId: string, documentId: string) =>
  tables(executor)
    .selectFrom('cases_documents')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', '=', documentId)
    .executeTakeFirst();
export const versionsOf = (executor: Executor, documentIds: string[]) =>
  documentIds.length
    ? tables(executor)
        .selectFrom('cases_document_versions')
        .select(['id', 'document_id', 'version', 'filename', 'content_type', 'size', 'created_at', 'created_by'])
        .where('document_id', 'in', documentIds)
        .orderBy('version', 'desc')
        .execute()
    : Promise.resolve([]);
export const documentContent = (executor: Executor, documentId: string, version?: number) => {
  let select = tables(executor).selectFrom('cases_document_versions').selectAll().where('document_id', '=', documentId);
  if (version !== undefined) select = select.where('version', '=', version);
  return select.orderBy('version', 'desc').limit(1).executeTakeFirst();
};
export const setDocumentShared = (executor: Executor, documentId: string, shared: boolean) =>
  tables(executor)
    .updateTable('cases_documents')
    .set({ shared_with_parties: shared })
    .where('id', '=', documentId)
    .execute();
