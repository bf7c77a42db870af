import type { Executor } from '#platform/db/database.ts';
import type { Attachment, CaseRecordForAccess } from '#platform/contracts.ts';
import { isUuid } from './case-presenters.ts';
import * as repository from './cases.repository.ts';

/**
 * A case's own records for a party's request for access (forvaltningsloven § 9), oldest first: its documents (the
 * latest version's file) and its notes. Notes are the caseworkers' internal working documents (§ 12): listed, so
 * the caseworker decides on them, and marked internal. The caller has checked that the requester is a party.
 */
export async function recordsForAccess(executor: Executor, caseId: string): Promise<CaseRecordForAccess[]> {
  if (!isUuid(caseId)) return [];
  const documents = await repository.documentsOf(executor, caseId);
  const versions = await repository.versionsOf(
    executor,
    documents.map((document) => document.id),
  );
  const notes = await repository.notesOf(executor, caseId);
  const records: CaseRecordForAccess[] = [
    ...documents.map((document) => {
      // versions come newest first: the first of a document is its current file
      const latest = versions.find((version) => version.document_id === document.id);
      return {
        kind: 'document' as const,
        id: document.id,
        title: document.title,
        text: null,
        filename: latest?.filename ?? null,
        contentType: latest?.content_type ?? null,
        authorName: null,
        internal: false,
        recordedAt: document.created_at,
      };
    }),
    ...notes.map((note) => ({
      kind: 'note' as const,
      id: note.id,
      title: null,
      text: note.body,
      filename: null,
      contentType: null,
      authorName: note.author_name,
      internal: true,
      recordedAt: note.created_at,
    })),
  ];
  return records.sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());
}

/** The current file of one document of a case (a copy handed out on a party's request for access). */
export async function documentFileForAccess(
  executor: Executor,
  caseId: string,
  documentId: string,
): Promise<Attachment | undefined> {
  if (!isUuid(caseId) || !isUuid(documentId)) return undefined;
  if (!(await repository.findDocument(executor, caseId, documentId))) return undefined;
  const version = await repository.documentContent(executor, documentId);
  return version && { filename: version.filename, contentType: version.content_type, content: version.content };
}
