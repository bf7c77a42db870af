import type { Children } from '@kitajs/html';
import { formatDate, formatDateTime, t } from '#platform/i18n/i18n.ts';
import {
  CheckboxField,
  TextArea,
  TextField,
  SelectField,
  type FieldErrors,
  PostForm,
  fieldBinding,
} from '#platform/views/components.tsx';
import { type Column, DataTable } from '#platform/views/data-table.tsx';
import { RowAction } from '#platform/views/row-action.tsx';
import type { CaseDetail } from '#modules/cases/cases.types.ts';
import { CaseFileField, DocumentVersions, OverdueDate, localized } from '../case-format.tsx';

/** One section of the case page under its own heading, named for screen readers by that heading. */
function CaseSection({ name, title, children }: { name: string; title: string; children: Children }) {
  return (
    <section aria-labelledby={`${name}-heading`}>
      <h2 id={`${name}-heading`} safe>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A section's table: captioned (for screen readers) by the section's heading, without zebra stripes. */
const sectionTable = (caption: string) => ({ caption, captionHidden: true, zebra: false });

export function PartiesSection({ detail }: { detail: CaseDetail }) {
  return (
    <CaseSection name="parties" title={t('cases.parties.title')}>
      <DataTable
        {...sectionTable(t('cases.parties.title'))}
        rows={detail.parties}
        columns={[
          { header: t('cases.parties.name'), rowHeader: true, text: (party) => party.name },
          { header: t('cases.parties.role'), text: (party) => t(`cases.parties.role.${party.role}`) },
          { header: t('cases.parties.identifier'), text: (party) => party.identifier },
          { header: t('cases.parties.address'), text: (party) => party.address ?? '–' },
        ]}
      />
      <p class="form-hint">{t('cases.parties.audited')}</p>
    </CaseSection>
  );
}

type CaseDocument = CaseDetail['documents'][number];

function documentColumns(detail: CaseDetail, typeLabel: (type: string) => string): Array<Column<CaseDocument>> {
  return [
    { header: t('cases.documents.name'), rowHeader: true, text: (document) => document.title },
    { header: t('cases.documents.type'), text: (document) => typeLabel(document.documentType) },
    {
      header: t('cases.documents.versions'),
      cell: (document) => <DocumentVersions caseId={detail.id} document={document} />,
    },
    {
      header: t('cases.documents.shared'),
      cell: (document) => (
        <>
          <span>{document.sharedWithParties ? t('common.yes') : t('common.no')}</span>{' '}
          <RowAction
            action={`/staff/cases/${detail.id}/documents/${document.id}/share`}
            label={document.sharedWithParties ? t('cases.documents.unshare') : t('cases.documents.share')}
            subject={document.title}
            fields={{ shared: document.sharedWithParties ? 'false' : 'true' }}
            small
            inline
          />
        </>
      ),
    },
  ];
}

export function DocumentsSection({ detail, errors }: { detail: CaseDetail; errors: FieldErrors }) {
  const types = [
    ...detail.requiredDocuments.map((requirement) => ({
      value: requirement.type,
      label: localized(requirement.label),
    })),
    { value: 'attachment', label: t('cases.documents.type.attachment') },
  ];
  const typeLabel = (type: string) => types.find((candidate) => candidate.value === type)?.label ?? type;
  return (
    <CaseSection name="documents" title={t('cases.documents.title')}>
      {detail.requiredDocuments.length ? (
        <>
          <h3 class="h5">{t('cases.documents.required')}</h3>
          <ul>
            {detail.requiredDocuments.map((requirement) => (
              <li safe>{`${localized(requirement.label)}: ${t(`cases.documents.status.${requirement.status}`)}`}</li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
      <DataTable
        {...sectionTable(t('cases.documents.title'))}
        rows={detail.documents}
        empty={t('cases.documents.none')}
        columns={documentColumns(detail, typeLabel)}
      />
      <PostForm
        action={`/staff/cases/${detail.id}/documents`}
        submit={t('cases.documents.uploadSubmit')}
        multipart
        class="mb-6"
        kind="secondary"
      >
        <h3 class="h5">{t('cases.documents.upload')}</h3>
        <CaseFileField error={errors.file} />
        <SelectField name="documentType" label={t('cases.documents.type')} options={types} />
        <TextField name="documentTitle" label={t('cases.documents.titleLabel')} hint={t('cases.documents.titleHint')} />
        {detail.documents.length ? (
          <SelectField
            name="documentId"
            label={t('cases.documents.newVersionOf')}
            options={[
              { value: '', label: t('cases.documents.newDocument') },
              ...detail.documents.map((document) => ({ value: document.id, label: document.title })),
            ]}
          />
        ) : (
          ''
        )}
        <CheckboxField name="shared" label={t('cases.documents.shareOnUpload')} />
      </PostForm>
    </CaseSection>
  );
}

function taskColumns(detail: CaseDetail): Array<Column<CaseDetail['tasks'][number]>> {
  return [
    { header: t('cases.tasks.task'), rowHeader: true, text: (task) => task.title },
    {
      header: t('cases.tasks.due'),
      cell: (task) => <OverdueDate text={task.dueAt ? formatDate(task.dueAt) : '–'} overdue={task.overdue} />,
    },
    {
      header: t('cases.tasks.assignee'),
      text: (task) => task.assigneeName ?? (task.role ? t(`role.${task.role}`) : '–'),
    },
    {
      header: t('cases.tasks.status'),
      cell: (task) =>
        task.doneAt ? (
          t('cases.tasks.done', { date: formatDate(task.doneAt) })
        ) : (
          <RowAction
            action={`/staff/cases/${detail.id}/tasks/${task.id}/done`}
            label={t('cases.tasks.markDone')}
            subject={task.title}
            small
          />
        ),
    },
  ];
}

export function TasksSection({
  detail,
  colleagues,
  errors,
  values = {},
}: {
  detail: CaseDetail;
  colleagues: Array<{ id: string; name: string }>;
  errors: FieldErrors;
  values?: Record<string, string>;
}) {
  const field = fieldBinding(values, errors);
  return (
    <CaseSection name="tasks" title={t('cases.tasks.title')}>
      <DataTable
        {...sectionTable(t('cases.tasks.title'))}
        rows={detail.tasks}
        empty={t('cases.tasks.none')}
        columns={taskColumns(detail)}
      />
      <PostForm
        action={`/staff/cases/${detail.id}/tasks`}
        submit={t('cases.tasks.addSubmit')}
        class="mb-6"
        kind="secondary"
      >
        <h3 class="h5">{t('cases.tasks.add')}</h3>
        <TextField {...field('taskTitle')} label={t('cases.tasks.task')} required />
        <TextField name="dueDate" type="date" label={t('cases.tasks.due')} error={errors.dueDate} />
        <SelectField
          name="assigneeId"
          label={t('cases.tasks.assignee')}
          error={errors.assigneeId}
          options={[
            { value: '', label: t('cases.assignee.nobody') },
            ...colleagues.map((colleague) => ({ value: colleague.id, label: colleague.name })),
          ]}
        />
      </PostForm>
    </CaseSection>
  );
}

export function NotesSection({
  detail,
  errors,
  values = {},
}: {
  detail: CaseDetail;
  errors: FieldErrors;
  values?: Record<string, string>;
}) {
  return (
    <CaseSection name="notes" title={t('cases.notes.title')}>
      <p class="form-hint">{t('cases.notes.internal')}</p>
      {detail.notes.map((note) => (
        <div class="mb-4">
          <p class="mb-0" safe>
            {note.body}
          </p>
          <p class="form-hint mt-1" safe>{`${formatDateTime(note.createdAt)} · ${note.authorName}`}</p>
        </div>
      ))}
      <PostForm
        action={`/staff/cases/${detail.id}/notes`}
        submit={t('cases.notes.addSubmit')}
        class="mb-6"
        kind="secondary"
      >
        <TextArea name="body" label={t('cases.notes.add')} value={values.body} error={errors.body} rows={3} required />
      </PostForm>
    </CaseSection>
  );
}

export function HandOffSection({
  detail,
  departments,
  errors,
}: {
  detail: CaseDetail;
  departments: Array<{ id: string; code: string; name: { da: string; en: string } }>;
  errors: FieldErrors;
}) {
  if (detail.closedAt) return '';
  return (
    <CaseSection name="handoff" title={t('cases.handOff.title')}>
      <PostForm
        action={`/staff/cases/${detail.id}/hand-off`}
        submit={t('cases.handOff.submit')}
        class="mb-6"
        kind="secondary"
      >
        <input type="hidden" name="version" value={String(detail.version)} />
        <SelectField
          name="department"
          label={t('cases.handOff.department')}
          error={errors.department}
          options={departments
            .filter((department) => department.id !== detail.departmentId)
            .map((department) => ({ value: department.code, label: localized(department.name) }))}
        />
        <TextField name="reason" label={t('cases.handOff.reason')} error={errors.reason} required />
      </PostForm>
    </CaseSection>
  );
}
