import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import type { CaseRecordForAccess } from '#platform/contracts.ts';
import type { EntryRow } from './repository/post-list.repository.ts';
import type { NewRequestRecord, RequestRecordRow } from './repository/request-record.repository.ts';

/**
 * A document of a request as its caseworker chooses from it and the requester receives it: a letter of the post
 * list, or (on a party's own request) a document or note of the case itself.
 */
export interface RequestDocument {
  id: string;
  source: 'letter' | 'document' | 'note';
  case_reference: string;
  document_title: string;
  /** the text passages are withheld from; a case document's is in its file (empty here) */
  document_text: string;
  /** an internal working document: may be withheld on its own ground */
  internal: boolean;
  /** a case document's file, handed out as an attachment */
  filename: string | null;
}

export const letterDocument = (entry: EntryRow): RequestDocument => ({
  id: entry.id,
  source: 'letter',
  case_reference: entry.case_reference,
  document_title: entry.document_title,
  document_text: entry.document_text,
  internal: entry.internal,
  filename: null,
});

export const recordDocument = (record: RequestRecordRow): RequestDocument => ({
  id: record.id,
  source: record.source_kind,
  case_reference: record.case_reference,
  document_title: record.title,
  document_text: record.body,
  internal: record.internal,
  filename: record.filename,
});

/**
 * A case record as the request keeps it: a note titled by its author and time (in Danish, the case's language);
 * internal working documents are not handed out unless the caseworker chooses them.
 */
export const keptRecord = (
  caseRecord: CaseRecordForAccess,
  owner: { caseId: string; reference: string },
): NewRequestRecord => ({
  source_kind: caseRecord.kind,
  source_id: caseRecord.id,
  case_id: owner.caseId,
  case_reference: owner.reference,
  title:
    caseRecord.title ??
    t(
      'openness.record.note',
      { author: caseRecord.authorName ?? '', date: formatDateTime(caseRecord.recordedAt, 'da') },
      'da',
    ),
  body: caseRecord.text ?? '',
  filename: caseRecord.filename,
  internal: caseRecord.internal,
  recorded_at: caseRecord.recordedAt,
  handed_out: !caseRecord.internal,
});
