import { fileTypeFromBuffer } from 'file-type';
import type { Executor } from '#platform/db/database.ts';
import type { FieldDefinition, StoredFile } from './forms/form-definition.ts';
import * as repository from './selfservice.repository.ts';

/** Keeps an accepted upload with the draft, under the applicant's file name (or its field's, with the type its content shows). */
export async function storeDraftFile(
  trx: Executor,
  draftId: string,
  field: FieldDefinition,
  content: Buffer,
  originalName?: string,
): Promise<StoredFile> {
  const type = await fileTypeFromBuffer(content);
  // the applicant's own name for the file wherever it is shown; the field's name only when the browser sent none
  const filename = originalName || `${field.name}.${type?.ext ?? 'bin'}`;
  const contentType = type?.mime ?? 'application/octet-stream';
  const row = await repository.upsertDraftFile(trx, {
    draft_id: draftId,
    field_name: field.name,
    filename,
    content_type: contentType,
    size: content.length,
    content,
  });
  return { fileId: row.id, filename, contentType, size: content.length };
}
