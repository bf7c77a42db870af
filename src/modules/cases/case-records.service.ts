import { fileTypeFromBuffer } from 'file-type';
import type { Database, Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { Attachment } from '#platform/contracts.ts';
import { recordAudit, recordAuditMany } from '#platform/audit/audit.service.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import { endOfDanishDay } from '#platform/time/danish-day.ts';
import type { CaseTypeVersionView } from './case-types.service.ts';
import { isUuid, presentNote } from './case-presenters.ts';
import { eventBy } from './workflow-actions.ts';
import * as repository from './cases.repository.ts';
import { mayBeAssigned } from './cases.policy.ts';
import type { DocumentView, NoteView } from './cases.types.ts';

/** Documents on a case: PDF, JPEG or PNG, known by their content (never by the name or the declared type). */
export const ALLOWED_DOCUMENT_TYPES: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/**
 * The document type of an attachment: the one it names (self-service: its form field, which the case type's required
 * documents use), else one its file name is (`lease.pdf`), else an ordinary attachment.
 */
export function documentTypeFor(
  attachment: Attachment & { documentType?: string },
  caseType: CaseTypeVersionView,
): string {
  const known = (type: string) =>
    caseType.definition.requiredDocuments.some((requirement) => requirement.type === type);
  if (attachment.documentType && known(attachment.documentType)) return attachment.documentType;
  const stem = attachment.filename.replace(/\.[^.]+$/, '');
  return known(stem) ? stem : 'attachment';
}

/** Why an upload is refused, or undefined when it is fine; checked by content. */
export async function checkUpload(
  content: Buffer,
): Promise<{ key: string; values?: Record<string, string | number> } | { mime: string; ext: string }> {
  if (!content.length) return { key: 'cases.document.empty' };
  if (content.length > MAX_DOCUMENT_BYTES)
    return { key: 'cases.document.tooLarge', values: { max: MAX_DOCUMENT_BYTES / 1024 / 1024 } };
  const detected = await fileTypeFromBuffer(content);
  if (!detected || !ALLOWED_DOCUMENT_TYPES[detected.mime]) return { key: 'cases.document.wrongType' };
  return { mime: detected.mime, ext: ALLOWED_DOCUMENT_TYPES[detected.mime] };
}

type Access = (actor: Principal, caseId: string, trx: Executor) => Promise<repository.Case>;
type AfterDocument = (trx: Executor, actor: Principal, row: repository.Case) => Promise<repository.Case>;

const safeFilename = (name: string, ext: string) => {
  const stem =
    name
      .replace(/\.[^.]+$/, '')
      .replace(/[^\p{L}\p{N} _-]+/gu, '')
      .trim()
      .slice(0, 80) || 'dokument';
  return `${stem}.${ext}`;
};

/** What is recorded on a case besides its state: documents with versions, internal notes and tasks. */
export class CaseRecords {
  constructor(
    private readonly db: Database,
    private readonly access: Access,
    private readonly afterDocument: AfterDocument,
  ) {}

  async documentViews(executor: Executor, caseId: string): Promise<DocumentView[]> {
    const documents = await repository.documentsOf(executor, caseId);
    const versions = await repository.versionsOf(
      executor,
      documents.map((document) => document.id),
    );
    return documents.map((document) => ({
      id: document.id,
      documentType: document.document_type,
      title: document.title,
      sharedWithParties: document.shared_with_parties,
      createdAt: document.created_at,
      versions: versions
        .filter((version) => version.document_id === document.id)
        .map((version) => ({
          version: version.version,
          filename: version.filename,
          contentType: version.content_type,
          size: version.size,
          createdAt: version.created_at,
          createdBy: version.created_by,
        })),
    }));
  }

  /** Stores a document (or a new version of one) already checked; the caller holds the transaction. */
  async storeDocument(
    trx: Executor,
    actor: Principal,
    row: repository.Case,
    _caseType: CaseTypeVersionView | undefined,
    input: Attachment & { documentType: string; title?: string; sharedWithParties?: boolean; documentId?: string },
  ) {
    let document = input.documentId ? await repository.findDocument(trx, row.id, input.documentId) : undefined;
    if (input.documentId && !document) throw new HttpProblem(404, 'cases.document.notFound');
    document ??= await repository.insertDocument(trx, {
      case_id: row.id,
      document_type: input.documentType,
      title: input.title?.trim() || input.filename,
      shared_with_parties: input.sharedWithParties ?? false,
      created_by: actor.name,
    });
    const version = await repository.insertDocumentVersion(trx, {
      document_id: document.id,
      filename: input.filename,
      content_type: input.contentType,
      size: input.content.length,
      content: input.content,
      created_by: actor.name,
    });
    await repository.insertEvent(
      trx,
      eventBy(
        actor,
        row.id,
        'document',
        {
          documentId: document.id,
          title: document.title,
          documentType: document.document_type,
          version: version.version,
        },
        document.shared_with_parties,
      ),
    );
    return { documentId: document.id, version: version.version };
  }

  /** Staff or an API client adds a document or a new version: type by content, size limit; automatic transitions may follow. */
  async addDocument(
    actor: Principal,
    caseId: string,
    input: {
      content: Buffer;
      filename: string;
      documentType: string;
      title?: string;
      sharedWithParties?: boolean;
      documentId?: string;
    },
  ) {
    const checked = await checkUpload(input.content);
    if ('key' in checked)
      throw new HttpProblem(
        checked.key === 'cases.document.tooLarge' ? 413 : checked.key === 'cases.document.wrongType' ? 415 : 400,
        checked.key,
        checked.values,
        [{ field: 'file', message: checked.key }],
      );
    if (input.documentId && !isUuid(input.documentId)) throw new HttpProblem(404, 'cases.document.notFound');
    return this.db.transaction().execute(async (trx) => {
      const row = await this.access(actor, caseId, trx);
      const stored = await this.storeDocument(trx, actor, row, undefined, {
        ...input,
        filename: safeFilename(input.filename, checked.ext),
        contentType: checked.mime,
        documentType: input.documentType.trim() || 'attachment',
      });
      await this.afterDocument(trx, actor, row);
      return stored;
    });
  }

  async setShared(actor: Principal, caseId: string, documentId: string, shared: boolean): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const row = await this.access(actor, caseId, trx);
      const document = isUuid(documentId) ? await repository.findDocument(trx, row.id, documentId) : undefined;
      if (!document) throw new HttpProblem(404, 'cases.document.notFound');
      await repository.setDocumentShared(trx, document.id, shared);
      await repository.insertEvent(
        trx,
        eventBy(
          actor,
          row.id,
          shared ? 'document_shared' : 'document_unshared',
          { documentId, title: document.title },
          shared,
        ),
      );
    });
  }

  /** A document's content for staff (audited: documents carry personal data). */
  async download(
    actor: Principal,
    caseId: string,
    documentId: string,
    version: number | undefined,
    readAccess: Access,
  ) {
    return this.db.transaction().execute(async (trx) => {
      const row = await readAccess(actor, caseId, trx);
      const document = isUuid(documentId) ? await repository.findDocument(trx, row.id, documentId) : undefined;
      const content = document && (await repository.documentContent(trx, document.id, version));
      if (!content) throw new HttpProblem(404, 'cases.document.notFound');
      // One row per party, so the audit names whose document was read.
      const parties = await repository.partiesOf(trx, row.id);
      const entry = { actor, action: 'case-document:read', objectType: 'case-document', objectId: document!.id };
      await recordAuditMany(
        trx,
        (parties.length ? parties : [{ person_id: null, business_id: null }]).map((party) => ({
          ...entry,
          personId: party.person_id,
          businessId: party.business_id,
          purpose: `case ${row.reference}`,
        })),
      );
      return { filename: content.filename, contentType: content.content_type, content: content.content };
    });
  }

  async addNote(actor: Principal, caseId: string, body: string): Promise<NoteView> {
    const text = body.trim();
    if (!text)
      throw new HttpProblem(400, 'cases.note.required', {}, [{ field: 'body', message: 'cases.note.required' }]);
    if (text.length > 10_000)
      throw new HttpProblem(400, 'cases.note.tooLong', {}, [{ field: 'body', message: 'cases.note.tooLong' }]);
    return this.db.transaction().execute(async (trx) => {
      const row = await this.access(actor, caseId, trx);
      const note = await repository.insertNote(trx, {
        case_id: row.id,
        body: text,
        author_id: actor.id,
        author_name: actor.name,
      });
      await repository.insertEvent(trx, eventBy(actor, row.id, 'note', {}));
      return presentNote(note);
    });
  }

  /** A task with an optional due day (end of that Danish day) and assignee of the case's department. */
  async addTask(
    actor: Principal,
    caseId: string,
    input: { title: string; dueDate?: string; assigneeId?: string },
    colleague: (id: string, trx: Executor) => Promise<{ departmentId: string | null } | undefined>,
  ): Promise<void> {
    const title = input.title.trim();
    const errors: Array<{ field: string; message: string }> = [];
    if (!title) errors.push({ field: 'taskTitle', message: 'cases.task.titleRequired' });
    if (input.dueDate && !/^\d{4}-\d{2}-\d{2}$/.test(input.dueDate))
      errors.push({ field: 'dueDate', message: 'cases.task.dueInvalid' });
    if (errors.length) throw new HttpProblem(400, errors[0].message, {}, errors);
    await this.db.transaction().execute(async (trx) => {
      const row = await this.access(actor, caseId, trx);
      if (input.assigneeId) {
        const member = isUuid(input.assigneeId) ? await colleague(input.assigneeId, trx) : undefined;
        if (!mayBeAssigned(member, row))
          throw new HttpProblem(400, 'cases.assign.notColleague', {}, [
            { field: 'assigneeId', message: 'cases.assign.notColleague' },
          ]);
      }
      let due: Date | null = null;
      try {
        due = input.dueDate ? endOfDanishDay(input.dueDate) : null;
      } catch {
        throw new HttpProblem(400, 'cases.task.dueInvalid', {}, [
          { field: 'dueDate', message: 'cases.task.dueInvalid' },
        ]);
      }
      const task = await repository.insertTask(trx, {
        case_id: row.id,
        title: title.slice(0, 300),
        due_at: due,
        assignee_id: input.assigneeId || null,
        role: null,
        created_by: actor.name,
      });
      await repository.insertEvent(trx, eventBy(actor, row.id, 'task', { taskId: task.id, title: task.title }));
    });
  }

  async completeTask(actor: Principal, caseId: string, taskId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const row = await this.access(actor, caseId, trx);
      const task = isUuid(taskId) ? await repository.completeTask(trx, row.id, taskId, actor.name) : undefined;
      if (!task) throw new HttpProblem(404, 'cases.task.notFound');
      await repository.insertEvent(trx, eventBy(actor, row.id, 'task_done', { taskId, title: task.title }));
    });
  }
}
